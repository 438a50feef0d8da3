import Descent
import Interchange
import TermPlot

/// The status line at the top of the screen: the lesson, the step, the epoch, the loss, the
/// rate and the optimizer, shortened to fit.
struct StatusLine {
  /// The theme and whether only ASCII may be drawn.
  let style: ChartStyle

  /// What stands for text left out.
  var ellipsis: String { style.isASCII ? "..." : "…" }

  /// One part of the status line, how it is drawn (nil: the line's own style), and a
  /// shorter form it takes when the line is short of room (nil: none).
  typealias StatusPart = (text: String, style: Style?, short: String?)

  /// The status line's parts, most important first after the title: the lesson (or
  /// "downhill"), the step, the epoch, the loss (six significant digits, as `loss`
  /// prints it), the learning rate, the optimizer, and a divergence when training stopped.
  /// With a function being minimized: the descent steps taken (`12 steps`: without data there
  /// are no epochs, and a count does not read as the lesson's step), its value and its rate.
  /// While `hidden` holds the loss (the open block hides it), the loss (or f) reads `?`.
  func statusParts(
    session: Session, pane: LessonPane?, hidden: Set<ScreenValue>
  ) -> [StatusPart] {
    var parts: [StatusPart] = [(pane?.lessonTitle ?? "downhill", nil, nil)]
    let hidesLoss = hidden.contains(.loss)
    if let pane {
      parts.append(("step \(pane.stepIndex + 1)/\(pane.stepCount)", nil, nil))
    }
    if let function = session.run.function {
      let steps = function.history.count
      parts.append(("\(steps) step\(steps == 1 ? "" : "s")", nil, nil))
      let value = function.value(at: function.point).formatted(significantDigits: 7)
      parts.append(("f " + (hidesLoss ? "?" : value), nil, nil))
      parts.append(("lr \(function.learningRate.shortDescription)", nil, nil))
      return parts
    }
    let trainer = session.run.trainer
    let optimizer = session.run.configuration.optimizer
    parts.append(("epoch \(trainer.epoch)", nil, nil))
    let loss = trainer.currentLoss().formatted(significantDigits: 6)
    parts.append(("loss " + (hidesLoss ? "?" : loss), nil, nil))
    if let divergence = trainer.divergence {
      var warning = style.theme.style(.warning)
      warning.reverse = true
      parts.append(("diverged at epoch \(divergence.epoch)", warning, "diverged"))
    }
    parts.append(("lr \(optimizer.learningRate.shortDescription)", nil, nil))
    parts.append((optimizer.kind.name, nil, nil))
    return parts
  }

  /// Draws the status line across `rect`: reversed title style, parts separated by dots.
  /// When they do not fit, the title is shortened first (to 6 columns at least), then a
  /// divergence says just `diverged`, then the optimizer and the rate are left out, and what still does not fit is cut at the edge.
  func draw(session: Session, pane: LessonPane?, into frame: inout Frame, in rect: Rect) {
    guard !rect.isEmpty else { return }
    var bar = style.theme.style(.title)
    bar.reverse = true
    frame.fill(rect, with: Cell(" ", style: bar))
    let separator = style.isASCII ? " | " : " · "
    let room = rect.width - 2
    var parts = statusParts(
      session: session, pane: pane, hidden: session.lesson?.hiddenOnScreen ?? [])
    func width(_ parts: [StatusPart]) -> Int {
      parts.reduce(0) { $0 + $1.text.sanitizedForDisplay.terminalWidth }
        + separator.count * Swift.max(0, parts.count - 1)
    }
    // The title gives way first, down to a few characters: the numbers (the epoch, the loss,
    // a divergence, the rate and the optimizer) are what the line is for.
    let minimumTitle = 6
    if width(parts) > room, let title = parts.first?.text {
      let titleWidth = title.sanitizedForDisplay.terminalWidth
      let kept = Swift.max(minimumTitle, titleWidth - (width(parts) - room))
      if kept < titleWidth {
        parts[0].text = Layout.clipped(title, width: kept, ellipsis: ellipsis)
      }
    }
    // Then parts with a shorter form take it (a divergence's epoch is beside it already).
    for k in parts.indices where width(parts) > room {
      if let short = parts[k].short { parts[k].text = short }
    }
    // Only then the optimizer, then the rate (the last two parts of a training session).
    let optional = session.run.function == nil ? 2 : 1
    for _ in 0..<optional where width(parts) > room && parts.count > 3 {
      parts.removeLast()
    }
    // What still does not fit is cut at the edge.
    var x = rect.x + 1
    for (k, part) in parts.enumerated() {
      if k > 0 { x += frame.draw(separator, x: x, y: rect.y, style: bar, clip: rect) }
      x += frame.draw(part.text, x: x, y: rect.y, style: part.style ?? bar, clip: rect)
    }
  }
}
