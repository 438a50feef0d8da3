import Descent
import Interchange

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a whole text file that a student, a teacher or a lesson named: the one way
/// Downhill reads lessons, CSV data, submissions, scripts and `--init` files.
///
/// Only regular files are read: a FIFO, a device such as `/dev/zero` or `/dev/stdin`, a
/// socket or a folder is refused at once with a sentence naming it, so that no command can
/// hang on a pipe or fill memory from an endless device. Files over `limit` bytes are
/// refused before their bytes are read (and one that grows while it is read stops at the
/// limit), so a 3 GB sparse file costs nothing.
package enum TextFile {
  /// The largest CSV file read: 1 GiB, some 30 million rows of two numbers.
  package static let dataLimit = 1 << 30
  /// The largest lesson, submission, script or JSON file read: 16 MiB.
  package static let documentLimit = 16 << 20

  /// The UTF-8 text of the regular file at `path`, of at most `limit` bytes; text in
  /// another encoding is refused with `advice` on saving it as UTF-8.
  /// Unless `followingLinks`, a symbolic link is refused rather than read through.
  package static func read(
    _ path: String, limit: Int, advice: String = "save it as UTF-8", followingLinks: Bool = true
  ) throws(DescentError) -> String {
    let bytes = try readBytes(path, limit: limit, followingLinks: followingLinks)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw DescentError("'\(path)' is not UTF-8 text; \(advice)")
    }
    return text
  }

  /// How to save a CSV file as UTF-8, for the sentence refusing one that is not.
  package static let csvAdvice = "save it as UTF-8 (CSV UTF-8 in a spreadsheet)"

  /// The bytes of the regular file at `path`, of at most `limit` bytes (unless
  /// `followingLinks`, never read through a symbolic link).
  package static func readBytes(
    _ path: String, limit: Int, followingLinks: Bool = true
  ) throws(DescentError) -> [UInt8] {
    try streaming(path, limit: limit, followingLinks: followingLinks) {
      (file) throws(DescentError) -> [UInt8] in
      var file = file
      var bytes = [UInt8](repeating: 0, count: file.size)
      var filled = 0
      while true {
        if filled == bytes.count {
          // The file grew since it was opened: read on in steps, up to the limit.
          bytes.append(contentsOf: repeatElement(0, count: max(1 << 16, bytes.count / 2)))
        }
        var failure: ByteSourceError?
        let count = bytes.withUnsafeMutableBytes { all -> Int in
          do throws(ByteSourceError) {
            return try file.read(into: UnsafeMutableRawBufferPointer(rebasing: all[filled...]))
          } catch {
            failure = error
            return 0
          }
        }
        if let failure { throw DescentError(failure.message) }
        if count == 0 {
          bytes.removeSubrange(filled...)
          return bytes
        }
        filled += count
      }
    }
  }

  /// Calls `body` with a source that streams the regular file at `path`, refused as
  /// `readBytes(_:limit:followingLinks:)` refuses it; the file is closed when `body` returns.
  package static func streaming<Result>(
    _ path: String, limit: Int, followingLinks: Bool = true,
    _ body: (FileByteSource) throws(DescentError) -> Result
  ) throws(DescentError) -> Result {
    // O_NONBLOCK: opening a FIFO with no writer must not wait; fstat refuses it next.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
    guard fd >= 0 else {
      let code = errno
      if !followingLinks && code == ELOOP {
        throw DescentError("cannot read '\(path)': it is a symbolic link, which is not followed")
      }
      throw failure(path, code)
    }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw failure(path, errno) }
    let kind = status.st_mode & S_IFMT
    guard kind == S_IFREG else {
      throw DescentError("cannot read '\(path)': it is \(describe(kind)), not a regular file")
    }
    guard Int(status.st_size) <= limit else {
      throw tooLarge(path, limit)
    }
    return try body(FileByteSource(fd: fd, path: path, limit: limit, size: Int(status.st_size)))
  }

  /// The bytes of an open regular file, read in order, for a reader that streams them; it
  /// stops with a sentence at the first failure or once more than `limit` bytes came (a
  /// file that grows while it is read).
  package struct FileByteSource: ByteSource {
    fileprivate let fd: Int32
    /// The path the file was opened by, named in errors.
    package let path: String
    fileprivate let limit: Int
    /// The file's size when it was opened.
    package let size: Int
    private var total = 0

    fileprivate init(fd: Int32, path: String, limit: Int, size: Int) {
      self.fd = fd
      self.path = path
      self.limit = limit
      self.size = size
    }

    package mutating func read(
      into buffer: UnsafeMutableRawBufferPointer
    ) throws(ByteSourceError) -> Int {
      while true {
        let count = systemRead(fd, buffer.baseAddress, buffer.count)
        if count < 0 {
          if errno == EINTR { continue }
          throw ByteSourceError(failure(path, errno).message)
        }
        total += count
        guard total <= limit else { throw ByteSourceError(tooLarge(path, limit).message) }
        return count
      }
    }

    package var byteCountHint: Int? { size }
  }

  /// read(2), named apart from `read(_:limit:)`.
  private static func systemRead(
    _ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int
  ) -> Int {
    #if canImport(Glibc)
      Glibc.read(fd, buffer, count)
    #else
      Darwin.read(fd, buffer, count)
    #endif
  }

  private static func tooLarge(_ path: String, _ limit: Int) -> DescentError {
    let size =
      limit >= 1 << 30
      ? "\(limit >> 30) GiB" : limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"
    return DescentError("cannot read '\(path)': it is larger than \(size), the most Downhill reads")
  }

  private static func describe(_ kind: mode_t) -> String {
    switch kind {
    case S_IFDIR: "a folder"
    case S_IFIFO: "a pipe (FIFO)"
    case S_IFCHR: "a device"
    case S_IFBLK: "a disk device"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
  }

  private static func failure(_ path: String, _ code: Int32) -> DescentError {
    let text = strerror(code).map { String(cString: $0) } ?? "error \(code)"
    return DescentError("cannot read '\(path)': \(text.prefix(1).lowercased() + text.dropFirst())")
  }
}
