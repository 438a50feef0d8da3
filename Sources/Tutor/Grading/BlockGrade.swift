/// The grade of one checked block in a submission.
public struct BlockGrade: Sendable, Hashable {
  /// How the block came out.
  public enum Status: String, Sendable, Hashable, CaseIterable {
    /// Right.
    case passed
    /// Wrong (or an answer that cannot be read: see `isUnreadable`).
    case failed
    /// No answer given.
    case notAttempted = "not attempted"
  }

  /// The block's id.
  public var id: String
  /// `ask`, `task`, `exercise` or `predict`.
  public var directive: String
  /// How it came out.
  public var status: Status
  /// What the checker said (empty when not attempted).
  public var feedback: [String]
  /// The student's answer, when given.
  public var answer: String?
  /// The component that is wrong and the state it is wrong on, for a failed exercise.
  public var counterexample: Counterexample?
  /// The known mistake the answer matches, if any.
  public var misconception: String?
  /// Whether the answer failed because it could not be read (a parse error and its caret).
  public var isUnreadable: Bool
  /// The answers the student gave in the tutorial, when the submission was exported.
  public var attempts: Int? = nil
  /// What the block is worth (the lesson's `points:`, default 1).
  public var points: Double = 1
  /// Whether the block is optional: its points count when earned, never in the maximum.
  public var isOptional = false

  /// The points earned: all of them when passed, none otherwise.
  public var score: Double { status == .passed ? points : 0 }
  /// What the block adds to the maximum: its points, or none when optional.
  public var maxScore: Double { isOptional ? 0 : points }
  /// Whether the block was not graded because the submission ran past its time limit.
  public var timedOut = false
}
