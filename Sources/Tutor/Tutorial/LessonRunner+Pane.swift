import Descent

extension Session {
  /// What the lesson pane shows now: the step's prose with live values filled in, the open
  /// question or goal, the last feedback and the step's views; nil without a lesson.
  public var lessonPane: LessonPane? {
    lesson?.pane(in: workspace, feedback: lessonFeedback)
  }

  /// The lesson pane as a presentation shows it: no instruction meant for a prompt (the
  /// presenter's keys instead), and with `holdingQuestion` the open question kept back
  /// while the answer just revealed shows alone.
  public func presentedPane(holdingQuestion: Bool = false) -> LessonPane? {
    lesson?.pane(
      in: workspace, feedback: lessonFeedback, presenting: true, holdingQuestion: holdingQuestion)
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
  ///
  /// `presenting` words it for a presentation (see `PresenterWording`); `holdingQuestion`
  /// leaves out the open question and goal.
  func pane(
    in workspace: Workspace, feedback: LessonFeedback?, presenting: Bool = false,
    holdingQuestion: Bool = false
  ) -> LessonPane {
    let state = self
    let worded = { (text: String) in presenting ? PresenterWording.rewritten(text) : text }
    let wordedLines = { (lines: [String]) in
      presenting ? PresenterWording.rewritten(lines: lines) : lines
    }
    let filledIn = { (text: String) in worded(self.filledIn(text, in: workspace)) }
    let step = state.step
    var goal: String?
    var question: [String] = []
    if let block = state.openBlock, !holdingQuestion {
      switch block.kind {
      case .task(let task): goal = worded(task.goal)
      default: question = questionLines(block, in: workspace, presenting: presenting)
      }
    }
    var openFeedback: [String] = []
    var finished: LessonPane.FinishedBlock?
    if let feedback {
      if feedback.block == nil || feedback.block == state.openBlock?.id {
        openFeedback = wordedLines(feedback.lines)
      } else if let block = step.checks.first(where: { $0.id == feedback.block }) {
        finished = LessonPane.FinishedBlock(
          id: block.id, prompt: filledIn(block.prompt), feedback: wordedLines(feedback.lines))
      }
    }
    return LessonPane(
      lessonTitle: state.lesson.title, stepIndex: state.stepIndex,
      stepCount: state.lesson.steps.count, stepTitle: step.title,
      paragraphs: step.paragraphs.map(filledIn), goal: goal, question: question,
      feedback: openFeedback, finished: finished, views: step.views ?? state.lesson.setup.views)
  }

  /// The open block's prompt, its choices, and how to answer: at the prompt, or with
  /// `presenting`, by the presenter's key that reveals it.
  func questionLines(
    _ block: CheckedBlock, in workspace: Workspace, presenting: Bool = false
  ) -> [String] {
    let prompt = filledIn(block.prompt, in: workspace)
    var lines = [presenting ? PresenterWording.rewritten(prompt) : prompt]
    let reveal = "Enter shows the answer"
    switch block.kind {
    case .ask(let question):
      switch question.answer {
      case .number(_, let tolerance):
        lines.append(
          "(a number, accepted \(tolerance.description); \(presenting ? reveal : "answer …"))")
      case .choice(let choices, _):
        lines += choices.displayed.map { "  \($0.label)) \($0.text)" }
        lines.append(presenting ? "(one letter; \(reveal))" : "(answer with a letter)")
      case .text: lines.append("(a few words; \(presenting ? reveal : "answer …"))")
      case .expression: lines.append("(an expression; \(presenting ? reveal : "answer …"))")
      }
    case .exercise:
      lines.append(presenting ? "(\(reveal))" : "(\(block.answerExample))")
    case .predict(let prediction):
      var choices: [Choice] = []
      if case .choice(let listed, _) = prediction.outcome { choices = listed }
      lines += choices.displayed.map { "  \($0.label)) \($0.text)" }
      // Never "answer a": it would read as the answer.
      if presenting {
        lines.append("(predict, then Enter runs it and shows what happens)")
      } else {
        lines.append(
          choices.isEmpty
            ? "(predict first: answer followed by a number)"
            : "(predict first: answer followed by a letter)")
      }
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
