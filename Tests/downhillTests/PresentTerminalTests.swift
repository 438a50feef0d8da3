import Foundation
import Testing

/// `downhill present` in tmux, as a teacher runs it on a projector: `p` plays and pauses
/// the training, `a` pauses and resumes autoplay.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the full-screen tests skip")
)
struct PresentTerminalTests {
  let downhill: CommandRunner
  /// Holds the progress file, removed after the test.
  let folder: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    folder = try TemporaryDirectory()
  }

  /// `downhill present linear-regression arguments…` in tmux at 100 × 30, on the
  /// repository's lessons, its exit status printed when it ends.
  func present(_ arguments: [String] = []) throws -> TmuxSession {
    let words =
      [downhill.executable.path, "present", "linear-regression"] + arguments + [
        "--lessons-folder", LessonCommandTests.lessons.path, "--progress",
        folder.path("progress.json"),
      ]
    let line =
      "timeout --foreground 60 " + words.map(TmuxSession.quoted).joined(separator: " ")
      + "; echo EXIT=$?; sleep 120"
    let tmux = try TmuxSession(
      command: "env -u NO_COLOR sh -c " + TmuxSession.quoted(line), width: 100, height: 30)
    try tmux.waitFor("epoch 0")
    return tmux
  }

  /// The step number in the status line (`step 3/9` is 3).
  static func step(in screen: String) -> Int? {
    guard let range = screen.range(of: "step ") else { return nil }
    return Int(screen[range.upperBound...].prefix { $0.isNumber })
  }

  @Test func pPlaysTheTrainingAndPAgainPausesIt() throws {
    let tmux = try present()
    try tmux.send("p")
    let playing = try tmux.wait(for: "play to pass epoch 3") {
      (TutorialTerminalTests.epoch(in: $0) ?? 0) > 3
    }
    #expect(playing.contains("p pause"), "\(playing)")
    try tmux.wait(for: "play to go on") {
      (TutorialTerminalTests.epoch(in: $0) ?? 0) > (TutorialTerminalTests.epoch(in: playing) ?? 0)
    }
    try tmux.send("p")
    let paused = try tmux.waitFor("p play")
    let stopped = TutorialTerminalTests.epoch(in: paused)
    Thread.sleep(forTimeInterval: 0.5)
    let later = try tmux.capture()
    #expect(TutorialTerminalTests.epoch(in: later) == stopped, "\(later)")
    try tmux.send("C-q")
    #expect(try tmux.waitFor("EXIT=").contains("EXIT=0"))
  }

  @Test func aPausesAutoplayAndAAgainResumesIt() throws {
    let tmux = try present(["--autoplay", "0.5"])
    try tmux.wait(for: "autoplay to reach step 2") { (Self.step(in: $0) ?? 0) >= 2 }
    try tmux.send("a")
    try tmux.waitFor("autoplay paused")
    // The whole frame reaches the pane a moment after its key bar may.
    Thread.sleep(forTimeInterval: 0.2)
    let paused = try tmux.capture()
    let step = Self.step(in: paused)
    // Four autoplay intervals: nothing moves.
    Thread.sleep(forTimeInterval: 2)
    let later = try tmux.capture()
    #expect(Self.step(in: later) == step, "\(later)")
    #expect(later == paused, "before:\n\(paused)\nafter:\n\(later)")
    try tmux.send("a")
    try tmux.waitFor("autoplay on")
    try tmux.wait(for: "autoplay to go on") { (Self.step(in: $0) ?? 0) > (step ?? 0) }
    try tmux.send("q")
    #expect(try tmux.waitFor("EXIT=").contains("EXIT=0"))
  }
}
