import TermPlot

extension TutorialApp {
  /// The screen at `width` × `height`: the menu or the lesson, with the key help over it
  /// when asked for, and where the terminal's cursor goes.
  public func render(width: Int, height: Int) -> Screen {
    var frame: Frame
    var cursor: (x: Int, y: Int)?
    switch page {
    case .menu:
      frame = menu.render(
        width: width, height: height, style: configuration.style,
        directory: configuration.library.directory, notice: notice,
        canGoBack: session != nil, plain: plain)
    case .lesson:
      guard let session else {
        frame = menu.render(
          width: width, height: height, style: configuration.style,
          directory: configuration.library.directory, notice: notice,
          canGoBack: session != nil, plain: plain)
        break
      }
      var pane = session.lessonPane
      if let chosenView { pane?.views = [chosenView] }
      pane?.scroll = scroll
      let presenting = configuration.presentation
      let screen = layout.render(
        session: session, pane: pane,
        prompt: PromptLine(text: prompt.line, cursor: prompt.cursor),
        footer: plain(footer(for: session)), width: width, height: height,
        presentation: presenting)
      frame = screen.frame
      cursor = screen.cursor
    }
    if showsHelp { drawHelp(into: &frame) }
    return Screen(frame: frame, cursor: cursor)
  }

  /// The keys that work right now, for the last row.
  func footer(for session: Session) -> String {
    if let notice { return notice }
    if configuration.presentation {
      return "space epoch · Enter/→ next · ← back · p play · +/- rate · Tab views · q quit"
    }
    if session.isPlaying { return "playing: any key pauses" }
    if !prompt.isEmpty {
      return "Enter run · Tab complete · ↑↓ history · ^U clear · ^W word · ^Q quit"
    }
    var keys = ["space epoch", "Enter next", "Tab views", "^P play", "^R rewind", "^T/^G rate"]
    if session.lesson?.stepIndex ?? 0 > 0 { keys.append("^B back") }
    if !(session.lesson?.step.hints.isEmpty ?? true) { keys.append("^N hint") }
    keys += ["? keys", "^Q quit"]
    return keys.joined(separator: " · ")
  }

  /// The key help, boxed in the middle of the screen.
  func drawHelp(into frame: inout Frame) {
    var lines: [String]
    if configuration.presentation {
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
    let theme = configuration.style.theme
    frame.drawBox(
      box, style: theme.style(.axis), title: "keys", titleStyle: theme.style(.title),
      ascii: configuration.style.isASCII)
    let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
    for (row, line) in lines.prefix(inner.height).enumerated() {
      frame.draw(line, x: inner.x, y: inner.y + row, clip: inner)
    }
  }

  /// `text` with its arrows, dots and dashes spelled in ASCII when the screen is ASCII only.
  func plain(_ text: String) -> String {
    guard configuration.style.isASCII else { return text }
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
