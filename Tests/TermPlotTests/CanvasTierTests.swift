import Testing

@testable import TermPlot

/// The canvas drawn alone into a frame of its own size, as plain text.
private func render(_ canvas: Canvas) -> String {
  var frame = Frame(width: canvas.columns, height: canvas.rows)
  canvas.draw(into: &frame, at: (x: 0, y: 0))
  return frame.plainText
}

/// A canvas of `columns` × `rows` cells in `tier` with lines drawn between dot pairs.
private func lines(
  _ tier: CanvasTier, columns: Int, rows: Int, _ ends: [(Double, Double, Double, Double)]
) -> Canvas {
  var canvas = Canvas(columns: columns, rows: rows, tier: tier)
  for (x0, y0, x1, y1) in ends {
    canvas.line(from: (x0, y0), to: (x1, y1), layer: .line, style: .plain)
  }
  return canvas
}

@Suite struct CanvasTierTests {
  @Test func dotsPerCell() {
    #expect(CanvasTier.braille.dotsPerCell == (2, 4))
    #expect(CanvasTier.halfBlock.dotsPerCell == (1, 2))
    #expect(CanvasTier.ascii.dotsPerCell == (1, 3))
    let canvas = Canvas(columns: 7, rows: 3, tier: .ascii)
    #expect(canvas.dotWidth == 7 && canvas.dotHeight == 9)
  }

  @Test func halfBlockDrawsTheSameShapes() {
    #expect(render(lines(.halfBlock, columns: 3, rows: 2, [(0, 1, 2, 1)])) == "▄▄▄\n\n")
    #expect(render(lines(.halfBlock, columns: 1, rows: 2, [(0, 0, 0, 3)])) == "█\n█\n")
    #expect(render(lines(.halfBlock, columns: 4, rows: 2, [(0, 0, 3, 3)])) == "▀▄\n  ▀▄\n")
    #expect(render(lines(.halfBlock, columns: 2, rows: 2, [(0, 0, 1, 3)])) == "█\n █\n")
    #expect(
      render(lines(.halfBlock, columns: 2, rows: 1, [(-1e300, -1e300, 1e300, 1e300)]))
        == "▀▄\n")
  }

  @Test func asciiDrawsTheSameShapes() {
    #expect(render(lines(.ascii, columns: 3, rows: 1, [(0, 1, 2, 1)])) == "---\n")
    #expect(render(lines(.ascii, columns: 3, rows: 1, [(0, 0, 2, 0)])) == "'''\n")
    #expect(render(lines(.ascii, columns: 3, rows: 1, [(0, 2, 2, 2)])) == "___\n")
    #expect(render(lines(.ascii, columns: 1, rows: 2, [(0, 0, 0, 5)])) == "|\n|\n")
    #expect(render(lines(.ascii, columns: 3, rows: 1, [(0, 0, 2, 2)])) == "'-_\n")
    #expect(render(lines(.ascii, columns: 6, rows: 1, [(0, 0, 5, 2)])) == "''--__\n")
    #expect(render(lines(.ascii, columns: 2, rows: 2, [(0, 0, 1, 5)])) == "|\n |\n")
    #expect(
      render(lines(.ascii, columns: 3, rows: 1, [(-1e300, -1e300, 1e300, 1e300)]))
        == "'-_\n")
  }

  @Test func asciiCombinationsOfDots() {
    let expected: [(rows: [Int], glyph: String)] = [
      ([0], "'"), ([1], "-"), ([2], "_"), ([0, 1], "|"), ([1, 2], "|"), ([0, 2], ":"),
      ([0, 1, 2], "|"),
    ]
    for (rows, glyph) in expected {
      var canvas = Canvas(columns: 1, rows: 1, tier: .ascii)
      for y in rows { canvas.plot(x: 0, y: y, layer: .point, style: .plain) }
      #expect(render(canvas) == glyph + "\n")
    }
  }

  @Test func asciiOutputIsPlainASCII() {
    var canvas = Canvas(columns: 10, rows: 4, tier: .ascii)
    canvas.line(from: (0, 11), to: (9, 0), layer: .line, style: .plain)
    canvas.line(from: (0, 0), to: (9, 5), layer: .line, style: .plain, pattern: .dashed)
    canvas.verticalSpan(x: 4, from: 0, to: 11, layer: .line, style: .plain)
    #expect(render(canvas).unicodeScalars.allSatisfy { $0.isASCII })
  }

  @Test func patternsWorkOnEveryTier() {
    #expect(
      render(lines(.ascii, columns: 12, rows: 1, [])) == "\n")
    var dashed = Canvas(columns: 12, rows: 1, tier: .ascii)
    dashed.line(from: (0, 1), to: (11, 1), layer: .line, style: .plain, pattern: .dashed)
    #expect(render(dashed) == "----  ----\n")
    var dotted = Canvas(columns: 6, rows: 1, tier: .halfBlock)
    dotted.line(from: (0, 0), to: (5, 0), layer: .line, style: .plain, pattern: .dotted)
    #expect(render(dotted) == "▀ ▀ ▀\n")
  }

  @Test func automaticTierFollowsTheCharacterSetAndTerminal() {
    #expect(CanvasTier.automatic(codeset: "UTF-8", terminal: "xterm-256color") == .braille)
    #expect(CanvasTier.automatic(codeset: "utf8", terminal: nil) == .braille)
    #expect(CanvasTier.automatic(codeset: "UTF-8", terminal: "linux") == .halfBlock)
    #expect(CanvasTier.automatic(codeset: "ANSI_X3.4-1968", terminal: "xterm") == .ascii)
    #expect(CanvasTier.automatic(codeset: nil, terminal: "xterm") == .ascii)
    #expect(
      CanvasTier.automatic(codeset: "UTF-8", terminal: "xterm", forceASCII: true) == .ascii)
  }
}
