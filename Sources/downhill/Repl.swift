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
    commandName: "repl",
    abstract: "Type commands and expressions at a prompt, one line at a time.",
    discussion: """
      The session starts on the course's example 1: the house prices, a line, learning rate \
      0.01, m = c = 0. Type help for the commands; anything else is the course's Python, \
      such as D_m = (-2/n) * sum(X * (Y - Y_pred)), with the session's names (X, Y, m, c, \
      L, Y_pred, loss…), np and plt already there. A line ending in : opens a block, \
      continued after ... and run by a blank line; each pass of a loop that assigns m or c \
      is an epoch of the run.

      With --lesson, the session follows a lesson: each step's text is printed when it \
      opens, answers go after answer, and next continues. Progress is saved (see \
      --progress) so the lesson resumes where it was left.

      view prints a plot of 72×20 unless --width and --height say otherwise.

      Reads standard input to its end or to quit; exit status 0, or 2 for a lesson that \
      cannot be read.

      Given a Python file, runs it instead, as python would: the course's Python with \
      numpy (import numpy as np) and matplotlib (import matplotlib.pyplot as plt), whose \
      plt.show() draws the figure here. Exit status 0, 1 when the program stops with an \
      error (shown under its line), or 2 for a file that cannot be read.
      """
  )

  @Argument(help: "A Python file to run (the course's Python, with numpy and matplotlib).")
  var script: String?

  @Option(
    help: "Follow a lesson: a path, a file name in the lessons folder, or an id.",
    completion: LessonCompletion.kind)
  var lesson: String?

  @OptionGroup var source: LessonSource

  @OptionGroup var progress: ProgressOption

  @OptionGroup var size: ScreenSize

  @Flag(help: "Only ASCII characters in plots.")
  var ascii = false

  @OptionGroup var student: StudentOption

  /// Without a lesson there is nothing to look up or to save: options that only serve one
  /// are refused rather than ignored.
  func validate() throws {
    if script != nil && lesson != nil {
      throw ValidationError("a script runs on its own; give either a file or --lesson")
    }
    guard lesson == nil else { return }
    if source.folder != nil {
      throw ValidationError("--lessons-folder is where --lesson is looked up; give --lesson too")
    }
    if progress.file != nil {
      throw ValidationError("--progress saves a lesson's progress; give --lesson too")
    }
    if student.id != nil {
      throw ValidationError("--student draws a lesson for a student; give --lesson too")
    }
  }

  func run() throws {
    if let script {
      try runScript(script)
      return
    }
    var session: Session
    var recorder: ProgressRecorder?
    if let lesson {
      let store = progress.store
      session = try LessonOpening.session(
        lesson: lesson, library: source.library, store: store,
        student: student.resolve(store: store))
      recorder = LessonOpening.recorder(store)
    } else {
      session = Session(
        loader: DataLoader { path, target in
          try CSVFile.dataset(at: path, target: target)
        })
    }
    let capabilities = TerminalCapabilities.detect(
      codeset: Environment.codeset(), environment: Environment.variables(),
      isTerminal: false, color: .never, forceASCII: ascii)
    let style = ChartStyle(theme: .monochrome, tier: capabilities.tier)
    let width = size.columns(default: 72)
    let height = size.rows(default: 20)
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
        print(session.awaitsMoreInput ? "...       " : "downhill> ", terminator: "")
        fflush(nil)
      }
      guard let line = input.next() else { break }
      let response = session.apply(line: line)
      for event in response.events {
        if case .showedFigure(let figure) = event {
          // The figure where the program showed it, drawn at the plot size.
          for output in SessionEvent.lines([event]) { print(output) }
          print(
            FigurePicture(figure).render(width: width, height: height, style: style).plainText,
            terminator: "")
        } else {
          for output in SessionEvent.lines([event]) { print(output) }
        }
      }
      if let failure = response.failure { print(failure.rendered) }
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

  /// Runs a Python file, printing its output and drawing its figures.
  private func runScript(_ path: String) throws {
    let source: String
    do {
      source = try TextFile.read(path, limit: TextFile.documentLimit)
    } catch {
      throw OptionError(error.description)
    }
    let capabilities = TerminalCapabilities.detect(
      codeset: Environment.codeset(), environment: Environment.variables(),
      isTerminal: false, color: .never, forceASCII: ascii)
    let style = ChartStyle(theme: .monochrome, tier: capabilities.tier)
    let result = PythonScript.run(
      source, name: path, width: size.columns(default: 72), height: size.rows(default: 20),
      style: style)
    for line in result.lines { print(line) }
    if let error = result.error {
      fflush(nil)
      printError(error)
      throw ExitCode(1)
    }
  }
}
