import TermPlot

extension Layout {
  /// The heading a view is shown under.
  static func title(of view: View) -> String {
    switch view {
    case .fit: return "fit"
    case .loss: return "loss curve"
    case .landscape: return "loss landscape"
    case .boundary: return "decision boundary"
    case .graph: return "computation graph"
    case .table: return "history"
    case .figure: return "figure"
    }
  }

  /// Draws `view` of `session` into `rect`: its title on a rule (saying how many views
  /// after it were left out, if any), the picture below.
  func drawView(
    _ view: View, session: Session, hiddenAfter hidden: Int, into frame: inout Frame,
    in rect: Rect
  ) {
    guard !rect.isEmpty else { return }
    // A view that does not apply to this run shows the one that stands in for it.
    let (view, reason) = Pictures(session.workspace).standIn(for: view)
    var title = Self.title(of: view)
    if let reason, title.terminalWidth + 2 + reason.terminalWidth <= rect.width - 4 {
      title += " (\(reason))"
    }
    if hidden > 0 {
      // The longest note that fits beside the title (the rule keeps four columns).
      let notes = ["  (\(hidden) more in a larger window)", "  (+\(hidden) more)"]
      let room = rect.width - 4 - title.terminalWidth
      title += notes.first { $0.terminalWidth <= room } ?? ""
    }
    drawRule(title, into: &frame, in: rect)
    let picture = rect.inset(top: 1)
    guard !picture.isEmpty else { return }
    drawPicture(view, session: session, into: &frame, in: picture)
  }

  /// Draws the picture of `view` into `rect`, as `Pictures.render` would draw it, except
  /// that landscapes get steady ranges and reuse their kept surfaces, and that what the
  /// open block hides stays hidden.
  func drawPicture(_ view: View, session: Session, into frame: inout Frame, in rect: Rect) {
    var pictures = Pictures(session.workspace)
    pictures.hidden = session.lesson?.hiddenOnScreen ?? []
    if let note = pictures.hiddenNote(view) {
      frame.drawWrapped(note, in: rect, style: style.theme.style(.label))
      return
    }
    let prepared: (chart: LandscapeChart, key: SurfaceKey)?
    switch view {
    case .landscape: prepared = pictures.landscape(style: style, steadyRanges: true)
    case .fit where session.run.function?.variables.count == 2:
      prepared = pictures.landscape(style: style, steadyRanges: true)
    case .boundary: prepared = pictures.boundary(style: style)
    case .fit, .loss, .graph, .table, .figure: prepared = nil
    }
    if let (chart, key) = prepared {
      frame.draw(surfaces.prepare(chart, key: key, in: rect), in: rect)
      return
    }
    let picture = pictures.render(view, width: rect.width, height: rect.height, style: style)
    frame.paste(picture, x: rect.x, y: rect.y)
  }
}
