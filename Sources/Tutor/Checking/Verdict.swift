/// What a check concluded about one answer, and what to tell the student.
public struct Verdict: Sendable, Hashable {
  /// Whether the answer is right.
  public var passed: Bool
  /// The feedback, one sentence a line: what was right or wrong, and why.
  public var feedback: [String]
  /// A known mistake the answer matches: the lesson's own feedback, or one of
  /// `Misconception`'s names ("sign flip").
  public var misconception: String?
  /// Where a wrong answer differs from the reference, when it could be evaluated.
  public var counterexample: Counterexample?
  /// Whether the answer could not be read at all (a parse error).
  public var isUnreadable: Bool
  /// The feedback as sentences alone, for one-line reports (`lint`): an answer that does
  /// not parse is shown in `feedback` with a caret under the problem, here by its sentence.
  public var sentences: [String]

  /// Creates a verdict.
  public init(
    passed: Bool, feedback: [String], misconception: String? = nil,
    counterexample: Counterexample? = nil, isUnreadable: Bool = false
  ) {
    self.passed = passed
    self.feedback = feedback
    self.misconception = misconception
    self.counterexample = counterexample
    self.isUnreadable = isUnreadable
    sentences = feedback
  }

  /// An answer that does not parse: `text` with a caret under the problem.
  static func unreadable(_ error: ExpressionError, in text: String) -> Verdict {
    var verdict = Verdict(passed: false, feedback: [error.rendered(line: text)], isUnreadable: true)
    verdict.sentences = [error.message]
    return verdict
  }

  /// A right answer.
  static func pass(_ feedback: String...) -> Verdict {
    Verdict(passed: true, feedback: feedback)
  }

  /// A wrong answer.
  static func fail(_ feedback: String...) -> Verdict {
    Verdict(passed: false, feedback: feedback)
  }
}

/// A state of the session on which a wrong answer gives the wrong value.
public struct Counterexample: Sendable, Hashable {
  /// The varied variables and their values in this state (`m = 0.3`, `c = 1.2`).
  public var state: [String]
  /// The wrong value's name, down to the component (`D_m`, `dW1[2][0]`).
  public var name: String
  /// What the answer gives.
  public var got: String
  /// What the reference gives.
  public var expected: String

  /// Where the state is, in words: "at m = 0.3, c = 1.2", "with random W1, b1".
  public var place: String

  /// "at m = 0.3, c = 1.2 your D_m is 12.4; expected -3.7", or for a network "with
  /// random W1, b1, W2, b2 your dW1[2][0] is 0.1; expected 0.3".
  public var sentence: String {
    (place.isEmpty ? "" : place + " ") + "your \(name) is \(got); expected \(expected)"
  }
}
