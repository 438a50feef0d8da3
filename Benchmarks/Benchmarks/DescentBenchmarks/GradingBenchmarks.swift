import Benchmark
import Foundation
import Tutor

/// `downhill check` on a class: 200 submissions to the linear-regression lesson graded,
/// beside the baseline of only reading (parsing) the same 200 files.
func gradingBenchmarks() {
  // The repository's Lessons folder, from this file's place in Benchmarks/.
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Lessons").path
  let library = LessonLibrary(directory: folder)
  /// Every checked block answered, one gradient wrong, as a class typically does.
  let texts = (0..<200).map { k in
    Submission.text(
      lesson: "linear-regression", student: "student \(k)",
      answers: [
        ("start-prediction", "a"), ("start-loss", "247500"), ("first-dm", "-3300"),
        (
          "gradient",
          k % 3 == 0
            ? "D_m = (2/n) * sum(X * (Y - Y_pred)); D_c = (-2/n) * sum(Y - Y_pred)"
            : "D_m = -2 * mean(X * (Y - Y_pred)); D_c = -2 * mean(Y - Y_pred)"
        ),
        ("first-step-m", "33"),
        ("update-rule", "m = m - L*(-2/n)*sum(X*(Y-Y_pred)); c = c - L*(-2/n)*sum(Y-Y_pred)"),
        ("predict-six", "6*m + c"), ("loss-goal", "lr 0.05; step 200"),
      ])
  }

  Benchmark("Check: a class of 200 submissions graded", configuration: .init(maxIterations: 20)) {
    benchmark in
    for _ in benchmark.scaledIterations {
      guard let file = try? library.resolve("linear-regression"),
        let lesson = try? library.load(file)
      else { return }
      let grader = Grader(lesson: lesson, loader: library.loader(forLessonAt: file))
      var passed = 0
      for (k, text) in texts.enumerated() {
        guard let submission = try? Submission.parse(text, file: "s\(k).md") else { continue }
        passed += grader.grade(submission).passed
      }
      blackHole(passed)
    }
  }

  // Its baseline: the same 200 files read, nothing graded.
  Benchmark("Check baseline: 200 submissions parsed only", configuration: .init(maxIterations: 200)) {
    benchmark in
    for _ in benchmark.scaledIterations {
      var answers = 0
      for (k, text) in texts.enumerated() {
        answers += (try? Submission.parse(text, file: "s\(k).md"))?.answers.count ?? 0
      }
      blackHole(answers)
    }
  }
}
