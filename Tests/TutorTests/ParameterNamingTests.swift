import Descent
import TestSupport
import Testing

@testable import Tutor

/// The parameter snapshot names a one-input line's parameters as the session calls them:
/// the course's m and c for a linear model, the layout's w and b for other models and in a
/// lesson that starts the line from w and b.
@Suite struct ParameterNamingTests {
  static let library = LessonLibrary(directory: RepositoryPaths.lessons)

  @Test func aLinearModelIsTheCoursesLineMAndC() {
    var session = Session()
    #expect(session.apply(line: "step").lines.last == "m = 33, c = 9")
    #expect(session.run.lineNames == .course)
  }

  @Test func aPolynomialOfDegreeOneKeepsItsLayoutsWAndB() {
    var session = Session()
    session.apply(line: "model poly:1")
    // The same first epoch as the line's: w = [33], b = 9.
    #expect(session.apply(line: "step").lines.last == "w = [33], b = 9")
    #expect(session.apply(line: "rewind").lines == ["back at epoch 0: w = [0], b = 0"])
  }

  /// Issue 14: `neural-network` printed `m = 0.848, c = -0.204` for a neuron its lesson calls
  /// w and b.
  @Test func aLessonThatStartsTheLineFromWAndBIsShownWAndB() throws {
    let file = try Self.library.resolve("neural-network")
    var session = try Session.opening(
      try Self.library.load(file), loader: Self.library.loader(forLessonAt: file))
    // w = 0.5 - 0.01·(-34.8) = 0.848 and b = -0.3 - 0.01·(-9.6) = -0.204 (the lesson's own
    // numbers: dw = 2·mean((Y_pred - Y)·X), db = 2·mean(Y_pred - Y) on y = 2x, x = 1…5).
    #expect(
      session.apply(line: "step").lines == [
        "epoch 1: loss 27.54 before the update", "w = [0.848], b = -0.204",
      ])
    #expect(session.apply(line: "reset").lines == ["back to epoch 0: w = [0.5], b = -0.3"])
  }

  @Test func aLessonThatStartsTheLineFromMAndCIsShownMAndC() throws {
    let file = try Self.library.resolve("learning-rate")
    var session = try Session.opening(
      try Self.library.load(file), loader: Self.library.loader(forLessonAt: file))
    #expect(session.apply(line: "step").lines.last == "m = 33, c = 9")
  }

  /// Issue 14: a logistic model of one input offered the line's `m` and `c` at the prompt,
  /// though its curve is a sigmoid, not a line, and the screen calls them w and b.
  @Test func aLogisticModelOfOneInputHasNoMOrC() {
    let pass = Dataset(
      name: "pass", featureNames: ["x"], targetName: "y", features: [1, 2, 3, 4],
      targets: [0, 0, 1, 1])
    var session = Session(loader: DataLoader { _, _ in pass })
    session.apply(line: "data pass.csv")
    session.apply(line: "model logistic")
    #expect(session.apply(line: "m").failure?.message.hasPrefix("name 'm' is not defined") == true)
    #expect(session.apply(line: "c").failure?.message.hasPrefix("name 'c' is not defined") == true)
    #expect(session.apply(line: "w").lines == ["array([0.])"])
    #expect(session.workspace.parameterNames == ["w", "b"])
    session.apply(line: "model linear")
    #expect(session.apply(line: "m").lines == ["0.0"])
  }
}
