/// Where a student is in a lesson: the step, the answers so far, and the last feedback.
public struct LessonState: Sendable {
  /// The lesson being followed.
  public let lesson: Lesson
  /// The step on screen, an index into `lesson.steps`.
  public internal(set) var stepIndex: Int
  /// What is saved: the step reached, every answer and verdict, timestamps.
  public internal(set) var progress: LessonProgress
  /// What the last check, hint or reveal said, shown under the question.
  public internal(set) var feedback: [String] = []
  /// Hints shown so far, by step id.
  var hintsShown: [String: Int] = [:]
  /// What progress saving said when it last failed, shown once.
  var saveProblem: String?
  let options: LessonOptions

  /// The step on screen.
  public var step: LessonStep { lesson.steps[stepIndex] }

  /// The first checked block of this step the student has not finished, if any.
  public var openBlock: CheckedBlock? {
    step.checks.first { !isClosed($0) }
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
}

/// What a lesson session needs from outside: where progress goes, the time, the checker
/// and the list of lessons.
public struct LessonOptions: Sendable {
  /// Saves progress; nil when nothing is saved (lint, tests, `play` without `--progress`).
  public var recorder: ProgressRecorder?
  /// Seconds since 1970, for the progress timestamps.
  public var clock: @Sendable () -> Double
  /// The checker, with its seed.
  public var checker: AnswerChecker
  /// Every lesson available, for the `lessons` command.
  public var catalog: [LessonListing]

  /// Options; by default nothing is saved and the clock reads 0.
  public init(
    recorder: ProgressRecorder? = nil, clock: @escaping @Sendable () -> Double = { 0 },
    checker: AnswerChecker = AnswerChecker(), catalog: [LessonListing] = []
  ) {
    self.recorder = recorder
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

  /// Creates a listing.
  public init(id: String, title: String, status: String) {
    self.id = id
    self.title = title
    self.status = status
  }
}
