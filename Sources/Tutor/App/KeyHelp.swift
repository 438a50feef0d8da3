import TermPlot

/// The key help: the box of keys over the screen, and the ASCII spelling of arrows and
/// dots for screens that can show ASCII only.
struct KeyHelp {
  /// The theme and whether only ASCII may be drawn.
  let style: ChartStyle
  /// Whether the keys are a presentation's.
  let presentation: Bool

  /// The key help, boxed in the middle of the screen.
  func draw(into frame: inout Frame) {
    var lines: [String]
    if presentation {
      lines = [
        "space     one epoch", "Enter, →  next step (answers shown)", "←         previous step",
        "p         play / pause", "+ / -     learning rate up / down", "Tab       cycle the views",
        "r         rewind one epoch", "q         quit",
      ]
    } else {
      let width = KeyBinding.allCases.map(\.keyLabel.count).max() ?? 0
      lines = KeyBinding.allCases.map {
        $0.keyLabel.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.meaning
      }
      lines += [
        "", "Typing goes to the prompt: commands (help lists them) and expressions.",
        "Editing: ← → Home End, ^A ^E, ^U ^W, Backspace, Delete; ↑ ↓ history.",
      ]
    }
    lines.append("")
    lines.append("any key closes this help")
    lines = lines.map(plain)
    let boxWidth = Swift.min(frame.width, (lines.map(\.count).max() ?? 0) + 4)
    let boxHeight = Swift.min(frame.height, lines.count + 2)
    let box = Rect(
      x: (frame.width - boxWidth) / 2, y: (frame.height - boxHeight) / 2, width: boxWidth,
      height: boxHeight)
    frame.fill(box)
    let theme = style.theme
    frame.drawBox(
      box, style: theme.style(.axis), title: "keys", titleStyle: theme.style(.title),
      ascii: style.isASCII)
    let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
    for (row, line) in lines.prefix(inner.height).enumerated() {
      frame.draw(line, x: inner.x, y: inner.y + row, clip: inner)
    }
  }

  /// `text` with its arrows, dots and dashes spelled in ASCII when the screen is ASCII only.
  func plain(_ text: String) -> String {
    guard style.isASCII else { return text }
    var result = text
    for (glyph, ascii) in [
      ("·", "|"), ("←", "Left"), ("→", "Right"), ("↑", "Up"), ("↓", "Down"), ("—", "-"),
      ("…", "..."), ("›", ">"),
    ] {
      result = result.replacing(glyph, with: ascii)
    }
    return result
  }
}
