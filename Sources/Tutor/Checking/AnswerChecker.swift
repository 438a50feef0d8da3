import Descent

/// Checks answers to a lesson's questions, exercises, tasks and predictions: the one
/// checker the tutorial, `downhill lint` and `downhill check` share.
///
/// Expressions and exercises are compared with the reference on the session's own state
/// and on `StateSpace.count` random states drawn from `seed`, so a grade reproduces
/// exactly. Everything a student wrote runs in the expression sandbox: its step budget
/// bounds the time any answer can take.
public struct AnswerChecker: Sendable {
  /// The seed of the random states.
  public var seed: UInt64
  /// The sandbox's limits for the student's expressions.
  public var limits: ExpressionLimits
  /// The lesson's programs already run, shared by the copies of this checker.
  let programRuns = ProgramRuns()

  /// The seed used when none is given, so grades reproduce by default.
  public static let defaultSeed: UInt64 = 20_251_127

  /// A checker drawing its states from `seed`.
  public init(seed: UInt64 = AnswerChecker.defaultSeed, limits: ExpressionLimits = .init()) {
    self.seed = seed
    self.limits = limits
  }

  /// Checks `answer` to an `ask` or `exercise` block in the state of `workspace`, with the
  /// definitions of the lesson's earlier exercises in `context`.
  ///
  /// A task is checked with `isMet` and a prediction with `grade`; given here, they say
  /// how they are answered.
  public func check(
    _ block: CheckedBlock, answer: String, in workspace: Workspace,
    context: CheckContext = CheckContext()
  ) -> Verdict {
    switch block.kind {
    case .ask(let question):
      return check(question, of: block, answer: answer, in: workspace, context: context)
    case .exercise(let exercise) where exercise.program != nil:
      return compareProgram(answer: answer, exercise: exercise, of: block, in: workspace)
    case .exercise(let exercise):
      return compare(
        answer: answer, reference: exercise.reference, states: exercise.states,
        tolerance: exercise.tolerance, of: block, in: workspace, context: context)
    case .task(let task):
      switch status(of: task, in: workspace) {
      case .met: return .pass("goal met: \(task.goal)")
      case .notYet: return .fail("not yet: \(task.goal)")
      case .reachedOtherwise(let reason): return .fail(reason)
      }
    case .predict:
      return Verdict(
        passed: false, feedback: ["a prediction is graded by the run that follows it"],
        isUnreadable: true)
    }
  }

  /// Whether the session meets the task's goal now, reached the way the task asks.
  public func isMet(_ task: LessonTask, in workspace: Workspace) -> Bool {
    status(of: task, in: workspace) == .met
  }

  /// Where a task stands: met, not yet, or its condition holds but was reached in a way
  /// the task does not count (with the sentence saying so).
  public func status(of task: LessonTask, in workspace: Workspace) -> TaskStatus {
    guard (try? workspace.holds(task.condition)) ?? false else { return .notYet }
    let run = workspace.run
    switch (task.means, run.provenance) {
    case (.any, _), (.training, .trained), (.solve, .solved):
      return .met
    case (.training, .solved):
      return .reachedOtherwise(
        "the goal holds, but solve jumped there; this task asks you to get there by "
          + "training: reset (or change a setting), then step or play")
    case (.training, .moved):
      let what = run.function == nil ? "set a parameter" : "moved the start"
      return .reachedOtherwise(
        "the goal holds, but you \(what) by hand; this task asks you to get there by "
          + "training: reset (or change a setting), then step or play")
    case (.training, .start):
      return .reachedOtherwise(
        "the goal holds before any training; this task asks you to get there by training")
    case (.solve, _):
      return .reachedOtherwise(
        "the goal holds, but this task asks for the closed form: type solve")
    }
  }

  /// Where a task stands.
  public enum TaskStatus: Sendable, Hashable {
    /// The goal holds, reached the way the task asks.
    case met
    /// The goal does not hold.
    case notYet
    /// The goal holds, but was reached another way: why it does not count.
    case reachedOtherwise(String)
  }

  // MARK: - Questions

  private func check(
    _ question: Question, of block: CheckedBlock, answer: String, in workspace: Workspace,
    context: CheckContext
  ) -> Verdict {
    let mistakes = block.mistakes
    switch question.answer {
    case .number(let reference, let tolerance):
      return checkNumber(
        answer, reference: reference, tolerance: tolerance, of: block, in: workspace,
        context: context)
    case .choice(let choices, let correct):
      guard let key = Self.choiceKey(answer, in: choices) else {
        return Verdict(
          passed: false, feedback: ["answer with one of " + choices.labelList],
          isUnreadable: true)
      }
      let label = choices.label(ofKey: key)
      if key == correct { return .pass("right: \(label)") }
      if let mistake = mistakes.first(where: { Self.fileKey($0.answer, in: choices) == key }) {
        return Verdict(
          passed: false, feedback: ["not \(label): " + mistake.feedback],
          misconception: mistake.name ?? "chose \(key)")
      }
      return .fail("not \(label); think again")
    case .text(let accepted):
      let given = Self.normalized(answer)
      guard !given.isEmpty else {
        return Verdict(passed: false, feedback: ["answer with a few words"], isUnreadable: true)
      }
      if accepted.contains(where: { Self.sameWords($0, given) }) { return .pass("right") }
      if let mistake = mistakes.first(where: { Self.sameWords($0.answer, given) }) {
        return Verdict(
          passed: false, feedback: [mistake.feedback],
          misconception: mistake.name ?? "answered \(mistake.answer)")
      }
      return .fail("not what we were looking for; think again")
    case .expression(let reference, let states):
      return compare(
        answer: answer, reference: [reference], states: states, tolerance: 1e-6,
        of: block, in: workspace, context: context)
    }
  }

  private func checkNumber(
    _ answer: String, reference: String, tolerance: Tolerance, of block: CheckedBlock,
    in workspace: Workspace, context: CheckContext
  ) -> Verdict {
    let mistakes = block.mistakes
    let given: Double
    do {
      let statement = try Statement.parse(answer, limits: limits.forAnswers)
      let expected = (try? Statement.parse(reference)).map { [$0] } ?? []
      let allowed = Allowlist(block, reference: expected, context: context, in: workspace)
      if let refusal = allowed.refusal(of: [statement], workspace: workspace) {
        return refusal
      }
      let value = try workspace.value(of: answer)
      guard case .number(let number) = value else {
        return Verdict(
          passed: false, feedback: ["answer with a number; this is \(value.shapeDescription)"],
          isUnreadable: true)
      }
      given = number
    } catch {
      return .unreadable(error, in: answer)
    }
    guard case .number(let expected)? = try? workspace.value(of: reference) else {
      return Verdict(
        passed: false, feedback: ["this question's own answer cannot be computed here"],
        isUnreadable: true)
    }
    if tolerance.accepts(given, reference: expected) {
      return .pass("right: \(Value.number(expected).formatted)")
    }
    for mistake in mistakes {
      if case .number(let wrong)? = try? workspace.value(of: mistake.answer),
        tolerance.accepts(given, reference: wrong)
      {
        let factor = expected != 0 ? given / expected : .nan
        let known = Misconception.named(
          factor: factor, rows: Self.rows(in: workspace), target: .value)
        return Verdict(
          passed: false, feedback: [mistake.feedback],
          misconception: mistake.name ?? known?.name ?? "answered \(mistake.answer)")
      }
    }
    return .fail(
      "not \(Value.number(given).formatted); answers are accepted \(tolerance.description)")
  }

  // MARK: - Predictions

  /// Whether `answer` is a prediction this block can grade; nil when it is, else why not.
  public func problem(with answer: String, for prediction: Prediction) -> String? {
    switch prediction.outcome {
    case .choice(let choices, _):
      return Self.choiceKey(answer, in: choices) == nil
        ? "predict one of " + choices.labelList : nil
    case .number:
      guard let number = Double(answer.trimmingSpaces), number.isFinite else {
        return "predict a number, such as 120"
      }
      return nil
    }
  }

  /// What a prediction's run did: the choice whose outcome holds (nil if none does), or
  /// the measured number.
  public func outcome(of prediction: Prediction, after workspace: Workspace) -> (
    choice: Choice?, measured: Double?
  ) {
    switch prediction.outcome {
    case .choice(let choices, let conditions):
      let happened = choices.first { choice in
        guard let condition = conditions[choice.key] else { return false }
        return condition == "otherwise" || ((try? workspace.holds(condition)) ?? false)
      }
      return (happened, nil)
    case .number(let measure, _):
      guard case .number(let actual)? = try? workspace.value(of: measure) else { return (nil, nil) }
      return (nil, actual)
    }
  }

  /// Grades a prediction against the session after its run.
  public func grade(_ prediction: Prediction, predicted answer: String, after workspace: Workspace)
    -> Verdict
  {
    let (happened, measured) = outcome(of: prediction, after: workspace)
    switch prediction.outcome {
    case .choice(let choices, _):
      let key = Self.choiceKey(answer, in: choices) ?? answer
      let label = choices.label(ofKey: key)
      guard let happened else {
        return .fail("you predicted \(label); none of the outcomes described what happened")
      }
      let what = happened.text.isEmpty ? happened.label : happened.text
      return happened.key == key
        ? .pass("you predicted \(label), and so it went: \(what)")
        : .fail("you predicted \(label); what happened: \(what)")
    case .number(_, let tolerance):
      let given = Double(answer.trimmingSpaces) ?? .nan
      guard let actual = measured else { return .fail("the run's result cannot be measured") }
      let shown = Value.number(actual).formatted
      return tolerance.accepts(given, reference: actual)
        ? .pass("you predicted \(answer.trimmingSpaces); it came out at \(shown)")
        : .fail(
          "you predicted \(answer.trimmingSpaces); it came out at \(shown) (a hit needed "
            + "\(tolerance.description))")
    }
  }

  // MARK: - Reading answers

  /// The key of the choice a student's answer names: by the label shown (`b`, `B`, `b)`)
  /// or by its whole text.
  static func choiceKey(_ answer: String, in choices: [Choice]) -> String? {
    let given = normalized(answer)
    if let choice = choices.first(where: { normalized($0.label) == given }) { return choice.key }
    return choices.first { normalized($0.text) == given }?.key
  }

  /// The key of the choice a lesson's own text names (a mistake's answer): by its key in
  /// the file, whatever order the student saw, or by its whole text.
  static func fileKey(_ answer: String, in choices: [Choice]) -> String? {
    let given = normalized(answer)
    if let choice = choices.first(where: { normalized($0.key) == given }) { return choice.key }
    return choices.first { normalized($0.text) == given }?.key
  }

  /// Whether two phrases are the same words once normalized, a trailing plural `s`
  /// aside: "Cost functions" answers "cost function".
  static func sameWords(_ accepted: String, _ given: String) -> Bool {
    let want = normalized(accepted)
    let got = normalized(given)
    return want == got || singular(want) == singular(got)
  }

  /// The phrase with a plural `s` (or `es` after s, x, ch, sh) dropped from its last word.
  static func singular(_ phrase: String) -> String {
    guard phrase.count > 3, phrase.hasSuffix("s"), !phrase.hasSuffix("ss") else { return phrase }
    for ending in ["sses", "xes", "ches", "shes"] where phrase.hasSuffix(ending) {
      return String(phrase.dropLast(2))
    }
    return String(phrase.dropLast())
  }

  /// Lowercase words without punctuation, extra spaces or a leading article: `The
  /// Learning-rate.` and `learning rate` read the same.
  static func normalized(_ text: String) -> String {
    var words: [String] = []
    var word = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber || character == "." && word.last?.isNumber == true
      {
        word.append(character)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    words = words.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    if let first = words.first, ["a", "an", "the"].contains(first), words.count > 1 {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }
}
