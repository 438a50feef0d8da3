import Descent

extension Session {
  /// What the lesson pane shows now: the step's prose with live values filled in, the open
  /// question or goal, the last feedback and the step's views; nil without a lesson.
  public var lessonPane: LessonPane? {
    lesson?.pane(in: workspace, feedback: lessonFeedback)
  }

  /// `text` with each `{{expression}}` replaced by its value now and each `{{answer ID}}`
  /// by the student's answer to block ID.
  public func filledIn(_ text: String) -> String {
    guard let lesson else {
      return Placeholders.filled(text, answers: [:], demonstration: nil, live: workspace)
    }
    return lesson.filledIn(text, in: workspace)
  }
}

extension LessonRunner {
  /// What the lesson pane shows with `workspace` as it is now and `feedback` the last said.
  ///
  /// Feedback about the open question, or a hint, goes under the question. Feedback about
  /// a block of the step already finished goes with that block's prompt, above the open
  /// question; feedback about a block not in the step is not shown.
  func pane(in workspace: Workspace, feedback: LessonFeedback?) -> LessonPane {
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
    var openFeedback: [String] = []
    var finished: LessonPane.FinishedBlock?
    if let feedback {
      if feedback.block == nil || feedback.block == state.openBlock?.id {
        openFeedback = feedback.lines
      } else if let block = step.checks.first(where: { $0.id == feedback.block }) {
        finished = LessonPane.FinishedBlock(
          id: block.id, prompt: filledIn(block.prompt), feedback: feedback.lines)
      }
    }
    return LessonPane(
      lessonTitle: state.lesson.title, stepIndex: state.stepIndex,
      stepCount: state.lesson.steps.count, stepTitle: step.title,
      paragraphs: step.paragraphs.map(filledIn), goal: goal, question: question,
      feedback: openFeedback, finished: finished, views: step.views ?? state.lesson.setup.views)
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
      lines.append("(\(block.answerExample))")
    case .predict(let prediction):
      if case .choice(let choices, _) = prediction.outcome {
        lines += choices.map { "  \($0.key)) \($0.text)" }
      }
      lines.append("(predict first: \(block.answerExample))")
    case .task:
      break
    }
    return lines
  }

  /// `text` with each `{{expression}}` replaced by its value in `workspace` and each
  /// `{{answer ID}}` by the student's answer to block ID.
  func filledIn(_ text: String, in workspace: Workspace) -> String {
    Placeholders.filled(
      text, answers: progress.answers, demonstration: demonstration, live: workspace)
  }
}
