import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The system calls behind `ProgressStore`: reading, locking and replacing the file durably.
//
// Replacing follows the usual recipe for a crash-safe update on POSIX file systems:
//   1. write the new text to a temporary file in the same folder (same file system);
//   2. fsync it, so its bytes are on the disk before its name is;
//   3. rename(2) it over the file: atomic, so a reader sees the old file or the new one;
//   4. fsync the folder, so the rename itself survives a power cut.
// A writer holds the exclusive lock for all four, so under the lock any temporary file is
// left over from a writer that was killed and can be deleted.

extension ProgressStore {
  /// The file that saves replace: `path`, or where its symbolic links lead, so that a
  /// progress file kept elsewhere behind a link goes on being the one updated (a rename
  /// over the link itself would swap the link for a plain file).
  ///
  /// A dangling link gives the file it names, created by the first save; a chain longer
  /// than 32 links (a loop) stops there, and reading it then fails with a clear message.
  var target: String {
    var current = path
    for _ in 0..<32 {
      var status = stat()
      guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else {
        return current
      }
      var buffer = [CChar](repeating: 0, count: 4097)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count > 0 else { return current }
      let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = link.hasPrefix("/") ? link : Self.parentFolder(of: current) + "/" + link
    }
    return current
  }

  /// The folder that holds the file (the link's target's, for a link).
  var folder: String {
    Self.parentFolder(of: target)
  }

  /// The lock file's path: `<target>.lock`.
  var lockPath: String {
    target + ".lock"
  }

  /// The start of every temporary file's name: `<target>.tmp-`.
  var temporaryPrefix: String {
    target + ".tmp-"
  }

  /// The folder holding `path`: `.` for a bare name, `/` for a file at the root.
  static func parentFolder(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.hasSuffix("/"), !trimmed.dropFirst().isEmpty { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    if slash == trimmed.startIndex { return "/" }
    return String(trimmed[..<slash])
  }

  // MARK: - Reading

  /// The file's bytes, or `nil` if there is no file.
  func readFile(_ operation: ProgressError.Operation) throws(ProgressError) -> [UInt8]? {
    // O_NONBLOCK: a FIFO put at the path must not hang the tutor; fstat refuses it below.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT { return nil }
      throw ProgressError(operation, path: path, code: code)
    }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw ProgressError(operation, path: path, code: errno) }
    guard status.st_mode & S_IFMT == S_IFREG else {
      let isFolder = status.st_mode & S_IFMT == S_IFDIR
      // ENODEV stands for "not a regular file" (a device, a pipe or a socket).
      throw ProgressError(operation, path: path, code: isFolder ? EISDIR : ENODEV)
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw ProgressError(operation, path: path, code: errno)
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }

  /// Whether the file's folder exists; throws if it cannot be looked at.
  func folderExists(_ operation: ProgressError.Operation) throws(ProgressError) -> Bool {
    var status = stat()
    guard stat(folder, &status) == 0 else {
      let code = errno
      if code == ENOENT { return false }
      throw ProgressError(operation, path: path, code: code)
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw ProgressError(operation, path: path, code: ENOTDIR)
    }
    return true
  }

  // MARK: - Locking

  /// Runs `body` holding the exclusive lock on `<path>.lock`, creating the file's folder
  /// first if `creatingFolder`.
  ///
  /// `flock` locks are released when their descriptor closes, so a tutor that is killed
  /// never leaves the lock held; the lock file itself stays, empty, and is reused.
  func withLock<T>(
    _ operation: ProgressError.Operation, creatingFolder: Bool,
    _ body: () throws(ProgressError) -> T
  ) throws(ProgressError) -> T {
    if creatingFolder {
      let code = Self.makeFolder(folder)
      guard code == 0 else { throw ProgressError(operation, path: path, code: code) }
    }
    // O_NOFOLLOW: a link planted at the lock's name must not make the tutor create or
    // truncate a file wherever it points.
    let fd = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw ProgressError(operation, path: path, code: errno) }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      let code = errno
      guard code == EINTR else { throw ProgressError(operation, path: path, code: code) }
    }
    defer { flock(fd, LOCK_UN) }
    return try body()
  }

  /// Creates `folder` and any missing parents (mode 0700, as XDG asks for data folders);
  /// returns 0 or the errno that stopped it.
  static func makeFolder(_ folder: String) -> Int32 {
    var status = stat()
    if stat(folder, &status) == 0 {
      return status.st_mode & S_IFMT == S_IFDIR ? 0 : ENOTDIR
    }
    guard errno == ENOENT else { return errno }
    let parent = parentFolder(of: folder)
    if parent != folder {
      let code = makeFolder(parent)
      guard code == 0 else { return code }
    }
    if mkdir(folder, 0o700) != 0 {
      let code = errno
      // Another tutor may have made it in the meantime.
      guard code == EEXIST else { return code }
      return 0
    }
    // The new folder's name is an entry in its parent; flush that too.
    return syncFolder(parent)
  }

  /// Flushes the folder's entries to the disk; returns 0 or the errno. A file system that
  /// cannot sync folders (`EINVAL`) counts as success: there is nothing more to do there.
  static func syncFolder(_ folder: String) -> Int32 {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return errno }
    defer { close(fd) }
    guard fsync(fd) == 0 else { return errno == EINVAL ? 0 : errno }
    return 0
  }

  // MARK: - Replacing

  /// Replaces the file with `book`'s text durably (the lock held). On failure the file is
  /// as it was and the temporary file is gone.
  func replaceFile(
    with book: ProgressBook, _ operation: ProgressError.Operation
  ) throws(ProgressError) {
    removeStaleTemporaries()
    let bytes = Array(book.text.utf8)
    let (fd, temporary) = try createTemporary(operation)
    var isOpen = true
    do throws(ProgressError) {
      try writeAll(bytes, to: fd, operation)
      try check(.sync, operation) { fsync(fd) == 0 }
      isOpen = false
      // close can report a write that failed late (on NFS, for one).
      guard close(fd) == 0 else { throw ProgressError(operation, path: path, code: errno) }
      try check(.rename, operation) { rename(temporary, target) == 0 }
    } catch {
      if isOpen { close(fd) }
      unlink(temporary)
      throw error
    }
    let code = Self.syncFolder(folder)
    guard code == 0 else { throw ProgressError(operation, path: path, code: code) }
  }

  /// Creates a new temporary file beside the file: its descriptor and path.
  private func createTemporary(
    _ operation: ProgressError.Operation
  ) throws(ProgressError) -> (fd: Int32, path: String) {
    if let fault, fault.stage == .createTemporary {
      throw ProgressError(operation, path: path, code: fault.code)
    }
    while true {
      // The pid and a random number make the name unique; O_EXCL makes sure of it.
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let temporary = "\(temporaryPrefix)\(getpid())-\(suffix)"
      let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if fd >= 0 { return (fd, temporary) }
      let code = errno
      guard code == EEXIST || code == EINTR else {
        throw ProgressError(operation, path: path, code: code)
      }
    }
  }

  /// Writes all of `bytes` to `fd`, going on after partial writes and interruptions.
  private func writeAll(
    _ bytes: [UInt8], to fd: Int32, _ operation: ProgressError.Operation
  ) throws(ProgressError) {
    var end = bytes.count
    if let fault, fault.stage == .write { end /= 2 }
    var written = 0
    while written < end {
      let count = bytes.withUnsafeBytes { buffer in
        write(fd, buffer.baseAddress.map { $0 + written }, end - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw ProgressError(operation, path: path, code: errno)
      }
      written += count
    }
    if let fault, fault.stage == .write {
      throw ProgressError(operation, path: path, code: fault.code)
    }
  }

  /// Runs the system call `call` for `stage`, throwing its errno if it fails (or the
  /// fault's, if a test has put one at this stage, without making the call).
  private func check(
    _ stage: ProgressFault.Stage, _ operation: ProgressError.Operation, _ call: () -> Bool
  ) throws(ProgressError) {
    if let fault, fault.stage == stage {
      throw ProgressError(operation, path: path, code: fault.code)
    }
    guard call() else { throw ProgressError(operation, path: path, code: errno) }
  }

  /// Deletes temporary files that killed writers left (the lock held, so none is live).
  /// Best effort: one that cannot be deleted does no harm, as nothing reads it.
  private func removeStaleTemporaries() {
    let name = String(temporaryPrefix.split(separator: "/").last ?? "")
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for entry in entries where entry.hasPrefix(name) {
      unlink(folder + "/" + entry)
    }
  }

  // MARK: - Moving aside

  /// Renames the corrupt file to `<path>.corrupt-<unix seconds>` (with `-2`, `-3`, … if
  /// that is taken) and returns the new path.
  func moveAside(_ operation: ProgressError.Operation) throws(ProgressError) -> String {
    let seconds = clock()
    let stamp = seconds.isFinite && seconds.magnitude < 0x1p62 ? String(Int64(seconds)) : "0"
    let file = target
    var aside = "\(file).corrupt-\(stamp)"
    var number = 1
    var status = stat()
    while lstat(aside, &status) == 0 {
      number += 1
      aside = "\(file).corrupt-\(stamp)-\(number)"
    }
    guard rename(file, aside) == 0 else { throw ProgressError(operation, path: path, code: errno) }
    let code = Self.syncFolder(folder)
    guard code == 0 else { throw ProgressError(operation, path: path, code: code) }
    return aside
  }
}
