import ArgumentParser
import Descent
import TermPlot
import Tutor

/// `downhill play`: runs a lesson without a terminal and prints its screens as text.
struct Play: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "play",
    abstract: "Run a lesson headless with scripted commands and print the screen.",
    discussion: """
      The script's commands are typed one after another, answers included. Separate them \
      with ';' in --script, or write one a line in --script-file (so an answer with \
      several assignments fits on a line). Prints the final screen, or every screen with \
      --every-frame, at 100×30 unless --width and --height say otherwise. Progress is \
      saved only with --progress FILE.

      Exit status: 0 done, 2 a lesson or script that cannot be read.
      """
  )

  @Argument(help: "The lesson: a path, a file name in the lessons folder, or an id.", completion: LessonCompletion.kind)
  var lesson: String

  @Option(help: "Commands separated by ';'.")
  var script: String?

  @Option(help: "A file of commands, one a line.", completion: .file())
  var scriptFile: String?

  @OptionGroup var size: ScreenSize

  @Flag(help: "Print the screen after every command, not just the last.")
  var everyFrame = false

  @Flag(help: "Only ASCII characters on screen.")
  var ascii = false

  @OptionGroup var source: LessonSource

  @OptionGroup var progress: OptInProgressOption

  @OptionGroup var student: StudentOption

  func validate() throws {
    if script != nil && scriptFile != nil {
      throw ValidationError("give --script or --script-file, not both")
    }
  }

  func run() throws {
    let store = progress.store
    var session = try LessonOpening.session(
      lesson: lesson, library: source.library, store: store,
      student: student.resolve(store: store))
    let recorder = LessonOpening.recorder(store)
    let width = size.columns(default: 100)
    let height = size.rows(default: 30)
    var commands: [String] = []
    if let script {
      commands = script.split(separator: ";").map { String($0).trimmingSpaces }
    } else if let scriptFile {
      // LF, CR LF and lone CR all end a line, as in the REPL.
      var splitter = LineSplitter()
      splitter.feed(try DataFiles.readText(scriptFile).utf8)
      while let line = splitter.finish() { commands.append(line) }
    }
    commands = commands.filter { !$0.trimmingSpaces.isEmpty }
    let capabilities = TerminalCapabilities.detect(
      codeset: Environment.codeset(), environment: Environment.variables(), isTerminal: false,
      color: .never, forceASCII: ascii)
    let layout = Layout(style: ChartStyle(theme: .monochrome, tier: capabilities.tier))
    func screen() -> String {
      layout.render(
        session: session, pane: session.lessonPane, prompt: PromptLine(text: ""), footer: nil,
        width: width, height: height
      ).frame.plainText
    }
    if everyFrame { print(screen(), terminator: "") }
    for command in commands {
      guard !session.isFinished else { break }
      let response = session.apply(line: command)
      _ = recorder?.carryOut(response, in: &session)
      if session.isPlaying {
        let played = session.playBurst()
        _ = recorder?.carryOut(played, in: &session)
      }
      if everyFrame {
        print(String(repeating: "─", count: width))
        print(screen(), terminator: "")
      }
    }
    if !everyFrame { print(screen(), terminator: "") }
  }
}
