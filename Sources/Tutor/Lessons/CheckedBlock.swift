/// A block whose answer is checked: a question, a task, an exercise or a prediction.
public struct CheckedBlock: Sendable, Hashable {
  /// What is checked, and how.
  public enum Kind: Sendable, Hashable {
    /// `ask`: a question with one right answer.
    case ask(Question)
    /// `task`: a condition on the session the student reaches by experimenting.
    case task(LessonTask)
    /// `exercise`: expressions or assignments checked on several random states.
    case exercise(Exercise)
    /// `predict`: a prediction made before a run, graded by what the run does.
    case predict(Prediction)
  }

  /// The id, unique in its lesson.
  public var id: String
  /// What is checked.
  public var kind: Kind
  /// Shown once the block is answered, revealed or skipped.
  public var explanation: String?
  /// Wrong answers the lesson recognises, with what to tell the student.
  public var mistakes: [KnownMistake]
  /// The names and functions an answer may use (`uses:`); nil when the lesson leaves it to
  /// the default the checker derives from the reference.
  public var uses: [String]?
  /// What the status line and the views keep back while the block is open (`hides:`), so
  /// that the screen does not show its answer.
  public var hides: Set<ScreenValue>
  /// Where the block starts in the file (the fence's line).
  public var line: Int
  /// What the block is worth in a grade (`points:`, default 1).
  public var points: Double = 1
  /// Whether the block is extra (`optional: true`): graded and reported, its points earned
  /// when right, but left out of the maximum, so missing it costs nothing.
  public var isOptional = false

  /// Creates a block.
  public init(
    id: String, kind: Kind, explanation: String? = nil, mistakes: [KnownMistake] = [],
    uses: [String]? = nil, hides: Set<ScreenValue> = [], line: Int = 1
  ) {
    self.id = id
    self.kind = kind
    self.explanation = explanation
    self.mistakes = mistakes
    self.uses = uses
    self.hides = hides
    self.line = line
  }

  /// `ask`, `task`, `exercise` or `predict`.
  public var directive: String {
    switch kind {
    case .ask: return "ask"
    case .task: return "task"
    case .exercise: return "exercise"
    case .predict: return "predict"
    }
  }

  /// The question, goal or instruction the student reads.
  public var prompt: String {
    switch kind {
    case .ask(let question): return question.prompt
    case .task(let task): return task.goal
    case .exercise(let exercise): return exercise.prompt
    case .predict(let prediction): return prediction.prompt
    }
  }
}

/// A wrong answer a lesson expects some students to give, and the feedback for it.
public struct KnownMistake: Sendable, Hashable {
  /// The mistaken answer, written as the student would (a number, a choice, text, an
  /// expression or assignments).
  public var answer: String
  /// What to tell a student who gives it.
  public var feedback: String
  /// A short name for class summaries (`sign flip`), when the lesson gives one.
  public var name: String?

  /// Creates a known mistake.
  public init(answer: String, feedback: String, name: String? = nil) {
    self.answer = answer
    self.feedback = feedback
    self.name = name
  }
}
