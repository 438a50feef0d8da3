import Descent
import Foundation
import Interchange

/// Reads and writes the progress file, so that a student's progress is never lost.
///
/// Every save is durable before it returns: the new text goes to a temporary file in the
/// same folder, which is flushed to the disk and then renamed over the old file, and the
/// folder is flushed too. A crash or a kill loses at most the save in flight, and readers
/// always see a whole file, old or new. Saves hold an exclusive `flock` on `<path>.lock`
/// and merge with the file as it is on disk, so two tutors running at once keep each
/// other's lessons and the newer answers. A failure throws a `ProgressError` that the
/// tutor shows before carrying on; the file is then exactly as it was.
///
/// ```swift
/// let store = ProgressStore(path: ProgressStore.defaultPath(environment: env) ?? "p.json")
/// let (book, warning) = try store.load()
/// try store.save(progress)
/// ```
public struct ProgressStore: Sendable {
  /// The progress file's path.
  public let path: String
  /// Seconds since 1970, for naming a corrupt file moved aside.
  let clock: @Sendable () -> Double
  /// A failure to meet on purpose while writing, for tests.
  let fault: ProgressFault?

  /// A store for the file at `path` (its folder is created on the first save), reading the
  /// time from `clock`.
  public init(
    path: String, clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
  ) {
    self.init(path: path, clock: clock, fault: nil)
  }

  /// A store that meets `fault` whenever it writes the file, for tests of failed saves.
  package init(path: String, clock: @escaping @Sendable () -> Double, fault: ProgressFault?) {
    self.path = path
    self.clock = clock
    self.fault = fault
  }

  /// Where progress is kept by default: `$XDG_DATA_HOME/downhill/progress.json`, else
  /// `$HOME/.local/share/downhill/progress.json`.
  ///
  /// As the XDG Base Directory specification asks, an empty or relative `XDG_DATA_HOME` is
  /// ignored. Returns `nil` if neither variable gives a folder.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return joined(data, "downhill/progress.json")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return joined(home, ".local/share/downhill/progress.json")
    }
    return nil
  }

  /// `folder` and `rest` joined by one slash.
  private static func joined(_ folder: String, _ rest: String) -> String {
    var folder = Substring(folder)
    while folder.hasSuffix("/"), !folder.dropFirst().isEmpty { folder = folder.dropLast() }
    return folder == "/" ? "/" + rest : folder + "/" + rest
  }

  /// Reads every lesson's progress.
  ///
  /// A missing file is an empty book. A file that is not a progress file (not UTF-8, not
  /// JSON, or JSON of the wrong shape) is renamed aside to `<path>.corrupt-<unix seconds>`,
  /// so nothing is lost, and an empty book comes back with a warning naming both paths.
  /// Throws if the file exists but cannot be read.
  public func load() throws(ProgressError) -> (book: ProgressBook, warning: String?) {
    guard let bytes = try readFile(.load) else { return (ProgressBook(), nil) }
    let problem: String
    switch decode(bytes) {
    case .success(let book): return (book, nil)
    case .failure(let error): problem = error.description
    }
    // The file is moved aside under the lock: another tutor may have just replaced it
    // with a good one, which must not be taken for the corrupt one.
    do {
      return try withLock(.load, creatingFolder: false) { () throws(ProgressError) in
        try readBookMovingAside(.load)
      }
    } catch {
      // Moving aside writes to the folder: say why a write failed, not a read.
      let reason = ProgressError(.save, path: path, code: error.code).reason
      let warning =
        "the progress file \(path) could not be read (\(problem)) and could not be moved "
        + "aside (\(reason)); progress starts afresh and is not saved over it"
      return (ProgressBook(), warning)
    }
  }

  /// Saves one lesson's progress durably and returns the whole book as saved.
  ///
  /// Creates the folder if needed, locks `<path>.lock`, re-reads the file (another tutor
  /// may have saved other lessons since), merges `progress` into it with
  /// `ProgressBook.merge(_:)` (for each answer the later record wins), writes a temporary
  /// file beside it, flushes it, renames it over the file, flushes the folder, and unlocks.
  /// A corrupt file found on disk is first moved aside, as `load()` does. On failure the
  /// file is exactly as it was and no temporary file is left.
  @discardableResult
  public func save(_ progress: LessonProgress) throws(ProgressError) -> ProgressBook {
    try withLock(.save, creatingFolder: true) { () throws(ProgressError) in
      var book = try readBookMovingAside(.save).book
      book.merge(progress)
      try replaceFile(with: book, .save)
      return book
    }
  }

  /// Records whose progress the file keeps, when it names nobody yet, with the same
  /// locking and durability as `save(_:)`; returns the book as it is now. A file that
  /// already names a student keeps that name: the caller compares it with the one given.
  @discardableResult
  public func claim(student: String) throws(ProgressError) -> ProgressBook {
    try withLock(.save, creatingFolder: true) { () throws(ProgressError) in
      var book = try readBookMovingAside(.save).book
      guard book.student == nil else { return book }
      book.student = student
      try replaceFile(with: book, .save)
      return book
    }
  }

  /// Removes one lesson's progress, with the same locking and durability as `save(_:)`.
  ///
  /// Removing a lesson that has no progress (or from a file that does not exist) does
  /// nothing.
  public func remove(lessonID: String) throws(ProgressError) {
    guard try folderExists(.remove) else { return }
    try withLock(.remove, creatingFolder: false) { () throws(ProgressError) in
      var book = try readBookMovingAside(.remove).book
      guard book.lessons.removeValue(forKey: lessonID) != nil else { return }
      try replaceFile(with: book, .remove)
    }
  }

  /// Reads the file as it is now (the lock held), moving it aside if it is corrupt.
  private func readBookMovingAside(
    _ operation: ProgressError.Operation
  ) throws(ProgressError) -> (book: ProgressBook, warning: String?) {
    guard let bytes = try readFile(operation) else { return (ProgressBook(), nil) }
    switch decode(bytes) {
    case .success(let book):
      return (book, nil)
    case .failure(let error):
      let aside = try moveAside(operation)
      let warning =
        "the progress file \(path) could not be read (\(error.description)), so it was "
        + "moved to \(aside) and progress starts afresh"
      return (ProgressBook(), warning)
    }
  }

  /// The book in the file's `bytes`, or why they are not one.
  private func decode(_ bytes: [UInt8]) -> Result<ProgressBook, DescentError> {
    let source = String(path.split(separator: "/").last ?? Substring(path))
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(DescentError("it is not UTF-8 text", at: SourceLocation(file: source)))
    }
    do {
      return .success(try ProgressBook(parsing: text, source: source))
    } catch {
      return .failure(error)
    }
  }
}
