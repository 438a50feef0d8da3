import Foundation
import Testing

@testable import TermPlot

extension ChartGoldenTests {
  @Suite struct Line {
    /// A damped wave over 0…12, 300 points.
    static let wave: Series = {
      let x = (0..<300).map { Double($0) * 12 / 299 }
      return Series("", x: x, y: x.map { sin($0) * exp(-$0 / 6) })
    }()

    /// sin x, cos x and sin 2x / 2 over one turn.
    static let trio: [Series] = {
      let x = (0..<200).map { Double($0) * 2 * Double.pi / 199 }
      return [
        Series("sin x", x: x, y: x.map { sin($0) }),
        Series("cos x", x: x, y: x.map { cos($0) }),
        Series("sin 2x / 2", x: x, y: x.map { sin(2 * $0) / 2 }),
      ]
    }()

    /// Where the spike sits among the million points.
    static let spikeIndex = 654_321

    /// A million points of noise around 0.5 with one spike to 8 (seeded).
    static let million: Series = {
      var random = SplitMix64(seed: 7)
      var y = [Double](repeating: 0, count: 1_000_000)
      for i in 0..<y.count { y[i] = 0.4 + 0.2 * random.unit() }
      y[spikeIndex] = 8
      return Series("", y: y)
    }()

    @Test(arguments: ChartGoldenTests.tiers)
    func oneSeriesMatchesGoldens(tier: CanvasTier) {
      checkGoldens("line-one-series", tier: tier) { style in
        var style = style
        style.title = "a damped wave"
        style.xTitle = "t"
        return LineChart([Self.wave], style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func threeSeriesWithLegendMatchGoldens(tier: CanvasTier) {
      checkGoldens("line-three-series", tier: tier) { style in
        LineChart(Self.trio, style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func millionPointsWithASpikeMatchGoldens(tier: CanvasTier) {
      checkGoldens("line-million-spike", tier: tier) { style in
        var style = style
        style.title = "1,000,000 points, one spike"
        return LineChart([Self.million], style: style)
      }
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func spikeAmongAMillionPointsReachesTheTopRow(tier: CanvasTier) {
      let chart = LineChart([Self.million], style: ChartStyle(tier: tier))
      let frame = render(chart, width: 60, height: 16)
      let rows = lines(frame)
      // The vertical axis is the first "│" (or "|") on the top row of the plot.
      let axisMark: Character = tier == .ascii ? "|" : "│"
      guard let top = rows.firstIndex(where: { $0.contains(axisMark) }),
        let axis = rows[top].firstIndex(of: axisMark)
      else {
        Issue.record("no axis found:\n\(frame.plainText)")
        return
      }
      let axisColumn = rows[top].distance(from: rows[top].startIndex, to: axis)
      let plotWidth = 60 - axisColumn - 1
      // The spike's column, by its share of the x range (1…1,000,000), give or take one.
      let share = Double(Self.spikeIndex) / 999_999
      let expected = axisColumn + 1 + Int(share * Double(plotWidth))
      let topRow = Array(rows[top])
      let marked = (axisColumn + 1..<topRow.count).filter { topRow[$0] != " " }
      #expect(!marked.isEmpty, "nothing on the top row:\n\(frame.plainText)")
      #expect(
        marked.allSatisfy { abs($0 - expected) <= 1 },
        "top row marks at \(marked), spike expected at \(expected):\n\(frame.plainText)")
      // The spike is a line from the noise to the top: its column is marked in every row
      // between them.
      let bottom = rows.lastIndex { $0.contains(axisMark) } ?? top
      for row in top...(top + (bottom - top) / 2) {
        let cells = Array(rows[row])
        let near = (expected - 1...expected + 1).contains { $0 < cells.count && cells[$0] != " " }
        #expect(near, "row \(row) lost the spike:\n\(frame.plainText)")
      }
    }

    @Test func legendNamesEverySeriesWithItsPattern() {
      let braille = lines(render(LineChart(Self.trio), width: 60, height: 16))
      #expect(braille.contains { $0.contains("━━ sin x  ╍╍ cos x  ┈┈ sin 2x / 2") })
      let ascii = lines(
        render(LineChart(Self.trio, style: ChartStyle(tier: .ascii)), width: 60, height: 16))
      #expect(ascii.contains { $0.contains("-- sin x  -  cos x  .. sin 2x / 2") })
    }

    @Test(arguments: ChartGoldenTests.tiers)
    func legendSaysHowManySeriesDoNotFit(tier: CanvasTier) {
      let chart = LineChart(Self.trio, style: ChartStyle(tier: tier))
      let legend = lines(render(chart, width: 30, height: 10)).first ?? ""
      #expect(legend.hasSuffix("cos x  +1 more"), "\(legend)")
    }

    @Test func aMillionPointsDrawQuickly() {
      let series = Self.million
      let start = ContinuousClock.now
      _ = render(LineChart([series]), width: 120, height: 30)
      let elapsed = ContinuousClock.now - start
      // Generous, for debug builds on a busy machine; the benchmark holds the real target.
      #expect(elapsed < .seconds(2), "took \(elapsed)")
    }
  }
}
