import Foundation
import TermPlot
import Testing

/// A recording replayed in a terminal of its size shows exactly the recorded screen.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct RecordingReplayTests {
  @Test func aRecordedScreenReplaysRowForRowInATerminalOfItsSize() throws {
    let (width, height) = (40, 8)
    var frame = Frame(width: width, height: height)
    frame.draw("status line at the top", x: 0, y: 0)
    for row in 1..<height - 1 { frame.draw("row \(row)", x: 2, y: row) }
    // The last row filled to the last column: nothing may scroll it away.
    frame.draw(String(repeating: "z", count: width), x: 0, y: height - 1)
    let folder = try TemporaryDirectory()
    let file = try folder.write(Asciicast.screen(frame, depth: .none), to: "screen.txt")
    let tmux = try TmuxSession(
      command: "sh -c " + TmuxSession.quoted("cat " + TmuxSession.quoted(file) + "; sleep 30"),
      width: width, height: height)
    let screen = try tmux.wait(for: "the last row") { $0.contains(String(repeating: "z", count: 40)) }
    let expected = frame.plainText.split(separator: "\n", omittingEmptySubsequences: false)
      .prefix(height).map { $0.replacing(/\ +$/, with: "") }
    let shown = screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(height)
      .map { $0.replacing(/\ +$/, with: "") }
    #expect(shown == expected, "\(screen)")
  }
}
