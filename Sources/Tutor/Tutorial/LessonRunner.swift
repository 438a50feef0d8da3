/// A lesson being followed: the step on screen, the answers and verdicts so far, and the
/// bookkeeping of answering (recording, closing blocks, hints).
///
/// It changes only itself; what it records comes back as a `.saveProgress` effect for
/// the front end to carry out.
public struct LessonRunner: Sendable {
  /// The lesson being followed.
  public let lesson: Lesson
  /// The step on screen, an index into `lesson.steps`.
  public internal(set) var stepIndex: Int
  /// What is saved: the step reached, every answer and verdict, timestamps.
  public internal(set) var progress: LessonProgress
  /// Hints shown so far, by step id.
  var hintsShown: [String: Int] = [:]
  /// The last "reached another way" told about the open task, so it is said once.
  var toldOtherwise: String?
  /// The workspace as the step's `run` blocks left it when the step opened: what its
  /// `{{…}}` placeholders show.
  var demonstration: Workspace?
  let options: LessonOptions

  /// The step on screen.
  public var step: LessonStep { lesson.steps[stepIndex] }

  /// The first checked block of this step the student has not finished, if any.
  public var openBlock: CheckedBlock? {
    step.checks.first { !isClosed($0) }
  }

  /// What the screen keeps back now: what the open block hides, so that the status line
  /// and the views do not answer it.
  public var hiddenOnScreen: Set<ScreenValue> {
    openBlock?.hides ?? []
  }

  /// Whether a block is finished: passed, revealed or skipped (a prediction, once made).
  public func isClosed(_ block: CheckedBlock) -> Bool {
    guard let record = progress.answers[block.id] else { return false }
    if case .predict = block.kind { return true }
    return record.verdict != .failed
  }

  /// Wrong answers to `block` so far.
  func misses(_ block: CheckedBlock) -> Int {
    guard let record = progress.answers[block.id], record.verdict == .failed else { return 0 }
    return record.attempts
  }

  /// How many wrong answers a block needs before `reveal` and `skip` are allowed.
  public static let missesBeforeReveal = 2

  /// Whether the open block is a task `workspace` meets now.
  func meetsOpenTask(in workspace: Workspace) -> Bool {
    guard let block = openBlock, case .task(let task) = block.kind else { return false }
    return options.checker.isMet(task, in: workspace)
  }

  /// Whether the open block is a task (play watches it epoch by epoch).
  var hasOpenTask: Bool {
    guard let block = openBlock, case .task = block.kind else { return false }
    return true
  }

  // MARK: - Recording

  /// Moves to step `index` and records the visit.
  mutating func visit(_ index: Int) -> SessionEffect {
    stepIndex = index
    progress.stepID = step.id
    if !progress.visitedSteps.contains(step.id) { progress.visitedSteps.append(step.id) }
    return saved()
  }

  /// The progress as it is now, stamped, to save.
  mutating func saved() -> SessionEffect {
    progress.updated = options.clock()
    return .saveProgress(progress)
  }

  /// Records an answer to `block`.
  mutating func record(
    _ block: CheckedBlock, answer: String, verdict: AnswerRecord.Verdict, counting: Bool = true
  ) -> SessionEffect {
    let now = options.clock()
    var entry =
      progress.answers[block.id]
      ?? AnswerRecord(answer: answer, verdict: verdict, attempts: 0, updated: now)
    entry.answer = answer
    entry.verdict = verdict
    if counting { entry.attempts += 1 }
    entry.updated = now
    progress.answers[block.id] = entry
    return saved()
  }

  /// Captures the values the lesson's `{{met ID …}}` placeholders show for `block`, now
  /// that it is finished; the progress to save, when there were any.
  mutating func capture(_ block: CheckedBlock, in workspace: Workspace) -> SessionEffect? {
    guard let expressions = Placeholders.metExpressions(in: lesson)[block.id],
      var record = progress.answers[block.id]
    else { return nil }
    for expression in expressions {
      record.captured[expression] = Placeholders.shown(expression, in: workspace)
    }
    progress.answers[block.id] = record
    return saved()
  }

  /// Marks the lesson finished.
  mutating func complete() -> SessionEffect {
    progress.isCompleted = true
    return saved()
  }

  // MARK: - Feedback

  /// A finished block: the verdict, the explanation, and what comes next.
  func close(_ block: CheckedBlock, with verdict: Verdict) -> SessionEvent {
    let event = SessionEvent.closed(
      block: block.id, verdict, explanation: block.explanation, next: whatNext)
    return event
  }

  /// A wrong answer, with the way out after a few.
  func missed(_ block: CheckedBlock, with verdict: Verdict) -> SessionEvent {
    let misses = misses(block)
    let hasHints = !step.hints.isEmpty
    let advice: MissAdvice
    if case .task = block.kind {
      advice = .keepExperimenting(
        hasHints: hasHints, revealOpen: misses >= Self.missesBeforeReveal)
    } else if misses >= Self.missesBeforeReveal {
      advice = .revealOpen
    } else {
      advice = .tryAgain(hasHints: hasHints)
    }
    let event = SessionEvent.missed(block: block.id, verdict, advice: advice)
    return event
  }

  /// What follows once a block is finished.
  var whatNext: NextStep {
    if let open = openBlock { return .block(prompt: open.prompt) }
    return stepIndex + 1 < lesson.steps.count ? .nextStep : .lastStep
  }

  /// The next hint of the step.
  mutating func nextHint() -> SessionEvent {
    let hints = step.hints
    guard !hints.isEmpty else { return .lessonNotice(.noHints) }
    let shown = hintsShown[step.id, default: 0]
    let index = Swift.min(shown, hints.count - 1)
    hintsShown[step.id] = Swift.min(shown + 1, hints.count)
    let event = SessionEvent.hint(
      index: index, count: hints.count, text: hints[index], wasLast: shown >= hints.count)
    return event
  }

  /// The lesson list, or that only this lesson is open.
  var listing: SessionEvent {
    options.catalog.isEmpty ? .lessonNotice(.onlyThisLesson) : .lessonList(options.catalog)
  }
}

/// What a lesson session needs from outside: the time, the checker and the list of
/// lessons.
public struct LessonOptions: Sendable {
  /// Seconds since 1970, for the progress timestamps.
  public var clock: @Sendable () -> Double
  /// The checker, with its seed.
  public var checker: AnswerChecker
  /// Every lesson available, for the `lessons` command.
  public var catalog: [LessonListing]

  /// Options; by default the clock reads 0.
  public init(
    clock: @escaping @Sendable () -> Double = { 0 }, checker: AnswerChecker = AnswerChecker(),
    catalog: [LessonListing] = []
  ) {
    self.clock = clock
    self.checker = checker
    self.catalog = catalog
  }
}

/// Saves a lesson's progress durably before the session acknowledges an action.
public struct ProgressRecorder: Sendable {
  /// Saves `progress`; returns nil once it is safely stored, or a sentence saying why not.
  public let save: @Sendable (LessonProgress) -> String?

  /// A recorder calling `save`.
  public init(_ save: @escaping @Sendable (LessonProgress) -> String?) {
    self.save = save
  }

  /// A recorder writing to `store`.
  public init(store: ProgressStore) {
    self.save = { progress in
      do {
        try store.save(progress)
        return nil
      } catch {
        return "\(error)"
      }
    }
  }
}

/// One line of the lesson list: a lesson and the student's place in it.
public struct LessonListing: Sendable, Hashable {
  /// The lesson's id (or its file, when it could not be read).
  public var id: String
  /// Its title, or the problem that stops it loading.
  public var title: String
  /// "not started", "step 3 of 8", "done", or "cannot be read".
  public var status: String
  /// Where the lesson comes from: "built in" or its folder; nil when not known.
  public var origin: String?

  /// The status of a lesson that cannot be loaded.
  public static let unreadable = "cannot be read"

  /// Creates a listing.
  public init(id: String, title: String, status: String, origin: String? = nil) {
    self.id = id
    self.title = title
    self.status = status
    self.origin = origin
  }
}
