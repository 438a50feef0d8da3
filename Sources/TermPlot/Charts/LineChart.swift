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
    // Series whose x values never decrease and whose y values can all be placed are drawn
    // a dot column at a time (see `drawColumns`).
    var sliceable: [Bool] = []
    var nonFinite = 0
    for s in series {
      var ordered = true
      var placeable = true
      if s.x == nil {
        // x is the index: only the y values need a look, in one tight pass.
        var first = -1
        var last = -1
        s.y.withUnsafeBufferPointer { values in
          for i in 0..<values.count {
            let y = values[i]
            let fits = y.isFinite && (yScale == .linear || y > 0)
            if fits {
              if first < 0 { first = i }
              last = i
              ys.include(y)
            } else {
              placeable = false
              if !y.isFinite || (yScale == .logarithmic && !(y > 0)) { nonFinite += 1 }
            }
          }
        }
        if first >= 0 {
          xs.include(Double(first + 1))
          xs.include(Double(last + 1))
        }
      } else {
        var previous = -Double.infinity
        for i in 0..<s.count {
          let x = s.xValue(i)
          let y = s.y[i]
          if !(x >= previous) { ordered = false }
          previous = x
          if !y.isFinite || (yScale == .logarithmic && !(y > 0)) { nonFinite += 1 }
          if !y.isFinite || (yScale == .logarithmic && !(y > 0)) { placeable = false }
          guard x.isFinite else { continue }
          if yScale == .logarithmic { ys.includePositive(y) } else { ys.include(y) }
          if y.isFinite { xs.include(x) }
        }
      }
      sliceable.append(ordered && placeable)
    }
    let named = series.count > 1 || series.contains { !$0.name.isEmpty }
    guard
      let started = ChartFrame.start(
        ChartFrame(
          in: rect, style: style, xData: xs.range, yData: ys.range, yScale: yScale,
          xFixed: xRange, yFixed: yRange, hasLegend: named || nonFinite > 0),
        into: &frame, in: rect, style: style)
    else { return }
    let layout = started.layout
    var canvas = started.canvas
    var skipped = 0
    var legend: [(sample: String, label: String, style: Style)] = []
    let toColumn = layout.xMapping(canvas)
    let toRow = layout.yMapping(canvas)
    for (k, s) in series.enumerated() {
      let lineStyle = style.theme.style(s.role ?? .series(k))
      let pattern = style.theme.pattern(ofSeries: k)
      var envelope = ColumnEnvelope(layer: .line, style: lineStyle, pattern: pattern)
      if sliceable[k] {
        Self.drawColumns(
          of: s, x: toColumn, y: toRow, envelope: &envelope, canvas: &canvas)
      } else {
        s.y.withUnsafeBufferPointer { ys in
          for i in 0..<s.count {
            let y = ys[i]
            if !y.isFinite || (yScale == .logarithmic && !(y > 0)) { skipped += 1 }
            let dx = toColumn.dot(s.xValue(i))
            let dy = toRow.dot(y)
            envelope.add(x: dx?.dotIndex, y: dy?.dotIndex, to: &canvas)
          }
        }
      }
      envelope.finish(on: &canvas)
      legend.append((pattern.sample(ascii: style.isASCII), s.name, lineStyle))
    }
    canvas.draw(into: &frame, at: (layout.plot.x, layout.plot.y))
    let next = named ? layout.drawLegend(legend, into: &frame) : layout.plot.x
    if xs.range == nil {
      layout.drawNote("no data", into: &frame)
    } else if skipped > 0 {
      // After the legend, not over the data; shorter when the row is short.
      let reason = yScale == .logarithmic ? "not finite or not positive" : "not finite"
      let notes = [
        "\(skipped) value\(skipped == 1 ? "" : "s") skipped (\(reason))",
        "\(skipped) value\(skipped == 1 ? "" : "s") skipped", "\(skipped) skipped",
      ]
      layout.drawLegendNote(notes, from: next, style: style.theme.style(.warning), into: &frame)
    }
  }

  /// Draws a series whose x values never decrease and whose y values all map to dots, a
  /// dot column at a time: the points falling in each column are found by binary search
  /// (the column of a point only grows along the series), and only their first, lowest,
  /// highest and last values are mapped. The envelope then draws exactly what feeding it
  /// every point would, since the row map is monotonic, at the cost of a min/max pass.
  private static func drawColumns(
    of s: Series, x toColumn: DotMapping, y toRow: DotMapping,
    envelope: inout ColumnEnvelope, canvas: inout Canvas
  ) {
    let n = s.count
    guard n > 0 else { return }
    let column = { (i: Int) -> Int in toColumn.dot(s.xValue(i))?.dotIndex ?? Int.min }
    s.y.withUnsafeBufferPointer { ys in
      var start = 0
      while start < n {
        let c = column(start)
        // The first index past `start` in a later column.
        var low = start + 1
        var high = n
        while low < high {
          let middle = (low + high) / 2
          if column(middle) > c { high = middle } else { low = middle + 1 }
        }
        var smallest = ys[start]
        var largest = ys[start]
        for i in (start + 1)..<low {
          let y = ys[i]
          smallest = Swift.min(smallest, y)
          largest = Swift.max(largest, y)
        }
        let x = c == Int.min ? nil : c
        envelope.add(x: x, y: toRow.dot(ys[start])?.dotIndex, to: &canvas)
        envelope.add(x: x, y: toRow.dot(smallest)?.dotIndex, to: &canvas)
        envelope.add(x: x, y: toRow.dot(largest)?.dotIndex, to: &canvas)
        envelope.add(x: x, y: toRow.dot(ys[low - 1])?.dotIndex, to: &canvas)
        start = low
      }
    }
  }
}
