import Foundation

/// Folders of this repository that tests read: found from this file's own path, so tests
/// run from any working directory.
public enum RepositoryPaths {
  /// The repository's root folder.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The curriculum: `Lessons/`.
  public static let lessons = root.appendingPathComponent("Lessons").path
}
