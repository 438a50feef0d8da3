/// One or several series as lines, each in its own colour and line pattern, with a legend.
///
/// Any number of points is drawn at the canvas's resolution with each dot column's minimum
/// and maximum kept, so a spike in a million points still shows. Non-finite values break
/// the line; how many were skipped is noted under the legend.
public struct LineChart: Chart {
  /// The series, drawn in order (later ones on top).
  public var series: [Series]
  /// Titles, theme and canvas.
  public var style: ChartStyle
  /// The y axis's scale.
  public var yScale: AxisScale
  /// A fixed x range, or nil to fit the data.
  public var xRange: ClosedRange<Double>?
  /// A fixed y range, or nil to fit the data.
  public var yRange: ClosedRange<Double>?

  /// A line chart of `series`.
  public init(
    _ series: [Series], style: ChartStyle = ChartStyle(), yScale: AxisScale = .linear,
    xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil
  ) {
    self.series = series
    self.style = style
    self.yScale = yScale
    self.xRange = xRange
    self.yRange = yRange
  }

  public func draw(into frame: inout Frame, in rect: Rect) {
    var xs = DataRange()
    var ys = DataRange()
    for s in series {
      for i in 0..<s.count {
        let x = s.xValue(i)
        let y = s.y[i]
        guard x.isFinite else { continue }
        if yScale == .logarithmic { ys.includePositive(y) } else { ys.include(y) }
        if y.isFinite { xs.include(x) }
      }
    }
    let named = series.count > 1 || series.contains { !$0.name.isEmpty }
    guard
      let layout = ChartFrame(
        in: rect, style: style, xData: xs.range, yData: ys.range, yScale: yScale,
        xFixed: xRange, yFixed: yRange, hasLegend: named)
    else {
      ChartFrame.drawTooSmall(into: &frame, in: rect, style: style)
      return
    }
    var canvas = layout.makeCanvas()
    layout.drawAxes(into: &frame, canvas: &canvas)
    var skipped = 0
    var legend: [(sample: String, label: String, style: Style)] = []
    for (k, s) in series.enumerated() {
      let lineStyle = style.theme.style(s.role ?? .series(k))
      let pattern = style.theme.pattern(ofSeries: k)
      var envelope = ColumnEnvelope(layer: .line, style: lineStyle, pattern: pattern)
      for i in 0..<s.count {
        let y = s.y[i]
        if !y.isFinite { skipped += 1 }
        let dx = layout.dotX(s.xValue(i), in: canvas)
        let dy = y.isFinite ? layout.dotY(y, in: canvas) : nil
        envelope.add(x: dx?.dotIndex, y: dy?.dotIndex, to: &canvas)
      }
      envelope.finish(on: &canvas)
      legend.append((pattern.sample(ascii: style.isASCII), s.name, lineStyle))
    }
    canvas.draw(into: &frame, at: (layout.plot.x, layout.plot.y))
    if named { layout.drawLegend(legend, into: &frame) }
    if xs.range == nil {
      layout.drawNote("no data", into: &frame)
    } else if skipped > 0 {
      let note = "\(skipped) value\(skipped == 1 ? "" : "s") skipped (not finite)"
      frame.draw(
        note, x: layout.plot.x, y: layout.plot.y, style: style.theme.style(.warning),
        clip: layout.plot)
    }
  }
}
