import Descent

/// A lesson walked from its set-up, step by step, as a student would: the one walk that
/// opening (and resuming) a lesson, `lint` and `check` share.
///
/// Each step's commands run, then each of its checked blocks is handed to the walker,
/// which answers it (or not) and leaves the session as the answer would.
struct LessonWalk {
  /// The lesson walked.
  let lesson: Lesson
  /// The session at the point reached.
  var session: Session

  /// The lesson's set-up applied: its settings and parameters, located at their
  /// front-matter lines when they fail; the session at the first step.
  init(
    _ lesson: Lesson, loader: DataLoader, options: LessonOptions,
    progress: LessonProgress? = nil
  ) throws(LessonLoadError) {
    self.lesson = lesson
    var session = Session(loader: loader)
    var problems: [LessonProblem] = []
    for setting in lesson.setup.settings {
      if let failure = session.apply(line: setting.command).failure {
        problems.append(LessonProblem(failure.message, file: lesson.source, line: setting.line))
      }
    }
    for parameter in lesson.setup.parameters {
      if let failure = session.apply(line: "\(parameter.name) = \(parameter.expression)").failure {
        problems.append(
          LessonProblem(
            "parameter \(parameter.name): " + failure.message, file: lesson.source,
            line: parameter.line))
      }
    }
    guard problems.isEmpty else { throw LessonLoadError(problems: problems) }
    // A lesson that starts its model from `w` and `b` calls them that on the screen too.
    let layout = session.workspace.run.trainer.model.layout
    session.workspace.run.namesLineByLayout = lesson.setup.parameters.contains {
      layout.entry(named: $0.name) != nil
    }
    session.workspace.run.fixStart(custom: !lesson.setup.parameters.isEmpty)
    session.workspace.show(lesson.setup.views.first ?? .fit)
    session.workspace.scratchpad = Scratchpad()
    session.transcript = []
    session.failure = nil
    session.lesson = LessonRunner(
      lesson: lesson, stepIndex: 0,
      progress: progress ?? LessonProgress(lessonID: lesson.id, started: options.clock()),
      options: options)
    self.session = session
  }

  /// Walks the steps in `steps`: each step's `run` commands (a failing one is passed to
  /// `failed` with its line), then the step as it then stands to `ran` with the lines its
  /// commands printed, then each checked block to `visit`.
  mutating func walk(
    _ steps: Range<Int>,
    failed: (_ command: String, _ line: Int, CommandFailure) -> Void = { _, _, _ in },
    ran: (LessonStep, Session, _ printed: [String]) -> Void = { _, _, _ in },
    visit: (CheckedBlock, inout Session) -> Void
  ) {
    for index in steps {
      let step = lesson.steps[index]
      session.lesson?.stepIndex = index
      var printed: [String] = []
      for (command, line) in zip(step.run, step.runLines) {
        let failure: CommandFailure?
        do {
          let response = try Command.parse(command).map { session.perform($0) }
          printed += response.map { SessionEvent.lines($0.events) } ?? []
          failure = response?.failure
        } catch {
          failure = CommandFailure(error, in: command)
        }
        if let failure { failed(command, line, failure) }
      }
      ran(step, session, printed)
      for block in step.checks { visit(block, &session) }
    }
  }
}

extension Session {
  /// A session following `lesson`: its set-up applied, and the student placed at the step
  /// `progress` reached (replaying the steps before it as the student left them), or at
  /// the first step. The front end saves the lesson's progress after opening (the visit).
  ///
  /// Throws the set-up's problems (a dataset that cannot be read, a bad model…), located
  /// at their front-matter lines. Progress saved for an older version of the lesson is
  /// kept where its ids still apply.
  public static func opening(
    _ lesson: Lesson, loader: DataLoader, progress: LessonProgress? = nil,
    options: LessonOptions = LessonOptions()
  ) throws(LessonLoadError) -> Session {
    var saved = progress ?? LessonProgress(lessonID: lesson.id, started: options.clock())
    saved.lessonID = lesson.id
    var walk = try LessonWalk(lesson, loader: loader, options: options, progress: saved)
    let target = resumeIndex(in: lesson, progress: saved)
    walk.walk(0..<target) { block, session in
      if let record = saved.answers[block.id], session.lesson?.isClosed(block) == true {
        session.setUp(after: block, record: record)
      }
    }
    var session = walk.session
    session.transcript = []
    _ = session.openStep(target)
    // The step's own finished blocks leave the session as they did (a prediction's run, an
    // exercise's names), after its demonstration is taken.
    for block in lesson.steps[target].checks {
      if let record = saved.answers[block.id], session.lesson?.isClosed(block) == true {
        session.setUp(after: block, record: record)
      }
    }
    return session
  }

  /// The step to resume at: the one saved if the lesson still has it, else the furthest
  /// visited step that still exists, else the first.
  static func resumeIndex(in lesson: Lesson, progress: LessonProgress) -> Int {
    if let id = progress.stepID, let index = lesson.stepIndex(id: id) { return index }
    return progress.visitedSteps.compactMap { lesson.stepIndex(id: $0) }.max() ?? 0
  }
}
