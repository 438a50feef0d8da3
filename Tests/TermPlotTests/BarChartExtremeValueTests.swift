import Testing

@testable import TermPlot

/// Bars of values at the ends of `Double`'s range: the smallest subnormal, the largest
/// finite values of both signs. Lengths are measured against the largest magnitude, so
/// none overflows to ∞ or divides by a tiny value into ∞, and every bar fits its area.
@Suite struct BarChartExtremeValueTests {
  /// 5e-324, the smallest subnormal (a literal would warn that it underflows).
  static let tiny = Double.leastNonzeroMagnitude

  /// The bar cells (█ or #, and the eighth blocks) on each row of a 30 × 4 chart.
  static func barCells(_ values: [Double], ascii: Bool = false) -> [Int] {
    let chart = BarChart(
      labels: values.indices.map { "\($0 + 1)" }, values: values,
      style: ChartStyle(theme: .monochrome, tier: ascii ? .ascii : .braille))
    var frame = Frame(width: 30, height: values.count)
    frame.draw(chart, in: frame.bounds)
    let bars: Set<Character> = ["█", "#", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return frame.plainText.split(separator: "\n", omittingEmptySubsequences: false)
      .prefix(values.count).map { row in row.filter { bars.contains($0) }.count }
  }

  @Test(arguments: [false, true])
  func theSmallestSubnormalGetsTheWholeBar(ascii: Bool) {
    let cells = Self.barCells([Self.tiny, 0], ascii: ascii)
    #expect(cells[0] >= 10, "\(cells)")
    #expect(cells[1] == 0)
  }

  @Test(arguments: [false, true])
  func theLargestValuesOfBothSignsShareTheArea(ascii: Bool) {
    let cells = Self.barCells([1e308, -1e308, -1.7976931348623157e308], ascii: ascii)
    // Equal magnitudes (almost): equal bars, left and right of the zero line.
    #expect(cells[0] >= 5, "\(cells)")
    #expect(abs(cells[0] - cells[1]) <= 1, "\(cells)")
    #expect(cells[2] >= cells[1], "\(cells)")
  }

  @Test func aHistogramOverTheWholeRangeCountsEachEnd() {
    let chart = BarChart.histogram([-1e308, 1e308, 0, Self.tiny], bins: 4)
    #expect(chart.values == [1, 0, 2, 1])
    #expect(
      chart.labels.allSatisfy { !$0.contains("nan") && !$0.contains("inf") }, "\(chart.labels)")
  }

  @Test func aHistogramOfTinyValuesHasFiniteLabels() {
    let chart = BarChart.histogram([Self.tiny, 2 * Self.tiny, 3 * Self.tiny], bins: 2)
    #expect(chart.values.reduce(0, +) == 3)
    #expect(chart.labels.allSatisfy { !$0.contains("nan") }, "\(chart.labels)")
  }
}
