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
      // Spelled before padding, so the columns line up in ASCII too.
      let keys = Self.presentationKeys.map { (keys: plain($0.keys), meaning: $0.meaning) }
      let width = keys.map(\.keys.count).max() ?? 0
      lines = keys.map {
        $0.keys.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.meaning
      }
      lines += ["", "any key closes this help; play and autoplay then go on"]
    } else {
      let width = KeyBinding.allCases.map(\.helpLabel.count).max() ?? 0
      lines = KeyBinding.allCases.map {
        $0.helpLabel.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.meaning
      }
      lines += [
        "", "Typing goes to the prompt: commands (help lists them) and expressions.",
        "Editing: ← → Home End, ^A ^E, ^U ^W, Backspace, Delete; ↑ ↓ history.",
        "", "any key closes this help",
      ]
    }
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

  /// Every key of a presentation, each with all its spellings, as the help lists them.
  static let presentationKeys: [(keys: String, meaning: String)] = [
    ("space", "one epoch (or pause the training while it plays)"),
    ("Enter → n PgDn", "reveal the answer, or go to the next step"),
    ("← b Backspace PgUp", "previous step"),
    ("p ^P", "play / pause the training"),
    ("a", "pause / resume autoplay (with --autoplay)"),
    ("+ ^T", "learning rate up (1-2-5 steps)"),
    ("- ^G", "learning rate down"),
    ("r ^R", "rewind one epoch"),
    ("Tab v", "cycle the views"),
    ("? F1", "these keys (play and autoplay wait meanwhile)"),
    ("Esc", "asks whether to quit"),
    ("q ^Q ^C ^D", "quit"),
    ("^L", "redraw the screen"),
    ("^Z", "suspend; fg resumes"),
  ]

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
