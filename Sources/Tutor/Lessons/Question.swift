import Descent

/// An `ask` block: a question with a right answer.
public struct Question: Sendable, Hashable {
  /// How the answer is checked.
  public enum Answer: Sendable, Hashable {
    /// A number within `tolerance` of `reference`, an expression evaluated in the session
    /// when checked (`-4950`, or `(-2/n) * sum(X * Y)`).
    case number(reference: String, tolerance: Tolerance)
    /// One of `choices` (key and text, in order); `correct` is a key.
    case choice(choices: [Choice], correct: String)
    /// Text equal to one of `accepted` once both are normalized (case, spaces, punctuation).
    case text(accepted: [String])
    /// An expression equivalent to `reference` on several random states.
    case expression(reference: String, states: StateSpace)
  }

  /// The question.
  public var prompt: String
  /// The right answer and how it is checked.
  public var answer: Answer

  /// Creates a question.
  public init(prompt: String, answer: Answer) {
    self.prompt = prompt
    self.answer = answer
  }
}

/// One option of a multiple-choice question or prediction.
public struct Choice: Sendable, Hashable {
  /// What the student types (`a`, `oscillate`).
  public var key: String
  /// What the option says.
  public var text: String

  /// Creates a choice.
  public init(key: String, text: String) {
    self.key = key
    self.text = text
  }
}

/// How close a number must be: an absolute margin or a fraction of the reference.
public enum Tolerance: Sendable, Hashable {
  /// Within ± this much.
  case absolute(Double)
  /// Within this fraction of the reference's size (0.1 is 10%).
  case relative(Double)

  /// Whether `value` is close enough to `reference`.
  public func accepts(_ value: Double, reference: Double) -> Bool {
    guard value.isFinite, reference.isFinite else { return value == reference }
    switch self {
    case .absolute(let margin): return abs(value - reference) <= margin
    case .relative(let fraction): return abs(value - reference) <= fraction * abs(reference)
    }
  }

  /// How the tolerance reads to a student: "within ±0.5", "within 10%".
  public var description: String {
    switch self {
    case .absolute(let margin):
      return margin == 0 ? "exactly" : "within ±\(margin.shortDescription)"
    case .relative(let fraction):
      return "within \((fraction * 100).shortDescription)%"
    }
  }
}
