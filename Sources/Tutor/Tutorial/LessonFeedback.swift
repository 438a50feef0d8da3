/// What the lesson pane shows of the last check, hint or reveal, with the block it is about.
///
/// A verdict belongs to its block: once that block is finished and the next question of the
/// step opens, the pane shows the verdict with its own block's prompt, above the open
/// question, never under it as if it answered it.
public struct LessonFeedback: Sendable, Hashable {
  /// The id of the block it is about; nil for a hint, which is the step's.
  public var block: String?
  /// Its lines as the pane shows them: the event's, without a way on that only names the
  /// next question (the pane shows that question itself).
  public var lines: [String]

  /// Feedback about `block` (nil: the step), `lines` as the pane shows them.
  public init(block: String?, lines: [String]) {
    self.block = block
    self.lines = lines
  }

  /// The feedback `event` leaves on the pane, or nil when it says nothing there.
  init?(_ event: SessionEvent) {
    switch event {
    case .closed(let block, _, _, let next), .revealed(let block, _, _, _, let next):
      self.init(block: block, lines: Self.withoutNextQuestion(event.lines, next))
    case .missed(let block, _, _), .unreadable(let block, _), .presented(let block, _, _, _, _):
      self.init(block: block, lines: event.lines)
    case .hint:
      self.init(block: nil, lines: event.lines)
    default:
      return nil
    }
  }

  /// `lines` without the last ones, which say `next`, when it is another block of the step.
  private static func withoutNextQuestion(_ lines: [String], _ next: NextStep) -> [String] {
    guard case .block = next else { return lines }
    return Array(lines.dropLast(next.lines.count))
  }

  /// The feedback on the pane after `events`, starting from `current`. The lesson runner
  /// sets its feedback the same way: a step opening clears it, and then each verdict,
  /// reveal or hint replaces it, those of commands run on the student's behalf included.
  static func after(_ events: [SessionEvent], from current: LessonFeedback?) -> LessonFeedback? {
    let opensStep = events.contains {
      if case .stepOpened = $0 { return true }
      return false
    }
    var feedback = opensStep ? nil : current
    for event in events {
      switch event {
      case .ran(_, let inner, _), .stepRan(_, let inner, _):
        feedback = after(inner, from: feedback)
      default:
        if let said = LessonFeedback(event) { feedback = said }
      }
    }
    return feedback
  }
}
