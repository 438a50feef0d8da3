/// What one command did: the events, why it did nothing (if it failed), and what the front
/// end must carry out for it.
public struct Response: Sendable, Hashable {
  /// What happened, in order.
  public var events: [SessionEvent]
  /// Why the command did nothing, or nil when it worked.
  public var failure: CommandFailure?
  /// What the session cannot do itself, being pure state: saving progress.
  public var effects: [SessionEffect]

  /// A response of `events`, `failure` and `effects`.
  public init(
    _ events: [SessionEvent] = [], failure: CommandFailure? = nil,
    effects: [SessionEffect] = []
  ) {
    self.events = events
    self.failure = failure
    self.effects = effects
  }

  /// The response as printed: each event's lines, then the failure.
  public var lines: [String] {
    var lines = SessionEvent.lines(events)
    if let failure { lines.append(failure.rendered) }
    return lines
  }

  /// The lesson progress to save, if the command changed it.
  public var progressToSave: LessonProgress? {
    for effect in effects.reversed() {
      if case .saveProgress(let progress) = effect { return progress }
    }
    return nil
  }

  /// Adds `other`'s events and effects after these; its failure wins when it has one.
  mutating func append(_ other: Response) {
    events += other.events
    failure = other.failure ?? failure
    effects += other.effects
  }
}

/// Something a session asks its front end to do: the session itself does no I/O.
public enum SessionEffect: Sendable, Hashable {
  /// Save the lesson's progress (before telling the student it is recorded).
  case saveProgress(LessonProgress)
}
