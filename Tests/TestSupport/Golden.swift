import Foundation
import Testing

/// Compares text with a golden file kept next to the tests, failing with a readable diff.
///
/// Golden files live in a `Snapshots` folder beside the calling test file, one `NAME.txt`
/// each. They are reviewed by eye once and re-recorded only on purpose: run the tests with
/// `DOWNHILL_RECORD_GOLDENS=1` to write every golden the run touches. A missing golden is a
/// failure, never silently created.
public enum Golden {
  /// The environment variable that makes a run record goldens instead of checking them.
  public static let recordVariable = "DOWNHILL_RECORD_GOLDENS"

  /// Checks `actual` against `Snapshots/<name>.txt` next to the calling file.
  public static func check(
    _ actual: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment[recordVariable] == "1" {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // `createFile` writes in place; atomic writes leave empty folders in /tmp on Linux.
        guard FileManager.default.createFile(atPath: file.path, contents: Data(actual.utf8)) else {
          throw CocoaError(.fileWriteUnknown)
        }
      } catch {
        Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = FileManager.default.contents(atPath: file.path),
      let expected = String(data: data, encoding: .utf8)
    else {
      Issue.record(
        """
        no golden file \(name).txt; review this output and record it with \
        \(recordVariable)=1:
        \(actual)
        """, sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let report = "\(name).txt differs:\n" + diff(expected: expected, actual: actual)
      Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
    }
  }

  /// A line diff: every line that differs, numbered, as `-expected` and `+actual`.
  public static func diff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for k in 0..<max(old.count, new.count) {
      let a = k < old.count ? String(old[k]) : nil
      let b = k < new.count ? String(new[k]) : nil
      if a != b {
        lines.append(String(format: "%4d -", k + 1) + "|" + (a ?? "(none)") + "|")
        lines.append(String(format: "%4d +", k + 1) + "|" + (b ?? "(none)") + "|")
      }
    }
    return lines.joined(separator: "\n")
  }
}
