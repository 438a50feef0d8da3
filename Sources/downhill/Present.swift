import ArgumentParser
import TermPlot
import Tutor

/// `downhill present LESSON`: a lesson full screen for a projector.
struct Present: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "present",
    abstract: "Show a lesson on a projector: larger charts, the narrative and the status.",
    discussion: """
      Keys step through the lesson as in the tutorial; with --autoplay the steps also \
      advance by themselves. Progress is saved only with --progress FILE, so a \
      demonstration leaves your own progress alone.

      Exit status: 0 done, 2 no usable terminal, a lesson that cannot be found or a bad \
      option.
      """
  )

  @Argument(help: "The lesson: a path, a file name in the lessons folder, or an id.", completion: LessonCompletion.kind)
  var lesson: String

  @Option(help: "The colours.")
  var theme: Theme = .standard

  @Option(help: "Seconds between automatic steps (default: step by key only).")
  var autoplay: Double?

  @OptionGroup var source: LessonSource

  @OptionGroup var progress: OptInProgressOption

  @Option(
    help: "Record the session as an asciinema v2 file (FILE.cast).",
    completion: .file(extensions: ["cast"]))
  var record: String?

  @Flag(help: "Only ASCII characters, for terminals without UTF-8.")
  var ascii = false

  @OptionGroup var student: StudentOption

  func validate() throws {
    if let autoplay, !(autoplay.isFinite && autoplay > 0 && autoplay <= 3600) {
      throw ValidationError("--autoplay is a number of seconds from above 0 to 3600")
    }
  }

  func run() throws {
    try FullScreen.run(
      FullScreen.Request(
        lesson: lesson, presentation: true, autoplay: autoplay, theme: theme, ascii: ascii,
        library: source.library, store: progress.store, record: record,
        student: student.resolve(store: progress.store)))
  }
}
