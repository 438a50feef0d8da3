import Foundation
import TestSupport
import Testing

/// `downhill play` on the linear-regression lesson: the screens a student sees, as golden
/// text at the two sizes the tutorial is designed for.
@Suite struct PlayScreenTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  /// Correct answers through the whole lesson, with one mistake and a hint on the way.
  static let walkthrough = """
    answer a
    answer b
    next
    answer 247500
    next
    hint
    answer 3300
    answer -3300
    next
    answer D_m = -2*mean(X*(Y - Y_pred)); D_c = (-2/n) * sum(Y - Y_pred)
    next
    answer 33
    next
    answer m = m - L*(-2/n)*sum(X*(Y-Y_pred)); c = c - L*(-2/n)*sum(Y-Y_pred)
    next
    answer 6*m + c
    next
    lr 0.05
    play
    next
    """

  func play(_ arguments: [String], script: String) throws -> CommandResult {
    let folder = try TemporaryDirectory()
    let file = try folder.write(script, to: "script.txt")
    return try downhill.run(
      [
        "play", "linear-regression", "--lessons-folder", LessonCommandTests.lessons.path,
        "--script-file", file,
      ] + arguments)
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theFirstStepAsItOpens(width: Int, height: Int) throws {
    let result = try play(["--width", "\(width)", "--height", "\(height)"], script: "")
    #expect(result.exitStatus == 0, "\(result)")
    Golden.check(result.stdout, named: "play-first-step-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func aWrongGradientShowsItsCounterexample(width: Int, height: Int) throws {
    let script =
      "answer b\nnext\nanswer 247500\nnext\nanswer -3300\nnext\n"
      + "answer D_m = (2/n) * sum(X * (Y - Y_pred)); D_c = (2/n) * sum(Y - Y_pred)\n"
    let result = try play(["--width", "\(width)", "--height", "\(height)"], script: script)
    #expect(result.exitStatus == 0, "\(result)")
    Golden.check(result.stdout, named: "play-wrong-gradient-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theSummaryAfterTheWholeLesson(width: Int, height: Int) throws {
    let result = try play(
      ["--width", "\(width)", "--height", "\(height)"], script: Self.walkthrough)
    #expect(result.exitStatus == 0, "\(result)")
    Golden.check(result.stdout, named: "play-summary-\(width)x\(height)")
  }
}
