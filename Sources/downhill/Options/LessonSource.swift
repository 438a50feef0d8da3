import ArgumentParser
import Tutor

/// `--lessons-folder DIR`: where the commands that open lessons look them up.
struct LessonSource: ParsableArguments {
  @Option(
    name: .customLong("lessons-folder"),
    help: ArgumentHelp(
      "A lessons folder, adding to the built-in lessons or replacing them by id (default: "
        + "$DOWNHILL_LESSONS, else ./Lessons when it exists).", valueName: "dir"),
    completion: .directory)
  var folder: String?

  /// The built-in lessons, and those in the folder named, else in `$DOWNHILL_LESSONS`,
  /// else in `./Lessons` when it exists.
  var library: LessonLibrary {
    LessonLibrary(option: folder, environment: Environment.variables())
  }
}
