import Testing

@testable import TermPlot

extension ChartGoldenTests {
  @Suite struct Bar {
    /// 500 weights, bell-shaped around 0 with standard deviation 0.5 (seeded).
    static let weights: [Double] = {
      var random = SplitMix64(seed: 3)
      return (0..<500).map { _ in 0.5 * random.bell() }
    }()

    @Test(arguments: ChartGoldenTests.tiers)
    func gradientMagnitudesMatchGoldens(tier: CanvasTier) {
      checkGoldens("bar-gradient-magnitudes", tier: tier) { style in
        var style = style
        style.title = "|gradient|"
        return BarChart(
          labels: ["w[0]", "w[1]", "w[2]", "w[3]", "b"], values: [0.82, 0.35, 0.047, 1.2, 0.003],
          style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func histogramMatchesGoldens(tier: CanvasTier) {
      checkGoldens("bar-histogram", tier: tier) { style in
        var style = style
        style.title = "weights"
        return BarChart.histogram(Self.weights, bins: 12, style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func negativeValuesMatchGoldens(tier: CanvasTier) {
      checkGoldens("bar-negative", tier: tier) { style in
        var style = style
        style.title = "gradient"
        return BarChart(
          labels: ["w[0]", "w[1]", "w[2]", "b"], values: [0.82, -0.35, 0.047, -1.2], style: style)
      }
    }

    @Test func histogramCountsEveryValue() {
      let histogram = BarChart.histogram(Self.weights, bins: 12)
      #expect(histogram.values.reduce(0, +) == 500)
      #expect(histogram.labels.count == 12)
    }
  }
}

extension ChartGoldenTests.Bar {
  @Test(arguments: ChartGoldenTests.tiers)
  func moreBarsThanRowsEndWithACountOnItsOwnRow(tier: CanvasTier) {
    let labels = (1...12).map { "w[\($0)]" }
    let chart = BarChart(
      labels: labels, values: (1...12).map(Double.init), style: ChartStyle(tier: tier))
    let rows = ChartGoldenTests.lines(ChartGoldenTests.render(chart, width: 30, height: 6))
    #expect(rows.count == 6)
    // Five whole bars, each still labelled, then the count.
    for (k, row) in rows.prefix(5).enumerated() {
      #expect(row.hasPrefix(" w[\(k + 1)]") || row.hasPrefix("w[\(k + 1)]"), "\(rows)")
    }
    #expect(rows.last == (tier == .ascii ? "... 7 more" : "… 7 more"), "\(rows)")
  }

  @Test func histogramEdgesAreLabelledShortly() {
    let histogram = BarChart.histogram(Self.weights, bins: 12)
    #expect(histogram.labels.allSatisfy { $0.count <= 5 }, "\(histogram.labels)")
    #expect(Set(histogram.labels).count == 12, "\(histogram.labels)")
    #expect(BarChart.histogram([3, 3, 3], bins: 4).labels == ["2.5", "2.75", "3", "3.25"])
  }
}
