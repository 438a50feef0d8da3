import Foundation
import Testing

@testable import TermPlot

extension ChartGoldenTests {
  @Suite struct Loss {
    /// The houses' 1000 epochs: 247,500 down to a fraction, so a log axis by itself.
    static let long = LossCurve.Curve("training", losses: HousesFixture.descent.losses)

    /// 20 epochs falling from about 1.2 to 0.5: well under two decades, so linear.
    static let short = LossCurve.Curve(
      "training", losses: (0..<20).map { 0.3 + 0.93 * pow(0.9, Double($0)) })

    /// 200 epochs: validation follows training, then creeps up (overfitting).
    static let trainingAndValidation: [LossCurve.Curve] = {
      let epochs = (1...200).map(Double.init)
      let training = epochs.map { 2 * exp(-$0 / 30) + 0.1 }
      let validation = epochs.map { 2 * exp(-$0 / 30) + 0.15 + 0.002 * max(0, $0 - 80) }
      return [
        LossCurve.Curve("training", losses: training),
        LossCurve.Curve("validation", losses: validation, role: .validation),
      ]
    }()

    /// Loss tripling every epoch until it overflows at epoch 17, then NaN.
    static let diverging = LossCurve.Curve(
      "training",
      losses: (0..<16).map { pow(3, Double($0)) } + [.infinity, .nan, .nan, .nan])

    @Test(arguments: ChartGoldenTests.tiers)
    func thousandEpochsOnALogAxisMatchGoldens(tier: CanvasTier) {
      checkGoldens("loss-1000-epochs-log", tier: tier) { style in
        var style = style
        style.title = "loss (mean squared error)"
        style.xTitle = "epoch"
        return LossCurve([Self.long], style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func shortLinearCurveMatchesGoldens(tier: CanvasTier) {
      checkGoldens("loss-short-linear", tier: tier) { style in
        LossCurve([Self.short], style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func trainingAndValidationMatchGoldens(tier: CanvasTier) {
      checkGoldens("loss-training-validation", tier: tier) { style in
        LossCurve(Self.trainingAndValidation, style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func cursorAtTheCurrentEpochMatchesGoldens(tier: CanvasTier) {
      // Training live: 60 of 100 planned epochs done, the cursor on the latest.
      checkGoldens("loss-cursor", tier: tier) { style in
        LossCurve(
          [LossCurve.Curve("training", losses: Array(Self.trainingAndValidation[0].losses[..<60]))],
          cursor: 60, epochRange: 1...100, style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func divergenceMatchesGoldens(tier: CanvasTier) {
      checkGoldens("loss-diverged", tier: tier) { style in
        LossCurve([Self.diverging], style: style)
      }
    }

    @Test func scaleIsChosenByTheSpanOfTheLosses() {
      #expect(LossCurve([Self.long]).effectiveScale == .logarithmic)
      #expect(LossCurve([Self.short]).effectiveScale == .linear)
      #expect(LossCurve(Self.trainingAndValidation).effectiveScale == .linear)
      #expect(LossCurve([Self.diverging]).effectiveScale == .logarithmic)
      #expect(LossCurve([Self.long], scale: .linear).effectiveScale == .linear)
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func divergenceIsNotedWithAnArrowOverItsEpoch(tier: CanvasTier) {
      let arrow: Character = tier == .ascii ? "^" : "↑"
      for size in ChartGoldenTests.sizes {
        let chart = LossCurve([Self.diverging], style: ChartStyle(tier: tier))
        let rows = lines(render(chart, width: size.width, height: size.height))
        let text = rows.joined(separator: "\n")
        guard let noteRow = rows.first(where: { $0.contains("diverged at epoch 17") }) else {
          Issue.record("no divergence note at \(size.width)×\(size.height):\n\(text)")
          continue
        }
        // The arrow points at epoch 17, which lies past the x axis's second-to-last tick
        // (10, 12 or 16 at these sizes), not at the start of the text.
        let axisRow = Array(rows[rows.count - 2])
        let ticks = (0..<axisRow.count).filter { axisRow[$0] == (tier == .ascii ? "+" : "┬") }
        let cells = Array(noteRow)
        guard let arrowColumn = cells.firstIndex(of: arrow), ticks.count >= 2 else {
          Issue.record("no arrow or ticks:\n\(text)")
          continue
        }
        #expect(arrowColumn > ticks[ticks.count - 2], "\(size.width)×\(size.height):\n\(text)")
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func cursorMarksTheCurrentLoss(tier: CanvasTier) {
      let marker: Character = tier == .ascii ? "@" : "●"
      let chart = LossCurve(
        [LossCurve.Curve("training", losses: Array(Self.trainingAndValidation[0].losses[..<60]))],
        cursor: 60, epochRange: 1...100, style: ChartStyle(tier: tier))
      let text = render(chart, width: 60, height: 16).plainText
      #expect(text.filter { $0 == marker }.count == 1, "\(text)")
    }
  }
}
