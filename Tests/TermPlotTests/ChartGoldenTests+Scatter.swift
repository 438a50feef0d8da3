import Testing

@testable import TermPlot

extension ChartGoldenTests {
  @Suite struct Scatter {
    /// The five houses with the fit after 1000 epochs and an earlier epoch's fit as a ghost.
    static func houses(_ style: ChartStyle) -> ScatterChart {
      var style = style
      style.title = "price by size"
      style.xTitle = "size"
      style.yTitle = "price"
      return ScatterChart(
        [ScatterChart.Group("houses", x: HousesFixture.sizes, y: HousesFixture.prices)],
        fit: { HousesFixture.slope * $0 + HousesFixture.intercept },
        fitName: "y = 149.64x + 1.31", ghost: { 120 * $0 + 10 }, style: style)
    }

    /// Two classes of 40 points each, around (1, 1) and (3, 2.5) (seeded).
    static let blobs: [ScatterChart.Group] = {
      var random = SplitMix64(seed: 42)
      func blob(_ name: String, x: Double, y: Double) -> ScatterChart.Group {
        var xs: [Double] = []
        var ys: [Double] = []
        for _ in 0..<40 {
          xs.append(x + 0.4 * random.bell())
          ys.append(y + 0.4 * random.bell())
        }
        return ScatterChart.Group(name, x: xs, y: ys)
      }
      return [blob("class 0", x: 1, y: 1), blob("class 1", x: 3, y: 2.5)]
    }()

    @Test(arguments: ChartGoldenTests.tiers)
    func housesWithFitAndGhostMatchGoldens(tier: CanvasTier) {
      checkGoldens("scatter-houses-fit", tier: tier) { Self.houses($0) }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func twoClassesMatchGoldens(tier: CanvasTier) {
      checkGoldens("scatter-two-classes", tier: tier) { style in
        ScatterChart(Self.blobs, style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func quadraticFitIsSmoothAndMatchesGoldens(tier: CanvasTier) {
      checkGoldens("scatter-quadratic-fit", tier: tier) { style in
        ScatterChart(
          [ScatterChart.Group("y = x²", x: [1, 2, 3, 4, 5], y: [1, 4, 9, 16, 25])],
          fit: { $0 * $0 }, fitName: "x²", style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func everyHouseIsMarkedOverTheFitLine(tier: CanvasTier) {
      // ASCII marks a house with a glyph in its cell; braille with a disc of dots centred
      // on its own dot (its legend sample is the disc drawn in braille).
      let marker = tier == .ascii ? "*" : MarkerShape.disc.sample
      let frame = render(Self.houses(ChartStyle(tier: tier)), width: 60, height: 16)
      let rows = lines(frame)
      #expect(
        rows.contains { $0.contains("\(marker) houses") && $0.contains("y = 149.64x + 1.31") })
      if tier == .ascii {
        // The legend's sample is one marker; the plot holds the other five.
        let count = rows.reduce(0) { $0 + $1.filter { $0 == "*" }.count }
        #expect(count == 6, "\(frame.plainText)")
      } else {
        // Each house's cells take the data's style over the fit's: five columns of them.
        let data = ChartStyle(tier: tier).theme.style(.data)
        let columns = Set(
          (1..<frame.height).flatMap { y in
            (0..<frame.width).filter { frame[$0, y].style == data }
          }
        ).sorted()
        // Runs of adjacent columns: one a house.
        let runs = zip(columns, columns.dropFirst()).filter { $1 - $0 > 1 }.count + 1
        #expect(runs == 5, "\(columns) in \(frame.plainText)")
      }
    }
  }
}
