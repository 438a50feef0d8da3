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
///
/// `key` is the option's name in the lesson file, which answers, mistakes and outcomes
/// refer to; `label` is what the student sees and types. They differ only when the
/// options are shown in a student's own order and the file names them a, b, c…: the
/// option shown first is then labelled `a` whatever its key.
public struct Choice: Sendable, Hashable {
  /// The option's name in the lesson file (`a`, `oscillate`).
  public var key: String
  /// What the option says.
  public var text: String
  /// What the student sees and types (`a`, `oscillate`).
  public var label: String
  /// Where the option is shown, from 0.
  public var position: Int

  /// Creates a choice labelled by its key, shown at `position`.
  public init(key: String, text: String, position: Int = 0) {
    self.key = key
    self.text = text
    self.label = key
    self.position = position
  }
}

extension [Choice] {
  /// The options in the order the student sees them.
  public var displayed: [Choice] { sorted { $0.position < $1.position } }

  /// The label of the option named `key` in the file (the key itself if none is).
  public func label(ofKey key: String) -> String {
    first { $0.key == key }?.label ?? key
  }

  /// The labels, in the order shown, for messages: `a, b, c`.
  public var labelList: String { displayed.map(\.label).joined(separator: ", ") }
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
