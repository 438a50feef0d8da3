import Testing

@testable import TermPlot

@Suite struct CanvasCompositionTests {
  let grid = Style(foreground: .brightBlack)
  let ghost = Style(foreground: .yellow, dim: true)
  let line = Style(foreground: .yellow, bold: true)
  let point = Style(foreground: .cyan)
  let current = Style(foreground: .red, bold: true)

  /// The style of each layer, bottom to top.
  var styles: [Style] { [grid, ghost, line, point, current] }

  @Test func layersAreOrderedGridGhostLinePointCurrent() {
    #expect(CanvasLayer.allCases == [.grid, .ghost, .line, .point, .current])
    #expect(CanvasLayer.grid < .ghost && .ghost < .line && .line < .point)
    #expect(CanvasLayer.point < .current)
  }

  @Test func cellTakesTheStyleOfItsHighestLayerAndShowsEveryDot() {
    // One dot a layer, drawn in either order: the dots merge, the top layer's style wins.
    let dots = [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2)]
    for order in [Array(0..<5), Array((0..<5).reversed())] {
      var canvas = Canvas(columns: 1, rows: 1, tier: .braille)
      for index in order {
        canvas.plot(
          x: dots[index].0, y: dots[index].1, layer: CanvasLayer.allCases[index],
          style: styles[index])
      }
      var frame = Frame(width: 1, height: 1)
      canvas.draw(into: &frame, at: (x: 0, y: 0))
      #expect(frame[0, 0] == Cell("⠟", style: current))
    }
  }

  @Test func eachLayerBeatsTheOnesBelowIt() {
    for top in 0..<5 {
      var canvas = Canvas(columns: 1, rows: 1, tier: .braille)
      for layer in 0...top {
        canvas.plot(x: 0, y: layer % 4, layer: CanvasLayer.allCases[layer], style: styles[layer])
      }
      var frame = Frame(width: 1, height: 1)
      canvas.draw(into: &frame, at: (x: 0, y: 0))
      #expect(frame[0, 0].style == styles[top])
    }
  }

  @Test func glyphWinsOverDotsOfTheSameOrALowerLayer() {
    var canvas = Canvas(columns: 3, rows: 1, tier: .braille)
    canvas.line(from: (0, 1), to: (5, 1), layer: .line, style: line)
    canvas.mark(column: 0, row: 0, glyph: "●", layer: .point, style: point)
    canvas.mark(column: 1, row: 0, glyph: "×", layer: .line, style: current)
    canvas.mark(column: 2, row: 0, glyph: "·", layer: .grid, style: grid)
    var frame = Frame(width: 3, height: 1)
    canvas.draw(into: &frame, at: (x: 0, y: 0))
    #expect(frame.plainText == "●×⠒\n")
    #expect(frame[0, 0].style == point)
    #expect(frame[1, 0].style == current)
    #expect(frame[2, 0].style == line)
  }

  @Test func higherGlyphIsNotReplacedByALowerOne() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .ascii)
    canvas.mark(column: 0, row: 0, glyph: "@", layer: .current, style: current)
    canvas.mark(column: 0, row: 0, glyph: "*", layer: .point, style: point)
    canvas.mark(column: 1, row: 0, glyph: "*", layer: .point, style: point)
    canvas.mark(column: 1, row: 0, glyph: "+", layer: .point, style: line)
    canvas.mark(column: 5, row: 0, glyph: "!", layer: .point, style: line)
    canvas.mark(column: 0, row: -1, glyph: "!", layer: .point, style: line)
    var frame = Frame(width: 2, height: 1)
    canvas.draw(into: &frame, at: (x: 0, y: 0))
    #expect(frame[0, 0] == Cell("@", style: current))
    #expect(frame[1, 0] == Cell("+", style: line))
  }

  @Test func dotsOfAHigherLayerWinOverAGlyph() {
    var canvas = Canvas(columns: 1, rows: 1, tier: .braille)
    canvas.mark(column: 0, row: 0, glyph: "·", layer: .grid, style: grid)
    canvas.plot(x: 1, y: 3, layer: .current, style: current)
    var frame = Frame(width: 1, height: 1)
    canvas.draw(into: &frame, at: (x: 0, y: 0))
    #expect(frame[0, 0] == Cell("⢀", style: current))
  }

  @Test func emptyCellsLeaveTheFrameAsItWas() {
    var frame = Frame(width: 6, height: 2)
    frame.draw("│abcde", x: 0, y: 0, style: grid)
    frame.draw("└─────", x: 0, y: 1, style: grid)
    var canvas = Canvas(columns: 4, rows: 2, tier: .braille)
    canvas.plot(x: 2, y: 0, layer: .point, style: point)
    canvas.mark(column: 3, row: 1, glyph: "●", layer: .current, style: current)
    canvas.draw(into: &frame, at: (x: 1, y: 0))
    #expect(frame.plainText == "│a⠁cde\n└───●─\n")
    #expect(frame[1, 0] == Cell("a", style: grid))
    #expect(frame[2, 0] == Cell("⠁", style: point))
    #expect(frame[5, 1] == Cell("─", style: grid))
  }

  @Test func canvasIsClippedToTheFrame() {
    var canvas = Canvas(columns: 3, rows: 2, tier: .braille)
    canvas.line(from: (0, 0), to: (5, 7), layer: .line, style: line)
    // Dots (0, 0) (1, 1) (1, 2) (2, 3) | (3, 4) (4, 5) (4, 6) (5, 7); the first column of
    // cells falls off the frame's left edge.
    var frame = Frame(width: 2, height: 2)
    canvas.draw(into: &frame, at: (x: -1, y: 0))
    #expect(frame.plainText == "⡀\n⠈⢆\n")
    for origin in [(Int.min, Int.min), (Int.max, 0), (0, Int.max), (-3, 0), (2, 0), (0, -2)] {
      var untouched = Frame(width: 2, height: 1)
      canvas.draw(into: &untouched, at: origin)
      #expect(untouched.plainText == "\n")
    }
  }

  @Test func heatAloneShowsTwoColoursInAHalfBlock() {
    var canvas = Canvas(columns: 3, rows: 1, tier: .braille)
    canvas.heat(column: 0, halfRow: 0, color: .red)
    canvas.heat(column: 0, halfRow: 1, color: .blue)
    canvas.heat(column: 1, halfRow: 0, color: .green)
    canvas.heat(column: 2, halfRow: 1, color: .yellow)
    canvas.heat(column: 3, halfRow: 0, color: .yellow)
    canvas.heat(column: 0, halfRow: 2, color: .yellow)
    var frame = Frame(width: 3, height: 1)
    canvas.draw(into: &frame, at: (x: 0, y: 0))
    #expect(frame.plainText == "▀▀▄\n")
    #expect(frame[0, 0].style == Style(foreground: .red, background: .blue))
    #expect(frame[1, 0].style == Style(foreground: .green))
    #expect(frame[2, 0].style == Style(foreground: .yellow))
  }

  @Test func dotsAndGlyphsStayVisibleOverHeat() {
    var canvas = Canvas(columns: 3, rows: 1, tier: .braille)
    for column in 0..<3 {
      canvas.heat(column: column, halfRow: 0, color: .red)
      canvas.heat(column: column, halfRow: 1, color: .blue)
    }
    canvas.line(from: (0, 3), to: (3, 3), layer: .line, style: line)
    canvas.mark(column: 2, row: 0, glyph: "●", layer: .current, style: current)
    var frame = Frame(width: 4, height: 1)
    frame.draw("####", x: 0, y: 0)
    canvas.draw(into: &frame, at: (x: 0, y: 0))
    #expect(frame.plainText == "⣀⣀●#\n")
    #expect(frame[0, 0].style == line.with(background: .red))
    #expect(frame[1, 0].style == line.with(background: .red))
    #expect(frame[2, 0].style == current.with(background: .red))
    #expect(frame[3, 0] == Cell("#"))
  }

  @Test func heatOnAHalfBlockCanvasShowsAroundTheDot() {
    var canvas = Canvas(columns: 3, rows: 1, tier: .halfBlock)
    for column in 0..<3 {
      canvas.heat(column: column, halfRow: 0, color: .red)
      canvas.heat(column: column, halfRow: 1, color: .blue)
    }
    canvas.plot(x: 0, y: 0, layer: .point, style: point)
    canvas.plot(x: 1, y: 1, layer: .point, style: point)
    var frame = Frame(width: 3, height: 1)
    canvas.draw(into: &frame, at: (x: 0, y: 0))
    #expect(frame.plainText == "▀▄▀\n")
    #expect(frame[0, 0].style == point.with(background: .blue))
    #expect(frame[1, 0].style == point.with(background: .red))
    #expect(frame[2, 0].style == Style(foreground: .red, background: .blue))
  }

  @Test func heatOnAnASCIICanvasIsABackground() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .ascii)
    canvas.heat(column: 0, halfRow: 0, color: .red)
    canvas.heat(column: 0, halfRow: 1, color: .blue)
    canvas.heat(column: 1, halfRow: 1, color: .blue)
    var frame = Frame(width: 2, height: 1)
    canvas.draw(into: &frame, at: (x: 0, y: 0))
    #expect(frame[0, 0] == Cell(" ", style: Style(background: .red)))
    #expect(frame[1, 0] == Cell(" ", style: Style(background: .blue)))
  }

  @Test func clearEmptiesTheCanvasForReuse() {
    var canvas = Canvas(columns: 2, rows: 1, tier: .braille)
    canvas.line(from: (0, 0), to: (3, 3), layer: .line, style: line)
    canvas.mark(column: 0, row: 0, glyph: "●", layer: .current, style: current)
    canvas.heat(column: 1, halfRow: 1, color: .red)
    #expect(!canvas.isEmpty)
    canvas.clear()
    #expect(canvas.isEmpty)
    canvas.plot(x: 3, y: 0, layer: .point, style: point)
    var frame = Frame(width: 2, height: 1)
    canvas.draw(into: &frame, at: (x: 0, y: 0))
    #expect(frame.plainText == " ⠈\n")
  }

  @Test func hasDotReportsEachLayer() {
    var canvas = Canvas(columns: 1, rows: 1, tier: .braille)
    canvas.plot(x: 1, y: 2, layer: .ghost, style: ghost)
    #expect(canvas.hasDot(x: 1, y: 2))
    #expect(canvas.hasDot(x: 1, y: 2, layer: .ghost))
    #expect(!canvas.hasDot(x: 1, y: 2, layer: .line))
    #expect(!canvas.hasDot(x: 0, y: 2))
    #expect(!canvas.hasDot(x: -1, y: 2))
  }
}
