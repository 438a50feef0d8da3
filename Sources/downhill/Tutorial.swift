import ArgumentParser
import TermPlot

/// `downhill` (no subcommand): the full-screen tutorial, starting at the lesson menu.
struct Tutorial: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tutorial",
    abstract: "The full-screen tutorial: pick a lesson and train step by step (the default).",
    discussion: """
      Opens the lesson menu. On a lesson, type commands and expressions at the prompt; on \
      an empty prompt, space runs one epoch, Enter goes to the next step, Tab cycles the \
      views and ? lists every key. Progress is saved as you go (see --progress) and \
      resumes next time.

      Needs a terminal: in a pipe, or with TERM unset or dumb, use 'downhill repl' or \
      'downhill play LESSON' instead.

      Exit status: 0 done, 2 no usable terminal or a bad option.
      """
  )

  @OptionGroup var source: LessonSource

  @OptionGroup var progress: ProgressOption

  @Option(help: "The colours.")
  var theme: Theme = .standard

  @Option(
    help: "Record the session as an asciinema v2 file (FILE.cast).",
    completion: .file(extensions: ["cast"]))
  var record: String?

  @Flag(help: "Only ASCII characters, for terminals without UTF-8.")
  var ascii = false

  @OptionGroup var student: StudentOption

  func run() throws {
    let store = progress.store
    try FullScreen.run(
      FullScreen.Request(
        theme: theme, ascii: ascii, library: source.library, store: store,
        record: record, student: student.resolve(store: store)))
  }
}
