import TermPlot

extension Layout {
  /// One row of the lesson pane: its text, how it is drawn, and whether it is prose (which
  /// gives way first when the pane is short) rather than the task below it.
  typealias PaneLine = (text: String, style: Style, isProse: Bool)

  /// The columns of text in a pane `width` columns wide: a column of margin each side.
  static func paneTextWidth(_ width: Int) -> Int {
    Swift.max(1, width - 2)
  }

  /// The pane's rows below its heading, wrapped to `width` columns: the paragraphs with a
  /// blank row between them; then, after a blank row, a finished block's prompt (dimmed)
  /// with its feedback; then, after a blank row, the question, the goal (with its label,
  /// highlighted) and the feedback on them.
  ///
  /// A finished block is shown before the open question and gives way with the prose when
  /// the pane is short, so the open question stays in view; with nothing open it stays in
  /// view itself.
  func paneLines(_ pane: LessonPane, width: Int) -> [PaneLine] {
    let theme = style.theme
    var lines: [PaneLine] = []
    for (k, paragraph) in pane.paragraphs.enumerated() {
      if k > 0 { lines.append(("", .plain, true)) }
      for line in paragraph.wrappedAsProse(width: width) {
        lines.append((line, .plain, true))
      }
    }
    if let finished = pane.finished {
      let givesWay = !pane.question.isEmpty || pane.goal != nil
      if !lines.isEmpty { lines.append(("", .plain, true)) }
      for row in finished.prompt.wrappedAsProse(width: width) {
        lines.append((row, theme.style(.label), givesWay))
      }
      for line in finished.feedback {
        for row in line.wrappedAsProse(width: width) {
          lines.append((row, theme.style(.fit), givesWay))
        }
      }
    }
    var task: [PaneLine] = []
    for line in pane.question {
      for row in line.wrappedAsProse(width: width) {
        task.append((row, theme.style(.title), false))
      }
    }
    if let goal = pane.goal {
      for row in ("goal: " + goal).wrappedAsProse(width: width) {
        task.append((row, theme.style(.current), false))
      }
    }
    for line in pane.feedback {
      for row in line.wrappedAsProse(width: width) {
        task.append((row, theme.style(.fit), false))
      }
    }
    // The blank row before the task is prose: it gives way with the prose.
    if !task.isEmpty && !lines.isEmpty { lines.append(("", .plain, true)) }
    return lines + task
  }

  /// Draws the pane into `rect`: the step's title on a rule, then `lines`. When they do
  /// not all fit, the prose is cut (an ellipsis says so) and the task below it stays in
  /// view; a task longer than the pane shows its beginning.
  func drawPane(_ pane: LessonPane, lines: [PaneLine], into frame: inout Frame, in rect: Rect) {
    guard !rect.isEmpty else { return }
    drawRule(pane.stepTitle, into: &frame, in: rect)
    let text = rect.inset(top: 1, left: 1, right: 1)
    let rows = text.height
    var shown = lines
    if lines.count > rows {
      let prose = Array(lines.prefix { $0.isProse })
      let task = lines.drop { $0.isProse }
      let room = rows - task.count
      if room >= 1 {
        // A window on the prose, scrolled by `pane.scroll`, with a marker where text is
        // hidden above or below.
        let marker: PaneLine = (ellipsis, style.theme.style(.label), true)
        let offset = Swift.max(0, Swift.min(pane.scroll, prose.count - (room - 1)))
        var capacity = room - (offset > 0 ? 1 : 0)
        let moreBelow = prose.count - offset > capacity
        if moreBelow { capacity -= 1 }
        shown = offset > 0 ? [marker] : []
        shown += prose.dropFirst(offset).prefix(Swift.max(0, capacity))
        if moreBelow { shown.append(marker) }
        shown += task
      } else {
        shown = Array(task.prefix(rows))
      }
    }
    for (row, line) in shown.prefix(rows).enumerated() {
      frame.draw(line.text, x: text.x, y: text.y + row, style: line.style, clip: text)
    }
  }
}
