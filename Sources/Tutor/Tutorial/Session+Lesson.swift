import Descent

// The lesson's commands: what the runner decides, and the commands they run on the
// student's behalf (a prediction's run, a task's solution, a step's set-up).

extension Session {
  /// `check`, `answer`, `hint`, `reveal`, `skip`, `next`, `back` and `lessons`, with a
  /// lesson open.
  mutating func performLessonCommand(_ command: Command) -> Response {
    guard let runner = lesson else { return Response() }
    switch command {
    case .check: return checkOpenBlock()
    case .answer(let text): return answer(text)
    case .hint: return Response([lesson?.nextHint()].compactMap { $0 })
    case .reveal: return revealOrSkip(reveal: true)
    case .skip: return revealOrSkip(reveal: false)
    case .next: return nextStep()
    case .back:
      guard runner.stepIndex > 0 else { return Response([.lessonNotice(.firstStep)]) }
      var response = openStep(runner.stepIndex - 1)
      response.events.append(
        .stepOpened(
          index: runner.stepIndex - 1, count: runner.lesson.steps.count,
          title: runner.lesson.steps[runner.stepIndex - 1].title, forwards: false))
      return response
    case .lessons: return Response([runner.listing])
    default: return Response()
    }
  }

  // MARK: - Answers

  private mutating func answer(_ text: String) -> Response {
    guard var runner = lesson, let block = runner.openBlock else {
      return Response([.lessonNotice(.nothingOpen(.answer))])
    }
    let checker = runner.options.checker
    switch block.kind {
    case .task(let task):
      return Response([.lessonNotice(.taskIsReached(goal: task.goal))])
    case .predict(let prediction):
      if let problem = checker.problem(with: text, for: prediction) {
        return Response([.lessonNotice(.predictionProblem(problem))])
      }
      var response = Response(effects: [runner.record(block, answer: text, verdict: .failed)])
      lesson = runner
      response.events.append(.predicted(text))
      response.events += run(prediction.run)
      // The run's commands may have finished a task of this step.
      runner = lesson ?? runner
      let verdict = checker.grade(prediction, predicted: text, after: workspace)
      response.effects.append(
        runner.record(
          block, answer: text, verdict: verdict.passed ? .passed : .failed, counting: false))
      response.events.append(runner.close(block, with: verdict))
      lesson = runner
      return response
    case .ask, .exercise:
      let verdict = checker.check(block, answer: text, in: workspace)
      if verdict.isUnreadable {
        let event = SessionEvent.unreadable(block: block.id, feedback: verdict.feedback)
        runner.showFeedback(event)
        lesson = runner
        return Response([event])
      }
      var response = Response(
        effects: [runner.record(block, answer: text, verdict: verdict.passed ? .passed : .failed)])
      if verdict.passed {
        if case .exercise = block.kind { adoptAssignments(DirectiveReader.statements(text)) }
        response.events.append(runner.close(block, with: verdict))
      } else {
        response.events.append(runner.missed(block, with: verdict))
      }
      lesson = runner
      return response
    }
  }

  /// Runs the assignments among `lines` for real (an exercise's, whose results later steps
  /// may read); lines that do not parse, or assign nothing, change nothing.
  private mutating func adoptAssignments(_ lines: [String]) {
    guard
      let statements = try? lines.map({ line throws(ExpressionError) in
        try Statement.parse(line)
      }), statements.contains(where: { $0.assignedName != nil })
    else { return }
    try? workspace.adopt(statements)
  }

  /// Runs `commands` as if typed (each is in the transcript), for a prediction's run.
  private mutating func run(_ commands: [String]) -> [SessionEvent] {
    commands.map { line in
      let response = apply(line: line)
      return .ran(line: line, events: response.events, failure: response.failure)
    }
  }

  // MARK: - Check, tasks

  private mutating func checkOpenBlock() -> Response {
    guard var runner = lesson, let block = runner.openBlock else {
      return Response([.lessonNotice(.nothingOpen(.check))])
    }
    guard case .task(let task) = block.kind else {
      // An exercise worked out at the prompt is checked from the lines that defined it.
      if case .exercise(let exercise) = block.kind {
        let targets = exercise.reference.compactMap { try? Statement.parse($0).assignedName }
        let lines = targets.compactMap { workspace.scratchpad.definitions[$0] }
        if !targets.isEmpty && lines.count == targets.count {
          var response = Response([.checking(definitions: lines)])
          response.append(answer(lines.joined(separator: "; ")))
          return response
        }
      }
      // A question answered before is checked again in the session as it is now.
      if let previous = runner.progress.answers[block.id], !previous.answer.isEmpty {
        return answer(previous.answer)
      }
      return Response([.lessonNotice(.answerWith(LessonRunner.answerExample(block)))])
    }
    defer { lesson = runner }
    if runner.options.checker.isMet(task, in: workspace) {
      let effect = runner.record(block, answer: "", verdict: .passed)
      return Response(
        [runner.close(block, with: .pass("goal met: \(task.goal)"))], effects: [effect])
    }
    let effect = runner.record(block, answer: "", verdict: .failed)
    return Response(
      [runner.missed(block, with: .fail("not yet: \(task.goal) (\(task.condition))"))],
      effects: [effect])
  }

  /// After every command: an open task the session now meets is passed at once.
  mutating func checkOpenTask() -> Response? {
    guard var runner = lesson, runner.meetsOpenTask(in: workspace),
      let block = runner.openBlock, case .task(let task) = block.kind
    else { return nil }
    workspace.pause()
    let effect = runner.record(block, answer: "", verdict: .passed)
    let event = runner.close(block, with: .pass("goal met: \(task.goal)"))
    lesson = runner
    return Response([event], effects: [effect])
  }

  /// Whether the open block is a task the session meets now (play stops on it).
  public var meetsOpenTask: Bool {
    lesson?.meetsOpenTask(in: workspace) ?? false
  }

  // MARK: - Reveal, skip

  private mutating func revealOrSkip(reveal: Bool) -> Response {
    guard var runner = lesson, let block = runner.openBlock else {
      return Response([.lessonNotice(.nothingOpen(.revealOrSkip))])
    }
    var isPrediction = false
    if case .predict = block.kind { isPrediction = true }
    if isPrediction && reveal { return Response([.lessonNotice(.nothingToReveal)]) }
    let misses = runner.misses(block)
    if !isPrediction && misses < LessonRunner.missesBeforeReveal {
      return Response([
        .lessonNotice(
          .revealLocked(
            word: reveal ? "reveal" : "skip", misses: misses, hasHints: !runner.step.hints.isEmpty))
      ])
    }
    let previous = runner.progress.answers[block.id]?.answer ?? ""
    var response = Response(
      effects: [
        runner.record(
          block, answer: previous, verdict: reveal ? .revealed : .skipped, counting: false)
      ])
    lesson = runner
    if case .predict(let prediction) = block.kind {
      response.events += run(prediction.run)
    } else if let record = runner.progress.answers[block.id] {
      setUp(after: block, record: record)
    }
    let event = SessionEvent.revealed(
      block: block.id, answers: reveal ? LessonRunner.revealed(block) : [], skipped: !reveal,
      explanation: block.explanation, next: lesson?.whatNext ?? runner.whatNext)
    lesson?.showFeedback(event)
    response.events.append(event)
    return response
  }

  /// Closes the open block with the lesson's own answer, as a teacher presenting it would:
  /// the answer and explanation are shown and the session is set up as if answered.
  @discardableResult
  public mutating func presentOpenBlock() -> Response {
    guard let runner = lesson, let block = runner.openBlock else { return Response() }
    var outcome: String?
    var measured: Double?
    var answers: [String] = []
    if case .predict(let prediction) = block.kind {
      for command in prediction.run { apply(line: command) }
      let (choice, value) = runner.options.checker.outcome(of: prediction, after: workspace)
      outcome = choice.map { $0.text.isEmpty ? $0.key : $0.text }
      measured = value
    } else {
      answers = LessonRunner.revealed(block)
    }
    let record = AnswerRecord(
      answer: "", verdict: .revealed, attempts: 0, updated: runner.options.clock())
    if case .predict = block.kind {} else { setUp(after: block, record: record) }
    lesson?.progress.answers[block.id] = record
    let event = SessionEvent.presented(
      block: block.id, outcome: outcome, measured: measured, answers: answers,
      explanation: block.explanation)
    lesson?.showFeedback(event)
    note([event])
    return Response([event])
  }

  // MARK: - Steps

  private mutating func nextStep() -> Response {
    guard var runner = lesson else { return Response() }
    if let open = runner.openBlock {
      return Response([.lessonNotice(.finishFirst(directive: open.directive, prompt: open.prompt))])
    }
    guard runner.stepIndex + 1 < runner.lesson.steps.count else {
      let effect = runner.complete()
      lesson = runner
      return Response([.lessonFinished(title: runner.lesson.title)], effects: [effect])
    }
    let index = runner.stepIndex + 1
    var response = openStep(index)
    response.events.append(
      .stepOpened(
        index: index, count: runner.lesson.steps.count, title: runner.lesson.steps[index].title,
        forwards: true))
    return response
  }

  /// Opens step `index`: runs its commands (shown in the transcript), shows its views,
  /// and records the visit.
  mutating func openStep(_ index: Int) -> Response {
    guard var runner = lesson else { return Response() }
    _ = runner.visit(index)
    lesson = runner
    for command in runner.step.run { apply(line: command) }
    if let first = (runner.step.views ?? runner.lesson.setup.views).first {
      workspace.show(first)
    }
    workspace.pause()
    return Response(effects: [lesson?.saved()].compactMap { $0 })
  }

  /// Runs commands without recording them (replaying steps on resume).
  mutating func runQuietly(_ commands: [String]) {
    for command in commands {
      if let parsed = try? Command.parse(command) { _ = perform(parsed) }
    }
  }

  /// Leaves the session as a finished block would: an exercise's assignments made (the
  /// student's if passed, else the reference's), a task's solution run, a prediction's
  /// run made.
  mutating func setUp(after block: CheckedBlock, record: AnswerRecord) {
    switch block.kind {
    case .exercise(let exercise):
      adoptAssignments(
        record.verdict == .passed ? DirectiveReader.statements(record.answer) : exercise.reference)
    case .task(let task):
      if record.verdict != .passed { runQuietly(task.solution) }
    case .predict(let prediction):
      runQuietly(prediction.run)
    case .ask:
      break
    }
  }
}
