import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The full-screen tutorial crashing, killed or flooded in a real terminal (tmux): the
/// terminal always comes back usable, with the crash's report on the shell's screen, and a
/// long paste is answered at once and never reaches the shell.
///
/// Crashes are made on purpose through `DOWNHILL_TEST_CRASH` (a key that traps or raises a
/// signal), which only tests set. After the app, the shell prints its exit status, the
/// terminal's modes (`stty -a`) and how many bytes of input were left unread.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the full-screen tests skip")
)
struct TutorialCrashTests {
  let downhill: CommandRunner
  let folder: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    folder = try TemporaryDirectory()
  }

  /// The shell command: `downhill arguments…` with `environment` set, then the status, the
  /// modes, and the unread input's length (read without waiting for a line).
  ///
  /// The shell and `timeout` share the app's process group, so a ^C typed on the terminal
  /// reaches them too; `shellIgnoresControlC` keeps them running, as a login shell's job
  /// control would.
  func command(
    _ arguments: [String], environment: [String: String] = [:], shellIgnoresControlC: Bool = false
  ) -> String {
    let words =
      [downhill.executable.path] + arguments + [
        "--lessons-folder", LessonCommandTests.lessons.path, "--progress",
        folder.path("progress.json"),
      ]
    // Swift's backtracer would ask for a key for 30 s on a terminal; the report is what
    // matters here.
    let settings = environment.merging(["SWIFT_BACKTRACE": "interactive=no,color=no"]) { a, _ in a }
    var line =
      (shellIgnoresControlC ? "trap '' INT; " : "") + "env "
      + settings.sorted { $0.key < $1.key }.map { "\($0)=\(TmuxSession.quoted($1))" }
      .joined(separator: " ")
    line += " timeout --foreground 60 " + words.map(TmuxSession.quoted).joined(separator: " ")
    line += "; echo EXIT=$?; echo MODES: $(stty -a | tr ' ;' '\\n\\n'"
    line += " | grep -E '^-?(icanon|echo|isig|onlcr)$' | tr '\\n' ' ')"
    line += "; stty -icanon min 0 time 5; echo LEFTOVER=$(head -c 10000000 | wc -c)"
    return "env -u NO_COLOR sh -c " + TmuxSession.quoted(line + "; sleep 120")
  }

  /// Waits for the shell's report after the app and checks it: `status`, a terminal in
  /// canonical mode with echo, signals and output processing, no input left unread.
  @discardableResult
  func expectRestored(
    _ tmux: TmuxSession, status: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let screen = try tmux.waitFor("LEFTOVER=", timeout: 30)
    #expect(screen.contains("EXIT=\(status)"), "\(screen)", sourceLocation: sourceLocation)
    let modes =
      screen.split(separator: "\n").first { $0.hasPrefix("MODES: ") }.map(String.init)
      ?? ""
    let words = Set(modes.split(separator: " ").map(String.init))
    for mode in ["icanon", "echo", "isig", "onlcr"] {
      #expect(words.contains(mode), "\(mode) is off: \(screen)", sourceLocation: sourceLocation)
    }
    #expect(screen.contains("LEFTOVER=0"), "\(screen)", sourceLocation: sourceLocation)
    return screen
  }

  func startLesson(environment: [String: String]) throws -> TmuxSession {
    let tmux = try TmuxSession(
      command: command(["present", "linear-regression"], environment: environment), width: 100,
      height: 30)
    try tmux.waitFor(TutorialTerminalTests.lesson.firstStep)
    return tmux
  }

  @Test func aTrapGivesTheTerminalBackBeforeTheReport() throws {
    let tmux = try startLesson(environment: ["DOWNHILL_TEST_CRASH": "x"])
    try tmux.send("x")
    // SIGILL: 128 + 4. The report is on the shell's screen, not under the lesson.
    let screen = try expectRestored(tmux, status: 132)
    #expect(!screen.contains(TutorialTerminalTests.lesson.firstStep), "\(screen)")
  }

  @Test(arguments: [("SEGV", 139), ("ABRT", 134), ("FPE", 136), ("BUS", 135)])
  func aFatalSignalGivesTheTerminalBack(signal: String, status: Int) throws {
    let tmux = try startLesson(environment: ["DOWNHILL_TEST_CRASH": "x:\(signal)"])
    try tmux.send("x")
    try expectRestored(tmux, status: status)
  }

  @Test func sigquitFromOutsideEndsTheTutorialWithTheTerminalBack() throws {
    let tmux = try startLesson(environment: [:])
    let app = try tmux.paneProcesses().first { $0.name == "downhill" }
    let pid = try #require(app?.pid)
    #expect(kill(pid, SIGQUIT) == 0)
    // Ended by SIGQUIT (128 + 3): it does not go on in raw mode.
    try expectRestored(tmux, status: 131)
  }

  /// The tutorial with the menu's first lesson open, its prompt showing.
  func startAtPrompt(shellIgnoresControlC: Bool = false) throws -> TmuxSession {
    let tmux = try TmuxSession(
      command: command([], shellIgnoresControlC: shellIgnoresControlC), width: 100, height: 30)
    try tmux.waitFor(TutorialTerminalTests.lesson.title)
    try tmux.send("Enter")
    try tmux.waitFor("downhill>")
    return tmux
  }

  @Test func aLongPasteIsAnsweredAtOnce() throws {
    let tmux = try startAtPrompt()
    // 12 KB: a character at a time with a redraw each, 8 KB took 35 s. (A list, since a
    // chain of 4000 additions is deeper than an expression may nest.)
    try tmux.paste("sum([" + String(repeating: "1, ", count: 4000) + "1])")
    try tmux.send("Enter")
    try tmux.waitFor("4001", timeout: 10)
    try tmux.send("C-q")
    try expectRestored(tmux, status: 0)
  }

  /// ^C while the student's Python runs stops it there; the tutorial goes on, its names
  /// as the cell left them, and quits with the terminal as it was.
  @Test func controlCStopsARunningCellAndTheTutorialGoesOn() throws {
    let tmux = try startAtPrompt(shellIgnoresControlC: true)
    for line in ["i = 0", "while True:", "    i += 1", ""] {
      if !line.isEmpty { try tmux.paste(line) }
      try tmux.send("Enter")
    }
    // 50 million steps take far longer than this in any build: the budget is not what stops it.
    Thread.sleep(forTimeInterval: 1)
    try tmux.send("C-c")
    try tmux.waitFor("stopped by ^C", timeout: 10)
    try tmux.paste("i > 0")
    try tmux.send("Enter")
    try tmux.waitFor("True", timeout: 10)
    try tmux.send("C-q")
    try expectRestored(tmux, status: 0)
  }

  @Test func aPasteCutShortBySIGTERMNeverReachesTheShell() throws {
    let tmux = try startAtPrompt()
    let app = try tmux.paneProcesses().first { $0.name == "downhill" }
    let pid = try #require(app?.pid)
    try tmux.paste(String(repeating: "1+", count: 100_000) + "1")
    #expect(kill(pid, SIGTERM) == 0)
    try expectRestored(tmux, status: 0)
  }
}
