import ArgumentParser
import TermPlot

/// `downhill` (no subcommand): the full-screen tutorial, starting at the lesson menu.
struct Tutorial: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The full-screen tutorial: pick a lesson and train step by step (the default).",
    discussion: """
      Opens the lesson menu. On a lesson, type commands and expressions at the prompt; on \
      an empty prompt, space runs one epoch, Enter goes to the next step, Tab cycles the \
      views and ? lists every key. Progress is saved as you go and resumes next time.

      Needs a terminal: in a pipe, or with TERM unset or dumb, use 'downhill repl' or \
      'downhill play LESSON' instead.

      Exit status: 0 done, 2 no usable terminal or a bad option.
      """
  )

  @Option(help: "The lessons folder (default: $DOWNHILL_LESSONS, else ./Lessons).")
  var lessonsFolder: String?

  @Option(help: "The progress file (default: $XDG_DATA_HOME/downhill/progress.json).")
  var progress: String?

  @Option(help: "The colours.")
  var theme: Theme = .standard

  @Option(help: "Record the session as an asciinema v2 file (FILE.cast).")
  var record: String?

  @Flag(help: "Only ASCII characters, for terminals without UTF-8.")
  var ascii = false

  func run() throws {
    try FullScreen.run(
      FullScreen.Request(
        theme: theme, ascii: ascii, lessonsFolder: lessonsFolder,
        store: LessonOpening.store(path: progress), record: record))
  }
}
