import Testing

@testable import TermPlot

extension ChartGoldenTests {
  @Suite struct Landscape {
    /// The houses' loss over m ∈ 0…200, c ∈ −100…100, with the descent path and where it
    /// stands after 1000 epochs.
    static func houses(_ style: ChartStyle) -> LandscapeChart {
      var style = style
      style.title = "loss over (m, c)"
      style.xTitle = "slope m"
      style.yTitle = "intercept c"
      let descent = HousesFixture.descent
      return LandscapeChart(
        function: HousesFixture.meanSquaredError, xRange: 0...200, yRange: -100...100,
        paths: [LandscapeChart.Path("descent", x: descent.m, y: descent.c)],
        current: (HousesFixture.slope, HousesFixture.intercept), style: style)
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func monochromeLandscapeWithPathMatchesGoldens(tier: CanvasTier) {
      checkGoldens("landscape-monochrome", tier: tier) { Self.houses($0) }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func colourLandscapeMatchesGoldens(tier: CanvasTier) {
      // The standard theme paints the heat with half blocks; plain text keeps their shape.
      checkGoldens("landscape-standard", tier: tier) { style in
        var style = style
        style.theme = .standard
        return Self.houses(style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func currentPointIsMarkedOnce(tier: CanvasTier) {
      let marker: Character = tier == .ascii ? "@" : "●"
      for theme in [Theme.monochrome, .standard] {
        let chart = Self.houses(ChartStyle(theme: theme, tier: tier))
        let text = render(chart, width: 60, height: 16).plainText
        #expect(text.filter { $0 == marker }.count == 1, "\(theme.name):\n\(text)")
        #expect(text.contains("descent"), "\(theme.name):\n\(text)")
      }
    }
  }
}
