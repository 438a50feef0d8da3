/// Points, in groups (such as classes), with optionally a fitted function drawn over them
/// and the previous fit as a faint ghost behind it, and paths joining points in order (a
/// program's `plt.plot`).
///
/// The fit is sampled at every dot column, so a curve is smooth. Up to `markerLimit`
/// points are drawn as marker glyphs (one glyph a group, so groups differ by shape as well
/// as colour); more are drawn as single dots.
public struct ScatterChart: Chart {
  /// A named group of points.
  public struct Group: Sendable, Hashable {
    /// The name shown in the legend.
    public var name: String
    /// The x values.
    public var x: [Double]
    /// The y values (as many as x).
    public var y: [Double]
    /// What the points mean; nil picks the group's series colour.
    public var role: Role?
    /// The group's marker glyph; nil picks the group's series marker.
    public var marker: Character?

    /// A group of points (x[i], y[i]).
    public init(
      _ name: String, x: [Double], y: [Double], role: Role? = nil, marker: Character? = nil
    ) {
      self.name = name
      self.x = x
      self.y = y
      self.role = role
      self.marker = marker
    }
  }

  /// The groups of points.
  public var groups: [Group]
  /// Lines through points in the order given, each with its legend name (drawn over the
  /// points, as matplotlib's `plot` joins them).
  public var paths: [Group] = []
  /// A function to draw over the points, such as the current fit ŷ(x).
  public var fit: (@Sendable (Double) -> Double)?
  /// The fit's legend name.
  public var fitName: String
  /// The previous fit, drawn faintly.
  public var ghost: (@Sendable (Double) -> Double)?
  /// Titles, theme and canvas.
  public var style: ChartStyle
  /// A fixed x range, or nil to fit the points.
  public var xRange: ClosedRange<Double>?
  /// A fixed y range, or nil to fit the points (and the fit over them).
  public var yRange: ClosedRange<Double>?
  /// Most points drawn as glyphs rather than dots.
  public var markerLimit: Int
  /// The y axis's scale.
  public var yScale: AxisScale

  /// A scatter chart of `groups`, with an optional fit and ghost.
  public init(
    _ groups: [Group], fit: (@Sendable (Double) -> Double)? = nil, fitName: String = "fit",
    ghost: (@Sendable (Double) -> Double)? = nil, style: ChartStyle = ChartStyle(),
    xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
    markerLimit: Int = 200, yScale: AxisScale = .linear
  ) {
    self.groups = groups
    self.fit = fit
    self.fitName = fitName
    self.ghost = ghost
    self.style = style
    self.xRange = xRange
    self.yRange = yRange
    self.markerLimit = markerLimit
    self.yScale = yScale
  }

  public func draw(into frame: inout Frame, in rect: Rect) {
    var xs = DataRange()
    var ys = DataRange()
    var total = 0
    var skipped = 0
    for group in groups {
      for i in 0..<Swift.min(group.x.count, group.y.count) {
        guard group.x[i].isFinite, group.y[i].isFinite, yScale == .linear || group.y[i] > 0
        else {
          skipped += 1
          continue
        }
        xs.include(group.x[i])
        ys.include(group.y[i])
        total += 1
      }
    }
    for path in paths {
      for i in 0..<Swift.min(path.x.count, path.y.count)
      where path.x[i].isFinite && path.y[i].isFinite && (yScale == .linear || path.y[i] > 0) {
        xs.include(path.x[i])
        ys.include(path.y[i])
        total += 1
      }
    }
    // The y range also covers the fit over the x range, so the line is not cut off; but
    // a fit that runs away (divergence) is clipped rather than squashing the points.
    if let fit, let xr = xRange ?? xs.range, yRange == nil, let yr = ys.range {
      let span = Swift.max(yr.upperBound - yr.lowerBound, Swift.abs(yr.upperBound), 1)
      for k in 0...16 {
        let x = xr.lowerBound + (xr.upperBound - xr.lowerBound) * Double(k) / 16
        let y = fit(x)
        if y.isFinite && y > yr.lowerBound - 2 * span && y < yr.upperBound + 2 * span
          && (yScale == .linear || y > 0)
        {
          ys.include(y)
        }
      }
    }
    let legendNeeded = groups.count + paths.count > 1 || fit != nil
    guard
      let started = ChartFrame.start(
        ChartFrame(
          in: rect, style: style, xData: xs.range, yData: ys.range, yScale: yScale,
          xFixed: xRange, yFixed: yRange, hasLegend: legendNeeded || skipped > 0),
        into: &frame, in: rect, style: style)
    else { return }
    let layout = started.layout
    var canvas = started.canvas
    var legend: [(sample: String, label: String, style: Style)] = []
    if let ghost {
      drawFunction(ghost, layer: .ghost, style: style.theme.style(.ghost), on: &canvas, layout)
    }
    let useMarkers = total <= markerLimit
    for (k, group) in groups.enumerated() {
      let pointStyle = style.theme.style(group.role ?? (groups.count == 1 ? .data : .series(k)))
      let glyph = group.marker ?? style.theme.marker(ofSeries: k, ascii: style.isASCII)
      // On braille, a few points (a fit's data) are marked in dots around each point's dot,
      // so each mark sits within half a dot of its value and a line passes on the side the
      // numbers say; a cloud of many keeps glyphs, whose shapes read better when dense.
      let shape: MarkerShape? =
        canvas.tier == .braille && group.marker == nil && total <= MarkerShape.sparseLimit
        ? MarkerShape.ofSeries(k) : nil
      let cellsPerDot = canvas.tier.dotsPerCell
      for i in 0..<Swift.min(group.x.count, group.y.count) {
        guard let dx = layout.dotX(group.x[i], in: canvas),
          let dy = layout.dotY(group.y[i], in: canvas)
        else { continue }
        let x = dx.dotIndex
        let y = dy.dotIndex
        if useMarkers, let shape {
          guard x >= 0, y >= 0, x < canvas.dotWidth, y < canvas.dotHeight else { continue }
          canvas.marker(shape, dotX: x, dotY: y, layer: .point, style: pointStyle)
        } else if useMarkers {
          guard x >= 0, y >= 0, x < canvas.dotWidth, y < canvas.dotHeight else { continue }
          canvas.mark(
            column: x / cellsPerDot.columns, row: y / cellsPerDot.rows, glyph: glyph,
            layer: .point, style: pointStyle)
        } else {
          canvas.plot(x: x, y: y, layer: .point, style: pointStyle)
        }
      }
      let sample = useMarkers ? (shape?.sample ?? String(glyph)) : String(glyph)
      legend.append((sample, group.name, pointStyle))
    }
    for (k, path) in paths.enumerated() {
      let pathStyle = style.theme.style(path.role ?? (k == 0 ? .fit : .series(groups.count + k)))
      var previous: (x: Double, y: Double)?
      var phase = 0
      for i in 0..<Swift.min(path.x.count, path.y.count) {
        guard let dx = layout.dotX(path.x[i], in: canvas), let dy = layout.dotY(path.y[i], in: canvas)
        else {
          // A point that cannot be placed breaks the line, as in matplotlib.
          previous = nil
          continue
        }
        let point = (x: dx, y: dy)
        if let start = previous {
          phase = canvas.line(from: start, to: point, layer: .line, style: pathStyle, phase: phase)
        } else if dx > -0.5, dy > -0.5, dx < Double(canvas.dotWidth), dy < Double(canvas.dotHeight) {
          canvas.plot(x: Int(dx.rounded()), y: Int(dy.rounded()), layer: .line, style: pathStyle)
        }
        previous = point
      }
      legend.append((LinePattern.solid.sample(ascii: style.isASCII), path.name, pathStyle))
    }
    if let fit {
      let fitStyle = style.theme.style(.fit)
      drawFunction(fit, layer: .line, style: fitStyle, on: &canvas, layout)
      legend.append((LinePattern.solid.sample(ascii: style.isASCII), fitName, fitStyle))
    }
    canvas.draw(into: &frame, at: (layout.plot.x, layout.plot.y))
    let next = legendNeeded ? layout.drawLegend(legend, into: &frame) : layout.plot.x
    if total == 0 {
      layout.drawNote("no data", into: &frame)
    } else if skipped > 0 {
      // Points with a missing or non-finite coordinate cannot be placed: say how many.
      let reason = yScale == .logarithmic ? "not finite or not positive" : "not finite"
      let points = "point\(skipped == 1 ? "" : "s")"
      let notes = [
        "\(skipped) \(points) skipped (\(reason))", "\(skipped) \(points) skipped",
        "\(skipped) skipped",
      ]
      layout.drawLegendNote(notes, from: next, style: style.theme.style(.warning), into: &frame)
    }
  }

  /// Samples `function` at every dot column and joins the samples; non-finite values break
  /// the curve.
  private func drawFunction(
    _ function: (Double) -> Double, layer: CanvasLayer, style lineStyle: Style,
    on canvas: inout Canvas, _ layout: ChartFrame
  ) {
    var envelope = ColumnEnvelope(layer: layer, style: lineStyle, pattern: .solid)
    for column in 0..<canvas.dotWidth {
      let y = function(layout.xValue(atDotColumn: column, in: canvas))
      let dy = y.isFinite ? layout.dotY(y, in: canvas) : nil
      envelope.add(x: column, y: dy?.dotIndex, to: &canvas)
    }
    envelope.finish(on: &canvas)
  }
}
