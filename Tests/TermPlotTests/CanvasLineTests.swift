import Testing

@testable import TermPlot

/// The canvas drawn alone into a frame of its own size, as plain text.
private func render(_ canvas: Canvas) -> String {
  var frame = Frame(width: canvas.columns, height: canvas.rows)
  canvas.draw(into: &frame, at: (x: 0, y: 0))
  return frame.plainText
}

/// Every dot column from `x0` to `x1` and every dot row from `y0` to `y1` has a dot.
private func coversEveryColumnAndRow(
  _ canvas: Canvas, x0: Int, y0: Int, x1: Int, y1: Int
) -> Bool {
  let columns = Swift.min(x0, x1)...Swift.max(x0, x1)
  let rows = Swift.min(y0, y1)...Swift.max(y0, y1)
  let everyColumn = columns.allSatisfy { x in rows.contains { canvas.hasDot(x: x, y: $0) } }
  let everyRow = rows.allSatisfy { y in columns.contains { canvas.hasDot(x: $0, y: y) } }
  return everyColumn && everyRow
}

@Suite struct CanvasLineTests {
  let style = Style(foreground: .red)

  @Test func brailleBitsFollowTheUnicodeDotNumbering() {
    // Dots 1, 2, 3, 7 down the left column; 4, 5, 6, 8 down the right.
    let expected: [(x: Int, y: Int, character: Character)] = [
      (0, 0, "⠁"), (0, 1, "⠂"), (0, 2, "⠄"), (0, 3, "⡀"),
      (1, 0, "⠈"), (1, 1, "⠐"), (1, 2, "⠠"), (1, 3, "⢀"),
    ]
    for dot in expected {
      var canvas = Canvas(columns: 1, rows: 1, tier: .braille)
      canvas.plot(x: dot.x, y: dot.y, layer: .point, style: style)
      #expect(render(canvas) == "\(dot.character)\n")
    }
  }

  @Test func plotOutsideTheCanvasIsIgnored() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .braille)
    for (x, y) in [(-1, 0), (4, 0), (0, -1), (0, 4), (Int.min, Int.max)] {
      canvas.plot(x: x, y: y, layer: .point, style: style)
    }
    #expect(canvas.isEmpty)
    #expect(render(canvas) == "\n")
  }

  @Test func horizontalLineFillsOneDotRow() {
    var canvas = Canvas(columns: 3, rows: 1, tier: .braille)
    canvas.line(from: (0, 1), to: (5, 1), layer: .line, style: style)
    #expect(render(canvas) == "⠒⠒⠒\n")
  }

  @Test func verticalLineFillsOneDotColumn() {
    var canvas = Canvas(columns: 2, rows: 2, tier: .braille)
    canvas.line(from: (0, 0), to: (0, 7), layer: .line, style: style)
    canvas.line(from: (3, 7), to: (3, 0), layer: .line, style: style)
    #expect(render(canvas) == "⡇⢸\n⡇⢸\n")
  }

  @Test func diagonalStepsOneDotEachWay() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .braille)
    canvas.line(from: (0, 0), to: (3, 3), layer: .line, style: style)
    #expect(render(canvas) == "⠑⢄\n")
  }

  @Test func fractionalEndsAreRoundedToTheNearestDot() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .braille)
    canvas.line(from: (0.4, -0.4), to: (2.6, 3.4), layer: .line, style: style)
    #expect(render(canvas) == "⠑⢄\n")
  }

  @Test func steepLineHasADotInEveryRow() {
    var canvas = Canvas(columns: 1, rows: 2, tier: .braille)
    canvas.line(from: (0, 0), to: (1, 7), layer: .line, style: style)
    #expect(render(canvas) == "⡇\n⢸\n")
  }

  @Test func linesAtAnySlopeHaveNoGaps() {
    let ends = [(0, 0, 39, 3), (0, 19, 39, 0), (5, 0, 7, 19), (39, 19, 0, 0), (20, 0, 21, 19)]
    for (x0, y0, x1, y1) in ends {
      var canvas = Canvas(columns: 20, rows: 5, tier: .braille)
      canvas.line(
        from: (Double(x0), Double(y0)), to: (Double(x1), Double(y1)), layer: .line,
        style: style)
      #expect(coversEveryColumnAndRow(canvas, x0: x0, y0: y0, x1: x1, y1: y1))
    }
  }

  @Test func oneDotLineIsADot() {
    var canvas = Canvas(columns: 1, rows: 1, tier: .braille)
    canvas.line(from: (1, 2), to: (1, 2), layer: .line, style: style)
    #expect(render(canvas) == "⠠\n")
  }

  @Test func endsOutsideTheCanvasAreClipped() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .braille)
    canvas.line(from: (-10, 1), to: (10, 1), layer: .line, style: style)
    canvas.line(from: (3, -100), to: (3, 100), layer: .line, style: style)
    #expect(render(canvas) == "⠒⢺\n")
  }

  @Test func clippedLinesDrawTheSameDotsAsWholeLines() {
    // The part of a line inside a small canvas matches the same line drawn on a canvas
    // large enough to hold it, dot for dot, for lines in every direction.
    var seed: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ range: Int) -> Double {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(Int((seed >> 33) % UInt64(range)))
    }
    var mismatches = 0
    for _ in 0..<200 {
      let (x0, y0, x1, y1) = (next(60), next(40), next(60), next(40))
      var whole = Canvas(columns: 30, rows: 10, tier: .braille)
      whole.line(from: (x0, y0), to: (x1, y1), layer: .line, style: style, pattern: .dashed)
      var part = Canvas(columns: 10, rows: 3, tier: .braille)
      part.line(
        from: (x0 - 20, y0 - 12), to: (x1 - 20, y1 - 12), layer: .line, style: style,
        pattern: .dashed)
      for x in 0..<part.dotWidth {
        for y in 0..<part.dotHeight
        where part.hasDot(x: x, y: y) != whole.hasDot(x: x + 20, y: y + 12) {
          mismatches += 1
        }
      }
    }
    #expect(mismatches == 0)
  }

  @Test func hugeLineDrawsTheDiagonal() {
    var diagonal = Canvas(columns: 3, rows: 1, tier: .braille)
    diagonal.line(from: (0, 0), to: (3, 3), layer: .line, style: style)
    var huge = Canvas(columns: 3, rows: 1, tier: .braille)
    huge.line(from: (-1e300, -1e300), to: (1e300, 1e300), layer: .line, style: style)
    var backwards = Canvas(columns: 3, rows: 1, tier: .braille)
    backwards.line(from: (1e300, 1e300), to: (-1e300, -1e300), layer: .line, style: style)
    #expect(render(huge) == "⠑⢄\n")
    #expect(render(huge) == render(diagonal))
    #expect(render(backwards) == render(diagonal))
  }

  @Test func extremeCoordinatesNeverCrash() {
    let big = Double.greatestFiniteMagnitude
    var canvas = Canvas(columns: 2, rows: 1, tier: .braille)
    canvas.line(from: (-big, -big), to: (big, big), layer: .line, style: style)
    #expect(render(canvas) == "⠑⢄\n")
    // Beyond ±2^29 dots the floating-point clip takes over.
    var far = Canvas(columns: 2, rows: 1, tier: .braille)
    far.line(from: (-1e9, 1), to: (1e9, 1), layer: .line, style: style)
    far.line(from: (2, 1e12), to: (2, -1e12), layer: .line, style: style)
    #expect(render(far) == "⠒⡗\n")
    var other = Canvas(columns: 2, rows: 1, tier: .braille)
    for (a, b) in [
      ((-big, big), (big, -big)), ((big, 0), (-big, 1)), ((0, -big), (1, big)),
      ((1e308, 2), (1e308, 3)), ((-big, -big), (-big, big)), ((5, 1e-300), (-1e-300, 5)),
    ] {
      other.line(from: a, to: b, layer: .line, style: style)
    }
    #expect(render(other).count > 0)
  }

  @Test func lineThatMissesTheCanvasDrawsNothing() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .braille)
    canvas.line(from: (-5, -5), to: (10, -1), layer: .line, style: style)
    canvas.line(from: (-1e300, 5), to: (1e300, 5), layer: .line, style: style)
    canvas.line(from: (5, 0), to: (9, 3), layer: .line, style: style)
    #expect(canvas.isEmpty)
  }

  @Test func nonFiniteEndsDrawNothing() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .braille)
    canvas.line(from: (.nan, 0), to: (3, 3), layer: .line, style: style)
    canvas.line(from: (0, 0), to: (.infinity, 3), layer: .line, style: style)
    canvas.line(from: (0, -.infinity), to: (3, 3), layer: .line, style: style)
    #expect(canvas.isEmpty)
  }

  @Test func zeroSizeCanvasTakesEverything() {
    for (columns, rows) in [(0, 0), (0, 5), (5, 0), (-3, -3), (Int.max, Int.max)] {
      var canvas = Canvas(columns: columns, rows: rows, tier: .braille)
      canvas.line(from: (0, 0), to: (10, 10), layer: .line, style: style)
      canvas.plot(x: 0, y: 0, layer: .point, style: style)
      canvas.verticalSpan(x: 0, from: 0, to: 10, layer: .line, style: style)
      canvas.mark(column: 0, row: 0, glyph: "●", layer: .current, style: style)
      canvas.heat(column: 0, halfRow: 0, color: .red)
      var frame = Frame(width: 3, height: 1)
      frame.draw("abc", x: 0, y: 0)
      canvas.draw(into: &frame, at: (x: 0, y: 0))
      #expect(frame.plainText == "abc\n")
    }
  }

  @Test func dashedAndDottedPatternsSkipDots() {
    var dashed = Canvas(columns: 6, rows: 1, tier: .braille)
    dashed.line(from: (0, 0), to: (11, 0), layer: .line, style: style, pattern: .dashed)
    #expect(render(dashed) == "⠉⠉ ⠉⠉\n")
    var dotted = Canvas(columns: 6, rows: 1, tier: .braille)
    dotted.line(from: (0, 0), to: (11, 0), layer: .line, style: style, pattern: .dotted)
    #expect(render(dotted) == "⠁⠁⠁⠁⠁⠁\n")
    var solid = Canvas(columns: 6, rows: 1, tier: .braille)
    solid.line(from: (0, 0), to: (11, 0), layer: .line, style: style, pattern: .solid)
    #expect(render(solid) == "⠉⠉⠉⠉⠉⠉\n")
  }

  @Test func patternCountsFromTheStartEvenWhenItIsClipped() {
    var clipped = Canvas(columns: 6, rows: 1, tier: .braille)
    clipped.line(from: (-6, 0), to: (11, 0), layer: .line, style: style, pattern: .dashed)
    #expect(render(clipped) == "⠉⠉ ⠉⠉\n")
    var shifted = Canvas(columns: 6, rows: 1, tier: .braille)
    shifted.line(from: (-2, 0), to: (11, 0), layer: .line, style: style, pattern: .dashed)
    #expect(render(shifted) == "⠉ ⠉⠉ ⠉\n")
    var reversed = Canvas(columns: 6, rows: 1, tier: .braille)
    reversed.line(from: (11, 0), to: (0, 0), layer: .line, style: style, pattern: .dashed)
    #expect(render(reversed) == " ⠉⠉ ⠉⠉\n")
  }

  @Test func phaseContinuesAPatternAcrossSegments() {
    var canvas = Canvas(columns: 6, rows: 1, tier: .braille)
    let middle = canvas.line(
      from: (0, 0), to: (5, 0), layer: .line, style: style, pattern: .dashed)
    #expect(middle == 5)
    let end = canvas.line(
      from: (5, 0), to: (11, 0), layer: .line, style: style, pattern: .dashed, phase: middle)
    #expect(end == 11)
    #expect(render(canvas) == "⠉⠉ ⠉⠉\n")
  }

  @Test func phaseOfAHugeLineStaysInRange() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .braille)
    let big = Double.greatestFiniteMagnitude
    let end = canvas.line(
      from: (-big, 0), to: (big, 0), layer: .line, style: style, pattern: .dashed, phase: -7)
    #expect((0..<Canvas.patternPeriod).contains(end))
    let nan = canvas.line(from: (.nan, 0), to: (1, 1), layer: .line, style: style, phase: 3)
    #expect(nan == 3)
  }

  @Test func verticalSpanSetsAWholeRunInOneCall() {
    var canvas = Canvas(columns: 1, rows: 3, tier: .braille)
    canvas.verticalSpan(x: 1, from: 9, to: 2, layer: .line, style: style)
    #expect(render(canvas) == "⢠\n⢸\n⠘\n")
    var clipped = Canvas(columns: 1, rows: 1, tier: .braille)
    clipped.verticalSpan(x: 0, from: -1_000_000, to: Int.max, layer: .line, style: style)
    clipped.verticalSpan(x: 1, from: Int.min, to: -1, layer: .line, style: style)
    clipped.verticalSpan(x: 2, from: 0, to: 3, layer: .line, style: style)
    #expect(render(clipped) == "⡇\n")
  }

  @Test func verticalSpanMatchesAVerticalLine() {
    var span = Canvas(columns: 2, rows: 4, tier: .braille)
    var line = Canvas(columns: 2, rows: 4, tier: .braille)
    for (x, y0, y1) in [(0, 0, 15), (1, 3, 4), (2, 7, 7), (3, 14, 1)] {
      span.verticalSpan(x: x, from: y0, to: y1, layer: .line, style: style)
      line.line(
        from: (Double(x), Double(y0)), to: (Double(x), Double(y1)), layer: .line, style: style)
    }
    #expect(render(span) == render(line))
  }
}
