import Testing

@testable import TermPlot

extension ChartGoldenTests {
  /// The charts `downhill plot` draws from CSV columns.
  @Suite struct ColumnPlots {
    static let epoch = ColumnPlot.Column("epoch", (1...30).map(Double.init))
    static let training = ColumnPlot.Column(
      "training", (1...30).map { 1.0 / Double($0) + 0.1 })
    static let validation = ColumnPlot.Column(
      "validation", (1...30).map { 1.0 / Double($0) + 0.15 + 0.004 * Double($0) })

    @Test(arguments: ChartGoldenTests.tiers, ColumnPlot.Kind.allCases)
    func csvColumnsMatchGoldens(tier: CanvasTier, kind: ColumnPlot.Kind) {
      let ys = kind == .bar ? [Self.training] : [Self.training, Self.validation]
      checkGoldens("column-plot-\(kind.rawValue)", tier: tier, sizes: ChartGoldenTests.awkwardSizes)
      { style in
        ColumnPlot.chart(kind: kind, x: Self.epoch, ys: ys, logarithmicY: false, style: style)
      }
    }
  }
}
