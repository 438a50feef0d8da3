import TermPlot

extension TutorialApp {
  /// The screen at `width` × `height`: the menu or the lesson, with the key help over it
  /// when asked for, and where the terminal's cursor goes.
  public func render(width: Int, height: Int) -> Screen {
    var frame: Frame
    var cursor: (x: Int, y: Int)?
    switch page {
    case .menu:
      frame = renderMenu(width: width, height: height)
    case .lesson:
      guard let session else {
        frame = renderMenu(width: width, height: height)
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

  /// The lesson menu: every lesson with its title, summary line and progress.
  func renderMenu(width: Int, height: Int) -> Frame {
    var frame = Frame(width: width, height: height)
    guard width >= 20, height >= 6 else {
      frame.drawWrapped("make the window larger", in: frame.bounds)
      return frame
    }
    let theme = configuration.style.theme
    frame.draw(
      plain(" Downhill — gradient descent, one step at a time"), x: 0, y: 0,
      style: theme.style(.title))
    frame.draw(
      " lessons in \(configuration.library.directory)", x: 0, y: 1, style: theme.style(.label))
    let top = 3
    let rows = height - top - 3
    let first = Swift.max(0, Swift.min(selection - rows / 2, catalog.count - rows))
    let idWidth = Swift.min(24, (catalog.map(\.id.count).max() ?? 0))
    for (offset, listing) in catalog.dropFirst(first).prefix(Swift.max(0, rows)).enumerated() {
      let index = first + offset
      let selected = index == selection
      var style = listing.status == "cannot be read" ? theme.style(.warning) : Style.plain
      if selected { style.reverse = true }
      let marker = selected ? (configuration.style.isASCII ? ">" : "›") : " "
      let number = index < 9 ? "\(index + 1)" : " "
      let status = "[\(listing.status)]"
      let idText = listing.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let line = " \(marker) \(number) \(idText)  \(listing.title)"
      let room = width - status.count - 2
      let clipped = line.count > room ? String(line.prefix(Swift.max(0, room - 1))) + "…" : line
      frame.fill(
        Rect(x: 0, y: top + offset, width: width, height: 1), with: Cell(" ", style: style))
      frame.draw(plain(clipped), x: 0, y: top + offset, style: style)
      frame.draw(status, x: width - status.count - 1, y: top + offset, style: style)
    }
    if catalog.isEmpty {
      frame.draw("  no lessons found", x: 0, y: top, style: theme.style(.warning))
    }
    if let notice {
      frame.draw(" " + notice, x: 0, y: height - 2, style: theme.style(.warning))
    }
    let keys =
      "↑↓ choose · Enter open · ? keys · q quit"
      + (session != nil ? " · Tab back to the lesson" : "")
    frame.draw(plain(" " + keys), x: 0, y: height - 1, style: theme.style(.label))
    return frame
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
