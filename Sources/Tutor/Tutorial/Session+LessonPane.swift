import Descent

extension Session {
  /// What the lesson pane shows now: the step's prose with live values filled in, the open
  /// question or goal, the last feedback and the step's views; nil without a lesson.
  public var lessonPane: LessonPane? {
    guard let state = lesson else { return nil }
    let step = state.step
    var goal: String?
    var question: [String] = []
    if let block = state.openBlock {
      switch block.kind {
      case .task(let task): goal = task.goal
      default: question = questionLines(block)
      }
    }
    return LessonPane(
      lessonTitle: state.lesson.title, stepIndex: state.stepIndex,
      stepCount: state.lesson.steps.count, stepTitle: step.title,
      paragraphs: step.paragraphs.map(filledIn), goal: goal, question: question,
      feedback: state.feedback, views: step.views ?? state.lesson.setup.views)
  }

  /// The open block's prompt, its choices, and how to answer.
  func questionLines(_ block: CheckedBlock) -> [String] {
    var lines = [filledIn(block.prompt)]
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

  /// `text` with each `{{expression}}` replaced by its value now and each `{{answer ID}}`
  /// by the student's answer to block ID.
  public func filledIn(_ text: String) -> String {
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
      result += placeholder(String(afterOpen[..<close.lowerBound]).trimmingSpaces)
      rest = afterOpen[close.upperBound...]
    }
    return result + rest
  }

  /// The text of one placeholder.
  private func placeholder(_ inner: String) -> String {
    if inner.hasPrefix("answer ") {
      let id = String(inner.dropFirst("answer ".count)).trimmingSpaces
      guard let record = lesson?.progress.answers[id] else { return "(not answered yet)" }
      switch record.verdict {
      case .revealed: return "(revealed)"
      case .skipped: return "(skipped)"
      default: return record.answer.isEmpty ? "(done)" : record.answer
      }
    }
    guard let value = try? value(of: inner) else { return "?" }
    if case .number(let x) = value { return x.formatted(significantDigits: 6) }
    return value.formatted
  }
}
