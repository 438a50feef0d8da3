import Foundation

/// A fresh directory under the system's temporary directory, removed with its contents when
/// the last reference goes away.
final class TemporaryDirectory {
  /// The directory.
  let url: URL

  /// Creates an empty directory with a unique name.
  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("downhillTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// Writes `text` as UTF-8 to `name` inside the directory and returns the file's path.
  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    try write(Data(text.utf8), to: name)
  }

  /// Writes `bytes` to `name` inside the directory and returns the file's path.
  @discardableResult
  func write(_ bytes: Data, to name: String) throws -> String {
    let file = url.appendingPathComponent(name)
    // `createFile` writes in place; `Data.write(to:)` leaves an empty
    // `TemporaryDirectory.*` folder behind in /tmp on Linux.
    guard FileManager.default.createFile(atPath: file.path, contents: bytes) else {
      throw CocoaError(.fileWriteUnknown)
    }
    return file.path
  }

  /// The path of `name` inside the directory (which need not exist).
  func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }
}
