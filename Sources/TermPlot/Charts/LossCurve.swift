/// Loss by epoch: one or more curves (training, validation), on a linear or logarithmic y
/// axis, with the current epoch marked and a visible break where the loss stopped being a
/// finite number.
///
/// A curve may carry a minimum and maximum for each point (a long history summarised in
/// buckets); the band between them is filled, so spikes inside a bucket still show. When
/// the scale is not fixed, losses whose largest is 100 times their smallest are drawn on a
/// log axis.
public struct LossCurve: Chart {
  /// One loss curve.
  public struct Curve: Sendable, Hashable {
    /// The legend name, such as "training" or "validation".
    public var name: String
    /// The epoch of each loss; nil means 1, 2, …
    public var epochs: [Double]?
    /// The loss of each epoch (or the last loss of each bucket).
    public var losses: [Double]
    /// Optional per-point minimum and maximum (as many as `losses`).
    public var band: (minimums: [Double], maximums: [Double])?
    /// Its role: `.loss` for training, `.validation`, or a series.
    public var role: Role

    /// A curve of `losses` at `epochs` (default 1, 2, …).
    public init(
      _ name: String, epochs: [Double]? = nil, losses: [Double],
      band: (minimums: [Double], maximums: [Double])? = nil, role: Role = .loss
    ) {
      self.name = name
      self.epochs = epochs
      self.losses = losses
      self.band = band
      self.role = role
    }

    var count: Int { epochs.map { Swift.min($0.count, losses.count) } ?? losses.count }
    func epoch(_ i: Int) -> Double { epochs?[i] ?? Double(i + 1) }

    public static func == (a: Curve, b: Curve) -> Bool {
      a.name == b.name && a.epochs == b.epochs && a.losses == b.losses
        && a.band?.minimums == b.band?.minimums && a.band?.maximums == b.band?.maximums
        && a.role == b.role
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(name)
      hasher.combine(losses)
    }
  }

  /// The curves, drawn in order.
  public var curves: [Curve]
  /// The epoch to mark with a cursor, if any.
  public var cursor: Double?
  /// The y scale; nil chooses log when the finite positive losses span a ratio of 100.
  public var scale: AxisScale?
  /// A fixed epoch range (for example 1…the planned epochs), or nil to fit the curves.
  public var epochRange: ClosedRange<Double>?
  /// Titles, theme and canvas.
  public var style: ChartStyle

  /// A loss chart of `curves`.
  public init(
    _ curves: [Curve], cursor: Double? = nil, scale: AxisScale? = nil,
    epochRange: ClosedRange<Double>? = nil, style: ChartStyle = ChartStyle()
  ) {
    self.curves = curves
    self.cursor = cursor
    self.scale = scale
    self.epochRange = epochRange
    self.style = style
  }

  /// The scale used for these curves: the fixed one, or log when the positive finite
  /// losses span a ratio of 100 or more.
  public var effectiveScale: AxisScale {
    if let scale { return scale }
    var positive = DataRange()
    for curve in curves {
      for loss in curve.losses { positive.includePositive(loss) }
      if let band = curve.band {
        for loss in band.minimums { positive.includePositive(loss) }
        for loss in band.maximums { positive.includePositive(loss) }
      }
    }
    guard let range = positive.range else { return .linear }
    return Axis.prefersLogarithmic(range) ? .logarithmic : .linear
  }

  public func draw(into frame: inout Frame, in rect: Rect) {
    let yScale = effectiveScale
    var epochs = DataRange()
    var losses = DataRange()
    var firstBreak: Double?
    for curve in curves {
      for i in 0..<curve.count {
        let loss = curve.losses[i]
        let include = { (value: Double, range: inout DataRange) in
          if yScale == .logarithmic { range.includePositive(value) } else { range.include(value) }
        }
        include(loss, &losses)
        if let band = curve.band {
          include(band.minimums[i], &losses)
          include(band.maximums[i], &losses)
        }
        if loss.isFinite {
          epochs.include(curve.epoch(i))
        } else if firstBreak == nil {
          firstBreak = curve.epoch(i)
          epochs.include(curve.epoch(i))
        }
      }
    }
    let named = curves.count > 1
    let legendWidths = curves.indices.map { k in
      style.theme.pattern(ofSeries: k).sample(ascii: style.isASCII).terminalWidth + 1
        + curves[k].name.terminalWidth
    }
    // Losses start from the axis: no padding below when every loss is ≥ 0.
    guard
      let started = ChartFrame.start(
        ChartFrame(
          in: rect, style: style, xData: epochs.range, yData: losses.range, yScale: yScale,
          xFixed: epochRange, hasLegend: named, legendWidths: named ? legendWidths : [], xPadding: 0,
          xWholeNumbers: true),
        into: &frame, in: rect, style: style)
    else { return }
    let layout = started.layout
    var canvas = started.canvas
    var legend: [(sample: String, label: String, style: Style)] = []
    for (k, curve) in curves.enumerated() {
      let lineStyle = style.theme.style(curve.role)
      let pattern = style.theme.pattern(ofSeries: k)
      var envelope = ColumnEnvelope(layer: .line, style: lineStyle, pattern: pattern)
      for i in 0..<curve.count {
        let loss = curve.losses[i]
        let dx = layout.dotX(curve.epoch(i), in: canvas)
        let dy = loss.isFinite ? layout.dotY(loss, in: canvas) : nil
        envelope.add(x: dx?.dotIndex, y: dy?.dotIndex, to: &canvas)
        if let band = curve.band, let dx,
          let low = layout.dotY(band.minimums[i], in: canvas),
          let high = layout.dotY(band.maximums[i], in: canvas)
        {
          canvas.verticalSpan(
            x: dx.dotIndex, from: high.dotIndex, to: low.dotIndex, layer: .line, style: lineStyle)
        }
      }
      envelope.finish(on: &canvas)
      legend.append((pattern.sample(ascii: style.isASCII), curve.name, lineStyle))
    }
    if let cursor, let x = layout.dotX(cursor, in: canvas) {
      let current = style.theme.style(.current)
      // The current loss: the first curve's point at the cursor epoch.
      var pointY: Double?
      if let curve = curves.first,
        let i = (0..<curve.count).last(where: { curve.epoch($0) <= cursor }),
        curve.losses[i].isFinite, let y = layout.dotY(curve.losses[i], in: canvas)
      {
        pointY = y
        canvas.mark(
          dotX: x.dotIndex, dotY: y.dotIndex, glyph: style.isASCII ? "@" : "●", layer: .current,
          style: current)
      }
      // The cursor is not data: a dim, neutral dotted line from the axis up to just below
      // the current point (a short tick without one), never over the curve, never in the
      // curve's hue, so it cannot read as the loss shooting up.
      let bottom = Double(canvas.dotHeight - 1)
      let top = pointY.map { $0 + 4 } ?? Swift.max(0, bottom - 3)
      if top < bottom {
        canvas.line(
          from: (x, bottom), to: (x, top), layer: .ghost, style: style.theme.style(.grid),
          pattern: .dotted)
      }
    }
    canvas.draw(into: &frame, at: (layout.plot.x, layout.plot.y))
    if named { layout.drawLegend(legend, into: &frame) }
    if epochs.range == nil {
      layout.drawNote("no data", into: &frame)
    }
    if let firstBreak {
      // An off-scale marker where the loss left the finite range.
      // The arrow stands over the epoch: the text runs right from it, or, near the right
      // edge, ends with it; a plot too narrow for either gets the text as it fits.
      let arrow = style.isASCII ? "^" : "↑"
      let words = "diverged at epoch \(NumberFormat.compact(firstBreak))"
      let column = layout.cellColumn(firstBreak) ?? (layout.plot.maxX - 1)
      var text = "\(arrow) \(words)"
      var start = column
      if column + text.terminalWidth > layout.plot.maxX {
        text = "\(words) \(arrow)"
        start = column - text.terminalWidth + 1
      }
      if start < layout.plot.x {
        let shorter = [arrow + " " + words, arrow + " diverged"]
        text = shorter.first { $0.terminalWidth <= layout.plot.width } ?? arrow
        start = Swift.max(
          layout.plot.x, Swift.min(column, layout.plot.maxX - text.terminalWidth))
      }
      frame.draw(
        text, x: start, y: layout.plot.y, style: style.theme.style(.warning), clip: layout.plot)
    }
  }
}
