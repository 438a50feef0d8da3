import Descent
import Tutor

/// Opening a lesson for a command: finding it, loading it, and setting up its progress.
enum LessonOpening {
  /// The session for the lesson a LESSON argument names, resuming from `store` if given.
  static func session(
    lesson argument: String, library: LessonLibrary, store: ProgressStore?
  ) throws -> Session {
    let file = try library.resolve(argument)
    let lesson = try library.load(file)
    var progress: LessonProgress?
    var book = ProgressBook()
    if let store {
      let (loaded, warning) = try store.load()
      if let warning { printError("warning: \(warning)") }
      book = loaded
      progress = loaded.lessons[lesson.id]
    }
    let options = LessonOptions(
      recorder: store.map { ProgressRecorder(store: $0) }, clock: { Clock.now() },
      catalog: library.catalog(progress: book))
    return try Session.opening(
      lesson, loader: library.loader(forLessonAt: file), progress: progress, options: options)
  }
}
