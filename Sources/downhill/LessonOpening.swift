import Descent
import Tutor

/// Opening a lesson for a command: finding it, loading it, and setting up its progress.
enum LessonOpening {
  /// The session for the lesson a LESSON argument names, drawn for `student` (see
  /// `StudentOption`), resuming from `store` if given.
  static func session(
    lesson argument: String, library: LessonLibrary, store: ProgressStore?,
    student: String? = nil
  ) throws -> Session {
    let file = try library.resolve(argument)
    let lesson = try library.load(file, student: student)
    var progress: LessonProgress?
    var book = ProgressBook()
    if let store {
      let (loaded, warning) = try store.load()
      if let warning { printError("warning: \(warning)") }
      book = loaded
      progress = loaded.lessons[lesson.id]
    }
    let options = LessonOptions(clock: { Clock.now() }, catalog: library.catalog(progress: book))
    var session = try Session.opening(
      lesson, loader: library.loader(forLessonAt: file), progress: progress, options: options)
    // Opening visits a step: saved before anything is shown.
    if let recorder = recorder(store), let progress = session.lesson?.progress,
      let problem = recorder.save(progress)
    {
      _ = session.progressNotSaved(problem)
    }
    return session
  }

  /// What saves a session's progress to `store`, if there is one.
  static func recorder(_ store: ProgressStore?) -> ProgressRecorder? {
    store.map { ProgressRecorder(store: $0) }
  }
}
