#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Horizontal bars with labels, such as each parameter's gradient magnitude, or a
/// histogram of weights (see `histogram(_:bins:)`).
///
/// Bars grow right from zero (left for negative values), with eighth-block resolution in
/// UTF-8 and `#` in ASCII; each bar's value is printed after it.
public struct BarChart: Chart {
  /// One label a bar.
  public var labels: [String]
  /// One value a bar; non-finite values show as "nan" or "inf" with no bar.
  public var values: [Double]
  /// Titles, theme and canvas (the tier only decides ASCII or not).
  public var style: ChartStyle
  /// What the bars mean.
  public var role: Role

  /// A bar chart of `values` labelled by `labels`.
  public init(
    labels: [String], values: [Double], style: ChartStyle = ChartStyle(), role: Role = .data
  ) {
    self.labels = labels
    self.values = values
    self.style = style
    self.role = role
  }

  /// A histogram of `values`: `bins` equal-width bins over their finite range, each
  /// labelled by its lower edge and counting the values in it (the last bin includes its
  /// upper edge).
  public static func histogram(
    _ values: [Double], bins: Int, style: ChartStyle = ChartStyle()
  ) -> BarChart {
    var range = DataRange()
    for value in values { range.include(value) }
    let count = Swift.max(1, bins)
    guard let finite = range.range else {
      return BarChart(labels: [], values: [], style: style)
    }
    var lower = finite.lowerBound
    var upper = finite.upperBound
    if lower == upper {
      lower -= 0.5
      upper += 0.5
    }
    // Halves, so that a span such as 1e308 − (−1e308) does not overflow to ∞.
    let halfWidth = (upper / 2 - lower / 2) / Double(count)
    var counts = [Double](repeating: 0, count: count)
    for value in values where value.isFinite {
      let position = (value / 2 - lower / 2) / halfWidth
      let bin = Swift.min(count - 1, Swift.max(0, Int(clamping: position)))
      counts[bin] += 1
    }
    // Edges are rarely round numbers: label them to one place below the width's leading
    // digit (-1.47 for a width of 0.304), not to every digit of the width (-1.4685091).
    // A width so small that the rounding unit underflows keeps every digit.
    let precision = pow(10, (log10(halfWidth) + log10(2.0)).rounded(.down) - 1)
    let labels = (0..<count).map { k in
      let exact = lower + halfWidth * Double(k) + halfWidth * Double(k)
      guard precision > 0, precision.isFinite else {
        return NumberFormat.compact(exact)
      }
      let edge = (exact / precision).rounded() * precision
      return NumberFormat.tickLabel(edge.isFinite ? edge : exact, step: precision)
    }
    return BarChart(labels: labels, values: counts, style: style)
  }

  public func draw(into frame: inout Frame, in rect: Rect) {
    let theme = style.theme
    var area = rect
    if let title = style.title, area.height > 1 {
      let x = area.x + Swift.max(0, (area.width - title.terminalWidth) / 2)
      frame.draw(title, x: x, y: area.y, style: theme.style(.title), clip: area)
      area = area.inset(top: 1)
    }
    if let yTitle = style.yTitle, area.height > 2 {
      frame.draw(yTitle, x: area.x, y: area.y, style: theme.style(.label), clip: area)
      area = area.inset(top: 1)
    }
    guard area.width >= 12, area.height >= 1 else {
      ChartFrame.drawTooSmall(into: &frame, in: rect, style: style)
      return
    }
    let count = Swift.min(labels.count, values.count)
    guard count > 0 else {
      frame.draw("no data", x: area.x, y: area.y, style: theme.style(.label), clip: area)
      return
    }
    // When the bars outnumber the rows, the last row says how many are not shown.
    let shown = count <= area.height ? count : area.height - 1
    let labelWidth = Swift.min(
      labels.prefix(shown).map { $0.terminalWidth }.max() ?? 0, area.width / 3)
    let valueTexts = values.prefix(shown).map { NumberFormat.compact($0) }
    let valueWidth = valueTexts.map { $0.terminalWidth }.max() ?? 0
    let barColumns = area.width - labelWidth - valueWidth - 3
    guard barColumns >= 2 else {
      ChartFrame.drawTooSmall(into: &frame, in: rect, style: style)
      return
    }
    var largestPositive = 0.0
    var largestNegative = 0.0
    for value in values.prefix(shown) where value.isFinite {
      largestPositive = Swift.max(largestPositive, value)
      largestNegative = Swift.max(largestNegative, -value)
    }
    // Bars are measured against the largest magnitude first, so that neither a sum of two
    // huge values (±1e308) nor a quotient by a tiny one (5e-324) leaves the finite range.
    let largest = Swift.max(largestPositive, largestNegative)
    let positiveShare = largest > 0 ? largestPositive / largest : 0
    let negativeShare = largest > 0 ? largestNegative / largest : 0
    let total = positiveShare + negativeShare
    // Columns left of the zero line for negative bars, in proportion to their share.
    let negativeColumns =
      total > 0
      ? Swift.min(barColumns, Int(clamping: (Double(barColumns) * negativeShare / total).rounded()))
      : 0
    let zero = area.x + labelWidth + 1 + negativeColumns
    /// Cells a bar of magnitude `value` takes: at most the bar area.
    func barLength(_ value: Double) -> Double {
      guard total > 0 else { return 0 }
      return Swift.min(1, Swift.abs(value) / largest) / total * Double(barColumns)
    }
    let barStyle = theme.style(role)
    let labelStyle = theme.style(.label)
    let axisStyle = theme.style(.axis)
    for row in 0..<shown {
      let y = area.y + row
      let label = labels[row]
      let labelClip = Rect(x: area.x, y: y, width: labelWidth, height: 1)
      frame.draw(
        label, x: area.x + labelWidth - Swift.min(label.terminalWidth, labelWidth), y: y,
        style: labelStyle, clip: labelClip)
      frame.put(
        style.isASCII ? "|" : "│", x: zero - (negativeColumns > 0 ? 0 : 1), y: y, style: axisStyle)
      let value = values[row]
      var end = zero
      if value.isFinite && value != 0 {
        let length = barLength(value)
        if value > 0 {
          end = zero + drawBar(length: length, from: zero, y: y, style: barStyle, into: &frame)
        } else {
          let cells = Swift.max(1, Int(clamping: length.rounded()))
          for k in 0..<cells {
            frame.put(style.isASCII ? "#" : "█", x: zero - 1 - k, y: y, style: barStyle)
          }
        }
      }
      frame.draw(valueTexts[row], x: end + 1, y: y, style: labelStyle, clip: area)
    }
    if shown < count {
      let note = "\(style.isASCII ? "..." : "…") \(count - shown) more"
      frame.draw(note, x: area.x, y: area.maxY - 1, style: labelStyle, clip: area)
    }
  }

  /// Draws a bar of `length` cells (fractional: eighth blocks in UTF-8) rightwards from
  /// `x`; returns the cells used.
  private func drawBar(
    length: Double, from x: Int, y: Int, style barStyle: Style, into frame: inout Frame
  ) -> Int {
    if style.isASCII {
      let cells = Swift.max(1, Int(clamping: length.rounded()))
      for k in 0..<cells { frame.put("#", x: x + k, y: y, style: barStyle) }
      return cells
    }
    let eighths = Swift.max(1, Int(clamping: (length * 8).rounded()))
    let full = eighths / 8
    for k in 0..<full { frame.put("█", x: x + k, y: y, style: barStyle) }
    let rest = eighths % 8
    if rest > 0 {
      let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
      frame.put(partial[rest - 1], x: x + full, y: y, style: barStyle)
      return full + 1
    }
    return full
  }
}
