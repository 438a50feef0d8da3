import Descent

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
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(status.st_size))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(path, errno)
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= limit else { throw tooLarge(path, limit) }
      bytes.append(contentsOf: buffer[0..<count])
    }
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
