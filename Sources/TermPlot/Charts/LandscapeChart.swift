#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A function of two variables seen from above — a loss over (m, c), say — as a heatmap
/// with contour lines, with descent paths drawn over it and the current point marked.
///
/// The heat is sampled at every half cell (two colours a cell, with half blocks); contour
/// lines come from marching squares over the function evaluated at every dot. Without
/// colour (monochrome theme) or UTF-8, the heat becomes shade characters. Paths and the
/// current point sit on higher layers, so the heat never hides them. A legend row shows
/// the colour scale with its lowest and highest values.
public struct LandscapeChart: Chart {
  /// A named sequence of points, such as the parameters after each epoch.
  public struct Path: Sendable, Hashable {
    /// The legend name.
    public var name: String
    /// The x values.
    public var x: [Double]
    /// The y values (as many as x).
    public var y: [Double]

    /// A path through (x[i], y[i]).
    public init(_ name: String, x: [Double], y: [Double]) {
      self.name = name
      self.x = x
      self.y = y
    }
  }

  /// The function to show, f(x, y).
  public var function: @Sendable (Double, Double) -> Double
  /// The x range shown.
  public var xRange: ClosedRange<Double>
  /// The y range shown.
  public var yRange: ClosedRange<Double>
  /// Paths drawn over the landscape, each in its own colour.
  public var paths: [Path]
  /// Points drawn over the landscape with a marker a group (a classifier's data over its
  /// decision regions).
  public var markers: [ScatterChart.Group] = []
  /// The current point, marked on top of everything.
  public var current: (x: Double, y: Double)?
  /// The function's minimum, where known (a loss's least-squares solution), marked `×`.
  public var minimum: (x: Double, y: Double)?
  /// How many contour levels to draw (0 for none).
  public var contourLevels: Int
  /// Exact contour levels to draw instead (such as 0.5, a classifier's boundary).
  public var explicitLevels: [Double]? = nil
  /// Whether colours and levels follow log f (loss landscapes span decades); falls back
  /// to linear when f is not positive everywhere shown.
  public var logarithmic: Bool
  /// Whether to paint the heat (otherwise contours only).
  public var showsHeat: Bool
  /// Titles, theme and canvas.
  public var style: ChartStyle

  /// A landscape of `function` over `xRange` × `yRange`.
  public init(
    function: @escaping @Sendable (Double, Double) -> Double, xRange: ClosedRange<Double>,
    yRange: ClosedRange<Double>, paths: [Path] = [], current: (x: Double, y: Double)? = nil,
    contourLevels: Int = 8, logarithmic: Bool = true, showsHeat: Bool = true,
    style: ChartStyle = ChartStyle()
  ) {
    self.function = function
    self.xRange = xRange
    self.yRange = yRange
    self.paths = paths
    self.current = current
    self.contourLevels = contourLevels
    self.logarithmic = logarithmic
    self.showsHeat = showsHeat
    self.style = style
  }

  /// The heat colours from low to high: a perceptually ordered, colour-blind-safe ramp
  /// (dark blue through teal and green to yellow, like viridis) in xterm colours.
  public static let heatPalette: [Color] = [
    .indexed(17), .indexed(18), .indexed(25), .indexed(31), .indexed(37), .indexed(36),
    .indexed(35), .indexed(71), .indexed(107), .indexed(149), .indexed(185), .indexed(227),
  ]

  /// Shade characters from low to high, for heat without colour.
  static let unicodeShades: [Character] = [" ", "░", "▒", "▓", "█"]
  /// None of the ASCII canvas's line glyphs (`'` `-` `_` `|` `:`), so a contour or the
  /// path never reads as a band of heat, and none of the markers (`*` `+` `o` `x` `@`
  /// `&`), so a point never reads as heat either.
  static let asciiShades: [Character] = [" ", ".", ",", ";", "=", "%", "$", "#"]

  /// A surface sampled earlier by `surface(in:)` for this same function, used instead of
  /// calling `function` again when it was made for the same sampling (see
  /// `LandscapeSurface`); otherwise ignored.
  public var surface: LandscapeSurface? = nil

  /// Samples `function` as drawing in `rect` would, for drawing again with `surface` set;
  /// nil when `rect` is too small for a chart.
  public func surface(in rect: Rect) -> LandscapeSurface? {
    guard let layout = chartFrame(in: rect) else { return nil }
    return sample(layout: layout, canvas: layout.makeCanvas())
  }

  /// The chart's parts laid out in `rect`, nil when it is too small.
  private func chartFrame(in rect: Rect) -> ChartFrame? {
    ChartFrame(
      in: rect, style: style, xData: nil, yData: nil, xFixed: xRange, yFixed: yRange,
      hasLegend: true, legendWidths: legendWidths, xPadding: 0, yPadding: 0)
  }

  /// The widths of the legend's entries (the scale counted as one), so a legend of many
  /// paths wraps onto more rows instead of dropping them.
  private var legendWidths: [Int] {
    // The scale: two compact values, the ramp and "(log)".
    var widths = [10 + 1 + Self.heatPalette.count + 1 + 10 + 6]
    for path in paths { widths.append(4 + path.name.terminalWidth) }
    for group in markers { widths.append(3 + group.name.terminalWidth) }
    if minimum != nil { widths.append(2 + "minimum".count) }
    return widths
  }

  /// Whether heat is painted in colour (two samples a cell), not as shade characters.
  private var colourHeat: Bool {
    showsHeat && style.theme.name != "monochrome" && !style.isASCII
  }

  /// The sampling that drawing on `canvas`, laid out as `layout`, takes.
  private func sampling(layout: ChartFrame, canvas: Canvas) -> LandscapeSurface.Sampling {
    LandscapeSurface.Sampling(
      plotWidth: canvas.columns, plotHeight: canvas.rows, tier: canvas.tier, xRange: xRange,
      yRange: yRange, heatSamplesPerCell: showsHeat ? (colourHeat ? 2 : 1) : 0,
      logarithmic: logarithmic, contourLevels: contourLevels, explicitLevels: explicitLevels)
  }

  /// f at every dot and heat sample of `canvas`, with the range and the contour lines.
  private func sample(layout: ChartFrame, canvas: Canvas) -> LandscapeSurface {
    // f at every dot, row-major (dotHeight × dotWidth), for the contours and the range.
    let columns = canvas.dotWidth
    let rows = canvas.dotHeight
    var values = [Double](repeating: .nan, count: columns * rows)
    var range = DataRange()
    var allPositive = true
    for row in 0..<rows {
      let y = layout.yValue(atDotRow: row, in: canvas)
      for column in 0..<columns {
        let value = function(layout.xValue(atDotColumn: column, in: canvas), y)
        values[row * columns + column] = value
        range.include(value)
        if value.isFinite && value <= 0 { allPositive = false }
      }
    }
    let sampling = sampling(layout: layout, canvas: canvas)
    guard let finite = range.range else {
      return LandscapeSurface(
        sampling: sampling, values: values, heat: [], range: nil, isLogarithmic: false,
        levels: [], segments: [])
    }
    let useLog = logarithmic && allPositive && finite.upperBound > finite.lowerBound
    // f at the middle of every half cell (colour) or cell (shades), in drawing order.
    var heat: [Double] = []
    if showsHeat {
      let perCell = sampling.heatSamplesPerCell
      heat.reserveCapacity(canvas.rows * canvas.columns * perCell)
      for row in 0..<canvas.rows {
        for column in 0..<canvas.columns {
          let x = layout.xAxis.value(
            at: (Double(column) + 0.5) * Double(columns - 1) / Double(canvas.columns),
            span: Double(columns - 1))
          if perCell == 2 {
            for half in 0..<2 {
              let dotRow =
                (Double(row) + 0.25 + 0.5 * Double(half)) * Double(rows) / Double(canvas.rows)
              heat.append(function(x, layout.yValue(atDotRow: Int(dotRow), in: canvas)))
            }
          } else {
            let dotRow = (Double(row) + 0.5) * Double(rows) / Double(canvas.rows)
            heat.append(function(x, layout.yValue(atDotRow: Int(dotRow), in: canvas)))
          }
        }
      }
    }
    var levels: [Double] = []
    var segments: [[LandscapeSurface.Segment]] = []
    if contourLevels > 0 || explicitLevels != nil {
      levels =
        explicitLevels
        ?? Contour.levels(values: values, count: contourLevels, logarithmic: useLog)
      segments = Contour.segments(values: values, columns: columns, rows: rows, levels: levels)
    }
    return LandscapeSurface(
      sampling: sampling, values: values, heat: heat, range: finite, isLogarithmic: useLog,
      levels: levels, segments: segments)
  }

  public func draw(into frame: inout Frame, in rect: Rect) {
    guard let layout = chartFrame(in: rect) else {
      ChartFrame.drawTooSmall(into: &frame, in: rect, style: style)
      return
    }
    var canvas = layout.makeCanvas()
    layout.drawAxes(into: &frame, canvas: &canvas)

    let sampled: LandscapeSurface
    if let surface, surface.sampling == sampling(layout: layout, canvas: canvas) {
      sampled = surface
    } else {
      sampled = sample(layout: layout, canvas: canvas)
    }
    guard let finite = sampled.range else {
      canvas.draw(into: &frame, at: (layout.plot.x, layout.plot.y))
      layout.drawNote("no finite values", into: &frame)
      return
    }
    let useLog = sampled.isLogarithmic
    // t in [0, 1]: where a value sits between the lowest and highest shown.
    let low = useLog ? log10(finite.lowerBound) : finite.lowerBound
    let high = useLog ? log10(finite.upperBound) : finite.upperBound
    let spread = high > low ? high - low : 1
    let level = { (value: Double) -> Double in
      guard value.isFinite else { return value > 0 ? 1 : 0 }
      let v = useLog ? log10(Swift.max(value, finite.lowerBound)) : value
      return Swift.min(1, Swift.max(0, (v - low) / spread))
    }
    let colourHeat = self.colourHeat
    let shades = style.isASCII ? Self.asciiShades : Self.unicodeShades
    if showsHeat {
      var next = 0
      for row in 0..<canvas.rows {
        for column in 0..<canvas.columns {
          if colourHeat {
            for half in 0..<2 {
              let t = level(sampled.heat[next])
              next += 1
              let index = Self.paletteIndex(t, count: Self.heatPalette.count)
              canvas.heat(column: column, halfRow: 2 * row + half, color: Self.heatPalette[index])
            }
          } else {
            let t = level(sampled.heat[next])
            next += 1
            let index = Self.paletteIndex(t, count: shades.count)
            if index > 0 {
              canvas.mark(
                column: column, row: row, glyph: shades[index], layer: .grid,
                style: style.theme.style(.grid))
            }
          }
        }
      }
    }
    for (value, segments) in zip(sampled.levels, sampled.segments) {
      let lineStyle: Style
      if colourHeat {
        // A contour runs where the heat is at its level: dark over the bright end of the
        // ramp, light over the dark end, so it shows in every theme.
        let t = level(value)
        lineStyle = Style(foreground: t > Self.brightFrom ? .indexed(234) : .indexed(253))
      } else {
        let t = level(value)
        let index = Self.paletteIndex(t, count: Self.heatPalette.count)
        lineStyle =
          style.theme.name == "monochrome"
          ? style.theme.style(.grid)
          : Style(foreground: Self.heatPalette[index])
      }
      for segment in segments {
        canvas.line(
          from: segment.start, to: segment.end, layer: .ghost, style: lineStyle,
          pattern: .solid)
      }
    }
    var legend: [(sample: String, label: String, style: Style)] = []
    for (k, path) in paths.enumerated() {
      let pathStyle = style.theme.style(paths.count == 1 ? .path : .series(k))
      let pattern = paths.count == 1 ? LinePattern.solid : style.theme.pattern(ofSeries: k)
      var previous: (Double, Double)?
      let count = Swift.min(path.x.count, path.y.count)
      // Each step is marked (every n-th on a long path, so marks never pile into a knot),
      // in the run's own glyph, so a zigzag's steps and the way it goes can be read.
      let stepGlyph = Self.stepMarker(ofRun: k, ascii: style.isASCII)
      let every = Swift.max(1, (count + Self.stepMarks - 1) / Self.stepMarks)
      for i in 0..<count {
        guard let x = layout.dotX(path.x[i], in: canvas),
          let y = layout.dotY(path.y[i], in: canvas)
        else {
          previous = nil
          continue
        }
        if let previous {
          canvas.line(from: previous, to: (x, y), layer: .point, style: pathStyle, pattern: pattern)
        } else {
          canvas.plot(x: x.dotIndex, y: y.dotIndex, layer: .point, style: pathStyle)
        }
        if i == 0 {
          canvas.mark(
            dotX: x.dotIndex, dotY: y.dotIndex, glyph: style.isASCII ? "o" : "○", layer: .point,
            style: pathStyle)
        } else if i % every == 0 {
          canvas.mark(
            dotX: x.dotIndex, dotY: y.dotIndex, glyph: stepGlyph, layer: .point, style: pathStyle)
        }
        previous = (x, y)
      }
      legend.append((pattern.sample(ascii: style.isASCII) + String(stepGlyph), path.name, pathStyle))
    }
    if let minimum, let x = layout.dotX(minimum.x, in: canvas),
      let y = layout.dotY(minimum.y, in: canvas)
    {
      let glyph: Character = style.isASCII ? "X" : "×"
      let minimumStyle = style.theme.style(.fit)
      canvas.mark(
        dotX: x.dotIndex, dotY: y.dotIndex, glyph: glyph, layer: .point, style: minimumStyle)
      legend.append((String(glyph), "minimum", minimumStyle))
    }
    for (k, group) in markers.enumerated() {
      var markerStyle = style.theme.style(.series(k))
      // Over colour heat, points sit on a dark chip: a class's colour can be the heat's.
      if colourHeat { markerStyle.background = .indexed(234) }
      let glyph = style.theme.marker(ofSeries: k, ascii: style.isASCII)
      // Braille marks each point in dots around its own dot, within half a dot of it.
      let total = markers.reduce(0) { $0 + Swift.min($1.x.count, $1.y.count) }
      let shape: MarkerShape? =
        canvas.tier == .braille && total <= MarkerShape.sparseLimit
        ? MarkerShape.ofSeries(k) : nil
      for i in 0..<Swift.min(group.x.count, group.y.count) {
        guard let x = layout.dotX(group.x[i], in: canvas),
          let y = layout.dotY(group.y[i], in: canvas)
        else { continue }
        if let shape {
          canvas.marker(
            shape, dotX: x.dotIndex, dotY: y.dotIndex, layer: .point, style: markerStyle)
        } else {
          canvas.mark(
            dotX: x.dotIndex, dotY: y.dotIndex, glyph: glyph, layer: .point, style: markerStyle)
        }
      }
      legend.append((shape?.sample ?? String(glyph), group.name, markerStyle))
    }
    if let current, let x = layout.dotX(current.x, in: canvas),
      let y = layout.dotY(current.y, in: canvas)
    {
      canvas.mark(
        dotX: x.dotIndex, dotY: y.dotIndex, glyph: style.isASCII ? "@" : "●", layer: .current,
        style: style.theme.style(.current))
    }
    canvas.draw(into: &frame, at: (layout.plot.x, layout.plot.y))
    // The scale: lowest value, a ramp, highest value; then the paths.
    let lowText = NumberFormat.compact(finite.lowerBound)
    let highText = NumberFormat.compact(finite.upperBound)
    let note = useLog ? "(log)" : ""
    var next = layout.plot.x
    if colourHeat {
      next = layout.drawColorScale(
        Self.heatPalette, low: lowText, high: highText, note: note, into: &frame)
    } else if showsHeat {
      let ramp = String(shades.dropFirst())
      next = layout.drawLegend(
        [(lowText + " " + ramp + " " + highText, note, style.theme.style(.grid))],
        into: &frame)
    }
    layout.drawLegend(legend, into: &frame, startingAt: next)
  }

  /// At most this many steps of a path are marked.
  static let stepMarks = 40

  /// From this level (0…1) up the heat ramp is bright, and contours over it are dark.
  static let brightFrom = 0.55

  /// The glyph marking each step of path `k`: one shape a run.
  static func stepMarker(ofRun k: Int, ascii: Bool) -> Character {
    let glyphs: [Character] = ascii ? ["*", "+", "x", "&"] : ["•", "▪", "▴", "◆"]
    return glyphs[((k % glyphs.count) + glyphs.count) % glyphs.count]
  }

  /// The entry of a palette of `count` colours or shades for a level `t` in 0…1; levels
  /// outside (or NaN) take the nearest end.
  static func paletteIndex(_ t: Double, count: Int) -> Int {
    Swift.min(count - 1, Swift.max(0, Int(clamping: (t * Double(count - 1)).rounded())))
  }
}
