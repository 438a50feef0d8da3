/// A `predict` block: the student commits to a prediction, the run happens, and the
/// prediction is graded against what the run did.
public struct Prediction: Sendable, Hashable {
  /// What is predicted, and how it is graded.
  public enum Outcome: Sendable, Hashable {
    /// One of `choices`; after the run, the first choice whose condition holds is what
    /// happened.
    case choice(choices: [Choice], conditions: [String: String])
    /// A number; after the run, `measure` is evaluated and the prediction must be within
    /// `tolerance` of it.
    case number(measure: String, tolerance: Tolerance)
  }

  /// The question.
  public var prompt: String
  /// How it is graded.
  public var outcome: Outcome
  /// The commands run once the student has predicted.
  public var run: [String]

  /// Creates a prediction.
  public init(prompt: String, outcome: Outcome, run: [String]) {
    self.prompt = prompt
    self.outcome = outcome
    self.run = run
  }
}
