#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

/// The parts of a chart's rectangle: title, legend, plot area, axes and their labels, and
/// the two axes themselves. Laid out once, then used to map data to dots and to draw the
/// axes.
///
///     title
///     legend
///     y title
///     y labels │ plot area (canvas)
///              └──┬──────┬────
///               x labels
///               x title
struct ChartFrame {
  let plot: Rect
  let xAxis: Axis
  let yAxis: Axis
  let style: ChartStyle
  private let outer: Rect
  private let titleRow: Int?
  private let legendRow: Int?
  /// How many rows the legend may use from `legendRow` down (it wraps onto them).
  private let legendRowCount: Int
  private let yTitleRow: Int?
  private let xTitleRow: Int?
  private let labelColumns: Int

  /// The smallest rectangle a chart is drawn in; anything smaller gets a note.
  static let minimumWidth = 12
  static let minimumHeight = 5

  /// Lays out a chart in `rect` for x data in `xData` and y data in `yData` (nil when
  /// there is no finite data). Returns nil when the rectangle is too small.
  init?(
    in rect: Rect, style: ChartStyle, xData: ClosedRange<Double>?, yData: ClosedRange<Double>?,
    xScale: AxisScale = .linear, yScale: AxisScale = .linear,
    xFixed: ClosedRange<Double>? = nil, yFixed: ClosedRange<Double>? = nil,
    hasLegend: Bool = false, legendWidths: [Int] = [], xPadding: Double = 0.05,
    yPadding: Double = 0.05, xWholeNumbers: Bool = false
  ) {
    guard rect.width >= Self.minimumWidth, rect.height >= Self.minimumHeight else { return nil }
    var rows = rect
    var titleRow: Int?
    var legendRow: Int?
    var legendRowCount = 0
    // A zoomed y axis says so on the legend row, so it needs one.
    let hasLegend = hasLegend || Self.zoom(of: yData, scale: yScale) != nil
    var yTitleRow: Int?
    var xTitleRow: Int?
    // Optional rows are given up, most dispensable first, when the height is short.
    let spare = rect.height - 4
    var wanted = 0
    if style.title != nil && spare - wanted >= 1 {
      titleRow = rows.y
      rows = rows.inset(top: 1)
      wanted += 1
    }
    if hasLegend && spare - wanted >= 1 {
      legendRow = rows.y
      // Entries wrap onto more rows, while the plot keeps at least 6 rows (or its share).
      let needed = Self.legendRowsNeeded(
        legendWidths, from: rect.x + rect.width / 3 + 1, to: rect.maxX)
      let room = Swift.max(1, Swift.min(spare - wanted, rect.height - 4 - 6))
      legendRowCount = Swift.min(needed, room)
      rows = rows.inset(top: legendRowCount)
      wanted += legendRowCount
    }
    if style.yTitle != nil && spare - wanted >= 2 {
      yTitleRow = rows.y
      rows = rows.inset(top: 1)
      wanted += 1
    }
    if style.xTitle != nil && spare - wanted >= 2 {
      xTitleRow = rows.maxY - 1
      rows = rows.inset(bottom: 1)
    }
    // Two rows under the plot: the axis line and the tick labels.
    let plotHeight = rows.height - 2
    guard plotHeight >= 2 else { return nil }
    let yAxis = Axis.automatic(
      data: yData, length: plotHeight, horizontal: false, scale: yScale, fixed: yFixed,
      padding: yPadding)
    let labelWidth = yAxis.ticks.map { $0.label.terminalWidth }.max() ?? 1
    let labelColumns = Swift.min(labelWidth, rect.width / 3)
    let plotWidth = rows.width - labelColumns - 1
    guard plotWidth >= 4 else { return nil }
    let xAxis = Axis.automatic(
      data: xData, length: plotWidth, horizontal: true, scale: xScale, fixed: xFixed,
      padding: xPadding, wholeNumbers: xWholeNumbers)
    self.outer = rect
    self.style = style
    self.titleRow = titleRow
    self.legendRow = legendRow
    self.legendRowCount = legendRowCount
    self.yTitleRow = yTitleRow
    self.xTitleRow = xTitleRow
    self.labelColumns = labelColumns
    self.plot = Rect(
      x: rows.x + labelColumns + 1, y: rows.y, width: plotWidth, height: plotHeight)
    self.xAxis = xAxis
    self.yAxis = yAxis
  }

  /// A canvas covering the plot area.
  func makeCanvas() -> Canvas {
    Canvas(columns: plot.width, rows: plot.height, tier: style.tier)
  }

  /// The dot column of x value `x` (fractional), or nil when it cannot be placed.
  func dotX(_ x: Double, in canvas: Canvas) -> Double? {
    xAxis.position(of: x, span: Double(canvas.dotWidth - 1))
  }

  /// The dot row of y value `y` (fractional, 0 at the top), or nil when it cannot be placed.
  func dotY(_ y: Double, in canvas: Canvas) -> Double? {
    guard let p = yAxis.position(of: y, span: Double(canvas.dotHeight - 1)) else { return nil }
    return Double(canvas.dotHeight - 1) - p
  }

  /// The y value at the middle of dot row `row`.
  func yValue(atDotRow row: Int, in canvas: Canvas) -> Double {
    yAxis.value(at: Double(canvas.dotHeight - 1 - row), span: Double(canvas.dotHeight - 1))
  }

  /// The x value at dot column `column`.
  func xValue(atDotColumn column: Int, in canvas: Canvas) -> Double {
    xAxis.value(at: Double(column), span: Double(canvas.dotWidth - 1))
  }

  /// The cell column of x value `x`, if it is inside the plot: the cell holding the dot
  /// the value is drawn at, so a tick and a point of the same value share a column.
  func cellColumn(_ x: Double) -> Int? {
    let perCell = style.tier.dotsPerCell.columns
    let span = Double(plot.width * perCell - 1)
    guard let p = xAxis.position(of: x, span: span) else { return nil }
    let dot = p.dotIndex
    guard dot >= 0, dot < plot.width * perCell else { return nil }
    return plot.x + dot / perCell
  }

  /// The cell row of y value `y`, if it is inside the plot: the cell holding the dot the
  /// value is drawn at, so a tick and a point of the same value share a row (a value on a
  /// cell boundary included).
  func cellRow(_ y: Double) -> Int? {
    let perCell = style.tier.dotsPerCell.rows
    let span = Double(plot.height * perCell - 1)
    guard let p = yAxis.position(of: y, span: span) else { return nil }
    let dot = (span - p).dotIndex
    guard dot >= 0, dot < plot.height * perCell else { return nil }
    return plot.y + dot / perCell
  }

  /// Draws the title, axis titles, axis lines, ticks and tick labels; grid lines go onto
  /// `canvas` when the style asks for them.
  func drawAxes(into frame: inout Frame, canvas: inout Canvas) {
    let theme = style.theme
    let ascii = style.isASCII
    let axisStyle = theme.style(.axis)
    let labelStyle = theme.style(.label)
    if let titleRow, let title = style.title {
      let width = title.terminalWidth
      let x = outer.x + Swift.max(0, (outer.width - width) / 2)
      frame.draw(title, x: x, y: titleRow, style: theme.style(.title), clip: outer)
    }
    if let yTitleRow, let yTitle = style.yTitle {
      frame.draw(yTitle, x: outer.x, y: yTitleRow, style: labelStyle, clip: outer)
    }
    if let xTitleRow, let xTitle = style.xTitle {
      let width = xTitle.terminalWidth
      let x = plot.x + Swift.max(0, (plot.width - width) / 2)
      frame.draw(xTitle, x: x, y: xTitleRow, style: labelStyle, clip: outer)
    }
    // The vertical axis line and its ticks.
    let axisColumn = plot.x - 1
    for row in plot.y..<plot.maxY {
      frame.put(ascii ? "|" : "│", x: axisColumn, y: row, style: axisStyle)
    }
    let labelArea = Rect(x: outer.x, y: plot.y, width: labelColumns, height: plot.height)
    for tick in yAxis.ticks {
      guard let row = cellRow(tick.value) else { continue }
      frame.put(ascii ? "+" : "┤", x: axisColumn, y: row, style: axisStyle)
      let width = tick.label.terminalWidth
      frame.draw(
        tick.label, x: labelArea.maxX - Swift.min(width, labelColumns), y: row,
        style: labelStyle, clip: labelArea)
      if style.grid, let y = dotY(tick.value, in: canvas) {
        canvas.line(
          from: (0, y), to: (Double(canvas.dotWidth - 1), y), layer: .grid,
          style: theme.style(.grid), pattern: .dotted)
      }
    }
    // The horizontal axis line, its ticks and labels.
    let axisRow = plot.maxY
    frame.put(ascii ? "+" : "└", x: axisColumn, y: axisRow, style: axisStyle)
    for column in plot.x..<plot.maxX {
      frame.put(ascii ? "-" : "─", x: column, y: axisRow, style: axisStyle)
    }
    let labelRow = axisRow + 1
    let labelClip = Rect(x: outer.x, y: labelRow, width: outer.width, height: 1)
    var nextFree = outer.x
    for tick in xAxis.ticks {
      guard let column = cellColumn(tick.value) else { continue }
      frame.put(ascii ? "+" : "┬", x: column, y: axisRow, style: axisStyle)
      let width = tick.label.terminalWidth
      var start = column - width / 2
      start = Swift.min(Swift.max(start, outer.x), outer.maxX - width)
      guard start >= nextFree else { continue }
      frame.draw(tick.label, x: start, y: labelRow, style: labelStyle, clip: labelClip)
      nextFree = start + width + 1
      if style.grid, let x = dotX(tick.value, in: canvas) {
        canvas.line(
          from: (x, 0), to: (x, Double(canvas.dotHeight - 1)), layer: .grid,
          style: theme.style(.grid), pattern: .dotted)
      }
    }
  }

  /// Draws a legend of (sample, label, style) entries on the legend row, left to right
  /// from column `start` (the plot's left edge by default), as far as they fit; returns the
  /// column after the last entry.
  @discardableResult
  func drawLegend(
    _ entries: [(sample: String, label: String, style: Style)], into frame: inout Frame,
    startingAt start: Int? = nil
  ) -> Int {
    guard let legendRow else { return plot.x }
    var x = start ?? plot.x
    var row = legendRow
    var clip = Rect(x: outer.x, y: row, width: outer.width, height: 1)
    // The zoom note keeps the right end of the first row.
    var end = outer.maxX - (zoomNote.map { $0.terminalWidth + 2 } ?? 0)
    for (k, entry) in entries.enumerated() {
      let width = entry.sample.terminalWidth + 1 + entry.label.terminalWidth
      if x + width > end, x > plot.x, row + 1 < legendRow + legendRowCount {
        // Wrap onto the next legend row.
        row += 1
        x = plot.x
        end = outer.maxX
        clip = Rect(x: outer.x, y: row, width: outer.width, height: 1)
      }
      let legendRow = row
      guard x + width <= end else {
        // Entries that do not fit are left out, but not silently ("…" could pass for a
        // dotted line's sample).
        let left = entries.count - k
        let more = ["+\(left) more", "+\(left)"].first { x + $0.terminalWidth <= end }
        if let more {
          x += frame.draw(more, x: x, y: legendRow, style: style.theme.style(.label), clip: clip)
          x += 2
        }
        break
      }
      x += frame.draw(entry.sample, x: x, y: legendRow, style: entry.style, clip: clip)
      x += 1
      x += frame.draw(entry.label, x: x, y: legendRow, style: style.theme.style(.label), clip: clip)
      x += 2
    }
    return x
  }

  /// Draws a colour scale on the legend row: the lowest value, one block a colour, the
  /// highest value and a note; returns the column after it.
  @discardableResult
  func drawColorScale(
    _ colours: [Color], low: String, high: String, note: String, into frame: inout Frame
  ) -> Int {
    guard let legendRow else { return plot.x }
    let clip = Rect(x: outer.x, y: legendRow, width: outer.width, height: 1)
    let labelStyle = style.theme.style(.label)
    // Only whole parts are drawn: when the row is short the note goes first, then colours
    // (evenly picked, keeping both ends), and without room for two the scale is left out.
    let room = outer.maxX - plot.x
    let labels = low.terminalWidth + 1 + 1 + high.terminalWidth
    let showsNote = !note.isEmpty && labels + colours.count + 1 + note.terminalWidth <= room
    var ramp = colours
    if labels + ramp.count > room {
      let count = room - labels
      guard count >= 2, colours.count >= 2 else { return plot.x }
      ramp = (0..<count).map { colours[$0 * (colours.count - 1) / (count - 1)] }
    }
    var x = plot.x
    x += frame.draw(low, x: x, y: legendRow, style: labelStyle, clip: clip) + 1
    for colour in ramp {
      frame.put("█", x: x, y: legendRow, style: Style(foreground: colour))
      x += 1
    }
    x += 1
    x += frame.draw(high, x: x, y: legendRow, style: labelStyle, clip: clip)
    if showsNote {
      x += 1
      x += frame.draw(note, x: x, y: legendRow, style: labelStyle, clip: clip)
    }
    return x + 2
  }

  /// Draws the first of `notes` (longest wording first) that fits whole on the legend row
  /// from column `x`, or, without a legend row, on the plot's top row; returns whether one
  /// was drawn.
  @discardableResult
  func drawLegendNote(
    _ notes: [String], from x: Int, style noteStyle: Style, into frame: inout Frame
  ) -> Bool {
    let row = legendRow ?? plot.y
    let start = legendRow == nil ? plot.x : x
    let end =
      legendRow == nil ? plot.maxX : outer.maxX - (zoomNote.map { $0.terminalWidth + 2 } ?? 0)
    guard let note = notes.first(where: { start + $0.terminalWidth <= end }) else { return false }
    frame.draw(note, x: start, y: row, style: noteStyle, clip: outer)
    return true
  }

  /// A one-line note centred in the plot area, such as "no data".
  func drawNote(_ note: String, into frame: inout Frame) {
    let width = note.terminalWidth
    let x = plot.x + Swift.max(0, (plot.width - width) / 2)
    frame.draw(
      note, x: x, y: plot.y + plot.height / 2, style: style.theme.style(.label), clip: plot)
  }

  /// Starts a chart in `rect`: `layout` with its axes drawn and a canvas to plot on, or nil
  /// (with the too-small note drawn) when `rect` cannot hold one.
  static func start(
    _ layout: ChartFrame?, into frame: inout Frame, in rect: Rect, style: ChartStyle
  ) -> (layout: ChartFrame, canvas: Canvas)? {
    guard let layout else {
      drawTooSmall(into: &frame, in: rect, style: style)
      return nil
    }
    var canvas = layout.makeCanvas()
    layout.drawAxes(into: &frame, canvas: &canvas)
    layout.drawZoom(into: &frame)
    return (layout, canvas)
  }

  /// The note drawn instead of a chart when `rect` is too small: the longest wording that
  /// fits whole on one line (a note cut short, such as "chart needs", says nothing).
  static func drawTooSmall(into frame: inout Frame, in rect: Rect, style: ChartStyle) {
    guard !rect.isEmpty else { return }
    let times = style.isASCII ? "x" : "×"
    let needed = "\(minimumWidth)\(times)\(minimumHeight)"
    let notes = [
      "chart needs \(needed) cells, has \(rect.width)\(times)\(rect.height)",
      "needs \(needed) cells", "needs \(needed)", "too small", needed,
    ]
    guard let note = notes.first(where: { $0.terminalWidth <= rect.width }) else { return }
    frame.draw(note, x: rect.x, y: rect.y, style: style.theme.style(.label), clip: rect)
  }
}

extension ChartFrame {
  /// The fraction of their size that y values in `data` span, when it is small enough that
  /// a linear axis over them is a zoom (0.942 … 0.948 reads as a steep fall but is 0.6%):
  /// nil otherwise, and on log axes or ranges reaching zero.
  static func zoom(of data: ClosedRange<Double>?, scale: AxisScale) -> Double? {
    guard scale == .linear, let data, data.lowerBound.isFinite, data.upperBound.isFinite,
      data.lowerBound > 0 || data.upperBound < 0
    else { return nil }
    let size = Swift.max(Swift.abs(data.lowerBound), Swift.abs(data.upperBound))
    let fraction = (data.upperBound - data.lowerBound) / size
    return fraction > 0 && fraction < zoomFraction ? fraction : nil
  }

  /// Below this fraction of their size, a y axis's span counts as zoomed in.
  static let zoomFraction = 0.1

  /// What the chart says about a zoomed y axis (its span as a percentage of its values),
  /// or nil when the axis is not zoomed: worded when a third of the width holds it.
  var zoomNote: String? {
    guard legendRow != nil,
      let fraction = Self.zoom(of: yAxis.lower...yAxis.upper, scale: yAxis.scale)
    else { return nil }
    let delta = "Δ " + NumberFormat.compact(Self.roundedPercent(fraction * 100)) + "%"
    let worded = "zoomed: " + delta
    return worded.terminalWidth <= outer.width / 3 ? worded : delta
  }

  /// A percentage to two significant digits (0.63, 4.2), for the zoom note.
  static func roundedPercent(_ percent: Double) -> Double {
    guard percent > 0, percent.isFinite else { return percent }
    let magnitude = pow(10, (log10(percent)).rounded(.down) - 1)
    return (percent / magnitude).rounded() * magnitude
  }

  /// Rows a legend of entries `widths` wide needs between columns `start` and `end`, two
  /// spaces apart, at least 1.
  static func legendRowsNeeded(_ widths: [Int], from start: Int, to end: Int) -> Int {
    var rows = 1
    var x = start
    for width in widths {
      if x + width > end && x > start {
        rows += 1
        x = start
      }
      x += width + 2
    }
    return rows
  }

  /// Draws the zoom note at the right end of the legend row and a break mark on the y
  /// axis near its foot (on a row without a tick), when the y axis is zoomed in.
  func drawZoom(into frame: inout Frame) {
    guard let note = zoomNote, let legendRow else { return }
    let x = outer.maxX - note.terminalWidth
    guard x > plot.x else { return }
    frame.draw(note, x: x, y: legendRow, style: style.theme.style(.label), clip: outer)
    let tickRows = Set(yAxis.ticks.compactMap { cellRow($0.value) })
    let rows = [plot.maxY - 1, plot.maxY - 2].filter { $0 >= plot.y && !tickRows.contains($0) }
    if let row = rows.first {
      frame.put(style.isASCII ? "~" : "≈", x: plot.x - 1, y: row, style: style.theme.style(.axis))
    }
  }
}
