import Testing

@testable import Descent

@Suite struct TrainerTests {
  static func houses() throws -> Dataset { try Dataset.builtIn(named: "houses", seed: 0) }

  static func dataset(x: [Double], y: [Double]) -> Dataset {
    Dataset(name: "made", featureNames: ["x"], targetName: "y", features: x, targets: y)
  }

  @Test func tooHighRateOnHousesReportsExplodingLoss() throws {
    // λmax of the MSE Hessian (2/n)[[Σx², Σx], [Σx, n]] is about 23.7, so η = 0.1 gives
    // |1 − ηλ| > 1. numpy's run of the same loop: the loss passes 10⁶ × 247 500 at epoch 24 (4.23e11).
    var trainer = try Trainer(
      dataset: Self.houses(),
      configuration: TrainingConfiguration(optimizer: OptimizerSettings(learningRate: 0.1)))
    let last = trainer.run(epochs: 1000)
    let divergence = try #require(last?.divergence)
    #expect(divergence.epoch == 24)
    #expect(divergence.cause == .explodingLoss)
    #expect(trainer.epoch == 24)
    #expect(
      divergence.message
        == "learning rate 0.1 is too high for this data: the loss grew from 2.5e5 to 4.2e11 "
        + "in 24 epochs; try a smaller rate or normalize the features")
    #expect(abs(divergence.loss - 423268178591.3361) / 423268178591.3361 < 1e-12)
    // The update of the diverging epoch was not applied: the parameters are epoch 23's.
    var replay = try Trainer(
      dataset: Self.houses(),
      configuration: TrainingConfiguration(optimizer: OptimizerSettings(learningRate: 0.1)))
    replay.run(epochs: 23)
    #expect(trainer.parameters == replay.parameters)
  }

  @Test func stepAfterDivergenceChangesNothingUntilRewound() throws {
    var trainer = try Trainer(
      dataset: Self.houses(),
      configuration: TrainingConfiguration(optimizer: OptimizerSettings(learningRate: 0.1)))
    trainer.run(epochs: 100)
    let parameters = trainer.parameters
    let again = trainer.step()
    #expect(again.epoch == 24)
    #expect(again.divergence != nil)
    #expect(trainer.parameters == parameters)
    trainer.rewind(to: 10)
    #expect(trainer.divergence == nil)
    #expect(trainer.epoch == 10)
    #expect(trainer.history.count == 10)
  }

  @Test func overflowingUpdateIsNotAppliedAndNamedAsSuch() throws {
    // Loss at 0 is (1 + 4)/2 = 2.5, finite; D_m = −(1e150 + 4e150) = −5e150, so a rate of
    // 1e200 sends m to +∞.
    var trainer = try Trainer(
      dataset: Self.dataset(x: [1e150, 2e150], y: [1, 2]),
      configuration: TrainingConfiguration(optimizer: OptimizerSettings(learningRate: 1e200)))
    let record = trainer.step()
    let divergence = try #require(record.divergence)
    #expect(divergence.cause == .nonFiniteParameters)
    #expect(record.loss == 2.5)
    #expect(trainer.parameters == [0, 0])
    #expect(
      divergence.message
        == "learning rate 1e+200 is too high for this data: in epoch 1 a parameter grew past "
        + "the largest number a Double holds, so the update was not applied; try a smaller "
        + "rate or normalize the features")
  }

  @Test func infiniteStartingLossIsExplainedWithoutBlamingTheRate() throws {
    var trainer = try Trainer(
      dataset: Self.dataset(x: [1, 2], y: [1e200, 1e200]), configuration: TrainingConfiguration())
    let record = trainer.step()
    let divergence = try #require(record.divergence)
    #expect(divergence.cause == .nonFiniteLoss)
    #expect(divergence.epoch == 1)
    #expect(record.loss == .infinity)
    #expect(
      divergence.message
        == "the loss is not a finite number at the starting parameters, so training cannot "
        + "begin; the data's values or the starting parameters are too large (normalizing the "
        + "features may help)")
  }

  @Test func splitTrainsOnFourOfFiveAndRecordsValidationLoss() throws {
    let configuration = TrainingConfiguration(trainingFraction: 0.8, seed: 3)
    var trainer = try Trainer(dataset: Self.houses(), configuration: configuration)
    #expect(trainer.training.count == 4)
    #expect(trainer.validation?.count == 1)
    let record = trainer.step()
    let validation = try #require(trainer.validation)
    // At m = c = 0 the validation loss is the held-out price squared.
    #expect(record.validationLoss == validation.targets[0] * validation.targets[0])
    #expect(trainer.validationHistory?.count == 1)
    let again = try Trainer(dataset: Self.houses(), configuration: configuration)
    #expect(again.training == trainer.training)
  }

  @Test func zScoreTrainingReportsTheSlopeInRawUnits() throws {
    // houses: mean size 3, population std √2. Descent on z-scores converges to the exact
    // line price = 150·size, which in raw units is w = 150, b = 0.
    var trainer = try Trainer(
      dataset: Self.houses(),
      configuration: TrainingConfiguration(
        optimizer: OptimizerSettings(learningRate: 0.1), normalization: .zScore))
    trainer.run(epochs: 2000)
    #expect(trainer.scaling.offsets == [3])
    #expect(trainer.scaling.scales == [Double(2).squareRoot()])
    let raw = trainer.rawParameters
    #expect(abs(raw[0] - 150) < 1e-9)
    #expect(abs(raw[1]) < 1e-9)
    // In z-score units the slope is 150·√2 and the intercept the mean price, 450.
    #expect(abs(trainer.parameters[0] - 150 * Double(2).squareRoot()) < 1e-9)
    #expect(abs(trainer.parameters[1] - 450) < 1e-9)
  }

  @Test func minMaxScalesFeaturesIntoTheUnitInterval() throws {
    let trainer = try Trainer(
      dataset: Self.houses(), configuration: TrainingConfiguration(normalization: .minMax))
    #expect(trainer.training.features == [0, 0.25, 0.5, 0.75, 1])
    #expect(trainer.training.targets == [150, 300, 450, 600, 750])
  }

  @Test func closedFormOnHousesIsTheExactLine() throws {
    var trainer = try Trainer(dataset: Self.houses(), configuration: TrainingConfiguration())
    try trainer.solveClosedForm()
    #expect(abs(trainer.parameters[0] - 150) < 1e-12)
    #expect(abs(trainer.parameters[1]) < 1e-11)
    #expect(trainer.epoch == 0)
  }

  @Test func closedFormIsRefusedForLogisticModels() throws {
    var trainer = try Trainer(
      dataset: .builtIn(named: "blobs", seed: 0),
      configuration: TrainingConfiguration(architecture: .logistic))
    #expect(
      throws: DescentError(
        "the closed-form solution exists for linear and polynomial models with the mse loss; "
          + "logistic with bce must be trained by descent")
    ) {
      try trainer.solveClosedForm()
    }
  }

  @Test func mismatchedConfigurationsAreRefusedWithAReason() throws {
    let houses = try Self.houses()
    let xor = try Dataset.builtIn(named: "xor", seed: 0)
    #expect(
      throws: DescentError(
        "logistic regression classifies into 0 and 1, but row 1 of 'houses' has the target 150; "
          + "use a linear model for numeric targets")
    ) {
      _ = try Trainer(dataset: houses, configuration: .init(architecture: .logistic))
    }
    #expect(
      throws: DescentError(
        "binary cross-entropy needs a model whose output is a probability: use the logistic "
          + "model or an MLP with a sigmoid output, or choose mse for this model")
    ) {
      _ = try Trainer(dataset: houses, configuration: .init(loss: .binaryCrossEntropy))
    }
    #expect(
      throws: DescentError(
        "a polynomial model fits one feature, but 'xor' has 2 ('x1', 'x2'); use a linear model or "
          + "one column")
    ) {
      _ = try Trainer(dataset: xor, configuration: .init(architecture: .polynomial(degree: 2)))
    }
    #expect(
      throws: DescentError(
        "the network mlp:3-4-1 takes 3 input(s), but the data has 2 feature(s); start the layer "
          + "sizes with 2")
    ) {
      _ = try Trainer(
        dataset: xor,
        configuration: .init(
          architecture: .mlp(layers: [3, 4, 1], hidden: .tanh, output: .identity)))
    }
    #expect(
      throws: DescentError(
        "gd is full-batch gradient descent and takes no batch size; use the sgd optimizer for "
          + "mini-batches")
    ) {
      _ = try Trainer(
        dataset: houses, configuration: .init(optimizer: OptimizerSettings(batchSize: 2)))
    }
  }

  @Test func mlpInitializationIsPyTorchsUniformAndSeeded() throws {
    let moons = try Dataset.builtIn(named: "moons", seed: 0)
    let configuration = TrainingConfiguration(
      architecture: .mlp(layers: [2, 16, 16, 1], hidden: .relu, output: .sigmoid), seed: 5)
    let trainer = try Trainer(dataset: moons, configuration: configuration)
    let layout = trainer.model.layout
    #expect(layout.entries.map(\.name) == ["W1", "b1", "W2", "b2", "W3", "b3"])
    #expect(layout.entries.map(\.shape) == [[16, 2], [16], [16, 16], [16], [1, 16], [1]])
    // fan_in 2 → bound 1/√2; fan_in 16 → bound 1/4.
    let first =
      trainer.parameters[layout.entries[0].range] + trainer.parameters[layout.entries[1].range]
    #expect(first.allSatisfy { abs($0) <= 1 / Double(2).squareRoot() })
    let second = trainer.parameters[layout.entries[2].range]
    #expect(second.allSatisfy { abs($0) <= 0.25 })
    #expect(second.contains { abs($0) > 0.2 })
    let same = try Trainer(dataset: moons, configuration: configuration)
    #expect(same.parameters == trainer.parameters)
    var other = configuration
    other.seed = 6
    #expect(try Trainer(dataset: moons, configuration: other).parameters != trainer.parameters)
  }

  @Test func sgdWithBatchOneMakesOneUpdateARow() throws {
    var trainer = try Trainer(
      dataset: Self.houses(),
      configuration: TrainingConfiguration(optimizer: OptimizerSettings(.sgd, learningRate: 0.001)))
    trainer.step()
    trainer.step()
    #expect(trainer.optimizer.step == 10)
    #expect(trainer.effectiveBatchSize == 1)
  }

  @Test func resetReturnsToTheStartAndReplaysIdentically() throws {
    var trainer = try Trainer(
      dataset: .builtIn(named: "moons", seed: 0),
      configuration: TrainingConfiguration(
        architecture: .mlp(layers: [2, 8, 1], hidden: .tanh, output: .sigmoid),
        optimizer: OptimizerSettings(.adam, learningRate: 0.01, batchSize: 16)))
    trainer.run(epochs: 40)
    let after40 = trainer.parameters
    trainer.reset()
    #expect(trainer.parameters == trainer.initialParameters)
    #expect(trainer.epoch == 0)
    #expect(trainer.history.count == 0)
    trainer.run(epochs: 40)
    #expect(trainer.parameters == after40)
  }

  @Test func aCopiedTrainerTrainsIndependently() throws {
    var original = try Trainer(dataset: Self.houses(), configuration: TrainingConfiguration())
    original.run(epochs: 5)
    var copy = original
    copy.run(epochs: 5)
    #expect(original.epoch == 5)
    #expect(copy.epoch == 10)
    #expect(original.parameters != copy.parameters)
    original.run(epochs: 5)
    #expect(original.parameters == copy.parameters)
  }

  @Test func rewindReachesEveryEpochExactlyAcrossCheckpointThinning() throws {
    var trainer = try Trainer(
      dataset: .builtIn(named: "sine", seed: 0),
      configuration: TrainingConfiguration(
        architecture: .polynomial(degree: 3),
        optimizer: OptimizerSettings(.sgd, learningRate: 0.01, batchSize: 7),
        normalization: .zScore))
    trainer.run(epochs: 3000)  // more than 64 checkpoints at 16 apart: the store thins
    for target in [2999, 1500, 777, 17, 0] {
      var fresh = try Trainer(
        dataset: .builtIn(named: "sine", seed: 0), configuration: trainer.configuration)
      fresh.run(epochs: target)
      var rewound = trainer
      rewound.rewind(to: target)
      #expect(rewound.epoch == target)
      #expect(rewound.parameters == fresh.parameters)
      // Continuing from the rewound state equals continuing the fresh run.
      rewound.run(epochs: 5)
      fresh.run(epochs: 5)
      #expect(rewound.parameters == fresh.parameters)
    }
  }

  @Test func parametersSetByHandContinueTheRunAndRewindStaysOnIt() throws {
    var trainer = try Trainer(dataset: Self.houses(), configuration: TrainingConfiguration())
    trainer.run(epochs: 20)
    // One hand step of the course's update from (m, c) = (100, 0): D_m at that point is
    // (−2/5)·Σx(150x − 100x) = −0.4·50·55 = −1100, D_c = −0.4·50·15 = −300.
    trainer.setParameters(raw: [100, 0])
    #expect(trainer.epoch == 20)
    trainer.step()
    let expected: [Double] = [100 + 0.01 * 1100, 0.01 * 300]
    #expect(trainer.parameters == expected)
    trainer.run(epochs: 30)
    let after51 = trainer.parameters
    trainer.rewind(to: 25)
    trainer.run(epochs: 26)
    #expect(trainer.epoch == 51)
    #expect(trainer.parameters == after51)
  }
}

/// A store recording every epoch (as a student's loop does, pass by pass) keeps its
/// spacing: the spacing doubles only as the epochs do, never overflowing.
@Test func aCheckpointEveryEpochKeepsTheSpacingBounded() {
  var store = CheckpointStore(stateSize: 1, capacity: 4, interval: 1)
  for epoch in 0...100_000 {
    store.record(epoch: epoch) { $0[0] = Double(epoch) }
  }
  #expect(store.count <= 4)
  // 4 checkpoints spaced by the interval cover the 100 000 epochs: 2^15 = 32 768.
  #expect(store.interval == 32_768)
  #expect(store.latest(atOrBefore: 100_000)?.epoch == 98_304)
  #expect(store.latest(atOrBefore: 32_767)?.epoch == 0)
}

/// A million passes of a student's loop recorded as epochs: no overflow, and the last
/// pass's parameters are the model's.
@Test func manyRecordedEpochsKeepTheLast() throws {
  var trainer = try Trainer(dataset: TrainerTests.houses(), configuration: TrainingConfiguration())
  for pass in 1...200_000 {
    trainer.recordEpoch(loss: 1, movedTo: [Double(pass), 0])
  }
  #expect(trainer.epoch == 200_000)
  #expect(trainer.rawParameters == [200_000, 0])
}
