import Descent

extension Session {
  /// `check`, `answer`, `hint`, `reveal`, `skip`, `next`, `back` and `lessons`.
  mutating func performLessonCommand(_ command: Command) -> [String] {
    guard let state = lesson else {
      if case .lessons = command { return ["no lessons are open here; try downhill play"] }
      return [
        "there is no lesson open; start one with downhill play LESSON or "
          + "downhill repl --lesson FILE"
      ]
    }
    var output: [String]
    switch command {
    case .check: output = checkOpenBlock()
    case .answer(let text): output = answer(text)
    case .hint: output = nextHint()
    case .reveal: output = revealOrSkip(reveal: true)
    case .skip: output = revealOrSkip(reveal: false)
    case .next: output = nextStep()
    case .back:
      guard state.stepIndex > 0 else { return ["this is the first step"] }
      openStep(state.stepIndex - 1)
      output = ["back to step \(state.stepIndex) of \(state.lesson.steps.count)"]
    case .lessons: output = listLessons()
    default: output = []
    }
    return output + takeSaveProblem()
  }

  // MARK: - Answers

  private mutating func answer(_ text: String) -> [String] {
    guard let state = lesson, let block = state.openBlock else {
      return ["nothing to answer in this step; type next to continue"]
    }
    let checker = state.options.checker
    if case .task(let task) = block.kind {
      return [
        "this is a task: reach the goal by experimenting (\(task.goal)); check says where "
          + "you stand"
      ]
    }
    if case .predict(let prediction) = block.kind {
      if let problem = checker.problem(with: text, for: prediction) { return [problem] }
      record(block, answer: text, verdict: .failed)
      var output = ["you predict \(text); running it:"]
      for command in prediction.run { output += apply(line: command).map { "  " + $0 } }
      let verdict = checker.grade(prediction, predicted: text, after: self)
      record(block, answer: text, verdict: verdict.passed ? .passed : .failed, counting: false)
      output += close(block, with: verdict)
      return output
    }
    let verdict = checker.check(block, answer: text, in: self)
    if verdict.isUnreadable {
      lesson?.feedback = verdict.feedback
      return verdict.feedback
    }
    record(block, answer: text, verdict: verdict.passed ? .passed : .failed)
    if verdict.passed {
      if case .exercise = block.kind,
        let statements = try? DirectiveReader.statements(text).map({ line throws(ExpressionError) in
          try Statement.parse(line)
        }), statements.contains(where: { $0.assignedName != nil })
      {
        try? adopt(statements)
      }
      return close(block, with: verdict)
    }
    return missed(block, with: verdict)
  }

  /// Records an answer to `block` and saves it.
  private mutating func record(
    _ block: CheckedBlock, answer: String, verdict: AnswerRecord.Verdict, counting: Bool = true
  ) {
    guard var state = lesson else { return }
    let now = state.options.clock()
    var entry =
      state.progress.answers[block.id]
      ?? AnswerRecord(answer: answer, verdict: verdict, attempts: 0, updated: now)
    entry.answer = answer
    entry.verdict = verdict
    if counting { entry.attempts += 1 }
    entry.updated = now
    state.progress.answers[block.id] = entry
    lesson = state
    saveProgress()
  }

  /// Feedback for a finished block: the verdict, the explanation, and what comes next.
  private mutating func close(_ block: CheckedBlock, with verdict: Verdict) -> [String] {
    var lines = verdict.feedback.enumerated().map {
      ($0.offset == 0 ? (verdict.passed ? "✓ " : "✗ ") : "  ") + $0.element
    }
    if let explanation = block.explanation { lines.append(explanation) }
    lines += whatNext()
    lesson?.feedback = lines
    return lines
  }

  /// Feedback for a wrong answer, with the way out after a few.
  private mutating func missed(_ block: CheckedBlock, with verdict: Verdict) -> [String] {
    var lines = verdict.feedback.enumerated().map { ($0.offset == 0 ? "✗ " : "  ") + $0.element }
    let misses = lesson?.misses(block) ?? 0
    var isTask = false
    if case .task = block.kind { isTask = true }
    if isTask {
      let hint = (lesson?.step.hints.isEmpty ?? true) ? "" : "; hint gives a hint"
      lines.append(
        misses >= LessonState.missesBeforeReveal
          ? "keep experimenting\(hint), or reveal to see a way there" : "keep experimenting\(hint)")
    } else if misses >= LessonState.missesBeforeReveal {
      lines.append("type hint for a hint, reveal to see the answer, or skip to move on")
    } else if !(lesson?.step.hints.isEmpty ?? true) {
      lines.append("try again, or type hint")
    } else {
      lines.append("try again")
    }
    lesson?.feedback = lines
    return lines
  }

  /// "type next to continue" once every block of the step is finished.
  private func whatNext() -> [String] {
    guard let state = lesson else { return [] }
    if let open = state.openBlock { return ["next: " + open.prompt] }
    return state.stepIndex + 1 < state.lesson.steps.count
      ? ["type next to continue"] : ["that was the last step: type next to finish the lesson"]
  }

  // MARK: - Check, tasks

  private mutating func checkOpenBlock() -> [String] {
    guard let state = lesson, let block = state.openBlock else {
      return ["nothing to check in this step; type next to continue"]
    }
    guard case .task(let task) = block.kind else {
      // An exercise worked out at the prompt is checked from the lines that defined it.
      if case .exercise(let exercise) = block.kind {
        let targets = exercise.reference.compactMap { try? Statement.parse($0).assignedName }
        let lines = targets.compactMap { definitions[$0] }
        if !targets.isEmpty && lines.count == targets.count {
          return ["checking " + lines.joined(separator: "; ")]
            + answer(lines.joined(separator: "; "))
        }
      }
      // A question answered before is checked again in the session as it is now.
      if let previous = state.progress.answers[block.id], !previous.answer.isEmpty {
        return answer(previous.answer)
      }
      return ["answer it with answer …, such as " + Self.answerExample(block)]
    }
    if state.options.checker.isMet(task, in: self) {
      record(block, answer: "", verdict: .passed)
      return close(block, with: .pass("goal met: \(task.goal)"))
    }
    record(block, answer: "", verdict: .failed)
    return missed(block, with: .fail("not yet: \(task.goal) (\(task.condition))"))
  }

  /// After every command: an open task the session now meets is passed at once.
  mutating func checkOpenTask() -> [String] {
    guard let state = lesson, let block = state.openBlock, case .task(let task) = block.kind,
      state.options.checker.isMet(task, in: self)
    else { return [] }
    isPlaying = false
    record(block, answer: "", verdict: .passed)
    return close(block, with: .pass("goal met: \(task.goal)")) + takeSaveProblem()
  }

  /// Whether the open block is a task the session meets now (play stops on it).
  public var meetsOpenTask: Bool {
    guard let state = lesson, let block = state.openBlock, case .task(let task) = block.kind
    else { return false }
    return state.options.checker.isMet(task, in: self)
  }

  // MARK: - Hints, reveal, skip

  private mutating func nextHint() -> [String] {
    guard var state = lesson else { return [] }
    let hints = state.step.hints
    guard !hints.isEmpty else { return ["this step has no hints"] }
    let shown = state.hintsShown[state.step.id, default: 0]
    let index = Swift.min(shown, hints.count - 1)
    state.hintsShown[state.step.id] = Swift.min(shown + 1, hints.count)
    var lines = ["hint \(index + 1) of \(hints.count): \(hints[index])"]
    if shown >= hints.count { lines.append("that was the last hint") }
    state.feedback = lines
    lesson = state
    return lines
  }

  private mutating func revealOrSkip(reveal: Bool) -> [String] {
    guard let state = lesson, let block = state.openBlock else {
      return ["nothing is open in this step; type next to continue"]
    }
    let word = reveal ? "reveal" : "skip"
    var isPrediction = false
    if case .predict = block.kind { isPrediction = true }
    if isPrediction && reveal {
      return ["a prediction has no answer to reveal: make one, or skip to just run it"]
    }
    let misses = state.misses(block)
    if !isPrediction && misses < LessonState.missesBeforeReveal {
      let tries = misses == 1 ? "1 try" : "\(misses) tries"
      return [
        "\(word) is open after \(LessonState.missesBeforeReveal) tries (\(tries) so far); "
          + (state.step.hints.isEmpty ? "have a go" : "hint gives a hint")
      ]
    }
    let previous = state.progress.answers[block.id]?.answer ?? ""
    record(block, answer: previous, verdict: reveal ? .revealed : .skipped, counting: false)
    var lines: [String] = []
    if reveal { lines += Self.revealed(block).map { "the answer: " + $0 } }
    var output: [String] = []
    if case .predict(let prediction) = block.kind {
      for command in prediction.run { output += apply(line: command).map { "  " + $0 } }
    } else if let record = lesson?.progress.answers[block.id] {
      setUp(after: block, record: record)
    }
    if !reveal { lines.append("skipped") }
    if let explanation = block.explanation { lines.append(explanation) }
    lines += whatNext()
    lesson?.feedback = lines
    return output + lines
  }

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

  // MARK: - Steps

  private mutating func nextStep() -> [String] {
    guard var state = lesson else { return [] }
    if let open = state.openBlock {
      return [
        "first finish this step's \(open.directive): \(open.prompt)",
        "(after \(LessonState.missesBeforeReveal) tries you may reveal or skip it)",
      ]
    }
    guard state.stepIndex + 1 < state.lesson.steps.count else {
      state.progress.isCompleted = true
      lesson = state
      saveProgress()
      return ["you finished \(state.lesson.title)! lessons lists the others"]
    }
    openStep(state.stepIndex + 1)
    let count = state.lesson.steps.count
    return [
      "step \(state.stepIndex + 2) of \(count): \(state.lesson.steps[state.stepIndex + 1].title)"
    ]
  }

  private func listLessons() -> [String] {
    guard let catalog = lesson?.options.catalog, !catalog.isEmpty else {
      return ["only this lesson is open here"]
    }
    let width = catalog.map(\.id.count).max() ?? 0
    return catalog.map { listing in
      listing.id + String(repeating: " ", count: width - listing.id.count + 2) + listing.title
        + " — " + listing.status
    }
  }
}

extension Session {
  /// Closes the open block with the lesson's own answer, as a teacher presenting it would:
  /// the answer and explanation are shown and the session is set up as if answered.
  public mutating func presentOpenBlock() {
    guard let block = lesson?.openBlock else { return }
    var lines: [String] = []
    if case .predict(let prediction) = block.kind {
      for command in prediction.run { apply(line: command) }
      if let checker = lesson?.options.checker {
        let (choice, measured) = checker.outcome(of: prediction, after: self)
        if let choice {
          lines.append("what happened: \(choice.text.isEmpty ? choice.key : choice.text)")
        }
        if let measured { lines.append("it came out at \(Value.number(measured).formatted)") }
      }
    } else {
      lines += Self.revealed(block).map { "the answer: " + $0 }
    }
    let record = AnswerRecord(
      answer: "", verdict: .revealed, attempts: 0, updated: lesson?.options.clock() ?? 0)
    if case .predict = block.kind {} else { setUp(after: block, record: record) }
    lesson?.progress.answers[block.id] = record
    if let explanation = block.explanation { lines.append(explanation) }
    lesson?.feedback = lines
    transcript.append(TranscriptEntry(input: "", output: lines))
  }
}
