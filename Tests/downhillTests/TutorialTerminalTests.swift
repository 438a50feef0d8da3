import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `downhill` full screen, run in tmux as a student would run it: the menu, a lesson, one
/// epoch a key, play, resizing, and every way out leaving a clean shell behind.
///
/// The app runs under `timeout --foreground` (plain `timeout` would put it in a
/// background process group, where it stops on SIGTTOU) inside `sh -c '…; echo EXIT=$?'`,
/// so its exit status shows in the pane once the terminal is restored.
@Suite(
  .serialized,
  // tmux drives a real terminal; without it these tests cannot run, and say so.
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the full-screen tests skip")
)
struct TutorialTerminalTests {
  let downhill: CommandRunner
  /// Holds the progress file, removed after the test.
  let folder: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    folder = try TemporaryDirectory()
  }

  // MARK: - Starting

  /// The linear-regression lesson's title and first step's title, read from the lesson so
  /// an edited lesson does not break the tests.
  static let lesson: (title: String, firstStep: String) = {
    let file = LessonCommandTests.lessons.appendingPathComponent("02-linear-regression.md")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n").map(String.init)
    let title = lines.first { $0.hasPrefix("title: ") }.map { String($0.dropFirst(7)) }
    let step = lines.first { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
    return (title ?? "Linear regression", step ?? "The data")
  }()

  /// The shell command that runs `downhill arguments…` on the repository's lessons and a
  /// fresh progress file, then prints its exit status.
  func command(_ arguments: [String], pipeTo pipe: String? = nil) -> String {
    let words =
      [downhill.executable.path] + arguments + [
        "--lessons-folder", LessonCommandTests.lessons.path, "--progress",
        folder.path("progress.json"),
      ]
    var line = "timeout --foreground 60 " + words.map(TmuxSession.quoted).joined(separator: " ")
    line += "; echo EXIT=$?"
    // In a pipe, the status goes to standard error, which is still the terminal.
    if let pipe { line = "(\(line) >&2) | \(pipe)" }
    return "env -u NO_COLOR sh -c " + TmuxSession.quoted(line + "; sleep 120")
  }

  /// The tutorial started in tmux at `width` × `height`, its menu showing.
  func startTutorial(
    _ arguments: [String] = [], width: Int = 100, height: Int = 30
  ) throws -> TmuxSession {
    let tmux = try TmuxSession(command: command(arguments), width: width, height: height)
    try tmux.waitFor(Self.lesson.title)
    return tmux
  }

  /// The tutorial started in tmux with the linear-regression lesson open at its first step.
  func startLesson() throws -> TmuxSession {
    let tmux = try startTutorial()
    // Move the menu's selection (the row marked ›) down to the lesson, one row at a time,
    // and open it.
    func selectedRow(_ screen: String) -> String {
      screen.split(separator: "\n").first { $0.contains("›") }.map(String.init) ?? ""
    }
    for _ in 0..<30 {
      let selected = selectedRow(try tmux.capture())
      if selected.contains("linear-regression") { break }
      try tmux.send("Down")
      try tmux.wait(for: "the selection to move") { selectedRow($0) != selected }
    }
    try tmux.send("Enter")
    try tmux.waitFor(Self.lesson.firstStep)
    try tmux.waitFor("epoch 0")
    return tmux
  }

  /// Waits for the app to exit and expects status 0 with the shell's screen back: no trace
  /// of the tutorial's screen is left in the pane.
  func expectCleanExit(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let screen = try tmux.waitFor("EXIT=")
    #expect(screen.contains("EXIT=0"), "\(screen)", sourceLocation: sourceLocation)
    #expect(!screen.contains("downhill>"), "\(screen)", sourceLocation: sourceLocation)
    #expect(!screen.contains(Self.lesson.title), "\(screen)", sourceLocation: sourceLocation)
  }

  /// The epoch in the status line: the first "epoch N" on the screen.
  static func epoch(in screen: String) -> Int? {
    var rest = screen[...]
    while let range = rest.range(of: "epoch ") {
      rest = rest[range.upperBound...]
      if let epoch = Int(rest.prefix { $0.isNumber }) { return epoch }
    }
    return nil
  }

  /// The braille dots on the screen, row by row: what the charts drew.
  static func plot(in screen: String) -> [String] {
    screen.split(separator: "\n").map { line in
      String(
        line.unicodeScalars.filter { (0x2800...0x28FF).contains($0.value) }.map(Character.init))
    }
  }

  // MARK: - Screens

  @Test func theMenuListsTheLessons() throws {
    let tmux = try startTutorial()
    let screen = try tmux.capture()
    #expect(screen.contains("linear-regression"), "\(screen)")
    #expect(screen.contains("not started"), "\(screen)")
  }

  @Test func openingALessonShowsItsFirstStep() throws {
    let tmux = try startLesson()
    let screen = try tmux.capture()
    #expect(screen.contains("step 1/"), "\(screen)")
    #expect(screen.contains("downhill>"), "\(screen)")
  }

  @Test func presentOpensTheLessonAtOnce() throws {
    let tmux = try TmuxSession(
      command: command(["present", "linear-regression", "--theme", "high-contrast"]),
      width: 100, height: 30)
    try tmux.waitFor(Self.lesson.firstStep)
    try tmux.send("C-q")
    try expectCleanExit(tmux)
  }

  @Test func spaceOnAnEmptyPromptRunsOneEpochAndMovesThePlot() throws {
    let tmux = try startLesson()
    let before = try tmux.capture()
    try tmux.send("Space")
    // The status line may reach the pane a moment before the rest of the frame: wait for
    // both the epoch and the plot.
    let after = try tmux.wait(for: "epoch 1 and a moved plot") {
      Self.epoch(in: $0) == 1 && Self.plot(in: $0) != Self.plot(in: before)
    }
    #expect(Self.plot(in: after) != Self.plot(in: before), "before:\n\(before)\nafter:\n\(after)")
    #expect(Self.epoch(in: before) == 0, "\(before)")
  }

  @Test func playAnimatesUntilAKeyStopsIt() throws {
    let tmux = try startLesson()
    try tmux.type("play")
    try tmux.send("Enter")
    let playing = try tmux.wait(for: "play to pass epoch 3") { (Self.epoch(in: $0) ?? 0) > 3 }
    let later = try tmux.wait(for: "play to go on") {
      (Self.epoch(in: $0) ?? 0) > (Self.epoch(in: playing) ?? 0)
    }
    #expect(Self.plot(in: later) != Self.plot(in: playing), "\(playing)\n\(later)")
    // Space stops play (and only stops it); the epoch then stays put.
    try tmux.send("Space")
    try tmux.waitFor("paused")
    let stopped = Self.epoch(in: try tmux.capture())
    Thread.sleep(forTimeInterval: 0.5)
    let screen = try tmux.capture()
    #expect(Self.epoch(in: screen) == stopped, "\(screen)")
  }

  @Test func aSmallWindowShowsTheNoteAndTheLayoutComesBack() throws {
    let tmux = try startLesson()
    try tmux.resize(width: 40, height: 10)
    let small = try tmux.waitFor("larger")
    #expect(!small.contains("downhill>"), "\(small)")
    try tmux.resize(width: 100, height: 30)
    try tmux.waitFor(Self.lesson.firstStep)
    try tmux.waitFor("downhill>")
  }

  // MARK: - Ways out

  @Test func theQuitKeyExitsCleanly() throws {
    let tmux = try startLesson()
    try tmux.send("C-q")
    try expectCleanExit(tmux)
  }

  /// `--record FILE.cast`: an asciinema v2 header, then one event a screen drawn, in order.
  @Test func aRecordedSessionIsAValidCastFile() throws {
    let cast = folder.path("session.cast")
    let tmux = try startTutorial(["--record", cast])
    try tmux.send("Enter")
    // The first lesson minimizes a function: its status line counts descent steps.
    try tmux.waitFor("· 0 steps ·")
    try tmux.send("Space")
    try tmux.waitFor("· 1 step ·")
    try tmux.send("C-q")
    try expectCleanExit(tmux)
    let lines = try String(contentsOfFile: cast, encoding: .utf8).split(separator: "\n")
    let header = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(header["version"] as? Int == 2)
    #expect(header["width"] as? Int == 100)
    #expect(header["height"] as? Int == 30)
    let events = try lines.dropFirst().map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
    }
    #expect(events.count >= 3)
    let times = events.compactMap { $0.first as? Double }
    #expect(times.count == events.count)
    #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 }, "\(times)")
    #expect(events.allSatisfy { $0.count == 3 && $0[1] as? String == "o" })
    #expect((events.last?[2] as? String)?.contains("· 1 step ·") == true)
  }

  @Test func quitTypedAtThePromptExitsCleanly() throws {
    let tmux = try startLesson()
    try tmux.type("quit")
    try tmux.send("Enter")
    try expectCleanExit(tmux)
  }

  @Test func controlCExitsCleanly() throws {
    let tmux = try startLesson()
    try tmux.send("C-c")
    try expectCleanExit(tmux)
  }

  @Test func theMenuQuitsWithControlCToo() throws {
    let tmux = try startTutorial()
    try tmux.send("C-c")
    try expectCleanExit(tmux)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/task")))
  func sigtermRestoresTheTerminal() throws {
    let tmux = try startLesson()
    // The pane runs a shell, which runs env, sh and timeout, which runs downhill.
    let pid = try #require(
      Self.descendants(of: try tmux.panePID()).first { Self.name(of: $0) == "downhill" },
      "no downhill process")
    #expect(kill(pid, SIGTERM) == 0)
    try expectCleanExit(tmux)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
  func controlZSuspendsAndFgRedraws() throws {
    let tmux = try TmuxSession(
      command: "env -u NO_COLOR PS1='$ ' /bin/bash --norc --noprofile -i", width: 100,
      height: 30)
    try tmux.waitFor("$")
    let words =
      [downhill.executable.path] + [
        "--lessons-folder", LessonCommandTests.lessons.path, "--progress",
        folder.path("progress.json"),
      ]
    try tmux.type("clear; " + words.map(TmuxSession.quoted).joined(separator: " "))
    try tmux.send("Enter")
    try tmux.waitFor(Self.lesson.title)
    try tmux.send("C-z")
    try tmux.waitFor("Stopped")
    try tmux.type("fg")
    try tmux.send("Enter")
    try tmux.wait(for: "the menu again") {
      $0.contains(Self.lesson.title) && !$0.contains("Stopped")
    }
    try tmux.send("C-q")
    try tmux.type("echo EXIT=$?")
    try tmux.send("Enter")
    try tmux.waitFor("EXIT=0")
  }

  /// The descendants of process `pid`, nearest first, from Linux's /proc.
  static func descendants(of pid: Int32) -> [Int32] {
    var found: [Int32] = []
    var queue = [pid]
    while !queue.isEmpty {
      let parent = queue.removeFirst()
      let path = "/proc/\(parent)/task/\(parent)/children"
      let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      let children = text.split(separator: " ").compactMap { Int32($0) }
      found += children
      queue += children
    }
    return found
  }

  /// The command name of process `pid` (Linux's /proc/PID/comm).
  static func name(of pid: Int32) -> String {
    let text = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  // MARK: - No terminal

  @Test func pipedOutputGetsTheMessageAndStatus2() throws {
    // Wide enough for the message on one line.
    let tmux = try TmuxSession(command: command([], pipeTo: "cat"), width: 300, height: 30)
    let screen = try tmux.waitFor("EXIT=")
    #expect(screen.contains("standard output is not a terminal"), "\(screen)")
    #expect(screen.contains("downhill repl"), "\(screen)")
    #expect(screen.contains("EXIT=2"), "\(screen)")
  }
}
