import ArgumentParser
import Descent
import TermPlot
import Tutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `downhill repl`: the tutorial's session in line mode, for pipes, screen readers and
/// terminals without curses.
struct Repl: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Type commands and expressions at a prompt, one line at a time.",
    discussion: """
      The session starts on the course's example 1: the house prices, a line, learning rate \
      0.01, m = c = 0. Type help for the commands; anything else is an expression, such as \
      D_m = (-2/n) * sum(X * (Y - Y_pred)).

      With --lesson, the session follows a lesson: each step's text is printed when it \
      opens, answers go after answer, and next continues. Progress is saved (see \
      --progress) so the lesson resumes where it was left.

      Reads standard input to its end or to quit; exit status 0, or 2 for a lesson that \
      cannot be read.
      """
  )

  @Option(help: "Follow a lesson: a path, a file name in the lessons folder, or an id.")
  var lesson: String?

  @Option(help: "The lessons folder (default: $DOWNHILL_LESSONS, else ./Lessons).")
  var lessonsFolder: String?

  @Option(
    help: "The progress file (default: $XDG_DATA_HOME/downhill/progress.json).")
  var progress: String?

  @Option(help: "Columns of the plots printed by view (default 72).")
  var width = 72

  @Option(help: "Rows of the plots printed by view (default 20).")
  var height = 20

  @Flag(help: "Only ASCII characters in plots.")
  var ascii = false

  func run() throws {
    guard (20...400).contains(width), (6...200).contains(height) else {
      throw DescentError("--width is from 20 to 400 and --height from 6 to 200")
    }
    var session: Session
    var recorder: ProgressRecorder?
    if let lesson {
      let library = LessonLibrary(option: lessonsFolder, environment: Environment.variables())
      let store = LessonOpening.store(path: progress)
      session = try LessonOpening.session(lesson: lesson, library: library, store: store)
      recorder = LessonOpening.recorder(store)
    } else {
      session = Session(
        loader: DataLoader { path, target in
          try Dataset(
            csv: DataFiles.readCSV(path), source: path,
            target: target)
        })
    }
    let capabilities = TerminalCapabilities.detect(
      codeset: Environment.codeset(), environment: Environment.variables(),
      isTerminal: false, color: .never, forceASCII: ascii)
    let style = ChartStyle(theme: .monochrome, tier: capabilities.tier)
    let interactive = isatty(0) != 0
    // In a lesson, each step's text is printed when it opens, with what its run block did.
    var shownStep: Int?
    var printed = 0
    func showStep(ran entries: ArraySlice<TranscriptEntry>) {
      guard let pane = session.lessonPane, pane.stepIndex != shownStep else { return }
      shownStep = pane.stepIndex
      print("")
      for line in pane.textLines { print(line) }
      for entry in entries {
        print("> \(entry.input)")
        for output in entry.output { print(output) }
      }
      print("")
    }
    showStep(ran: session.transcript[...])
    printed = session.transcript.count
    var input = InputLines()
    while !session.isFinished {
      if interactive {
        print("downhill> ", terminator: "")
        fflush(nil)
      }
      guard let line = input.next() else { break }
      let response = session.apply(line: line)
      for output in response.lines { print(output) }
      for output in recorder?.carryOut(response, in: &session) ?? [] { print(output) }
      if case .viewChanged = response.events.first {
        let pictures = Pictures(session.workspace)
        print(pictures.render(width: width, height: height, style: style).plainText, terminator: "")
      }
      if session.isPlaying {
        let played = session.playBurst()
        for output in played.lines { print(output) }
        for output in recorder?.carryOut(played, in: &session) ?? [] { print(output) }
      }
      let count = session.transcript.count
      showStep(ran: session.transcript[Swift.min(printed, count)..<Swift.max(count - 1, printed)])
      printed = count
    }
  }
}
