import ArgumentParser
import Tutor

/// `--lessons-folder DIR`: where the commands that open lessons look them up.
struct LessonSource: ParsableArguments {
  @Option(
    name: .customLong("lessons-folder"),
    help: "The lessons folder (default: $DOWNHILL_LESSONS, else ./Lessons).")
  var folder: String?

  /// The lessons in the folder named, else in `$DOWNHILL_LESSONS`, else in `./Lessons`.
  var library: LessonLibrary {
    LessonLibrary(option: folder, environment: Environment.variables())
  }
}
