import Descent

extension Session {
  /// A session following `lesson`: its set-up applied, and the student placed at the step
  /// `progress` reached (replaying the steps before it), or at the first step.
  ///
  /// Throws the set-up's problems (a dataset that cannot be read, a bad model…), located
  /// at their front-matter lines. Progress saved for an older version of the lesson is
  /// kept where its ids still apply.
  public static func opening(
    _ lesson: Lesson, loader: DataLoader, progress: LessonProgress? = nil,
    options: LessonOptions = LessonOptions()
  ) throws(LessonLoadError) -> Session {
    var session = try starting(lesson, loader: loader)
    var saved = progress ?? LessonProgress(lessonID: lesson.id, started: options.clock())
    saved.lessonID = lesson.id
    let target = resumeIndex(in: lesson, progress: saved)
    session.lesson = LessonState(lesson: lesson, stepIndex: 0, progress: saved, options: options)
    // Replay the steps before the one reached, as the student left them, quietly.
    for index in 0..<target {
      session.lesson?.stepIndex = index
      session.runQuietly(lesson.steps[index].run)
      for block in lesson.steps[index].checks {
        if let record = saved.answers[block.id], session.lesson?.isClosed(block) == true {
          session.setUp(after: block, record: record)
        }
      }
    }
    session.transcript = []
    session.openStep(target)
    return session
  }

  /// The session after the lesson's front matter, before any step.
  static func starting(_ lesson: Lesson, loader: DataLoader) throws(LessonLoadError) -> Session {
    var session = Session(loader: loader)
    var problems: [LessonProblem] = []
    for setting in lesson.setup.settings {
      session.apply(line: setting.command)
      if let failure = session.failure {
        problems.append(LessonProblem(failure.message, file: lesson.source, line: setting.line))
      }
    }
    for parameter in lesson.setup.parameters {
      session.apply(line: "\(parameter.name) = \(parameter.expression)")
      if let failure = session.failure {
        problems.append(
          LessonProblem(
            "parameter \(parameter.name): " + failure.message, file: lesson.source,
            line: parameter.line))
      }
    }
    guard problems.isEmpty else { throw LessonLoadError(problems: problems) }
    if session.function == nil {
      session.trainer.setInitialParameters(raw: session.trainer.rawParameters)
      if !lesson.setup.parameters.isEmpty { session.customStart = session.trainer.rawParameters }
      session.path = [session.trainer.rawParameters]
      session.previousParameters = nil
    }
    session.view = lesson.setup.views.first ?? .fit
    session.transcript = []
    session.variables = [:]
    return session
  }

  /// The step to resume at: the one saved if the lesson still has it, else the furthest
  /// visited step that still exists, else the first.
  static func resumeIndex(in lesson: Lesson, progress: LessonProgress) -> Int {
    if let id = progress.stepID, let index = lesson.stepIndex(id: id) { return index }
    return progress.visitedSteps.compactMap { lesson.stepIndex(id: $0) }.max() ?? 0
  }

  /// Opens step `index`: runs its commands (shown in the transcript), shows its views,
  /// and records the visit.
  mutating func openStep(_ index: Int) {
    guard var state = lesson else { return }
    state.stepIndex = index
    state.feedback = []
    let step = state.step
    state.progress.stepID = step.id
    if !state.progress.visitedSteps.contains(step.id) {
      state.progress.visitedSteps.append(step.id)
    }
    lesson = state
    for command in step.run { apply(line: command) }
    if let first = (step.views ?? state.lesson.setup.views).first { view = first }
    isPlaying = false
    saveProgress()
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
      let source =
        record.verdict == .passed ? DirectiveReader.statements(record.answer) : exercise.reference
      if let statements = try? source.map({ line throws(ExpressionError) in
        try Statement.parse(line)
      }), statements.contains(where: { $0.assignedName != nil }) {
        try? adopt(statements)
      }
    case .task(let task):
      if record.verdict != .passed { runQuietly(task.solution) }
    case .predict(let prediction):
      runQuietly(prediction.run)
    case .ask:
      break
    }
  }

  /// Saves the lesson's progress now; a failure is remembered to show once.
  mutating func saveProgress() {
    guard var state = lesson else { return }
    state.progress.updated = state.options.clock()
    if let recorder = state.options.recorder, let problem = recorder.save(state.progress) {
      state.saveProblem = problem
    } else {
      state.saveProblem = nil
    }
    lesson = state
  }

  /// The save problem, once: the lines to add to a command's output.
  mutating func takeSaveProblem() -> [String] {
    guard let problem = lesson?.saveProblem else { return [] }
    lesson?.saveProblem = nil
    return ["(progress not saved: \(problem))"]
  }
}
