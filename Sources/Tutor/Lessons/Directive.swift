/// What a fenced block of a lesson holds, named by its info word (```ask).
enum Directive: String, CaseIterable, Sendable {
  /// Commands run when the step opens.
  case run
  /// A question with an answer: a number, a choice, words or an expression.
  case ask
  /// A goal reached by experimenting, with its condition and a solution.
  case task
  /// Code the student writes, checked against a reference on several states.
  case exercise
  /// A guess made before a run, graded by what the run does.
  case predict
  /// The step's hints, one a paragraph.
  case hint
  /// The views the step shows.
  case plot

  /// Whether the block is checked (a YAML mapping with an id), rather than a list.
  var isChecked: Bool {
    switch self {
    case .ask, .task, .exercise, .predict: return true
    case .run, .hint, .plot: return false
    }
  }

  /// The keys a checked block's mapping may have.
  var keys: [String] {
    switch self {
    case .ask:
      return [
        "id", "question", "number", "tolerance", "choices", "answer", "text", "expression",
        "vary", "states", "explain", "mistakes", "uses", "hides", "points", "optional",
      ]
    case .task:
      return [
        "id", "goal", "when", "by", "solution", "explain", "hides", "points", "optional",
      ]
    case .exercise:
      return [
        "id", "prompt", "answer", "program", "compare", "vary", "states", "tolerance",
        "explain", "mistakes", "uses", "hides", "points", "optional",
      ]
    case .predict:
      return [
        "id", "question", "choices", "outcomes", "measure", "tolerance", "run", "explain", "hides",
        "points", "optional",
      ]
    case .run, .hint, .plot: return []
    }
  }
}
