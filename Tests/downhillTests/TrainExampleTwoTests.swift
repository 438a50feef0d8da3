import Testing

/// The course's example 2: a degree-2 polynomial on `squares` (y = x²), which least squares
/// and normalized descent recover, and which unnormalized descent at rate 0.01 cannot.
@Suite struct TrainExampleTwoTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  @Test func normalizedDescentRecoversTheSquare() throws {
    let result = try downhill.expectSuccess([
      "train", "--json", "--normalize", "zscore", "--model", "poly:2", "--data", "squares",
      "--lr", "0.1", "--epochs", "5000",
    ])
    let report = try result.json()
    let parameters = try #require(report.object("parameters"), "\(result)")
    let w = try #require(parameters.numbers("w"), "\(result)")
    let b = try #require(parameters.number("b"), "\(result)")
    #expect(w.isClose(to: [0, 1], within: 1e-6), "w = \(w)")
    #expect(b.isClose(to: 0, within: 1e-6), "b = \(b)")
    let normalized = try #require(report.object("parameters_normalized"), "\(result)")
    #expect(normalized.numbers("w")?.count == 2)
    #expect(normalized.number("b") != nil)
    #expect(report.string("normalize") == "zscore")
    #expect(report.number("epochs") == 5000)
    #expect(report.bool("diverged") == false)
  }

  @Test func closedFormSolvesTheSquareWithoutEpochs() throws {
    let result = try downhill.expectSuccess([
      "train", "--json", "--solver", "closed-form", "--model", "poly:2", "--data", "squares",
    ])
    let report = try result.json()
    #expect(report.number("epochs") == 0, "\(result)")
    #expect(report.numbers("loss") == [], "\(result)")
    let parameters = try #require(report.object("parameters"), "\(result)")
    let w = try #require(parameters.numbers("w"), "\(result)")
    let b = try #require(parameters.number("b"), "\(result)")
    #expect(w.isClose(to: [0, 1], within: 1e-9), "w = \(w)")
    #expect(b.isClose(to: 0, within: 1e-9), "b = \(b)")
    #expect(report.string("solver") == "closed-form")
    #expect(report.bool("diverged") == false)
    #expect(report.isNull("diverged_at"))
  }

  @Test func closedFormTextHasNoLossTable() throws {
    let result = try downhill.expectSuccess([
      "train", "--solver", "closed-form", "--model", "poly:2", "--data", "squares",
    ])
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "poly:2 on squares, mse loss, least-squares closed form", "\(result)")
    #expect(!lines.contains { $0.hasPrefix("epoch") }, "\(result)")
    #expect(lines.contains("parameters (raw units):"), "\(result)")
  }

  @Test func closedFormRefusesLogisticRegression() throws {
    try downhill.expectBadInput(
      ["train", "--solver", "closed-form", "--model", "logistic", "--data", "xor"],
      message:
        "Error: the closed-form solution exists for linear and polynomial models with the mse "
        + "loss; logistic with bce must be trained by descent")
  }

  /// Unnormalized descent at rate 0.01 on x and x² diverges: a lesson, reported with exit 3.
  ///
  /// numpy's run of the same loop (features x, x²; w = 0, b = 0) has losses 195.8, …,
  /// 1742657331.319912 at epoch 8, past 10⁶ times the first.
  static let divergenceMessage =
    "learning rate 0.01 is too high for this data: the loss grew from 200 to 1.7e9 in 8 "
    + "epochs; try a smaller rate or normalize the features"

  @Test func unnormalizedDescentDivergesWithValidJSON() throws {
    let result = try downhill.run(["train", "--json", "--model", "poly:2", "--data", "squares"])
    #expect(result.exitStatus == 3, "\(result)")
    let report = try result.json()
    #expect(report.bool("diverged") == true, "\(result)")
    #expect(report.number("diverged_at") == 8)
    let message = try #require(report.string("message"), "\(result)")
    #expect(message.hasPrefix("learning rate 0.01 is too high"))
    #expect(message == Self.divergenceMessage)
    // Seven updates were applied; epoch 8's loss is the one that gave divergence away.
    #expect(report.number("epochs") == 7)
    let loss = try #require(report.numbers("loss"), "\(result)")
    #expect(loss.count == 8)
    #expect(loss.first == 195.8)
    #expect(loss.last.map { $0.isClose(to: 1742657331.319912, relative: 1e-12) } == true)
    #expect(report.object("parameters")?.numbers("w")?.allSatisfy(\.isFinite) == true)
    // A script reading only the exit status and stderr learns why, too.
    #expect(result.stderr == "training diverged at epoch 8: \(Self.divergenceMessage)\n")
  }

  @Test func unnormalizedDescentDivergesInText() throws {
    let result = try downhill.run(["train", "--model", "poly:2", "--data", "squares"])
    #expect(result.exitStatus == 3, "\(result)")
    #expect(
      result.stdout.hasSuffix("\ndiverged at epoch 8: \(Self.divergenceMessage)\n"), "\(result)")
  }

  @Test func aNonFiniteLossIsWrittenAsNull() throws {
    let directory = try TemporaryDirectory()
    try directory.write("x,y\n1e200,1e200\n2e200,3e200\n", to: "huge.csv")
    let result = try downhill.run(["train", "--json", "--data", "huge.csv"], in: directory.url)
    #expect(result.exitStatus == 3, "\(result)")
    let report = try result.json()
    #expect(report.bool("diverged") == true)
    #expect(report.number("diverged_at") == 1)
    #expect(report.isNull("final_loss"), "\(result)")
    #expect(report.number("epochs") == 0)
    #expect(
      report.string("message")?.hasPrefix(
        "the loss is not a finite number at the starting parameters") == true, "\(result)")
  }
}
