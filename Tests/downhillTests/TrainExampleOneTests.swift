import Testing

/// `downhill train` with its defaults: the course's example 1, a line fitted to the house
/// prices by plain gradient descent (rate 0.01, 1000 epochs, from m = c = 0).
///
/// Reference numbers come from the course loop run in numpy (float64):
///
///     X = np.array([1, 2, 3, 4, 5.]); Y = 150 * X; m = c = 0.; L = 0.01; n = 5.
///     for i in range(1000):
///         Y_pred = m * X + c
///         loss = np.mean((Y - Y_pred) ** 2)        # recorded before the update
///         D_m = (-2 / n) * sum(X * (Y - Y_pred)); D_c = (-2 / n) * sum(Y - Y_pred)
///         m = m - L * D_m; c = c - L * D_c
@Suite struct TrainExampleOneTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  @Test func jsonReproducesTheCourseLoopExactly() throws {
    let result = try downhill.expectSuccess(["train", "--json"])
    let report = try result.json()

    let parameters = try #require(report.object("parameters"), "\(result)")
    #expect(parameters.numbers("w") == [149.63852630039835])
    #expect(parameters.number("b") == 1.3050347505457929)
    let loss = try #require(report.numbers("loss"), "\(result)")
    #expect(loss.count == 1000)
    #expect(loss.first == 247500)
    #expect(loss.last.map { $0.isClose(to: 0.31210370833431067, relative: 1e-12) } == true)
    #expect(report.number("epochs") == 1000)
    #expect(report.bool("diverged") == false)
    #expect(report.isNull("diverged_at"))
    #expect(report.isNull("message"))
    let finalLoss = try #require(report.number("final_loss"), "\(result)")
    #expect(finalLoss.isClose(to: 0.30999685434184443, relative: 1e-12))
    let elapsed = try #require(report.number("elapsed_seconds"), "\(result)")
    #expect(elapsed >= 0)
    #expect(report.string("model") == "linear")
    // Every epoch is recorded, so there is no list of which ones.
    #expect(!report.has("loss_epochs"))
    #expect(!report.has("validation_loss"))
    #expect(!report.has("parameters_normalized"))
  }

  @Test func textShowsTheLossTableAndTheParameters() throws {
    let result = try downhill.expectSuccess(["train"])
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    #expect(lines.first == "linear on houses, mse loss, gd at learning rate 0.01", "\(result)")
    for expected in [
      "epoch          loss",
      "    1        247500",
      "  500       9.22826",
      " 1000      0.312104",
      "final loss: 0.309997",
      "parameters (raw units):",
      "  w = [149.6385263]",
      "  b = 1.305034751",
    ] {
      #expect(lines.contains(expected), "missing line '\(expected)':\n\(result)")
    }
    #expect(result.stdout.hasSuffix("\n"))
  }

  @Test func recordEveryKeepsEveryKthEpochAndTheLast() throws {
    let result = try downhill.expectSuccess(["train", "--json", "--record-every", "300"])
    let report = try result.json()
    #expect(report.numbers("loss_epochs") == [300, 600, 900, 1000], "\(result)")
    let loss = try #require(report.numbers("loss"), "\(result)")
    let expected = [35.76418276227542, 4.687655802763094, 0.6144168614516401, 0.31210370833431067]
    #expect(loss.count == expected.count)
    for (got, want) in zip(loss, expected) {
      #expect(got.isClose(to: want, relative: 1e-12), "\(got) vs numpy's \(want)")
    }
    #expect(report.number("epochs") == 1000)
    // Sampling the losses does not change the training.
    #expect(report.object("parameters")?.numbers("w") == [149.63852630039835])
  }

  @Test func splitRecordsAValidationLossBesideEachTrainingLoss() throws {
    let result = try downhill.expectSuccess(["train", "--json", "--split", "0.8"])
    let report = try result.json()
    let loss = try #require(report.numbers("loss"), "\(result)")
    let validation = try #require(report.numbers("validation_loss"), "\(result)")
    #expect(loss.count == 1000)
    #expect(validation.count == loss.count)
    #expect(validation.allSatisfy { $0.isFinite && $0 >= 0 })
    let finalValidation = try #require(report.number("final_validation_loss"), "\(result)")
    #expect(finalValidation.isFinite && finalValidation >= 0)
    #expect(report.bool("diverged") == false)
  }

  @Test func splitAddsAValidationColumnToTheText() throws {
    let result = try downhill.expectSuccess(["train", "--split", "0.8", "--epochs", "3"])
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("epoch          loss    validation"), "\(result)")
    #expect(lines.contains { $0.hasPrefix("final validation loss: ") }, "\(result)")
  }
}
