import Foundation
import Testing

@testable import Tutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fixtures the progress tests share: a sample book, and a scratch folder per test.
enum ProgressTests {
  /// A book with every field set, including text that needs escaping and fractional times.
  static let sampleBook: ProgressBook = {
    var linear = LessonProgress(lessonID: "01-linear", started: 1_700_000_000.25)
    linear.stepID = "the-gradient"
    linear.visitedSteps = ["intro", "the-gradient"]
    linear.answers = [
      "q1": AnswerRecord(answer: "0.5", verdict: .passed, attempts: 2, updated: 1_700_000_100.5),
      "e\"2": AnswerRecord(
        answer: "m = m - L*D_m\n", verdict: .failed, attempts: 1, updated: 1_700_000_050.125),
    ]
    linear.updated = 1_700_000_100.5
    var logistic = LessonProgress(lessonID: "02-logistic", started: 1_700_000_200)
    logistic.isCompleted = true
    return ProgressBook(lessons: ["01-linear": linear, "02-logistic": logistic])
  }()

  /// `sampleBook`'s file text, written out by hand.
  static let sampleText = """
    {
      "format": 1,
      "lessons": {
        "01-linear": {
          "step": "the-gradient",
          "visited": [
            "intro",
            "the-gradient"
          ],
          "completed": false,
          "started": 1700000000.25,
          "updated": 1700000100.5,
          "answers": {
            "e\\"2": {
              "answer": "m = m - L*D_m\\n",
              "verdict": "failed",
              "attempts": 1,
              "updated": 1700000050.125
            },
            "q1": {
              "answer": "0.5",
              "verdict": "passed",
              "attempts": 2,
              "updated": 1700000100.5
            }
          }
        },
        "02-logistic": {
          "step": null,
          "visited": [],
          "completed": true,
          "started": 1700000200,
          "updated": 1700000200,
          "answers": {}
        }
      }
    }

    """

  /// A lesson's progress with one answer, for the store's tests.
  static func lesson(
    _ id: String, step: String = "s1", answer: String = "1", at time: Double = 1_000
  ) -> LessonProgress {
    var progress = LessonProgress(lessonID: id, started: 1_000)
    progress.stepID = step
    progress.visitedSteps = [step]
    progress.answers["q1"] = AnswerRecord(
      answer: answer, verdict: .passed, attempts: 1, updated: time)
    progress.updated = time
    return progress
  }

  /// Whether the tests run as root, for whom file permissions do not block writes.
  static var isRoot: Bool { geteuid() == 0 }

  /// A fresh folder under the system's temporary folder, deleted when the test ends.
  final class Scratch: Sendable {
    /// The folder's path.
    let folder: String

    init() throws {
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("downhill-progress-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      folder = url.path
    }

    deinit {
      // A test may have made the folder read-only; make it writable again to delete it.
      chmod(folder, 0o755)
      try? FileManager.default.removeItem(atPath: folder)
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String {
      folder + "/" + name
    }

    /// The bytes of the file at `path`, or `nil` if it cannot be read.
    func bytes(_ path: String) -> [UInt8]? {
      FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// Writes `bytes` to `path`, replacing any file there.
    func write(_ bytes: [UInt8], to path: String) throws {
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// The names in `folder` (default: the scratch folder), sorted.
    func names(in folder: String? = nil) -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: folder ?? self.folder)) ?? []).sorted()
    }

    /// The temporary files a writer left in `folder` (default: the scratch folder).
    func temporaries(in folder: String? = nil) -> [String] {
      names(in: folder).filter { $0.contains(".tmp-") }
    }
  }
}
