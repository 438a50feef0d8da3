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
        "After one epoch the line is m = \(Self.shown(m)), c = \(Self.shown(c)), and its loss is "
          + "\(Self.shown(loss))"), "\(text)")
    // The loss before the first update, as the curve records it: mean(Y²).
    #expect(session.run.trainer.history.last == 247_500)
  }
}

extension LessonNumbersTests {
  /// The course's example 3, as its PyTorch loop runs: one linear neuron from w = 0.5,
  /// b = −0.3 on x = 1…5, y = 2x; the forward pass and the loss, then the update. Returns
  /// the final w and b and the loss the loop prints (computed before the last update).
  static func exampleThree() -> (w: Double, b: Double, printed: Double) {
    let x: [Double] = [1, 2, 3, 4, 5]
    let y = x.map { 2 * $0 }
    var w = 0.5
    var b = -0.3
    var printed = Double.nan
    for _ in 0..<1000 {
      var loss = 0.0
      var dw = 0.0
      var db = 0.0
      for i in 0..<5 {
        let error = w * x[i] + b - y[i]
        loss += error * error / 5
        dw += 2 * error * x[i] / 5
        db += 2 * error / 5
      }
      printed = loss
      w -= 0.01 * dw
      b -= 0.01 * db
    }
    return (w, b, printed)
  }

  @Test func theNeuralNetworkLessonShowsTheCoursesExampleThree() throws {
    let session = try Self.walk("neural-network", to: "thousand")
    let (w, b, printed) = Self.exampleThree()
    // numpy, with PyTorch's order of operations: w = 1.9989953325, b = 0.0036271684.
    #expect(abs(w - 1.9989953325050749) < 1e-12 && abs(b - 0.0036271684359493747) < 1e-12)
    let text = session.lessonPane?.paragraphs.joined(separator: " ") ?? ""
    let shownW = "[" + String(format: "%.10g", w) + "]"
    // A vector shows 10 significant digits, a number 6.
    #expect(text.contains("w = \(shownW), b = \(Self.shown(b))"), "\(text)")
    let shownLoss = try #require(Double(session.filledIn("{{last_loss}}")))
    #expect(abs(shownLoss - printed) <= 5e-6 * printed, "\(shownLoss) vs \(printed)")
    #expect(Self.shown(printed) == "2.41096e-06")
  }

  @Test func thePolynomialLessonShowsTheCoursesExampleTwo() throws {
    var session = try Self.walk("polynomial-regression", to: "least-squares")
    session.apply(line: "solve")
    // Least squares for y = x² on x = 1…5 with features x, x²: the normal equations
    // [[55, 225, 15], [225, 979, 55], [15, 55, 5]] θ = [225, 979, 55] give θ = (0, 1, 0).
    let weights = session.filledIn("{{live w}}").dropFirst().dropLast().split(separator: ",")
      .compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    #expect(weights.count == 2)
    #expect(abs(weights[0]) < 1e-9 && abs(weights[1] - 1) < 1e-9, "\(weights)")
    #expect(abs(Double(session.filledIn("{{live b}}")) ?? 1) < 1e-9)
    #expect(session.filledIn("{{live w[1]}}") == "1")
  }
}
