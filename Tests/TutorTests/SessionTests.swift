import Descent
import Foundation
import Testing

@testable import Tutor

/// The session: each command's effect, and the course's numbers through it.
@Suite struct SessionTests {
  @Test func startsOnTheCoursesFirstExample() {
    let session = Session()
    #expect(session.run.dataset.name == "houses")
    #expect(session.run.trainer.model.architecture == .linear)
    #expect(session.run.configuration.optimizer.learningRate == 0.01)
    #expect(session.run.trainer.rawParameters == [0, 0])
  }

  @Test func lossIsTheCurrentLineWhileTheRecordHoldsTheLossBeforeTheUpdate() {
    var session = Session()
    #expect(
      session.apply(line: "step").lines == [
        "epoch 1: loss 247500 before the update", "m = 33, c = 9",
      ])
    // After the update m = 33, c = 9: residuals 117x − 9, Σr² = 117²·55 − 2·117·9·15 + 81·5.
    #expect(session.apply(line: "loss").lines == ["144342.0"])
    #expect(session.run.trainer.history.last == 247500)
  }

  @Test func theCoursesGradientExpressionsEqualTheCoresGradient() throws {
    var session = Session()
    session.apply(line: "step 7")
    let dm = session.apply(line: "D_m = (-2/n) * sum(X * (Y - Y_pred))").lines
    let dc = session.apply(line: "D_c = (-2/n) * sum(Y - Y_pred)").lines
    let gradient = session.run.trainer.rawGradient
    guard case .number(let m) = try #require(session.workspace.scratchpad.variables["D_m"]),
      case .number(let c) = try #require(session.workspace.scratchpad.variables["D_c"])
    else {
      Issue.record("D_m and D_c are numbers: \(dm) \(dc)")
      return
    }
    #expect(m == gradient[0])
    #expect(c == gradient[1])
  }

  @Test func assigningToAParameterTakesAStepByHand() {
    var session = Session()
    session.apply(line: "D_m = (-2/n) * sum(X * (Y - Y_pred))")
    session.apply(line: "D_c = (-2/n) * sum(Y - Y_pred)")
    #expect(
      session.apply(line: "m = m - L*D_m").lines == [
        "the model moved: m = 33, c = 0; loss 150579"  // 117²·55/5
      ])
    session.apply(line: "c = c - L*D_c")
    // The hand step equals the trainer's first epoch: m = 33, c = 9.
    #expect(session.run.trainer.rawParameters == [33, 9])
    #expect(session.run.trainer.epoch == 0)
  }

  @Test func rewindThenStepReproducesTheSameEpochsBitForBit() {
    var session = Session()
    session.apply(line: "step 300")
    let at300 = session.run.trainer.rawParameters
    session.apply(line: "rewind 120")
    #expect(session.run.trainer.epoch == 180)
    session.apply(line: "step 120")
    #expect(session.run.trainer.rawParameters == at300)
  }

  @Test func aDivergedRunIsUndoneByRewind() {
    var session = Session()
    session.apply(line: "lr 0.1")
    let output = session.apply(line: "step 100").lines
    #expect(output.first == "epochs 1–24: loss 247500 → 4.23268e11")
    #expect(session.run.trainer.divergence?.epoch == 24)
    #expect(
      session.apply(line: "step").lines.first?.hasPrefix("training stopped at epoch 24") == true)
    session.apply(line: "rewind")
    #expect(session.run.trainer.divergence == nil)
    #expect(session.run.trainer.epoch == 23)
  }

  @Test func compareLabelsAConvergingASlowAndADivergingRate() throws {
    var session = Session()
    #expect(
      session.apply(line: "compare lr 0.001 0.01 0.1").lines == [
        "lr 0.001  slow: loss 137.8 after 1000 epochs",
        "lr 0.01   converged: loss 0.31 after 1000 epochs",
        "lr 0.1    diverged at epoch 24",
      ])
    let comparison = try #require(session.run.comparison)
    #expect(comparison.runs.map(\.verdict) == [.slow, .converged, .diverged])
    #expect(session.view == .loss)
  }

  @Test func compareOptimizersRunsEachFromTheSameStart() throws {
    var session = Session()
    session.apply(line: "compare optimizer gd momentum adam")
    let comparison = try #require(session.run.comparison)
    #expect(comparison.runs.map(\.label) == ["gd", "momentum", "adam"])
    #expect(comparison.runs.allSatisfy { $0.losses.first == 247500 })
  }

  @Test func modelFunctionDescendsTheValleyToThree() throws {
    var session = Session()
    #expect(
      session.apply(line: "model function (x - 3)^2").lines == [
        "minimizing f(x) = (x - 3)^2 by gradient descent from x = 0, f = 9"
      ])
    session.apply(line: "lr 0.1")
    session.apply(line: "step 100")
    let function = try #require(session.run.function)
    // x ← x − 0.1·2(x − 3) shrinks the distance to 3 by 0.8 a step: |x − 3| = 3·0.8¹⁰⁰.
    #expect(abs(function.point[0] - 3) < 1e-9)
    #expect(abs(function.point[0] - (3 - 3 * pow(0.8, 100))) < 1e-12)
  }

  @Test func modelFunctionGradientComesFromTheGraph() {
    var session = Session()
    session.apply(line: "model function (1 - x)^2 + 100*(y - x^2)^2")
    session.apply(line: "x = -1")
    // ∂f/∂x = −2(1 − x) − 400x(y − x²) = −4 − 400·(−1)·(0 − 1) = −404; ∂f/∂y = 200(y − x²) = −200.
    #expect(session.apply(line: "show grads").lines == ["∂f/∂x = -404, ∂f/∂y = -200"])
  }

  @Test func settingsChangeStartsOverUnlessBranching() {
    var session = Session()
    session.apply(line: "step 50")
    #expect(
      session.apply(line: "lr 0.02").lines == ["learning rate 0.02; the run starts over at epoch 0"]
    )
    #expect(session.run.trainer.epoch == 0)
    session.apply(line: "step 50")
    let after50 = session.run.trainer.rawParameters
    session.apply(line: "branch")
    session.apply(line: "optimizer momentum")
    #expect(session.run.trainer.rawParameters == after50)
    #expect(session.run.branchedLosses?.count == 50)
  }

  @Test func dataModelSplitAndNormalizeRebuildTheRun() {
    var session = Session()
    #expect(
      session.apply(line: "data squares").lines.first?.hasPrefix("data squares: 5 rows") == true)
    session.apply(line: "model poly:2")
    session.apply(line: "normalize zscore")
    session.apply(line: "lr 0.1")
    session.apply(line: "step 5000")
    let raw = session.run.trainer.rawParameters
    #expect(abs(raw[0]) < 1e-6 && abs(raw[1] - 1) < 1e-6 && abs(raw[2]) < 1e-6)
    #expect(
      session.apply(line: "split 0.6").lines.first
        == "training on 0.6 of the rows; the run starts over at epoch 0")
    #expect(session.run.trainer.validation?.count == 2)
  }

  @Test func badLinesAnswerWithACaret() {
    var session = Session()
    #expect(
      session.apply(line: "step abc").lines == [
        "step abc\n     ^ the number of epochs is a whole number, such as 10; 'abc' is not"
      ])
    #expect(
      session.apply(line: "Ypred").lines == [
        "Ypred\n^~~~~ name 'Ypred' is not defined; did you mean 'Y_pred'?"
      ])
    #expect(
      session.apply(line: "X = 3").lines == [
        "X = 3\n^ X is the data: an array, such as np.array([1, 2, 3]); this is 3"
      ])
    #expect(
      session.apply(line: "model poly:2 ").lines == ["model poly:2; the run starts over at epoch 0"]
    )
    session.apply(line: "data xor")
    #expect(
      session.apply(line: "model poly:2").lines == [
        "a polynomial model fits one feature, but 'xor' has 2 ('x1', 'x2'); use a linear model "
          + "or one column"
      ])
  }

  @Test func backstepWalksTheGraphFromTheLossBackwards() {
    var session = Session()
    session.apply(line: "step")
    // The first house: x = 1, y = 150, ŷ = 33·1 + 9 = 42; ℓ = (ŷ − y)² so ∂ℓ/∂ℓ = 1,
    // then ∂ℓ/∂(ŷ − y) = 2(ŷ − y) = −216.
    #expect(session.apply(line: "backstep").lines == ["∂loss/∂(loss) = 1, passed on to ŷ - y"])
    #expect(
      session.apply(line: "backstep").lines == [
        "∂loss/∂(ŷ - y) = -216, passed on to z and y"
      ])
    #expect(session.view == .graph)
  }

  @Test func quitEndsTheSession() {
    var session = Session()
    #expect(session.apply(line: "quit").lines == ["bye"])
    #expect(session.isFinished)
    #expect(session.transcript.map(\.input) == ["quit"])
  }
}
