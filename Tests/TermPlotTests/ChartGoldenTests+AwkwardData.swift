import Foundation
import TestSupport
import Testing

@testable import TermPlot

extension ChartGoldenTests {
  /// Empty input, one point, constant values, non-finite values, huge ranges and frames
  /// too small for a chart, for every chart kind where the case can arise.
  @Suite struct AwkwardData {
    static let sizes = ChartGoldenTests.awkwardSizes

    /// A wave with NaN at 10, +∞ at 25, −∞ at 40 and NaN at 41: four values skipped.
    static let holes: Series = {
      var y = (0..<60).map { sin(Double($0) / 6) }
      y[10] = .nan
      y[25] = .infinity
      y[40] = -.infinity
      y[41] = .nan
      return Series("", y: y)
    }()

    /// 10⁻¹² … 10¹², one decade an epoch.
    static let decades = Series("", y: (-12...12).map { pow(10, Double($0)) })

    /// One chart of each kind, for the cases every kind shares.
    static func everyKind(_ style: ChartStyle) -> [(name: String, chart: any Chart)] {
      [
        ("line", LineChart([Series("", y: [1, 3, 2])], style: style)),
        ("scatter", ScatterChart([ScatterChart.Group("", x: [1, 2], y: [2, 1])], style: style)),
        ("loss", LossCurve([LossCurve.Curve("training", losses: [3, 2, 1])], style: style)),
        (
          "landscape",
          LandscapeChart(
            function: { $0 * $0 + $1 * $1 }, xRange: -1...1, yRange: -1...1, style: style)
        ),
        ("bar", BarChart(labels: ["a", "b"], values: [1, 2], style: style)),
      ]
    }

    // MARK: Empty input

    @Test(arguments: ChartGoldenTests.tiers)
    func emptyInputSaysNoData(tier: CanvasTier) {
      checkGoldens("awkward-empty-line", tier: tier, sizes: Self.sizes) { style in
        LineChart([Series("", y: [])], style: style)
      }
      checkGoldens("awkward-empty-scatter", tier: tier, sizes: Self.sizes) { style in
        ScatterChart([ScatterChart.Group("", x: [], y: [])], style: style)
      }
      checkGoldens("awkward-empty-loss", tier: tier, sizes: Self.sizes) { style in
        LossCurve([LossCurve.Curve("training", losses: [])], style: style)
      }
      checkGoldens("awkward-empty-bar", tier: tier, sizes: Self.sizes) { style in
        BarChart(labels: [], values: [], style: style)
      }
      checkGoldens("awkward-empty-landscape", tier: tier, sizes: Self.sizes) { style in
        LandscapeChart(function: { _, _ in .nan }, xRange: 0...1, yRange: 0...1, style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func emptyInputNoteIsPresent(tier: CanvasTier) {
      let style = ChartStyle(tier: tier)
      let charts: [any Chart] = [
        LineChart([], style: style),
        LineChart([Series("", y: [.nan, .infinity])], style: style),
        ScatterChart([], style: style),
        LossCurve([], style: style),
        BarChart(labels: [], values: [], style: style),
        BarChart.histogram([], bins: 5, style: style),
      ]
      for chart in charts {
        let text = render(chart, width: 40, height: 12).plainText
        #expect(text.contains("no data"), "\(type(of: chart)):\n\(text)")
      }
      let landscape = LandscapeChart(
        function: { _, _ in .nan }, xRange: 0...1, yRange: 0...1, style: style)
      #expect(render(landscape, width: 40, height: 12).plainText.contains("no finite values"))
    }

    // MARK: One point

    @Test(arguments: ChartGoldenTests.tiers)
    func onePointIsShown(tier: CanvasTier) {
      checkGoldens("awkward-one-point-line", tier: tier, sizes: Self.sizes) { style in
        LineChart([Series("", y: [3])], style: style)
      }
      checkGoldens("awkward-one-point-scatter", tier: tier, sizes: Self.sizes) { style in
        ScatterChart([ScatterChart.Group("", x: [2], y: [5])], style: style)
      }
      checkGoldens("awkward-one-point-loss", tier: tier, sizes: Self.sizes) { style in
        LossCurve([LossCurve.Curve("training", losses: [0.7])], style: style)
      }
      checkGoldens("awkward-one-point-bar", tier: tier, sizes: Self.sizes) { style in
        BarChart(labels: ["b"], values: [0.25], style: style)
      }
    }

    // MARK: Constant values

    @Test(arguments: ChartGoldenTests.tiers)
    func constantSeriesIsAFlatLineInTheMiddle(tier: CanvasTier) {
      checkGoldens("awkward-constant-line", tier: tier, sizes: Self.sizes) { style in
        LineChart([Series("", y: Array(repeating: 2.5, count: 50))], style: style)
      }
      checkGoldens("awkward-constant-loss", tier: tier, sizes: Self.sizes) { style in
        LossCurve(
          [LossCurve.Curve("training", losses: Array(repeating: 0.25, count: 50))],
          style: style)
      }
      checkGoldens("awkward-constant-histogram", tier: tier, sizes: Self.sizes) { style in
        BarChart.histogram([3, 3, 3], bins: 4, style: style)
      }
    }

    // MARK: NaN and ±∞

    @Test(arguments: ChartGoldenTests.tiers)
    func nonFiniteValuesBreakTheLineAndAreCounted(tier: CanvasTier) {
      checkGoldens("awkward-non-finite-line", tier: tier, sizes: Self.sizes) { style in
        LineChart([Self.holes], style: style)
      }
      checkGoldens("awkward-non-finite-bar", tier: tier, sizes: Self.sizes) { style in
        BarChart(
          labels: ["w[0]", "w[1]", "w[2]", "w[3]", "b"],
          values: [1, .nan, .infinity, -.infinity, 2],
          style: style)
      }
      checkGoldens("awkward-non-finite-scatter", tier: tier, sizes: Self.sizes) { style in
        ScatterChart(
          [ScatterChart.Group("", x: [1, 2, .nan, 4, 5], y: [1, .infinity, 3, 4, -.infinity])],
          style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func skippedValuesAreNoted(tier: CanvasTier) {
      let style = ChartStyle(tier: tier)
      let four = render(LineChart([Self.holes], style: style), width: 60, height: 16).plainText
      #expect(four.contains("4 values skipped (not finite)"), "\(four)")
      let one = render(
        LineChart([Series("", y: [1, .nan, 3])], style: style), width: 60, height: 16
      ).plainText
      #expect(one.contains("1 value skipped (not finite)"), "\(one)")
      let none = render(LineChart([Self.decades], style: style), width: 60, height: 16).plainText
      #expect(!none.contains("skipped"), "\(none)")
    }

    // MARK: 10⁻¹² to 10¹²

    @Test(arguments: ChartGoldenTests.tiers)
    func hugeRangesAreLabelledCompactly(tier: CanvasTier) {
      checkGoldens("awkward-decades-linear", tier: tier, sizes: Self.sizes) { style in
        LineChart([Self.decades], style: style)
      }
      checkGoldens("awkward-decades-log", tier: tier, sizes: Self.sizes) { style in
        LineChart([Self.decades], style: style, yScale: .logarithmic)
      }
      checkGoldens("awkward-tiny-and-huge-scatter", tier: tier, sizes: Self.sizes) { style in
        ScatterChart(
          [
            ScatterChart.Group(
              "", x: [1e-12, 2e-12, 3e-12, 4e-12, 5e-12], y: [1e12, 3e12, 2e12, 5e12, 4e12])
          ], style: style)
      }
      checkGoldens("awkward-decades-loss", tier: tier, sizes: Self.sizes) { style in
        LossCurve(
          [LossCurve.Curve("training", losses: (0...24).map { pow(10, Double(12 - $0)) })],
          style: style)
      }
    }

    // MARK: Too small

    @Test(arguments: ChartGoldenTests.tiers)
    func tooSmallFramesGetAOneLineNote(tier: CanvasTier) {
      // Every kind in a rectangle one column too narrow, then one row too short, stacked.
      for (width, height) in [(11, 5), (40, 4)] {
        let kinds = Self.everyKind(ChartStyle(theme: .monochrome, tier: tier))
        var frame = Frame(width: 40, height: kinds.count * (height + 1))
        for (k, kind) in kinds.enumerated() {
          frame.draw(kind.chart, in: Rect(x: 0, y: k * (height + 1), width: width, height: height))
        }
        Golden.check(
          frame.plainText, named: "awkward-too-small-\(name(of: tier))-\(width)x\(height)")
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func tooSmallNoteIsReadable(tier: CanvasTier) {
      let times = tier == .ascii ? "x" : "×"
      for kind in Self.everyKind(ChartStyle(tier: tier)) where kind.name != "bar" {
        let text = render(kind.chart, width: 40, height: 4).plainText
        #expect(
          text.hasPrefix("chart needs 12\(times)5 cells, has 40\(times)4"), "\(kind.name):\n\(text)"
        )
      }
    }

    // MARK: Zero size

    @Test(arguments: ChartGoldenTests.tiers)
    func zeroSizeAndOutsideRectanglesDrawNothing(tier: CanvasTier) {
      let blank = Frame(width: 20, height: 8)
      let rects = [
        Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 3, y: 2, width: 0, height: 5),
        Rect(x: 3, y: 2, width: 15, height: 0), Rect(x: 25, y: 10, width: 30, height: 12),
        Rect(x: -40, y: -20, width: 30, height: 12),
      ]
      for kind in Self.everyKind(ChartStyle(tier: tier)) {
        for rect in rects {
          var frame = blank
          frame.draw(kind.chart, in: rect)
          #expect(frame == blank, "\(kind.name) in \(rect)")
        }
      }
      // A zero-size frame takes any chart without trapping.
      for kind in Self.everyKind(ChartStyle(tier: tier)) {
        #expect(render(kind.chart, width: 0, height: 0).plainText == "")
      }
    }
  }
}

extension ChartGoldenTests.AwkwardData {
  @Test(arguments: ChartGoldenTests.tiers)
  func lonePointsAreDrawn(tier: CanvasTier) {
    // One point, and a point alone between non-finite values, in each line pattern.
    let style = ChartStyle(tier: tier)
    let charts: [(String, any Chart)] = [
      ("line", LineChart([Series("", y: [3])], style: style)),
      ("loss", LossCurve([LossCurve.Curve("training", losses: [0.7])], style: style)),
      (
        "dashed",
        LineChart([Series("a", y: [1, 2]), Series("b", y: [.nan, 3, .nan])], style: style)
      ),
    ]
    let blank: Set<Character> = [" ", "│", "┤", "└", "─", "┬", "|", "+", "-"]
    for (name, chart) in charts {
      let rows = ChartGoldenTests.lines(ChartGoldenTests.render(chart, width: 30, height: 10))
      // Plot cells: right of the axis, above the axis line, digits and legend excluded.
      let axisRow = rows.lastIndex { $0.contains("└") || $0.contains("+-") } ?? rows.count
      let marks = rows.prefix(axisRow).flatMap { row -> [Character] in
        guard let axis = row.firstIndex(where: { "│┤|+".contains($0) }) else { return [] }
        return Array(row[row.index(after: axis)...]).filter { !blank.contains($0) }
      }
      #expect(!marks.isEmpty, "\(name):\n\(rows.joined(separator: "\n"))")
    }
  }

  @Test(arguments: ChartGoldenTests.tiers)
  func tooSmallNoteIsNeverCutShort(tier: CanvasTier) {
    // Four rows are too few for any chart; the note takes the longest wording that fits.
    let times = tier == .ascii ? "x" : "×"
    let expected: [(width: Int, note: String)] = [
      (35, "chart needs 12\(times)5 cells, has 35\(times)4"), (16, "needs 12\(times)5 cells"),
      (11, "needs 12\(times)5"), (9, "too small"), (4, "12\(times)5"), (3, ""),
    ]
    for (width, note) in expected {
      var frame = Frame(width: 40, height: 4)
      let chart = LineChart([Series("", y: [1, 2])], style: ChartStyle(tier: tier))
      frame.draw(chart, in: Rect(x: 0, y: 0, width: width, height: 4))
      #expect(ChartGoldenTests.lines(frame).first == note, "\(width) columns")
    }
  }
}
