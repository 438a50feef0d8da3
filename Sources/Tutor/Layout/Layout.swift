import Interchange
import TermPlot

/// Turns a session and a terminal size into the `Frame` a screen shows: a status line, the
/// lesson pane, the step's pictures, the transcript and the prompt.
///
/// This is exactly what the curses front blits and what `downhill play` prints, so every
/// decision about a screen is made here, as pure code:
///
/// - From `sideBySideWidth` columns the lesson pane sits on the left (two fifths of the
///   width) with the pictures stacked on its right; narrower screens stack everything.
/// - Below `minimumWidth` × `minimumHeight` the screen shows only a short note asking for
///   a larger window, with the current and the needed size.
/// - Landscapes and boundaries are the costly pictures (their function is evaluated at
///   every dot). A layout keeps their sampled surfaces and samples again only when what
///   they depend on changes, so a redraw after an epoch, which only moves the path, costs
///   little. Landscape ranges are widened to round steps (`Session.steady(_:)`), so that
///   they stay put while the path moves inside them.
///
/// A layout is used from one thread (it holds the cache); make one per screen.
///
/// ```swift
/// let layout = Layout(style: ChartStyle(theme: .standard, tier: .braille))
/// let frame = layout.render(
///   session: session, pane: nil, prompt: PromptLine(text: "step"), footer: nil,
///   width: 120, height: 40)
/// print(frame.plainText, terminator: "")
/// ```
public final class Layout {
  /// The narrowest screen that gets the tutorial; narrower ones get a note.
  public static let minimumWidth = 60
  /// The shortest screen that gets the tutorial; shorter ones get a note.
  public static let minimumHeight = 20
  /// The width from which the lesson pane sits beside the pictures instead of above them.
  public static let sideBySideWidth = 100

  /// The theme and canvas tier every part is drawn with.
  public let style: ChartStyle
  /// The surfaces of the last landscapes and boundaries drawn.
  var surfaces = SurfaceCache()
  /// The last pane's wrapped rows and the width they were wrapped to (a pane stays the
  /// same while epochs go by).
  private var wrappedPane: (pane: LessonPane, width: Int, lines: [PaneLine])?

  /// A layout drawing with `style`: its theme gives every colour (so monochrome and
  /// high-contrast screens work), its tier the pictures' dots and whether only ASCII may
  /// be drawn. Titles in `style` are ignored; every part gets its own.
  public init(style: ChartStyle = ChartStyle()) {
    var style = style
    style.title = nil
    style.xTitle = nil
    style.yTitle = nil
    self.style = style
  }

  /// The screen of `session` at `width` × `height` cells: the status line, `pane` (the
  /// lesson's part, nil outside a lesson), its views (the session's own view without a
  /// pane or when the pane names none), the transcript, `prompt`, and `footer` (such as
  /// key hints) on the last row.
  ///
  /// Any size can be asked for: below the minimum the frame holds a note instead, and
  /// sizes below zero give an empty frame. The screen's cursor is the prompt's.
  ///
  /// `transcriptScroll` counts presses of the key that scrolls the transcript back
  /// (`KeyBinding.scrollTranscript`): 0 shows the newest lines; each press moves a page
  /// further back, and past the oldest comes round to the newest again.
  ///
  /// `presentation` is for a teacher's projector: the status line, the narrative and
  /// larger charts only, with no transcript or prompt (and no cursor).
  public func render(
    session: Session, pane: LessonPane?, prompt: PromptLine, footer: String?, width: Int,
    height: Int, transcriptScroll: Int = 0, presentation: Bool = false
  ) -> Screen {
    var frame = Frame(width: width, height: height)
    var cursor: (x: Int, y: Int)?
    guard frame.width >= Self.minimumWidth, frame.height >= Self.minimumHeight else {
      drawTooSmall(into: &frame)
      return Screen(frame: frame)
    }
    let views = pane.flatMap { $0.views.isEmpty ? nil : $0.views } ?? [session.view]
    let paneWidth =
      presentation && ScreenRegions.isSideBySide(width: frame.width)
      ? frame.width / 3 : ScreenRegions.paneWidth(screenWidth: frame.width)
    let lines = pane.map { wrapped($0, width: Self.paneTextWidth(paneWidth)) }
    let transcriptRows =
      presentation
      ? 0
      : transcriptScroll > 0
        ? Int.max : transcriptRowsWanted(session.shownTranscript, label: PromptLine.standardLabel, width: width)
    let regions = ScreenRegions(
      width: frame.width, height: frame.height, hasFooter: footer != nil,
      viewCount: views.count, paneRows: lines.map { $0.count + 1 },
      transcriptRows: transcriptRows, presentation: presentation)
    StatusLine(style: style).draw(session: session, pane: pane, into: &frame, in: regions.status)
    if let pane, let lines, let rect = regions.pane {
      drawPane(pane, lines: lines, into: &frame, in: rect)
    }
    if let rule = regions.separator {
      for row in rule.y..<rule.maxY {
        frame.put(verticalRule, x: rule.x, y: row, style: style.theme.style(.axis))
      }
    }
    let hidden = views.count - regions.views.count
    for (k, rect) in regions.views.enumerated() {
      drawView(
        views[k], session: session, hiddenAfter: k == regions.views.count - 1 ? hidden : 0,
        into: &frame, in: rect)
    }
    if !presentation {
      drawTranscript(
        session.shownTranscript, label: PromptLine.standardLabel, scroll: transcriptScroll, into: &frame,
        in: regions.transcript)
      cursor = drawPrompt(prompt, into: &frame, in: regions.prompt)
    }
    if let footer, let rect = regions.footer {
      frame.draw(footer, x: rect.x, y: rect.y, style: style.theme.style(.label), clip: rect)
    }
    return Screen(frame: frame, cursor: cursor)
  }

  /// The rows of `pane` wrapped to `width`, kept from the last render when it was the same.
  private func wrapped(_ pane: LessonPane, width: Int) -> [PaneLine] {
    if let wrappedPane, wrappedPane.width == width, wrappedPane.pane == pane {
      return wrappedPane.lines
    }
    let lines = paneLines(pane, width: width)
    wrappedPane = (pane, width, lines)
    return lines
  }

  // MARK: - Glyphs

  /// The character of horizontal rules.
  var horizontalRule: Character { style.isASCII ? "-" : "─" }
  /// The character of vertical rules.
  var verticalRule: Character { style.isASCII ? "|" : "│" }
  /// What stands for text left out.
  var ellipsis: String { style.isASCII ? "..." : "…" }
  /// The sign between a width and a height.
  var times: String { style.isASCII ? "x" : "×" }

  /// Draws a rule across `rect`'s top row with `title` near its left end:
  /// `── title ─────`.
  func drawRule(
    _ title: String?, into frame: inout Frame, in rect: Rect, titleStyle: Style? = nil
  ) {
    guard !rect.isEmpty else { return }
    let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
    let ruleStyle = style.theme.style(.axis)
    for column in row.x..<row.maxX {
      frame.put(horizontalRule, x: column, y: row.y, style: ruleStyle)
    }
    guard let title, !title.isEmpty, row.width > 4 else { return }
    let text = " " + Self.clipped(title, width: row.width - 4, ellipsis: ellipsis) + " "
    frame.draw(
      text, x: row.x + 2, y: row.y, style: titleStyle ?? style.theme.style(.title), clip: row)
  }

  /// `text` (sanitized) cut to at most `width` columns, ending in `ellipsis` when cut.
  static func clipped(_ text: String, width: Int, ellipsis: String) -> String {
    let text = text.sanitizedForDisplay
    guard text.terminalWidth > width else { return text }
    let room = width - ellipsis.terminalWidth
    guard room > 0 else { return String(text.prefix(Swift.max(0, width))) }
    var kept = ""
    var used = 0
    for character in text {
      let columns = character.terminalWidth
      if used + columns > room { break }
      kept.append(character)
      used += columns
    }
    return kept + ellipsis
  }
}
