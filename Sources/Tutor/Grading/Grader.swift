import Descent

/// Grades submissions against a lesson, with the checker the tutorial uses.
///
/// The lesson is walked as a student would walk it: each block is graded in the session
/// as it stands at that step, then the session is set up as if the block had been answered
/// with the lesson's own answer, so one wrong answer never changes how the next is graded.
/// Grading always uses the teacher's lesson: nothing in a submission can change a
/// reference. Tasks are answered with the commands that reach their goal (one a line);
/// predictions with the prediction, graded by the run that follows.
public struct Grader: Sendable {
  /// The lesson graded against.
  public private(set) var lesson: Lesson
  /// Reads the lesson's data files.
  public let loader: DataLoader
  /// The checker (and its seed).
  public let checker: AnswerChecker
  /// The most epochs a task's commands may run in all, so a submission cannot run long.
  public static let taskEpochLimit = 100_000

  /// Each checked block with the session as it stands when the block opens, walked once
  /// for every submission; or why the lesson cannot be set up.
  private var states: Result<[(block: CheckedBlock, session: Session)], LessonLoadError>

  /// A grader for `lesson`: walks it once, answering each block with the lesson's own
  /// answer, and keeps the session each block is graded in.
  public init(lesson: Lesson, loader: DataLoader, checker: AnswerChecker = AnswerChecker()) {
    self.lesson = lesson
    self.loader = loader
    self.checker = checker
    states = Result { () throws(LessonLoadError) in
      var walk = try LessonWalk(
        lesson, loader: loader, options: LessonOptions(checker: checker),
        progress: LessonProgress(lessonID: lesson.id, started: 0))
      var states: [(CheckedBlock, Session)] = []
      walk.walk(lesson.steps.indices) { block, session in
        states.append((block, session))
        // On as if answered with the lesson's own answer.
        _ = LessonLinter.check(block, in: &session, checker: checker, lesson: lesson)
      }
      return states
    }
  }

  /// This grader for `lesson`, the same draw of the same lesson with the choices in
  /// another student's order: the walk is shared, each block taken from `lesson`.
  func sharingWalk(with lesson: Lesson) -> Grader {
    var copy = self
    copy.lesson = lesson
    if case .success(let states) = states {
      copy.states = .success(
        states.map { state in (lesson.block(id: state.block.id) ?? state.block, state.session) })
    }
    return copy
  }

  /// The grades of `submission`. Each block is graded only while `deadline` (if any) has
  /// not passed: the clock is read between blocks and between epochs of a task's training,
  /// and every block not graded in time is reported as timed out. A task's commands may
  /// use `workLimit` operations (see `WorkBudget`).
  public func grade(
    _ submission: Submission, deadline: ContinuousClock.Instant? = nil,
    workLimit: Int = WorkBudget.gradingOperations
  ) -> SubmissionGrade {
    var result = SubmissionGrade(
      student: submission.student, source: submission.source, lessonID: lesson.id,
      grades: [], problem: nil, unknownIDs: [])
    result.fileIdentity = submission.id
    let ids = Set(lesson.checkedBlocks.map(\.id))
    result.unknownIDs = submission.answers.keys.filter { !ids.contains($0) }.sorted()
    switch states {
    case .failure(let error):
      result.problem = "the lesson cannot be set up: \(error)"
    case .success(let states):
      // Exercises passed so far: their lines define names later answers may read.
      var passed: [String: String] = [:]
      var outOfTime = false
      result.grades = states.map { block, session in
        let given = submission.answers[block.id]
        if !outOfTime, let deadline { outOfTime = ContinuousClock.now >= deadline }
        if outOfTime { return Self.timedOut(block, answer: given?.text) }
        var session = session
        session.workspace.run.budget = WorkBudget(limit: workLimit, deadline: deadline)
        let context = CheckContext(before: block, in: lesson) { passed[$0] }
        let answer = block.isProgram ? given?.code : given?.text
        var grade = grade(block, answer: answer, in: session, context: context)
        if let deadline, ContinuousClock.now >= deadline {
          // Stopped, or finished, past the deadline: not to be trusted either way.
          outOfTime = true
          return Self.timedOut(block, answer: given?.text)
        }
        grade.attempts = given?.attempts
        if given == nil, let line = submission.unfenced[block.id] {
          grade.status = .failed
          grade.isUnreadable = true
          grade.feedback = [
            "the answer under '## \(block.id)' (line \(line)) is not in a fenced block: write "
              + "each answer in a fenced block under `## \(block.id)`, between lines of ```"
          ]
        }
        if let settled = given?.settled {
          // Revealed or skipped in the tutorial: graded as it was there, without credit.
          grade.status = .failed
          grade.feedback = [
            settled == .revealed
              ? "revealed in the tutorial: a revealed answer earns no credit"
              : "skipped in the tutorial"
          ]
          grade.counterexample = nil
          grade.misconception = nil
          grade.isUnreadable = false
        }
        if grade.status == .passed, let answer = given?.text { passed[block.id] = answer }
        return grade
      }
    }
    return result
  }

  /// A block not graded because the submission's time ran out.
  static func timedOut(_ block: CheckedBlock, answer: String?) -> BlockGrade {
    var grade = BlockGrade(
      id: block.id, directive: block.directive, status: .failed,
      feedback: ["not graded: the submission ran past its time limit (--time-limit)"],
      answer: answer, counterexample: nil, misconception: nil, isUnreadable: false)
    grade.timedOut = true
    return grade
  }

  /// One block's grade in the session as it stands.
  func grade(
    _ block: CheckedBlock, answer: String?, in session: Session,
    context: CheckContext = CheckContext()
  ) -> BlockGrade {
    var grade = BlockGrade(
      id: block.id, directive: block.directive, status: .notAttempted, feedback: [],
      answer: answer, counterexample: nil, misconception: nil, isUnreadable: false)
    grade.points = block.points
    grade.isOptional = block.isOptional
    guard let answer, !answer.trimmingSpaces.isEmpty else { return grade }
    let verdict: Verdict
    switch block.kind {
    case .ask, .exercise:
      verdict = checker.check(block, answer: answer, in: session.workspace, context: context)
    case .task(let task):
      verdict = runTask(task, commands: answer, in: session)
    case .predict(let prediction):
      if let problem = checker.problem(with: answer, for: prediction) {
        verdict = Verdict(passed: false, feedback: [problem], isUnreadable: true)
      } else {
        var copy = session
        LessonRunner.runQuietly(prediction.run, on: &copy.workspace)
        verdict = checker.grade(prediction, predicted: answer, after: copy.workspace)
      }
    }
    grade.status = verdict.passed ? .passed : .failed
    grade.feedback = verdict.feedback
    grade.counterexample = verdict.counterexample
    grade.misconception = verdict.misconception
    grade.isUnreadable = verdict.isUnreadable
    return grade
  }

  /// Runs a task's commands from a submission on a copy of the session and checks its goal.
  func runTask(_ task: LessonTask, commands text: String, in session: Session) -> Verdict {
    var copy = session
    var epochs = 0
    for line in Statement.split(text) {
      let command: Command?
      do {
        command = try Command.parse(line)
      } catch {
        return Verdict(passed: false, feedback: [error.rendered(line: line)], isUnreadable: true)
      }
      guard let command else { continue }
      switch command {
      case .step(let count):
        epochs += count
      case .play:
        epochs += 1000
      case .quit, .check, .answer, .hint, .reveal, .skip, .next, .back, .lessons:
        return Verdict(
          passed: false, feedback: ["'\(line)' cannot be part of a task's answer"],
          isUnreadable: true)
      default: break
      }
      guard epochs <= Self.taskEpochLimit else {
        return Verdict(
          passed: false,
          feedback: ["a task's commands may run at most \(Self.taskEpochLimit) epochs in all"],
          isUnreadable: true)
      }
      if let failure = copy.apply(command, typed: line).failure {
        return .fail("'\(line)' fails: " + failure.message)
      }
      if copy.isPlaying { copy.playBurst() }
      if checker.isMet(task, in: copy.workspace) { return .pass("goal met: \(task.goal)") }
    }
    switch checker.status(of: task, in: copy.workspace) {
    case .met: return .pass("goal met: \(task.goal)")
    case .notYet: return .fail("not met: \(task.goal) (\(task.condition))")
    case .reachedOtherwise(let reason): return .fail(reason)
    }
  }
}
