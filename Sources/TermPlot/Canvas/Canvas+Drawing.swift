extension Canvas {
  /// Composes the canvas into `frame` with its top-left cell at `origin`, clipped to the
  /// frame.
  ///
  /// For each cell:
  /// - the dots of all layers are OR-ed into one character (braille, half-block or ASCII
  ///   pattern), drawn in the style of the highest layer that has dots there;
  /// - a glyph (`mark`) wins over dots of the same or a lower layer, and is drawn in its
  ///   own style;
  /// - heat becomes the background. A cell with heat and nothing else shows `▀` with the
  ///   top half's colour as foreground and the bottom half's as background (`▄` when only
  ///   the bottom half has heat; on an ASCII canvas, a space on the top half's colour).
  ///   A cell with dots or a glyph keeps them, over the top half's heat colour (or over its
  ///   own background, when its style sets one) — so paths and points are never hidden by
  ///   a heatmap. (On a half-block canvas a dot fills half the cell, so the background is
  ///   the colour of the other half.)
  /// - a cell with nothing stays as it was in the frame, so axes drawn earlier survive
  ///   under empty cells.
  public func draw(into frame: inout Frame, at origin: (x: Int, y: Int)) {
    // The visible cells: columns c with 0 ≤ origin.x + c < frame.width (and rows alike),
    // worked out without overflowing for any origin.
    guard origin.x < frame.width, origin.y < frame.height else { return }
    guard origin.x > -columns, origin.y > -rows else { return }
    let firstColumn = Swift.max(0, -origin.x)
    let lastColumn = Swift.min(columns, frame.width - origin.x)
    let firstRow = Swift.max(0, -origin.y)
    let lastRow = Swift.min(rows, frame.height - origin.y)
    let layers = CanvasLayer.allCases.count
    for row in firstRow..<lastRow {
      for column in firstColumn..<lastColumn {
        let cell = row * columns + column
        // The union of every layer's dots, and the highest layer that has any.
        var mask: UInt8 = 0
        var top = -1
        for layer in 0..<layers {
          let bits = dots[layer * cellCount + cell]
          if bits != 0 {
            mask |= bits
            top = layer
          }
        }
        let upper = heatColors[2 * row * columns + column]
        let lower = heatColors[(2 * row + 1) * columns + column]
        let glyphLayer = Int(glyphLayers[cell])
        let x = origin.x + column
        let y = origin.y + row
        var character: Character
        var style: Style
        if glyphLayer >= 0 && glyphLayer >= top {
          // Glyphs can be anything (wide, combining): let the frame measure and clean them.
          style = glyphStyles[cell]
          // A mark with its own background (a chip that keeps it readable) keeps it.
          if let heat = upper ?? lower, style.background == .default { style.background = heat }
          frame.put(glyphs[cell], x: x, y: y, style: style)
          continue
        } else if top >= 0 {
          character = tier.character(for: mask)
          style = styles[top * cellCount + cell]
          // The background shows where the dots do not: on a half-block canvas a lone
          // top dot leaves the bottom half, and vice versa.
          let background = tier == .halfBlock && mask == 0x1 ? lower ?? upper : upper ?? lower
          if let background, style.background == .default { style.background = background }
        } else if upper != nil || lower != nil {
          (character, style) = heatOnly(upper: upper, lower: lower)
        } else {
          continue
        }
        // Dot and heat characters are one column wide and printable, so they can go
        // straight into the cell unless it holds part of a wide character.
        let under = frame[x, y]
        if !under.isContinuation && under.character.isASCII {
          frame[x, y] = Cell(character, style: style)
        } else {
          frame.put(character, x: x, y: y, style: style)
        }
      }
    }
  }

  /// How a cell with heat and nothing else looks.
  @inline(__always)
  func heatOnly(upper: Color?, lower: Color?) -> (Character, Style) {
    if tier == .ascii {
      return (" ", Style(background: upper ?? lower ?? .default))
    }
    if let upper {
      return ("▀", Style(foreground: upper, background: lower ?? .default))
    }
    return ("▄", Style(foreground: lower ?? .default))
  }
}
