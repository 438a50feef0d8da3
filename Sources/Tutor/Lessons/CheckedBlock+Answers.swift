import Descent

extension CheckedBlock {
  /// An answer the lesson's file writes (a known mistake's `answer:`) as the student
  /// would type it: a choice's key becomes the label the student sees.
  func typed(_ fileAnswer: String) -> String {
    guard case .ask(let question) = kind, case .choice(let choices, _) = question.answer,
      let key = AnswerChecker.fileKey(fileAnswer, in: choices)
    else { return fileAnswer }
    return choices.label(ofKey: key)
  }

  /// Whether the block is an exercise answered with a program (`program:`).
  public var isProgram: Bool {
    if case .exercise(let exercise) = kind { return exercise.program != nil }
    return false
  }

  /// The answer to show for `reveal`.
  var revealedAnswer: [String] {
    switch kind {
    case .ask(let question):
      switch question.answer {
      case .number(let reference, _): return [reference]
      case .choice(let choices, let correct):
        let text = choices.first { $0.key == correct }?.text ?? ""
        return ["\(choices.label(ofKey: correct)): \(text)"]
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
  var answerExample: String {
    switch kind {
    case .ask(let question):
      switch question.answer {
      case .number: return "answer followed by a number"
      case .choice(let choices, _): return "answer \(choices.displayed.first?.label ?? "a")"
      case .text: return "answer followed by a few words"
      case .expression: return "answer followed by an expression"
      }
    case .exercise(let exercise) where exercise.program != nil:
      return "answer: on a line of its own, your code under it, then a blank line"
    case .exercise(let exercise):
      let names = exercise.reference.compactMap { try? Statement.parse($0).assignedName }
      if names.isEmpty { return "answer followed by an expression" }
      return "answer " + names.map { "\($0) = …" }.joined(separator: "; ")
    case .predict(let prediction):
      if case .choice(let choices, _) = prediction.outcome {
        return "answer \(choices.displayed.first?.label ?? "a")"
      }
      return "answer followed by a number"
    case .task: return "check"
    }
  }
}
