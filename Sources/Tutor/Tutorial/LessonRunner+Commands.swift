import Descent

// The lesson's commands: what the runner decides, and the commands it runs on the
// student's behalf in the workspace (a prediction's run, a task's solution, a step's own
// commands), which come back as events for the session's transcript.

extension LessonRunner {
  /// `check`, `answer`, `hint`, `reveal`, `skip`, `next`, `back` and `lessons`.
  mutating func perform(_ command: Command, on workspace: inout Workspace) -> Response {
    switch command {
    case .check: return checkOpenBlock(on: &workspace)
    case .answer(let text): return answer(text, on: &workspace)
    case .hint: return Response([nextHint()])
    case .reveal: return revealOrSkip(reveal: true, on: &workspace)
    case .skip: return revealOrSkip(reveal: false, on: &workspace)
    case .next: return nextStep(on: &workspace)
    case .back:
      guard stepIndex > 0 else { return Response([.lessonNotice(.firstStep)]) }
      return move(to: stepIndex - 1, on: &workspace)
    case .lessons: return Response([listing])
    default: return workspace.perform(command)
    }
  }

  // MARK: - Answers

  private mutating func answer(_ text: String, on workspace: inout Workspace) -> Response {
    guard let block = openBlock else { return Response([.lessonNotice(.nothingOpen(.answer))]) }
    let checker = options.checker
    switch block.kind {
    case .task(let task):
      return Response([.lessonNotice(.taskIsReached(goal: task.goal))])
    case .predict(let prediction):
      if let problem = checker.problem(with: text, for: prediction) {
        return Response([.lessonNotice(.predictionProblem(problem))])
      }
      var response = Response(effects: [record(block, answer: text, verdict: .failed)])
      response.events.append(.predicted(text))
      response.events += run(prediction.run, on: &workspace)
      let verdict = checker.grade(prediction, predicted: text, after: workspace)
      response.effects.append(
        record(block, answer: text, verdict: verdict.passed ? .passed : .failed, counting: false))
      if let captured = capture(block, in: workspace) { response.effects.append(captured) }
      response.events.append(close(block, with: verdict))
      return response
    case .ask, .exercise:
      let verdict = checker.check(block, answer: text, in: workspace, context: context(for: block))
      if verdict.isUnreadable {
        let event = SessionEvent.unreadable(block: block.id, feedback: verdict.feedback)
        return Response([event])
      }
      var response = Response(
        effects: [record(block, answer: text, verdict: verdict.passed ? .passed : .failed)])
      if verdict.passed {
        if case .exercise(let exercise) = block.kind {
          Self.adopt(exercise, answer: text, in: &workspace)
        }
        if let captured = capture(block, in: workspace) { response.effects.append(captured) }
        response.events.append(close(block, with: verdict))
      } else {
        response.events.append(missed(block, with: verdict))
      }
      return response
    }
  }

  /// Makes an exercise's work the session's: the student's passed `answer`, or the
  /// reference when nil. A program runs in the student's Python, so a training loop trains
  /// the run; assignments are made for real.
  static func adopt(_ exercise: Exercise, answer: String?, in workspace: inout Workspace) {
    if let program = exercise.program {
      _ = workspace.scratchpad.runPython(
        answer.map(AnswerChecker.dedented) ?? program, on: &workspace.run)
    } else {
      adoptAssignments(answer.map(Statement.split) ?? exercise.reference, in: &workspace)
    }
  }

  /// Runs the assignments among `lines` for real (an exercise's, whose results later steps
  /// may read); lines that do not parse, or assign nothing, change nothing.
  static func adoptAssignments(_ lines: [String], in workspace: inout Workspace) {
    guard
      let statements = try? lines.map({ line throws(ExpressionError) in
        try Statement.parse(line)
      }), statements.contains(where: { $0.assignedName != nil })
    else { return }
    try? workspace.adopt(statements)
  }

  /// Runs `commands` as if typed, each followed by the check of an open task, as `.ran`
  /// events (a prediction's run).
  mutating func run(_ commands: [String], on workspace: inout Workspace) -> [SessionEvent] {
    commands.map { line in
      let response = perform(line, on: &workspace)
      return .ran(line: line, events: response.events, failure: response.failure)
    }
  }

  /// One line run as if typed: parsed, carried out, and an open task it meets recorded.
  private mutating func perform(_ line: String, on workspace: inout Workspace) -> Response {
    var response: Response
    do {
      guard let command = try Command.parse(line) else { return Response() }
      response = workspace.perform(command)
    } catch {
      return Response(failure: CommandFailure(error, in: line))
    }
    if let met = checkOpenTask(in: &workspace) { response.append(met) }
    return response
  }

  // MARK: - Check, tasks

  private mutating func checkOpenBlock(on workspace: inout Workspace) -> Response {
    guard let block = openBlock else { return Response([.lessonNotice(.nothingOpen(.check))]) }
    guard case .task(let task) = block.kind else {
      // A program exercise is checked from the last block of code run at the prompt.
      if block.isProgram, let code = workspace.scratchpad.lastBlock {
        let first = code.prefix { $0 != "\n" }
        var response = Response([.checking(definitions: ["the code you ran last (\(first) …)"])])
        response.append(answer(code, on: &workspace))
        return response
      }
      // An exercise worked out at the prompt is checked from the lines that defined it.
      if case .exercise(let exercise) = block.kind {
        let targets = exercise.reference.compactMap { try? Statement.parse($0).assignedName }
        let lines = targets.compactMap { workspace.scratchpad.definitions[$0] }
        if !targets.isEmpty && lines.count == targets.count {
          var response = Response([.checking(definitions: lines)])
          response.append(answer(lines.joined(separator: "; "), on: &workspace))
          return response
        }
      }
      // A question answered before is checked again in the session as it is now.
      if let previous = progress.answers[block.id], !previous.answer.isEmpty {
        return answer(previous.answer, on: &workspace)
      }
      return Response([.lessonNotice(.answerWith(block.answerExample))])
    }
    switch options.checker.status(of: task, in: workspace) {
    case .met:
      return meet(block, task, in: workspace)
    case .notYet:
      let effect = record(block, answer: "", verdict: .failed)
      return Response(
        [missed(block, with: .fail("not yet: \(task.goal) (\(task.condition))"))],
        effects: [effect])
    case .reachedOtherwise(let reason):
      let effect = record(block, answer: "", verdict: .failed)
      return Response([missed(block, with: .fail(reason))], effects: [effect])
    }
  }

  /// After every command: an open task the workspace now meets is passed at once, and play
  /// stops; a goal reached in a way the task does not count is said once.
  mutating func checkOpenTask(in workspace: inout Workspace) -> Response? {
    guard let block = openBlock, case .task(let task) = block.kind else { return nil }
    switch options.checker.status(of: task, in: workspace) {
    case .met:
      toldOtherwise = nil
      workspace.pause()
      return meet(block, task, in: workspace)
    case .notYet:
      toldOtherwise = nil
      return nil
    case .reachedOtherwise(let reason):
      guard toldOtherwise != reason else { return nil }
      toldOtherwise = reason
      workspace.pause()
      let event = SessionEvent.lessonNotice(.goalReachedOtherwise(reason))
      return Response([event])
    }
  }

  /// Records a task met, with the commands that met it, and closes it.
  private mutating func meet(_ block: CheckedBlock, _ task: LessonTask, in workspace: Workspace)
    -> Response
  {
    var effects = [record(block, answer: workspace.run.route.joined(separator: "\n"), verdict: .passed)]
    if let captured = capture(block, in: workspace) { effects.append(captured) }
    return Response([close(block, with: .pass("goal met: \(task.goal)"))], effects: effects)
  }

  /// The earlier exercises' definitions for checking `block`: the student's own lines
  /// where they passed, the lesson's elsewhere.
  func context(for block: CheckedBlock) -> CheckContext {
    CheckContext(before: block, in: lesson) { id in
      guard let record = progress.answers[id], record.verdict == .passed else { return nil }
      return record.answer
    }
  }

  // MARK: - Reveal, skip, present

  private mutating func revealOrSkip(reveal: Bool, on workspace: inout Workspace) -> Response {
    guard let block = openBlock else {
      return Response([.lessonNotice(.nothingOpen(.revealOrSkip))])
    }
    var isPrediction = false
    if case .predict = block.kind { isPrediction = true }
    if isPrediction && reveal { return Response([.lessonNotice(.nothingToReveal)]) }
    let misses = misses(block)
    if !isPrediction && misses < Self.missesBeforeReveal {
      return Response([
        .lessonNotice(
          .revealLocked(
            word: reveal ? "reveal" : "skip", misses: misses, hasHints: !step.hints.isEmpty))
      ])
    }
    let previous = progress.answers[block.id]?.answer ?? ""
    var response = Response(
      effects: [
        record(block, answer: previous, verdict: reveal ? .revealed : .skipped, counting: false)
      ])
    if case .predict(let prediction) = block.kind {
      response.events += run(prediction.run, on: &workspace)
    } else if let record = progress.answers[block.id] {
      setUp(after: block, record: record, on: &workspace)
    }
    if let captured = capture(block, in: workspace) { response.effects.append(captured) }
    let event = SessionEvent.revealed(
      block: block.id, answers: reveal ? block.revealedAnswer : [], skipped: !reveal,
      explanation: block.explanation, next: whatNext)
    response.events.append(event)
    return response
  }

  /// Closes the open block with the lesson's own answer, as a teacher presenting it would:
  /// the answer and explanation are shown and the workspace is set up as if answered.
  mutating func present(on workspace: inout Workspace) -> Response {
    guard let block = openBlock else { return Response() }
    var events: [SessionEvent] = []
    var outcome: String?
    var measured: Double?
    var answers: [String] = []
    if case .predict(let prediction) = block.kind {
      events = run(prediction.run, on: &workspace)
      let (choice, value) = options.checker.outcome(of: prediction, after: workspace)
      outcome = choice.map { $0.text.isEmpty ? $0.label : $0.text }
      measured = value
    } else {
      answers = Self.valued(block.revealedAnswer, of: block, in: workspace)
    }
    // A presented answer keeps the value it revealed, for the summaries' `{{answer ID}}`;
    // no attempts tells it from a student's reveal, which keeps their own last answer.
    let record = AnswerRecord(
      answer: Self.shownAnswer(of: block, in: workspace), verdict: .revealed, attempts: 0,
      updated: options.clock())
    if case .predict = block.kind {} else { setUp(after: block, record: record, on: &workspace) }
    progress.answers[block.id] = record
    _ = capture(block, in: workspace)
    let event = SessionEvent.presented(
      block: block.id, outcome: outcome, measured: measured, answers: answers,
      explanation: block.explanation)
    return Response(events + [event])
  }

  /// `answers` (a block's revealed answers) with the value of each that is a formula
  /// rather than a number: `6*m + c = 899.1`.
  static func valued(
    _ answers: [String], of block: CheckedBlock, in workspace: Workspace
  ) -> [String] {
    guard case .ask(let question) = block.kind else { return answers }
    switch question.answer {
    case .number, .expression:
      return answers.map { answer in
        guard Double(answer.trimmingSpaces) == nil else { return answer }
        let value = Placeholders.shown(answer, in: workspace)
        return value == "?" || value == answer ? answer : "\(answer) = \(value)"
      }
    default:
      return answers
    }
  }

  /// The answer a presentation gives `block`, as a student would have typed it: a
  /// number's value, a choice's letter, the first accepted words, the reference.
  static func shownAnswer(of block: CheckedBlock, in workspace: Workspace) -> String {
    switch block.kind {
    case .ask(let question):
      switch question.answer {
      case .number(let reference, _):
        let value = Placeholders.shown(reference, in: workspace)
        return value == "?" ? reference : value
      case .choice(let choices, let correct): return choices.label(ofKey: correct)
      case .text(let accepted): return accepted.first ?? ""
      case .expression(let reference, _): return reference
      }
    case .exercise(let exercise): return exercise.reference.joined(separator: "; ")
    case .task, .predict: return ""
    }
  }

  // MARK: - Steps

  private mutating func nextStep(on workspace: inout Workspace) -> Response {
    if let open = openBlock {
      return Response([.lessonNotice(.finishFirst(directive: open.directive, prompt: open.prompt))])
    }
    guard stepIndex + 1 < lesson.steps.count else {
      return Response([.lessonFinished(title: lesson.title)], effects: [complete()])
    }
    return move(to: stepIndex + 1, on: &workspace)
  }

  /// `next` or `back`: opens step `index` and says so.
  private mutating func move(to index: Int, on workspace: inout Workspace) -> Response {
    let forwards = index > stepIndex
    var response = openStep(index, on: &workspace)
    response.events.append(
      .stepOpened(
        index: index, count: lesson.steps.count, title: lesson.steps[index].title,
        forwards: forwards))
    return response
  }

  /// Opens step `index`: runs its commands (each its own transcript line), shows its
  /// views, and records the visit.
  mutating func openStep(_ index: Int, on workspace: inout Workspace) -> Response {
    _ = visit(index)
    var events: [SessionEvent] = []
    for line in step.run {
      let response = perform(line, on: &workspace)
      events.append(.stepRan(line: line, events: response.events, failure: response.failure))
    }
    if let first = (step.views ?? lesson.setup.views).first { workspace.show(first) }
    workspace.pause()
    // What the student does from here on is their route to the step's goals.
    workspace.run.route = []
    demonstration = workspace
    return Response(events, effects: [saved()])
  }

  /// Leaves the workspace as a finished block would: an exercise's assignments made (the
  /// student's if passed, else the reference's), a task's solution run, a prediction's
  /// run made.
  func setUp(after block: CheckedBlock, record: AnswerRecord, on workspace: inout Workspace) {
    switch block.kind {
    case .exercise(let exercise):
      Self.adopt(
        exercise, answer: record.verdict == .passed ? record.answer : nil, in: &workspace)
    case .task(let task):
      if record.verdict != .passed { Self.runQuietly(task.solution, on: &workspace) }
    case .predict(let prediction):
      Self.runQuietly(prediction.run, on: &workspace)
    case .ask:
      break
    }
  }

  /// Runs commands without recording them (replaying steps on resume).
  static func runQuietly(_ commands: [String], on workspace: inout Workspace) {
    for command in commands {
      if let parsed = try? Command.parse(command) { _ = workspace.perform(parsed) }
    }
  }
}
