#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A progress file that could not be read or written, said in plain words.
///
/// The tutor shows `description` and carries on: a failed save keeps the student's answers
/// in memory for the session, and the file on disk is left exactly as it was. The errno
/// that caused the failure is kept in `code`, so a caller can tell a full disk
/// (`ENOSPC`) from a read-only folder (`EACCES`) without parsing the message.
///
/// ```
/// could not save progress to /x/progress.json: the folder is read-only; your answers are
/// kept for this session only
/// ```
public struct ProgressError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What the store was doing when it failed.
  public enum Operation: Sendable, Hashable, CaseIterable {
    /// Reading the file (`ProgressStore.load()`).
    case load
    /// Writing one lesson's progress (`ProgressStore.save(_:)`).
    case save
    /// Removing one lesson's progress (`ProgressStore.remove(lessonID:)`).
    case remove
  }

  /// What the store was doing when it failed.
  public var operation: Operation
  /// The progress file's path (even when the failing call was on its folder or lock file).
  public var path: String
  /// The `errno` value the system reported.
  public var code: Int32

  /// An error for `operation` on the progress file at `path`, caused by errno `code`.
  public init(_ operation: Operation, path: String, code: Int32) {
    self.operation = operation
    self.path = path
    self.code = code
  }

  /// What went wrong, in plain words, without the path: "the disk is full".
  public var reason: String {
    switch code {
    case EROFS:
      return "the disk is read-only"
    case EACCES, EPERM:
      return operation == .load
        ? "you do not have permission to read it" : "the folder is read-only"
    case ENOSPC:
      return "the disk is full"
    case EDQUOT:
      return "your disk quota is used up"
    case ENOTDIR:
      return "part of its folder path is a file, not a folder"
    case EISDIR:
      return "it is a folder, not a file"
    case ENODEV:
      return "it is not a regular file (a device, a pipe or a socket)"
    case ELOOP:
      return "a symbolic link loops, or stands where its lock file (\(path).lock) goes"
    default:
      // strerror's sentence starts with a capital ("Input/output error"); this is mid-sentence.
      let text = String(cString: strerror(code))
      return text.prefix(1).lowercased() + text.dropFirst()
    }
  }

  /// The sentence the tutor shows: what failed, on which file, why, and what happens now.
  public var description: String {
    switch operation {
    case .load:
      "could not read progress from \(path): \(reason)"
    case .save:
      "could not save progress to \(path): \(reason); your answers are kept for this session only"
    case .remove:
      "could not remove progress from \(path): \(reason); the saved progress is unchanged"
    }
  }
}
