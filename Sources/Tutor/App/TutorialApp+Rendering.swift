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
      let presenting = configuration.presentation
      var pane =
        presenting ? session.presentedPane(holdingQuestion: holdsNextQuestion) : session.lessonPane
      if let chosenView { pane?.views = [chosenView] }
      pane?.scroll = scroll
      let screen = layout.render(
        session: session, pane: pane,
        prompt: PromptLine(
          text: prompt.line, cursor: prompt.cursor,
          label: session.awaitsMoreInput
            ? Layout.continuationLabel(width: PromptLine.standardLabel.count)
            : PromptLine.standardLabel),
        footer: footer(for: session, width: width), width: width, height: height,
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

  /// The keys that work right now, for the last row, fitted to `width` columns; a notice
  /// takes the row instead while there is one.
  func footer(for session: Session, width: Int) -> String {
    if let notice { return plain(notice) }
    return keyBar(for: session).text(width: width, spelling: plain)
  }

  /// The key bar's entries now, each with its importance (the least important is dropped
  /// first on a narrow screen).
  func keyBar(for session: Session) -> KeyBar {
    typealias Entry = KeyBar.Entry
    if configuration.presentation {
      var entries: [Entry] = []
      // The state comes first and stays: what plays, and whether autoplay waits.
      if session.isPlaying { entries.append(Entry("playing", importance: 9)) }
      if configuration.autoplay != nil && !autoplayFinished {
        entries.append(Entry(autoplayPaused ? "autoplay paused" : "autoplay on", importance: 9))
      }
      entries += [
        Entry(session.isPlaying ? "space pause" : "space epoch", importance: 6),
        Entry("Enter/→ next", importance: 8),
        Entry("← back", importance: 4),
        Entry(session.isPlaying ? "p pause" : "p play", importance: 7),
      ]
      if configuration.autoplay != nil {
        entries.append(Entry(autoplayPaused ? "a resume" : "a pause", importance: 7))
      }
      entries += [
        Entry("+/- rate", importance: 2), Entry("Tab views", importance: 3),
        Entry("? keys", importance: 5), Entry("q quit", importance: 8),
      ]
      return KeyBar(entries: entries)
    }
    if session.isPlaying {
      return KeyBar(entries: [Entry("playing: any key pauses", importance: 9)])
    }
    if !prompt.isEmpty {
      return KeyBar(entries: [
        Entry("Enter run", importance: 9), Entry("Tab complete", importance: 7),
        Entry("↑↓ history", importance: 6), Entry("^U clear", importance: 4),
        Entry("^W word", importance: 3), Entry("^Q quit", importance: 8),
      ])
    }
    var entries = [
      Entry("space epoch", importance: 9), Entry("Enter next", importance: 9),
      Entry("Tab views", importance: 4), Entry("^P play", importance: 7),
      Entry("^R rewind", importance: 2), Entry("^T/^G rate", importance: 3),
      Entry("^Y log", importance: 3),
    ]
    if session.lesson?.stepIndex ?? 0 > 0 { entries.append(Entry("^B back", importance: 5)) }
    if !(session.lesson?.step.hints.isEmpty ?? true) {
      entries.append(Entry("^N hint", importance: 6))
    }
    entries += [Entry("? keys", importance: 8), Entry("^Q quit", importance: 8)]
    return KeyBar(entries: entries)
  }
}
