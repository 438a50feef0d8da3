import Testing

@testable import Descent

/// The course's three worked examples, reproduced by the core.
@Suite struct CourseExampleTests {
  /// The course's example 1 loop, written out as the course writes it in numpy, with
  /// Python's left-to-right `sum`.
  static func courseLoop(epochs: Int) -> (m: Double, c: Double) {
    let x: [Double] = [1, 2, 3, 4, 5]
    let y: [Double] = [150, 300, 450, 600, 750]
    var m = 0.0
    var c = 0.0
    let learningRate = 0.01
    let n = Double(x.count)
    for _ in 0..<epochs {
      let prediction = x.map { m * $0 + c }
      var sumXR = 0.0
      var sumR = 0.0
      for i in 0..<x.count {
        sumXR += x[i] * (y[i] - prediction[i])
        sumR += y[i] - prediction[i]
      }
      let dm = (-2 / n) * sumXR
      let dc = (-2 / n) * sumR
      m = m - learningRate * dm
      c = c - learningRate * dc
    }
    return (m, c)
  }

  @Test func exampleOneMatchesTheCourseLoopBitForBit() throws {
    var trainer = try Trainer(
      dataset: .builtIn(named: "houses", seed: 0), configuration: TrainingConfiguration())
    trainer.run(epochs: 1000)
    let expected = Self.courseLoop(epochs: 1000)
    #expect(trainer.epoch == 1000)
    #expect(trainer.parameters == [expected.m, expected.c])
    // The same loop run in numpy (float64) prints these.
    #expect(trainer.parameters[0] == 149.63852630039835)
    #expect(trainer.parameters[1] == 1.3050347505457929)
  }

  @Test func exampleOneStepByStepEqualsRun() throws {
    let houses = try Dataset.builtIn(named: "houses", seed: 0)
    var stepped = try Trainer(dataset: houses, configuration: TrainingConfiguration())
    var ran = stepped
    for _ in 0..<250 { stepped.step() }
    ran.run(epochs: 250)
    #expect(stepped.parameters == ran.parameters)
    #expect(stepped.history.recentLosses == ran.history.recentLosses)
  }

  @Test func exampleOneFirstEpochLossIsTheMeanSquareOfThePrices() throws {
    var trainer = try Trainer(
      dataset: .builtIn(named: "houses", seed: 0), configuration: TrainingConfiguration())
    let record = trainer.step()
    // (150² + 300² + 450² + 600² + 750²) / 5 = 1 237 500 / 5 = 247 500
    #expect(record.epoch == 1)
    #expect(record.loss == 247_500)
    // ‖(D_m, D_c)‖ at m = c = 0: D_m = −0.4·Σxy = −3300, D_c = −0.4·Σy = −900.
    #expect(record.gradientNorm == (3300.0 * 3300 + 900 * 900).squareRoot())
    #expect(trainer.parameters == [33, 9])
  }

  @Test func exampleTwoNormalizedDescentApproachesTheSquare() throws {
    let squares = try Dataset.builtIn(named: "squares", seed: 0)
    var trainer = try Trainer(
      dataset: squares,
      configuration: TrainingConfiguration(
        architecture: .polynomial(degree: 2),
        optimizer: OptimizerSettings(learningRate: 0.1), normalization: .zScore))
    trainer.run(epochs: 5000)
    let raw = trainer.rawParameters  // w = (x, x²), b
    #expect(abs(raw[0] - 0) < 1e-6)
    #expect(abs(raw[1] - 1) < 1e-6)
    #expect(abs(raw[2] - 0) < 1e-6)
    #expect(trainer.divergence == nil)
  }

  @Test func exampleTwoUnnormalizedDescentAtTheCourseRateDiverges() throws {
    let squares = try Dataset.builtIn(named: "squares", seed: 0)
    var trainer = try Trainer(
      dataset: squares,
      configuration: TrainingConfiguration(architecture: .polynomial(degree: 2)))
    let record = trainer.run(epochs: 1000)
    let divergence = try #require(record?.divergence)
    #expect(divergence.firstLoss == 979.0 / 5)  // Σy²/n = (1+16+81+256+625)/5
    #expect(divergence.cause == .explodingLoss)
    #expect(trainer.epoch == divergence.epoch)
    #expect(trainer.parameters.allSatisfy { $0.isFinite })
    // numpy's re-run: losses 195.8, 1925.35, …, 1.77e8 at epoch 7, 1.74e9 at epoch 8 > 10⁶·195.8.
    #expect(divergence.epoch == 8)
    #expect(abs(divergence.loss - 1742657331.319912) / 1742657331.319912 < 1e-12)
    #expect(
      divergence.message
        == "learning rate 0.01 is too high for this data: the loss grew from 200 to 1.7e9 "
        + "in 8 epochs; try a smaller rate or normalize the features")
  }

  @Test func exampleThreeLinearNeuronLearnsTheDoubling() throws {
    var trainer = try Trainer(
      dataset: .builtIn(named: "doubles", seed: 0),
      configuration: TrainingConfiguration(
        architecture: .mlp(layers: [1, 1], hidden: .tanh, output: .identity)))
    trainer.setInitialParameters(raw: [0.5, -0.3])
    let last = trainer.run(epochs: 1000)
    let record = try #require(last)
    #expect(abs(trainer.parameters[0] - 2) < 0.01)
    #expect(abs(trainer.parameters[1] - 0) < 0.01)
    // Independent float64 re-run of the PyTorch loop (numpy): w, b and the last loss printed.
    #expect(abs(trainer.parameters[0] - 1.9989953325050749) < 1e-12)
    #expect(abs(trainer.parameters[1] - 0.0036271684359493747) < 1e-12)
    #expect(abs(record.loss - 2.410961211909484e-06) / 2.410961211909484e-06 < 1e-9)
  }
}
