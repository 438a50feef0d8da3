import CursesUI
import Descent
import TermPlot
import Tutor

/// Starting the full-screen tutorial for `downhill` and `downhill present`: the terminal,
/// the look that suits it, and the event loop.
enum FullScreen {
  /// What a command asks of the full screen.
  struct Request {
    /// A lesson to open at once (`present`), or nil for the menu.
    var lesson: String?
    /// Presentation mode.
    var presentation = false
    /// Seconds between automatic steps in presentation mode.
    var autoplay: Double?
    /// The `--theme` option's value.
    var theme = Theme.standard
    /// `--ascii`.
    var ascii = false
    /// Where lessons are looked up (`--lessons-folder`).
    var library: LessonLibrary
    /// Where progress is saved; nil saves nothing.
    var store: ProgressStore?
    /// `--record FILE.cast`: an asciinema recording of the session.
    var record: String?
    /// The student lessons are drawn for (`--student`, or the progress file's).
    var student: String?
  }

  /// Runs the tutorial until the student quits, the app finishes or a signal arrives, and
  /// restores the terminal on every way out. Throws `TerminalUnavailable` (exit status 2)
  /// before touching the screen when the terminal cannot be used.
  static func run(_ request: Request) throws {
    let preferred = request.theme
    let library = request.library
    let environment = Environment.variables()
    if let lesson = request.lesson {
      // A lesson that cannot be found is reported before the screen is taken over.
      _ = try library.resolve(lesson)
    }
    // The recording file is opened before the screen is taken over, so a path that
    // cannot be written is reported plainly.
    let recording = try request.record.map { try CastRecording(path: $0) }
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(environment: environment)
    } catch {
      throw TerminalUnavailable(reason: error)
    }
    defer { terminal.restore() }
    let capabilities = TerminalCapabilities.detect(
      codeset: terminal.codeset, environment: environment, isTerminal: true,
      forceASCII: request.ascii)
    terminal.colorDepth = preferred == .monochrome ? .none : capabilities.colorDepth
    let style = ChartStyle(
      theme: capabilities.theme(preferring: preferred), tier: capabilities.tier)
    var app = TutorialApp(
      configuration: TutorialApp.Configuration(
        library: library, store: request.store, style: style, lesson: request.lesson,
        presentation: request.presentation, autoplay: request.autoplay,
        student: request.student, clock: { Clock.now() }))
    // Every outcome (quit, finished, a signal, a lost terminal) is a clean exit: progress
    // is saved as it is made, and the terminal is restored on the way out.
    let depth = terminal.colorDepth
    recording?.start(
      width: terminal.columns, height: terminal.rows, term: environment["TERM"])
    let outcome = TutorialLoop.run(
      &app, on: terminal, drawn: { frame in recording?.write(frame, depth: depth) },
      crash: CrashTrigger(environment: environment))
    switch outcome {
    case .signal, .hangup: terminal.discardUnreadInput()
    case .quit, .finished: break
    }
  }
}
