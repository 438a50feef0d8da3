import Descent
import Testing

@testable import Tutor

/// `compare`'s verdicts: diverged, rising, converged or slow, each by its stated rule, on
/// runs worked out by hand.
@Suite struct ComparisonTests {
  /// Four points where descent on c alone can be followed by hand: x = ±1 twice, y = 0 at
  /// the first two and 2 at the last two. With m = 0 (its gradient 2m keeps it there),
  ///
  ///     loss(c) = ((c)² + (c)² + (c − 2)² + (c − 2)²) / 4 = 1 + (c − 1)²
  ///     ∂loss/∂c = 2(c − 1),  so  c − 1 ← (1 − 2L)(c − 1)
  ///
  /// From c = 0 the loss starts at 2, its floor (the least-squares loss) is 1, and after k
  /// epochs it is 1 + (1 − 2L)^(2k).
  static let pairs = Dataset(
    name: "pairs", featureNames: ["x"], targetName: "y", features: [1, -1, 1, -1],
    targets: [0, 0, 2, 2])

  static func compare(rates: [Double], epochs: Int) throws -> Comparison {
    let setups = rates.map { rate in
      (
        label: "lr \(rate.shortDescription)",
        configuration: TrainingConfiguration(optimizer: OptimizerSettings(learningRate: rate))
      )
    }
    return try Comparison.run(setups, dataset: pairs, initialRaw: [0, 0], epochs: epochs)
  }

  @Test func eachRunIsLabelledByWhereItsLossEnded() throws {
    let comparison = try Self.compare(rates: [0.25, 0.01, 1.05, 5], epochs: 10)
    // 0.25: 1 + 0.5²⁰ = 1.00000095, within 10⁻⁵ of the way from 2 down to the floor 1
    //       (measured from 0, as before, it looked slow).
    // 0.01: 1 + 0.98²⁰ = 1.6676, a third of the way still to go.
    // 1.05: 1 + 1.1²⁰ = 7.7275, above the start of 2 without reaching 10⁶ times it.
    // 5:    1 + 81^(e−1) passes 2·10⁶ at epoch 5 (531442 at epoch 4), where training stops.
    #expect(comparison.runs.map(\.verdict) == [.converged, .slow, .rising, .diverged])
    #expect(comparison.runs.map(\.startLoss) == [2, 2, 2, 2])
    #expect(
      comparison.summary == [
        "lr 0.25  converged: loss 1 after 10 epochs",
        "lr 0.01  slow: loss 1.668 after 10 epochs",
        "lr 1.05  rising: loss rose from 2 to 7.727 in 10 epochs",
        "lr 5     diverged at epoch 5",
      ])
  }

  @Test func theRuleJudgesTheEndsOfTheRun() {
    typealias Verdict = Comparison.Verdict
    // A loss that is not finite, or training that stopped, is diverged.
    #expect(Verdict.of(start: 2, final: .nan, floor: 0, stopped: false) == .diverged)
    #expect(Verdict.of(start: 2, final: .infinity, floor: 0, stopped: false) == .diverged)
    #expect(Verdict.of(start: 2, final: 1, floor: 0, stopped: true) == .diverged)
    // Any rise above the start is rising, however small.
    #expect(Verdict.of(start: 2, final: 2.0001, floor: 0, stopped: false) == .rising)
    // Rounding noise at the minimum is neither a rise nor a stall.
    #expect(Verdict.of(start: 1, final: 1 + 1e-15, floor: 1, stopped: false) == .converged)
    // 10⁻⁵ of the way left to the floor is converged; more is slow.
    #expect(Verdict.of(start: 11, final: 1.0001, floor: 1, stopped: false) == .converged)
    #expect(Verdict.of(start: 11, final: 1.0002, floor: 1, stopped: false) == .slow)
    #expect(Verdict.of(start: 2, final: 2, floor: 1, stopped: false) == .slow)
  }

  /// Issue 14: in `learning-rate`, `compare lr 0.0848` called a run whose loss rose from
  /// 247500 to 1.1e11 "slow".
  @Test func aRunWhoseLossRoseIsRisingNotSlow() throws {
    var session = Session()
    #expect(
      session.apply(line: "compare lr 0.084 0.0848 0.085").lines == [
        "lr 0.084   converged: loss 3.591e-6 after 1000 epochs",
        "lr 0.0848  rising: loss rose from 2.475e5 to 1.112e11 in 1000 epochs",
        "lr 0.085   diverged at epoch 618",
      ])
  }

  /// A run that reached the least-squares loss of data no line fits exactly was called
  /// slow, because "converged" measured the fall from 0.
  @Test func aRunAtTheLeastSquaresLossOfDataNoLineFitsConverged() throws {
    var session = Session()
    session.apply(line: "data squares")
    // y = x² on x = 1…5: the best line is 6x - 7, its residuals 2, -1, -2, -1, 2 and its
    // loss 14/5 = 2.8; from m = c = 0 the loss starts at 979/5 = 195.8.
    #expect(session.apply(line: "solve").lines == ["least squares: m = 6, c = -7; loss 2.8"])
    session.apply(line: "reset")
    #expect(
      session.apply(line: "compare lr 0.05 0.001").lines == [
        "lr 0.05   converged: loss 2.8 after 1000 epochs",
        "lr 0.001  slow: loss 8.79 after 1000 epochs",
      ])
  }
}
