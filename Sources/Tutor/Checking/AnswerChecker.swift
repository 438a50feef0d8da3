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

  /// The seed used when none is given, so grades reproduce by default.
  public static let defaultSeed: UInt64 = 20_251_127

  /// A checker drawing its states from `seed`.
  public init(seed: UInt64 = AnswerChecker.defaultSeed, limits: ExpressionLimits = .init()) {
    self.seed = seed
    self.limits = limits
  }

  /// Checks `answer` to an `ask` or `exercise` block in the state of `workspace`.
  ///
  /// A task is checked with `isMet` and a prediction with `grade`; given here, they say
  /// how they are answered.
  public func check(_ block: CheckedBlock, answer: String, in workspace: Workspace) -> Verdict {
    switch block.kind {
    case .ask(let question):
      return check(question, mistakes: block.mistakes, answer: answer, in: workspace)
    case .exercise(let exercise):
      return compare(
        answer: answer, reference: exercise.reference, states: exercise.states,
        tolerance: exercise.tolerance, mistakes: block.mistakes, in: workspace)
    case .task(let task):
      return isMet(task, in: workspace)
        ? .pass("goal met: \(task.goal)") : .fail("not yet: \(task.goal)")
    case .predict:
      return Verdict(
        passed: false, feedback: ["a prediction is graded by the run that follows it"],
        isUnreadable: true)
    }
  }

  /// Whether the session meets the task's condition now.
  public func isMet(_ task: LessonTask, in workspace: Workspace) -> Bool {
    (try? workspace.holds(task.condition)) ?? false
  }

  // MARK: - Questions

  private func check(
    _ question: Question, mistakes: [KnownMistake], answer: String, in workspace: Workspace
  ) -> Verdict {
    switch question.answer {
    case .number(let reference, let tolerance):
      return checkNumber(
        answer, reference: reference, tolerance: tolerance, mistakes: mistakes, in: workspace)
    case .choice(let choices, let correct):
      guard let key = Self.choiceKey(answer, in: choices) else {
        return Verdict(
          passed: false,
          feedback: ["answer with one of " + choices.map(\.key).joined(separator: ", ")],
          isUnreadable: true)
      }
      if key == correct { return .pass("right: \(key)") }
      if let mistake = mistakes.first(where: { Self.choiceKey($0.answer, in: choices) == key }) {
        return Verdict(
          passed: false, feedback: ["not \(key): " + mistake.feedback],
          misconception: mistake.name ?? "chose \(key)")
      }
      return .fail("not \(key); think again")
    case .text(let accepted):
      let given = Self.normalized(answer)
      guard !given.isEmpty else {
        return Verdict(passed: false, feedback: ["answer with a few words"], isUnreadable: true)
      }
      if accepted.contains(where: { Self.normalized($0) == given }) { return .pass("right") }
      if let mistake = mistakes.first(where: { Self.normalized($0.answer) == given }) {
        return Verdict(
          passed: false, feedback: [mistake.feedback],
          misconception: mistake.name ?? "answered \(mistake.answer)")
      }
      return .fail("not what we were looking for; think again")
    case .expression(let reference, let states):
      return compare(
        answer: answer, reference: [reference], states: states, tolerance: 1e-6,
        mistakes: mistakes, in: workspace)
    }
  }

  private func checkNumber(
    _ answer: String, reference: String, tolerance: Tolerance, mistakes: [KnownMistake],
    in workspace: Workspace
  ) -> Verdict {
    let given: Double
    do {
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
        let known = Misconception.named(factor: factor, rows: Self.rows(in: workspace))
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
        ? "predict one of " + choices.map(\.key).joined(separator: ", ") : nil
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
      guard let happened else {
        return .fail("you predicted \(key); none of the outcomes described what happened")
      }
      let what = happened.text.isEmpty ? happened.key : happened.text
      return happened.key == key
        ? .pass("you predicted \(key), and so it went: \(what)")
        : .fail("you predicted \(key); what happened: \(what)")
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

  /// The choice an answer names: its key (`b`, `B`, `b)`) or its whole text.
  static func choiceKey(_ answer: String, in choices: [Choice]) -> String? {
    let given = normalized(answer)
    if let choice = choices.first(where: { normalized($0.key) == given }) { return choice.key }
    return choices.first { normalized($0.text) == given }?.key
  }

  /// Lowercase words without punctuation or a leading article: `The Learning-rate.` and
  /// `learning rate` read the same.
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
