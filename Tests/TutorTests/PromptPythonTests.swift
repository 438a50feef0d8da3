import Descent
import Foundation
import Python
import Testing

@testable import Tutor

/// The course's Python at the session's prompt: the run's names, pinned and hidden, blocks
/// typed behind `...`, and a student's loop training the run pass by pass.
@Suite struct PromptPythonTests {
  /// The course's example 1, as the course prints it.
  static let example1 = """
    import numpy as np
    import matplotlib.pyplot as plt

    # Sample data
    X = np.array([1, 2, 3, 4, 5])  # Size of the house
    Y = np.array([150, 300, 450, 600, 750])  # Price of the house

    # Parameters
    m = 0  # Slope
    c = 0  # Intercept
    L = 0.01  # Learning rate
    epochs = 1000  # Number of iterations

    n = float(len(X))  # Number of elements in X

    # Performing Gradient Descent
    for i in range(epochs):
        Y_pred = m*X + c  # The current predicted value of Y
        D_m = (-2/n) * sum(X * (Y - Y_pred))  # Derivative wrt m
        D_c = (-2/n) * sum(Y - Y_pred)  # Derivative wrt c
        m = m - L * D_m  # Update m
        c = c - L * D_c  # Update c

    print(f"Slope (m): {m}")
    print(f"Intercept (c): {c}")

    # Plotting the results
    plt.scatter(X, Y, color='blue')
    plt.plot(X, m*X + c, color='red')
    plt.xlabel('Size of the house')
    plt.ylabel('Price of the house')
    plt.show()
    """

  /// The course's loop written plainly: each pass's starting loss (mean squared error) and
  /// the parameters after it, in the course's order of operations (Python's `sum` adds
  /// left to right from 0).
  static func courseLoop(
    x: [Double], y: [Double], passes: Int, rate: Double = 0.01
  ) -> (losses: [Double], m: Double, c: Double) {
    var m = 0.0
    var c = 0.0
    let n = Double(x.count)
    var losses: [Double] = []
    for _ in 0..<passes {
      let predictions = x.map { m * $0 + c }
      var squares = 0.0
      for (p, t) in zip(predictions, y) { squares += (t - p) * (t - p) }
      losses.append(squares / n)
      var sumXR = 0.0
      var sumR = 0.0
      for k in x.indices {
        sumXR += x[k] * (y[k] - predictions[k])
        sumR += y[k] - predictions[k]
      }
      let dm = (-2 / n) * sumXR
      let dc = (-2 / n) * sumR
      m = m - rate * dm
      c = c - rate * dc
    }
    return (losses, m, c)
  }

  @Test func theCoursesExample1TypedLineByLinePrintsTheCoursesNumbersAndTrainsTheRun() throws {
    var session = Session()
    var printed: [String] = []
    for line in Self.example1.split(separator: "\n", omittingEmptySubsequences: false) {
      let response = session.apply(line: String(line))
      #expect(response.failure == nil, "\(line): \(response.lines)")
      for event in response.events {
        if case .printed(let lines) = event { printed += lines }
      }
    }
    #expect(!session.awaitsMoreInput)
    #expect(printed == ["Slope (m): 149.63852630039835", "Intercept (c): 1.3050347505457929"])
    // Each pass of the loop was an epoch, its loss the loss of the line it started from.
    let expected = Self.courseLoop(
      x: [1, 2, 3, 4, 5], y: [150, 300, 450, 600, 750], passes: 1000)
    #expect(expected.m == 149.63852630039835)
    let trainer = session.run.trainer
    #expect(trainer.epoch == 1000)
    #expect(Array(trainer.history.recentLosses) == expected.losses)
    #expect(trainer.history.recentLosses.first == 247500)
    #expect(trainer.rawParameters == [expected.m, expected.c])
    // plt.show() put the scatter and the line in the figure view.
    let figure = try #require(session.workspace.figure)
    #expect(session.view == .figure)
    #expect(figure.series.map(\.kind) == [.scatter, .line])
    #expect(figure.series[0].y == [150, 300, 450, 600, 750])
    #expect(figure.series[1].y == [1, 2, 3, 4, 5].map { expected.m * $0 + expected.c })
    #expect(figure.xLabel == "Size of the house")
    // The for loop was typed as one block behind `...`, and is one line of the transcript.
    let block = try #require(session.transcript.first { $0.input.hasPrefix("for i in") })
    #expect(block.input.split(separator: "\n").count == 6)
    #expect(
      block.output == [
        "Y_pred is now your own variable, hiding the one the session computes; del Y_pred brings that back",
        // numpy: np.mean((Y - (m*X + c))**2) at the course's final m and c is 0.30999685…,
        // the loss where the loop left the model, as the status line shows it.
        "1000 passes of your loop trained the model (epochs 1–1000): loss 247500 → 0.309997",
      ])
  }

  @Test func theCoursesExample1PastedWholeRunsAsOneBlock() throws {
    var session = Session()
    let response = session.apply(.expression(Self.example1))
    #expect(response.failure == nil)
    #expect(
      response.lines.filter { $0.hasPrefix("Slope") || $0.hasPrefix("Intercept") } == [
        "Slope (m): 149.63852630039835", "Intercept (c): 1.3050347505457929",
      ])
    #expect(session.run.trainer.epoch == 1000)
  }

  @Test func assigningAParameterMovesTheModelAndAWrongShapeIsRefused() {
    var session = Session()
    let moved = session.apply(line: "m = 100")
    #expect(moved.failure == nil)
    #expect(session.run.trainer.rawParameters == [100, 0])
    // Residuals 150k − 100k = 50k: (50² · 55) / 5 = 27500.
    #expect(moved.lines == ["the model moved: m = 100, c = 0; loss 27500"])
    let refused = session.apply(line: "m = np.array([1, 2])")
    #expect(refused.failure?.message == "m is a number; this is an array of shape (2,)")
    #expect(session.run.trainer.rawParameters == [100, 0])
    // The student's own value is shown as they wrote it while the run holds it.
    #expect(session.apply(line: "m").lines == ["100"])
    session.apply(line: "reset")
    #expect(session.apply(line: "m").lines == ["0.0"])
  }

  @Test func aComputedNameAssignedHidesTheSessionsUntilDeleted() {
    var session = Session()
    session.apply(line: "step 2")
    let first = session.apply(line: "Y_pred = X * 0 + 7")
    #expect(
      first.lines == [
        "Y_pred is now your own variable, hiding the one the session computes; del Y_pred brings that back"
      ])
    // Said once.
    #expect(session.apply(line: "Y_pred = X * 0 + 8").lines == [])
    #expect(session.apply(line: "Y_pred").lines == ["array([8., 8., 8., 8., 8.])"])
    #expect(session.apply(line: "del Y_pred").failure == nil)
    let predictions = session.run.trainer.predictionsRaw
    #expect(predictions.count == 5)
    #expect(session.apply(line: "float(Y_pred[4])").lines == ["\(predictions[4])"])
    let again = session.apply(line: "del Y_pred")
    #expect(
      again.failure?.message
        == "'Y_pred' is the session's own; only a name you assigned can be deleted")
  }

  @Test func aCommandWordIsACommandUnlessTheLineIsPython() {
    var session = Session()
    #expect(session.apply(line: "step = 5").lines == [])
    #expect(session.run.trainer.epoch == 0)
    #expect(session.apply(line: "step * 2").lines == ["10"])
    session.apply(line: "step 3")
    #expect(session.run.trainer.epoch == 3)
    #expect(session.apply(line: "lr").lines == session.apply(.learningRate(nil)).lines)
    #expect(session.apply(line: "lr - 0.005").lines == ["0.005"])
  }

  @Test func aBlockWaitsBehindContinuationLinesAndItsPassesAreEpochs() throws {
    var session = Session()
    #expect(session.apply(line: "for i in range(3):").events == [.continuing])
    #expect(session.awaitsMoreInput)
    #expect(session.shownTranscript.last?.input == "for i in range(3):")
    #expect(session.apply(line: "    m = m + 10").events == [.continuing])
    let done = session.apply(line: "")
    #expect(!session.awaitsMoreInput)
    #expect(done.failure == nil)
    // Three passes, from m = 0, 10 and 20: residuals (150 − m)k, loss (150 − m)² · 11.
    let losses = [0.0, 10, 20].map { (150 - $0) * (150 - $0) * 11 }
    #expect(Array(session.run.trainer.history.recentLosses) == losses)
    #expect(session.run.trainer.rawParameters == [30, 0])
    #expect(session.transcript.last?.input == "for i in range(3):\n    m = m + 10")
  }

  @Test func eachPassOfAnOuterLoopIsOneRunOfTheOverlay() throws {
    var session = Session()
    let source = """
      finals = []
      for rate in [0.01, 0.001]:
          m, c = 0, 0
          for i in range(20):
              Y_pred = m*X + c
              D_m = (-2/n) * sum(X * (Y - Y_pred))
              D_c = (-2/n) * sum(Y - Y_pred)
              m = m - rate * D_m
              c = c - rate * D_c
          finals.append(float(np.mean((Y - (m*X + c))**2)))
      """
    let response = session.apply(.expression(source))
    #expect(response.failure == nil)
    let comparison = try #require(session.run.comparison)
    #expect(comparison.runs.map(\.label) == ["run 1", "run 2"])
    let houses = (x: [1.0, 2, 3, 4, 5], y: [150.0, 300, 450, 600, 750])
    for (run, rate) in zip(comparison.runs, [0.01, 0.001]) {
      let expected = Self.courseLoop(x: houses.x, y: houses.y, passes: 20, rate: rate)
      #expect(run.losses == expected.losses)
    }
    #expect(session.run.trainer.epoch == 40)
  }

  @Test func xAndYOfOneLengthBecomeTheRunsData() {
    var session = Session()
    #expect(session.apply(line: "X = np.array([1.0, 2.0, 3.0])").lines == [])
    #expect(session.run.dataset.count == 5)
    let adopted = session.apply(line: "Y = np.array([2.0, 4.0, 6.0])")
    #expect(adopted.failure == nil)
    #expect(session.run.dataset.count == 3)
    #expect(session.run.dataset.targets == [2, 4, 6])
    #expect(adopted.lines.count == 1)
    // Said once.
    session.apply(line: "X = np.array([1.0, 2.0, 4.0])")
    #expect(session.apply(line: "Y = np.array([1.0, 2.0, 5.0])").lines == [])
    #expect(session.run.dataset.features == [1, 2, 4])
  }

  @Test func errorsAreShownUnderTheirPlace() {
    var session = Session()
    let unknown = session.apply(line: "m = undefined_name")
    #expect(
      unknown.failure?.rendered
        == "m = undefined_name\n    ^~~~~~~~~~~~~~ name 'undefined_name' is not defined; "
        + "the session's names are L, X, Y, Y_pred, b, c, epoch, grad, loss, lr, m, n, …")
    let power = session.apply(line: "c = 2 ^ 3")
    #expect(power.failure?.message == "in Python ^ is XOR; write ** for a power")
    #expect(session.run.trainer.rawParameters == [0, 0])
  }

  @Test func aCopyOfASessionKeepsItsOwnPythonNames() {
    var session = Session()
    session.apply(line: "z = [1, 2]")
    var copy = session
    copy.apply(line: "z.append(3)")
    copy.apply(line: "only_in_copy = 5")
    #expect(session.apply(line: "z").lines == ["[1, 2]"])
    #expect(session.apply(line: "only_in_copy").failure != nil)
    #expect(copy.apply(line: "z").lines == ["[1, 2, 3]"])
  }

  @Test func theLessonsFormulasRunAsPython() {
    var session = Session()
    #expect(session.apply(line: "mean(Y)").lines == ["np.float64(450.0)"])
    #expect(session.apply(line: "np.mean(Y)").lines == ["np.float64(450.0)"])
    #expect(session.apply(line: "X.dot(Y)").lines == ["np.float64(8250.0)"])
    #expect(session.apply(line: "sigmoid(0.0)").lines == ["np.float64(0.5)"])
  }

  @Test func onAScreenALoopPlaysPassByPassAndStepsRewindsAndFinishes() throws {
    var session = Session()
    session.stepLoops(true)
    let block = "for i in range(5):\n    m = m + 10"
    let started = session.apply(.expression(block))
    #expect(started.failure == nil)
    #expect(session.run.trainer.epoch == 1)
    #expect(session.isPlaying)
    session.pausePlay()
    session.apply(line: "step 2")
    #expect(session.run.trainer.epoch == 3)
    #expect(session.run.trainer.rawParameters == [30, 0])
    session.apply(line: "rewind")
    #expect(session.run.trainer.epoch == 2)
    #expect(session.run.trainer.rawParameters == [20, 0])
    // Losses of m = 0 and 10: (150 − m)² · 11.
    #expect(Array(session.run.trainer.history.recentLosses) == [247500, 140 * 140 * 11])
    // The next line sees what the whole loop left.
    let printed = session.apply(line: "print(m)")
    #expect(printed.lines.last == "50.0")
    #expect(session.run.trainer.epoch == 5)
    #expect(!session.hasPausedLoop)
  }
}
