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
        source: configuration.library.sourceDescription, notice: notice,
        canGoBack: session != nil, plain: plain)
    case .lesson:
      guard let session else {
        frame = menu.render(
          width: width, height: height, style: configuration.style,
          source: configuration.library.sourceDescription, notice: notice,
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
        transcriptScroll: transcriptScroll, presentation: presenting)
      frame = screen.frame
      cursor = screen.cursor
    }
    if showsHelp { keyHelp.draw(into: &frame) }
    return Screen(frame: frame, cursor: cursor)
  }

  /// The key help and ASCII spelling for this tutorial's style and mode.
  var keyHelp: KeyHelp {
    KeyHelp(style: configuration.style, presentation: configuration.presentation)
  }

  /// `text` spelled in ASCII when the screen is ASCII only.
  func plain(_ text: String) -> String { keyHelp.plain(text) }

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

}
