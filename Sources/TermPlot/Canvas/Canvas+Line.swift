extension Canvas {
  /// Patterns restart every `patternPeriod` dots at most: 720,720 is the least common
  /// multiple of 1…16, so it is a multiple of every `LinePattern`'s period, and reducing
  /// a dot count modulo it never changes which dots a pattern draws.
  public static let patternPeriod = 720_720

  /// Draws a gap-free line between two points in dot coordinates, clipped to the canvas.
  ///
  /// The ends are rounded to the nearest dot; a non-finite coordinate draws nothing. The
  /// line is clipped to the canvas before it is rasterized (Bresenham), so a line from
  /// -1e300 to 1e300 costs no more than one across the canvas: ends within ±2^29 dots are
  /// clipped exactly, on Bresenham's own steps, so the dots drawn are the ones the whole
  /// line has there; farther ends are first clipped in floating point (see `clip`).
  /// `pattern` skips dots along the line: dot `k` (counting from the start, from `phase`
  /// on) is drawn when `pattern.draws(k)`.
  ///
  /// Returns the pattern position of the end dot (reduced modulo `patternPeriod`): pass
  /// it as the next segment's `phase` to keep dashes even along a polyline.
  ///
  /// ```swift
  /// var k = 0
  /// for (a, b) in zip(points, points.dropFirst()) {
  ///   k = canvas.line(from: a, to: b, layer: .line, style: style, pattern: .dashed, phase: k)
  /// }
  /// ```
  @discardableResult
  public mutating func line(
    from start: (x: Double, y: Double), to end: (x: Double, y: Double), layer: CanvasLayer,
    style: Style, pattern: LinePattern = .solid, phase: Int = 0
  ) -> Int {
    guard start.x.isFinite, start.y.isFinite, end.x.isFinite, end.y.isFinite else {
      return phase
    }
    let x0 = start.x.rounded()
    let y0 = start.y.rounded()
    let x1 = end.x.rounded()
    let y1 = end.y.rounded()
    let period = Self.patternPeriod
    let k0 = ((phase % period) + period) % period
    // Bresenham takes max(|Δx|, |Δy|) steps from the first dot to the last.
    let steps = Swift.max(Swift.abs(x1 - x0), Swift.abs(y1 - y0))
    let endPhase = (k0 + Self.reduced(steps)) % period
    guard dotWidth > 0, dotHeight > 0 else { return endPhase }
    let plane = layer.rawValue * cellCount
    if Swift.max(Swift.abs(x0), Swift.abs(y0), Swift.abs(x1), Swift.abs(y1)) <= Self.exactLimit {
      // Whole numbers small enough for exact integer arithmetic: the dots on the canvas
      // are exactly those the whole line would have.
      rasterize(
        from: (Int(x0), Int(y0)), to: (Int(x1), Int(y1)), plane: plane, style: style,
        pattern: pattern, phase: k0)
      return endPhase
    }
    // Far-away ends: clip in floating point first, along the major axis (the one with
    // more steps; halves, so that no difference can overflow).
    let maxX = Double(dotWidth - 1)
    let maxY = Double(dotHeight - 1)
    let run: (start: (Int, Int), end: (Int, Int), skipped: Double)?
    if Swift.abs(x1 * 0.5 - x0 * 0.5) >= Swift.abs(y1 * 0.5 - y0 * 0.5) {
      run = Self.clip(major: (x0, x1), minor: (y0, y1), majorMax: maxX, minorMax: maxY)
    } else if let flipped = Self.clip(
      major: (y0, y1), minor: (x0, x1), majorMax: maxY, minorMax: maxX)
    {
      let (start, end) = (flipped.start, flipped.end)
      run = ((start.1, start.0), (end.1, end.0), flipped.skipped)
    } else {
      run = nil
    }
    guard let run else { return endPhase }
    rasterize(
      from: run.start, to: run.end, plane: plane, style: style, pattern: pattern,
      phase: (k0 + Self.reduced(run.skipped)) % period)
    return endPhase
  }

  /// The largest coordinate (in dots) that `rasterize` takes: 2^29, so that the
  /// decision variable 2·n·Δminor + Δmajor (at most 2^61 + 2^30) fits in an `Int`.
  static let exactLimit = Double(1 << 29)

  /// Clips a line whose ends have whole coordinates to the canvas: its first and last dot
  /// on the canvas (in the line's direction) and how many steps of the whole line come
  /// before the first, or nil if it misses the canvas. It works in (major, minor)
  /// coordinates where the major axis is the one the line advances along every step
  /// (|Δmajor| ≥ |Δminor|, and Δmajor ≠ 0 unless the line is one dot).
  ///
  /// The line is minor = c + m·major with the slope m = Δminor / Δmajor (|m| ≤ 1) and the
  /// intercept c = minor₀ − m·major₀. Its dot at a whole `a` is round(c + m·a), which lies
  /// on the canvas when −½ ≤ c + m·a ≤ minorMax + ½, that is for `a` between
  /// (−½ − c)/m and (minorMax + ½ − c)/m. Intersecting that interval with the segment's
  /// own [min(a₀, a₁), max(a₀, a₁)] and the canvas's [0, majorMax] gives the dots to draw
  /// in O(canvas), however far away the ends are. Working from the intercept keeps the
  /// numbers at canvas scale: a line from (−1e300, −1e300) to (1e300, 1e300) has m = 1
  /// and c = 0 exactly, and draws the diagonal.
  static func clip(
    major: (Double, Double), minor: (Double, Double), majorMax: Double, minorMax: Double
  ) -> (start: (Int, Int), end: (Int, Int), skipped: Double)? {
    let (a0, a1) = major
    let (b0, b1) = minor
    // Halves first, so that ends near ±1.8e308 cannot overflow the differences.
    let da = a1 * 0.5 - a0 * 0.5
    let db = b1 * 0.5 - b0 * 0.5
    var low = Swift.max(0, Swift.min(a0, a1))
    var high = Swift.min(majorMax, Swift.max(a0, a1))
    let m = da == 0 ? 0 : db / da
    let c = b0 - m * a0
    guard c.isFinite else { return nil }
    if m == 0 {
      // Parallel to the major axis: all in or all out.
      guard c >= -0.5, c <= minorMax + 0.5 else { return nil }
    } else {
      let enter = (-0.5 - c) / m
      let leave = (minorMax + 0.5 - c) / m
      low = Swift.max(low, Swift.min(enter, leave).rounded(.up))
      high = Swift.min(high, Swift.max(enter, leave).rounded(.down))
    }
    guard low <= high else { return nil }
    // Both are whole numbers in [0, majorMax] now; follow the line's direction.
    let (first, last) = a0 <= a1 ? (low, high) : (high, low)
    func dot(_ a: Double) -> (Int, Int) {
      let b = a == a0 ? b0 : a == a1 ? b1 : (c + m * a).rounded()
      return (Int(a), Int(Swift.min(Swift.max(b, 0), minorMax)))
    }
    return (dot(first), dot(last), Swift.abs(first - a0))
  }

  /// A non-negative whole dot count reduced modulo `patternPeriod` (0 if not finite).
  static func reduced(_ count: Double) -> Int {
    guard count.isFinite else { return 0 }
    return Int(count.truncatingRemainder(dividingBy: Double(patternPeriod)))
  }

  /// Bresenham's line algorithm, in its midpoint (decision variable) form, for the part
  /// of the line from `start` to `end` that lies on the canvas. Both ends are whole dots
  /// with coordinates within ±2^29; they may be off the canvas.
  ///
  /// Along the major axis a (the one with more steps, Δa = |a₁ − a₀| ≥ Δb = |b₁ − b₀|)
  /// the line takes one dot a step: step n (0…Δa) is at a₀ + n·sa. Its minor coordinate is
  /// the exact line's, n·Δb/Δa, rounded half up:
  ///
  ///     q(n) = ⌊(2·n·Δb + Δa) / (2·Δa)⌋,   b = b₀ + q(n)·sb.
  ///
  /// Stepping keeps the remainder r = (2·n·Δb + Δa) mod 2·Δa: each step adds 2·Δb, and
  /// when r reaches 2·Δa the minor coordinate moves one dot (at most once a step, since
  /// Δb ≤ Δa). Every step moves to one of the 8 neighbours, so the line has no gaps: every
  /// column and every row between the ends gets a dot.
  ///
  /// Clipping works on steps: the canvas's major range gives an interval of n directly,
  /// and since q(n) never decreases, a binary search finds the steps whose minor
  /// coordinate is on the canvas. The run starts at the first such step with q and r
  /// computed outright, so the dots drawn are exactly those of the whole line, in
  /// O(canvas) however long the line is, and dot n is drawn when
  /// `pattern.draws(phase + n)`.
  mutating func rasterize(
    from start: (Int, Int), to end: (Int, Int), plane: Int, style: Style,
    pattern: LinePattern, phase: Int
  ) {
    let steep = Swift.abs(end.1 - start.1) > Swift.abs(end.0 - start.0)
    // (major, minor) coordinates and the canvas's size along each.
    let (a0, b0) = steep ? (start.1, start.0) : (start.0, start.1)
    let (a1, b1) = steep ? (end.1, end.0) : (end.0, end.1)
    let (majorSize, minorSize) = steep ? (dotHeight, dotWidth) : (dotWidth, dotHeight)
    let da = Swift.abs(a1 - a0)
    let db = Swift.abs(b1 - b0)
    let sa = a1 >= a0 ? 1 : -1
    let sb = b1 >= b0 ? 1 : -1
    // Steps whose major coordinate a₀ + n·sa is on the canvas.
    var first = Swift.max(0, sa > 0 ? -a0 : a0 - (majorSize - 1))
    var last = Swift.min(da, sa > 0 ? majorSize - 1 - a0 : a0)
    guard first <= last else { return }
    // Steps whose minor coordinate b₀ + q(n)·sb is on the canvas: q(n) in [qLow, qHigh].
    let qLow = sb > 0 ? -b0 : b0 - (minorSize - 1)
    let qHigh = sb > 0 ? minorSize - 1 - b0 : b0
    let twiceDa = 2 * da
    // q(n); a one-dot line (Δa = 0) has only step 0, at q = 0.
    @inline(__always) func q(_ n: Int) -> Int { da == 0 ? 0 : (2 * n * db + da) / twiceDa }
    // The first step with q(n) ≥ qLow, and the last with q(n) ≤ qHigh.
    var low = first
    var high = last + 1
    while low < high {
      let middle = low + (high - low) / 2
      if q(middle) >= qLow { high = middle } else { low = middle + 1 }
    }
    first = low
    low = first - 1
    high = last
    while low < high {
      let middle = high - (high - low) / 2
      if q(middle) <= qHigh { low = middle } else { high = middle - 1 }
    }
    last = low
    guard first <= last else { return }
    // Walk from step `first`, with q and r computed outright.
    var a = a0 + first * sa
    var b = b0 + q(first) * sb
    var r = da == 0 ? 0 : (2 * first * db + da) % twiceDa
    var k = phase + first
    for _ in first...last {
      if pattern.draws(k) {
        if steep {
          setDot(x: b, y: a, plane: plane, style: style)
        } else {
          setDot(x: a, y: b, plane: plane, style: style)
        }
      }
      a += sa
      r += 2 * db
      if r >= twiceDa {
        r -= twiceDa
        b += sb
      }
      k += 1
    }
  }
}
