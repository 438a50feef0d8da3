import Foundation
import Testing

@testable import Tutor

/// The numbers the lessons on the course's examples show, against an independent
/// re-derivation of the course's algorithm (a plain loop here, not the numeric core).
@Suite struct LessonNumbersTests {
  static let library = LessonLibrary(directory: CurriculumTests.folder)

  /// Opens `id` and walks it with the lesson's own answers until step `stepID` is open.
  static func walk(_ id: String, to stepID: String) throws -> Session {
    let file = try library.resolve(id)
    let lesson = try library.load(file)
    var session = try Session.opening(lesson, loader: library.loader(forLessonAt: file))
    while let state = session.lesson, state.step.id != stepID {
      for block in state.step.checks {
        switch block.kind {
        case .task(let task): for command in task.solution { session.apply(line: command) }
        case .predict: session.apply(line: "skip")
        default: session.apply(line: "answer " + LessonLinter.ownAnswer(block))
        }
      }
      let before = state.stepIndex
      session.apply(line: "next")
      guard session.lesson?.stepIndex != before else {
        Issue.record("could not leave step \(state.step.id)")
        break
      }
    }
    return session
  }

  /// `%.6g`, as the lesson pane shows numbers.
  static func shown(_ x: Double) -> String { String(format: "%.6g", x) }

  /// The course's example 1: `Y_pred = m*X + c`, the gradient, the update, 1000 times.
  static func exampleOne(epochs: Int, rate: Double) -> (m: Double, c: Double, loss: Double) {
    let x: [Double] = [1, 2, 3, 4, 5]
    let y: [Double] = [150, 300, 450, 600, 750]
    let n = Double(x.count)
    var m = 0.0
    var c = 0.0
    for _ in 0..<epochs {
      var dm = 0.0
      var dc = 0.0
      for i in 0..<x.count {
        let error = y[i] - (m * x[i] + c)
        dm += x[i] * error
        dc += error
      }
      m -= rate * (-2 / n) * dm
      c -= rate * (-2 / n) * dc
    }
    var loss = 0.0
    for i in 0..<x.count { loss += pow(y[i] - (m * x[i] + c), 2) / n }
    return (m, c, loss)
  }

  @Test func linearRegressionShowsTheCoursesThousandEpochLine() throws {
    let session = try Self.walk("linear-regression", to: "thousand-epochs")
    let (m, c, loss) = Self.exampleOne(epochs: 1000, rate: 0.01)
    // numpy's loop gives m = 149.63852630039835, c = 1.3050347505457929.
    #expect(Self.shown(m) == "149.639")
    #expect(Self.shown(c) == "1.30503")
    let text = session.lessonPane?.paragraphs.joined(separator: " ") ?? ""
    #expect(
      text.contains(
        "the line is m = \(Self.shown(m)), c = \(Self.shown(c)), with loss \(Self.shown(loss))"),
      "\(text)")
  }

  @Test func linearRegressionShowsTheFirstEpoch() throws {
    let session = try Self.walk("linear-regression", to: "loss-after-one")
    let (m, c, loss) = Self.exampleOne(epochs: 1, rate: 0.01)
    #expect(m == 33 && c == 9)
    let text = session.lessonPane?.paragraphs.first ?? ""
    #expect(
      text.hasPrefix(
        "The line is now m = \(Self.shown(m)), c = \(Self.shown(c)), and its loss is "
          + "\(Self.shown(loss))"), "\(text)")
    // The loss before the first update, as the curve records it: mean(Y²).
    #expect(session.trainer.history.last == 247_500)
  }
}
