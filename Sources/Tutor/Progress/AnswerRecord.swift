/// One checked block's record: the student's last answer to an `ask`, `task`, `exercise` or
/// `predict` block (for a task, the commands that met it), and how it was judged.
///
/// A lesson keeps one record a block, by the block's id, so that a student who comes back
/// sees what they answered and which blocks are still open.
public struct AnswerRecord: Sendable, Hashable {
  /// How a block was settled.
  public enum Verdict: String, Sendable, Hashable, CaseIterable {
    /// The last answer was right (or the task's condition was reached).
    case passed
    /// The last answer was wrong; the student may try again.
    case failed
    /// The student asked to see the answer.
    case revealed
    /// The student moved on without answering.
    case skipped
  }

  /// The student's last answer as typed; for a met task, the commands since its step
  /// opened that met it, one a line; empty when none was given.
  public var answer: String
  /// How the block stands after the last answer.
  public var verdict: Verdict
  /// How many answers the student has given to this block so far.
  public var attempts: Int
  /// When the record last changed, in seconds since 1970; the later record wins a merge.
  public var updated: Double
  /// Values the lesson's `{{met ID …}}` placeholders show, captured when the block was
  /// finished: each expression with its value as shown (`"lr": "0.05"`).
  public var captured: [String: String]

  /// A record of `answer`, judged `verdict`, after `attempts` answers, changed at `updated`.
  public init(
    answer: String, verdict: Verdict, attempts: Int, updated: Double,
    captured: [String: String] = [:]
  ) {
    self.answer = answer
    self.verdict = verdict
    self.attempts = attempts
    self.updated = updated
    self.captured = captured
  }
}
