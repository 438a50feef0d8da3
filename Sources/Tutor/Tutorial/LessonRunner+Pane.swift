import Descent

extension Session {
  /// What the lesson pane shows now: the step's prose with live values filled in, the open
  /// question or goal, the last feedback and the step's views; nil without a lesson.
  public var lessonPane: LessonPane? {
    lesson?.pane(in: workspace)
  }

  /// `text` with each `{{expression}}` replaced by its value now and each `{{answer ID}}`
  /// by the student's answer to block ID.
  public func filledIn(_ text: String) -> String {
    guard let lesson else { return LessonRunner.filledIn(text, answers: [:], in: workspace) }
    return lesson.filledIn(text, in: workspace)
  }
}

extension LessonRunner {
  /// What the lesson pane shows with `workspace` as it is now.
  func pane(in workspace: Workspace) -> LessonPane {
    let state = self
    let filledIn = { (text: String) in self.filledIn(text, in: workspace) }
    let step = state.step
    var goal: String?
    var question: [String] = []
    if let block = state.openBlock {
      switch block.kind {
      case .task(let task): goal = task.goal
      default: question = questionLines(block, in: workspace)
      }
    }
    return LessonPane(
      lessonTitle: state.lesson.title, stepIndex: state.stepIndex,
      stepCount: state.lesson.steps.count, stepTitle: step.title,
      paragraphs: step.paragraphs.map(filledIn), goal: goal, question: question,
      feedback: state.feedback, views: step.views ?? state.lesson.setup.views)
  }

  /// The open block's prompt, its choices, and how to answer.
  func questionLines(_ block: CheckedBlock, in workspace: Workspace) -> [String] {
    var lines = [filledIn(block.prompt, in: workspace)]
    switch block.kind {
    case .ask(let question):
      switch question.answer {
      case .number(_, let tolerance):
        lines.append("(a number, accepted \(tolerance.description); answer …)")
      case .choice(let choices, _):
        lines += choices.map { "  \($0.key)) \($0.text)" }
        lines.append("(answer with a letter)")
      case .text: lines.append("(a few words; answer …)")
      case .expression: lines.append("(an expression; answer …)")
      }
    case .exercise:
      lines.append("(\(Self.answerExample(block)))")
    case .predict(let prediction):
      if case .choice(let choices, _) = prediction.outcome {
        lines += choices.map { "  \($0.key)) \($0.text)" }
      }
      lines.append("(predict first: \(Self.answerExample(block)))")
    case .task:
      break
    }
    return lines
  }

  /// `text` with each `{{expression}}` replaced by its value in `workspace` and each
  /// `{{answer ID}}` by the student's answer to block ID.
  func filledIn(_ text: String, in workspace: Workspace) -> String {
    Self.filledIn(text, answers: progress.answers, in: workspace)
  }

  static func filledIn(
    _ text: String, answers: [String: AnswerRecord], in workspace: Workspace
  ) -> String {
    guard text.contains("{{") else { return text }
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{{") {
      result += rest[..<open.lowerBound]
      let afterOpen = rest[open.upperBound...]
      guard let close = afterOpen.firstRange(of: "}}") else {
        result += rest[open.lowerBound...]
        return result
      }
      result += placeholder(
        String(afterOpen[..<close.lowerBound]).trimmingSpaces, answers: answers, in: workspace)
      rest = afterOpen[close.upperBound...]
    }
    return result + rest
  }

  /// The text of one placeholder.
  private static func placeholder(
    _ inner: String, answers: [String: AnswerRecord], in workspace: Workspace
  ) -> String {
    if inner.hasPrefix("answer ") {
      let id = String(inner.dropFirst("answer ".count)).trimmingSpaces
      guard let record = answers[id] else { return "(not answered yet)" }
      switch record.verdict {
      case .revealed: return "(revealed)"
      case .skipped: return "(skipped)"
      default: return record.answer.isEmpty ? "(done)" : record.answer
      }
    }
    guard let value = try? workspace.value(of: inner) else { return "?" }
    if case .number(let x) = value { return x.formatted(significantDigits: 6) }
    return value.formatted
  }
}

extension LessonRunner {
  /// The answer to show for `reveal`.
  static func revealed(_ block: CheckedBlock) -> [String] {
    switch block.kind {
    case .ask(let question):
      switch question.answer {
      case .number(let reference, _): return [reference]
      case .choice(let choices, let correct):
        let text = choices.first { $0.key == correct }?.text ?? ""
        return ["\(correct): \(text)"]
      case .text(let accepted): return [accepted.first ?? ""]
      case .expression(let reference, _): return [reference]
      }
    case .exercise(let exercise): return exercise.reference
    case .task(let task):
      return task.solution.isEmpty ? [task.condition] : [task.solution.joined(separator: "; ")]
    case .predict: return []
    }
  }

  /// How an answer to `block` is typed, for messages.
  static func answerExample(_ block: CheckedBlock) -> String {
    switch block.kind {
    case .ask(let question):
      switch question.answer {
      case .number: return "answer followed by a number"
      case .choice(let choices, _): return "answer \(choices.first?.key ?? "a")"
      case .text: return "answer followed by a few words"
      case .expression: return "answer followed by an expression"
      }
    case .exercise(let exercise):
      let names = exercise.reference.compactMap { try? Statement.parse($0).assignedName }
      if names.isEmpty { return "answer followed by an expression" }
      return "answer " + names.map { "\($0) = …" }.joined(separator: "; ")
    case .predict(let prediction):
      if case .choice(let choices, _) = prediction.outcome {
        return "answer \(choices.first?.key ?? "a")"
      }
      return "answer followed by a number"
    case .task: return "check"
    }
  }
}
