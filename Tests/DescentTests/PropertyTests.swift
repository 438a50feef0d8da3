import PropertyBased
import Testing

@testable import Descent

// Invariants of the numeric core over generated inputs (swift-property-based).

/// A dataset of `rows` × `features` values taken from the front of generated pools.
private func generatedDataset(
  rows: Int, features: Int, values: [Double], targets: [Double]
) -> Dataset {
  Dataset(
    name: "generated", featureNames: (0..<features).map { "x\($0 + 1)" }, targetName: "y",
    features: Array(values.prefix(rows * features)), targets: Array(targets.prefix(rows)))
}

/// Settings for `kind` with mini-batches where the kind allows them, so that shuffling
/// (the generator's state) matters too.
private func settings(_ kind: OptimizerKind, batchSize: Int?) -> OptimizerSettings {
  let rate = kind == .sgd ? 0.02 : 0.05
  return OptimizerSettings(
    kind, learningRate: rate, batchSize: kind == .gradientDescent ? nil : batchSize)
}

/// An MLP on `moons` (drawn with `seed`), seeded initialization and shuffling.
private func moonsTrainer(
  _ kind: OptimizerKind, seed: UInt64, batchSize: Int?
) throws -> Trainer {
  try Trainer(
    dataset: .builtIn(named: "moons", seed: seed),
    configuration: TrainingConfiguration(
      architecture: .mlp(layers: [2, 3, 1], hidden: .tanh, output: .sigmoid),
      optimizer: settings(kind, batchSize: batchSize), seed: seed))
}

/// The training state of two trainers is the same, bit for bit: epoch, parameters,
/// optimizer state, generator and loss history. With `wholeHistory` false, `a`'s history
/// need only be a suffix of `b`'s (a rewind past the exact window replays from a checkpoint).
private func expectSameState(
  _ a: Trainer, _ b: Trainer, _ context: String, wholeHistory: Bool = true,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(a.epoch == b.epoch, "\(context)", sourceLocation: sourceLocation)
  #expect(a.parameters == b.parameters, "\(context)", sourceLocation: sourceLocation)
  #expect(a.optimizer == b.optimizer, "\(context)", sourceLocation: sourceLocation)
  #expect(a.shuffler == b.shuffler, "\(context)", sourceLocation: sourceLocation)
  #expect(a.history.count == b.history.count, "\(context)", sourceLocation: sourceLocation)
  if wholeHistory {
    #expect(
      a.history.recentLosses == b.history.recentLosses, "\(context)",
      sourceLocation: sourceLocation)
    #expect(a.history.buckets == b.history.buckets, "\(context)", sourceLocation: sourceLocation)
  } else {
    let recent = a.history.recentLosses
    #expect(
      Array(b.history.recentLosses.suffix(recent.count)) == recent, "\(context)",
      sourceLocation: sourceLocation)
  }
}

@Suite struct PropertyTests {
  // MARK: - Descent on a convex loss

  @Test func smallEnoughStepOnAConvexLossNeverIncreasesIt() async {
    // For MSE on a linear model, L(θ) = (1/n)‖Aθ − y‖² with A = [X 1], whose Hessian is
    // H = (2/n) AᵀA. Its largest eigenvalue is at most its trace, (2/n) Σᵢ ‖aᵢ‖², so
    // λmax ≤ 2 maxᵢ ‖(xᵢ, 1)‖². With η = 1/(2 maxᵢ ‖(xᵢ, 1)‖²) ≤ 1/λmax, a step gives
    //   L(θ − η g) = L − η‖g‖² + (η²/2) gᵀHg ≤ L − η‖g‖² (1 − ηλmax/2) ≤ L − (η/2)‖g‖².
    await propertyCheck(
      count: 150,
      input: Gen.int(in: 3...20), Gen.int(in: 1...3), Gen.double(in: -3...3).array(of: 60),
      Gen.double(in: -10...10).array(of: 20), Gen.double(in: -4...4).array(of: 4)
    ) { rows, features, values, targets, start in
      let data = generatedDataset(
        rows: rows, features: features, values: values, targets: targets)
      var largest = 0.0
      for i in 0..<rows {
        var norm = 1.0
        for j in 0..<features { norm += data.feature(i, j) * data.feature(i, j) }
        largest = max(largest, norm)
      }
      let rate = 1 / (2 * largest)
      var trainer = try Trainer(
        dataset: data,
        configuration: TrainingConfiguration(
          optimizer: OptimizerSettings(.gradientDescent, learningRate: rate)))
      trainer.setInitialParameters(raw: Array(start.prefix(features + 1)))
      var previous = trainer.currentLoss()
      for _ in 0..<30 {
        let record = trainer.step()
        #expect(record.divergence == nil)
        #expect(record.loss == previous)
        let now = trainer.currentLoss()
        let guaranteed = previous - rate / 2 * record.gradientNorm * record.gradientNorm
        #expect(now <= guaranteed + 1e-12 * max(1, previous), "\(now) after \(previous)")
        previous = now
      }
    }
  }

  // MARK: - Reproducibility

  @Test func sameSeedGivesTheSameParametersBitForBit() async {
    await propertyCheck(
      count: 60,
      input: Gen<OptimizerKind>.case, Gen.uint64(in: 0...1_000_000), Gen.int(in: 1...30),
      Gen.int(in: 1...40)
    ) { kind, seed, epochs, batch in
      var first = try moonsTrainer(kind, seed: seed, batchSize: batch)
      var second = try moonsTrainer(kind, seed: seed, batchSize: batch)
      #expect(first.parameters == second.parameters)
      first.run(epochs: epochs)
      for _ in 0..<epochs { second.step() }
      expectSameState(first, second, "\(kind) seed \(seed)")
    }
  }

  @Test func differentSeedsStartFromDifferentParameters() async {
    await propertyCheck(count: 30, input: Gen.uint64(in: 0...1_000_000)) { seed in
      let a = try moonsTrainer(.adam, seed: seed, batchSize: nil)
      let b = try moonsTrainer(.adam, seed: seed + 1, batchSize: nil)
      #expect(a.parameters != b.parameters)
      // PyTorch's nn.Linear default: every value in ±1/√fan_in (fan_in 2, then 3).
      for (k, value) in a.parameters.enumerated() {
        let bound = k < 9 ? 1 / 2.0.squareRoot() : 1 / 3.0.squareRoot()
        #expect(abs(value) <= bound)
      }
    }
  }

  @Test func snapshotRunRestoreRunRepeatsTheRun() async {
    await propertyCheck(
      count: 60,
      input: Gen<OptimizerKind>.case, Gen.uint64(in: 0...1_000_000), Gen.int(in: 0...40),
      Gen.int(in: 1...40), Gen.int(in: 1...40)
    ) { kind, seed, before, after, batch in
      var trainer = try moonsTrainer(kind, seed: seed, batchSize: batch)
      trainer.run(epochs: before)
      let snapshot = trainer.snapshot()
      #expect(snapshot.snapshotEpoch == before)
      trainer.run(epochs: after)
      let firstTime = trainer
      trainer.restore(snapshot)
      #expect(trainer.epoch == before)
      trainer.run(epochs: after)
      expectSameState(trainer, firstTime, "\(kind) seed \(seed)")
      // And both go on identically.
      var other = firstTime
      trainer.run(epochs: 5)
      other.run(epochs: 5)
      expectSameState(trainer, other, "\(kind) seed \(seed), 5 epochs later")
    }
  }

  @Test func rewindGivesTheSameStateAsAFreshRun() async {
    // Checkpoints are every 16 epochs: runs of up to 300 epochs rewind across many of them.
    await propertyCheck(
      count: 60,
      input: Gen<OptimizerKind>.case, Gen.uint64(in: 0...1_000_000), Gen.int(in: 0...300),
      Gen.int(in: 0...300), Gen.int(in: 1...40)
    ) { kind, seed, a, b, batch in
      let (target, total) = (min(a, b), max(a, b))
      var trainer = try moonsTrainer(kind, seed: seed, batchSize: batch)
      trainer.run(epochs: total)
      trainer.rewind(to: target)
      var fresh = try moonsTrainer(kind, seed: seed, batchSize: batch)
      fresh.run(epochs: target)
      expectSameState(trainer, fresh, "\(kind) seed \(seed), \(total) → \(target)")
      trainer.run(epochs: 20)
      fresh.run(epochs: 20)
      expectSameState(trainer, fresh, "\(kind) seed \(seed), \(total) → \(target) + 20")
    }
  }

  @Test func rewindAfterCheckpointThinningGivesTheSameStateAsAFreshRun() async {
    // 64 checkpoints 16 epochs apart fill at epoch 1024, when the spacing doubles to 32,
    // and again at 2048 (to 64): long runs exercise the thinning. Past 512 epochs the
    // history's buckets have merged and past 1024 the exact window has moved on, so only the
    // replayed part of the history is compared (see LossHistoryTests for the buckets).
    await propertyCheck(
      count: 25,
      input: Gen<OptimizerKind>.case, Gen.int(in: 0...3000), Gen.int(in: 0...3000)
    ) { kind, a, b in
      let (target, total) = (min(a, b), max(a, b))
      let settings = OptimizerSettings(
        kind, learningRate: 0.001, batchSize: kind == .gradientDescent ? nil : 2)
      let configuration = TrainingConfiguration(
        optimizer: settings, normalization: .zScore, seed: 5)
      let houses = try Dataset.builtIn(named: "houses", seed: 0)
      var trainer = try Trainer(dataset: houses, configuration: configuration)
      trainer.run(epochs: total)
      trainer.rewind(to: target)
      var fresh = try Trainer(dataset: houses, configuration: configuration)
      fresh.run(epochs: target)
      expectSameState(trainer, fresh, "\(kind), \(total) → \(target)", wholeHistory: false)
      trainer.run(epochs: 100)
      fresh.run(epochs: 100)
      expectSameState(trainer, fresh, "\(kind), \(total) → \(target) + 100", wholeHistory: false)
    }
  }

  @Test func rewindingTwiceAndSnapshottingAcrossRewindsStaysConsistent() async {
    await propertyCheck(
      count: 40,
      input: Gen<OptimizerKind>.case, Gen.int(in: 0...200).array(of: 4)
    ) { kind, epochs in
      var trainer = try moonsTrainer(kind, seed: 3, batchSize: 7)
      trainer.run(epochs: epochs[0] + epochs[1])
      trainer.rewind(to: epochs[0])
      trainer.run(epochs: epochs[2])
      trainer.rewind(to: epochs[3])
      // The trainer is now at min(epochs[3], epochs[0] + epochs[2]) … unless rewinding
      // forward, which does nothing.
      let expectedEpoch = min(epochs[3], epochs[0] + epochs[2])
      #expect(trainer.epoch == expectedEpoch)
      var fresh = try moonsTrainer(kind, seed: 3, batchSize: 7)
      fresh.run(epochs: expectedEpoch)
      expectSameState(trainer, fresh, "\(kind) \(epochs)")
    }
  }

  @Test func rewindAfterRestoringASnapshotGivesTheSameStateAsAFreshRun() async {
    // Restoring records a checkpoint at the snapshot's epoch, which need not be a multiple
    // of 16; a later rewind must still replay to the same state.
    await propertyCheck(
      count: 40,
      input: Gen<OptimizerKind>.case, Gen.int(in: 0...120).array(of: 4)
    ) { kind, epochs in
      var trainer = try moonsTrainer(kind, seed: 8, batchSize: 9)
      trainer.run(epochs: epochs[0])
      let snapshot = trainer.snapshot()
      trainer.run(epochs: epochs[1])
      trainer.restore(snapshot)
      trainer.run(epochs: epochs[2])
      trainer.rewind(to: epochs[3])
      let expectedEpoch = min(epochs[3], epochs[0] + epochs[2])
      #expect(trainer.epoch == expectedEpoch)
      var fresh = try moonsTrainer(kind, seed: 8, batchSize: 9)
      fresh.run(epochs: expectedEpoch)
      expectSameState(trainer, fresh, "\(kind) \(epochs)")
    }
  }

  @Test func rewindAfterRestoringASnapshotFromEarlierStartingParametersStaysOnItsRun() throws {
    // A student trains from (10, 10), snapshots at epoch 40, tries again from (0, 0) for 60
    // epochs, then restores the snapshot: the trainer is back on the first run at epoch 40.
    // Rewinding to epoch 20 must then give the first run's epoch 20, as a fresh run from
    // (10, 10) does.
    let houses = try Dataset.builtIn(named: "houses", seed: 0)
    var trainer = try Trainer(dataset: houses, configuration: TrainingConfiguration())
    trainer.setInitialParameters(raw: [10, 10])
    trainer.run(epochs: 40)
    let snapshot = trainer.snapshot()
    let atForty = trainer.parameters
    trainer.setInitialParameters(raw: [0, 0])
    trainer.run(epochs: 60)
    trainer.restore(snapshot)
    #expect(trainer.epoch == 40)
    #expect(trainer.parameters == atForty)
    trainer.rewind(to: 20)
    var fresh = try Trainer(dataset: houses, configuration: TrainingConfiguration())
    fresh.setInitialParameters(raw: [10, 10])
    fresh.run(epochs: 20)
    #expect(trainer.epoch == 20)
    #expect(trainer.parameters == fresh.parameters)
  }

  // MARK: - Feature scaling

  @Test func scalingParametersThereAndBackIsTheIdentity() async {
    await propertyCheck(
      count: 200,
      input: Gen.int(in: 2...12), Gen.int(in: 1...3), Gen.double(in: -50...50).array(of: 36),
      Gen.double(in: -3...3).array(of: 16), Gen.bool, Gen.bool
    ) { rows, features, values, weights, useMinMax, useNetwork in
      let data = generatedDataset(
        rows: rows, features: features, values: values, targets: values)
      let scaling = FeatureScaling(fitting: useMinMax ? .minMax : .zScore, to: data)
      let architecture: Architecture =
        useNetwork ? .mlp(layers: [features, 3, 1], hidden: .tanh, output: .identity) : .linear
      let model = try Model(architecture, inputCount: features)
      let theta = Array(weights.prefix(model.parameterCount))
      let back = scaling.rawParameters(scaling.scaledParameters(theta, of: model), of: model)
      for k in theta.indices {
        #expect(abs(back[k] - theta[k]) <= 1e-9 * max(1, abs(theta[k])), "θ[\(k)]")
      }
      let there = scaling.scaledParameters(scaling.rawParameters(theta, of: model), of: model)
      for k in theta.indices {
        #expect(abs(there[k] - theta[k]) <= 1e-9 * max(1, abs(theta[k])), "θ[\(k)]")
      }
      // Only the first layer changes.
      let firstLayer = features * (useNetwork ? 3 : 1) + (useNetwork ? 3 : 1)
      let scaled = scaling.scaledParameters(theta, of: model)
      #expect(scaled[firstLayer...] == theta[firstLayer...])
    }
  }

  @Test func scaledParametersOnScaledFeaturesPredictAsRawParametersOnRawFeatures() async {
    await propertyCheck(
      count: 200,
      input: Gen.int(in: 2...12), Gen.int(in: 1...3), Gen.double(in: -50...50).array(of: 36),
      Gen.double(in: -3...3).array(of: 16), Gen.bool, Gen.bool
    ) { rows, features, values, weights, useMinMax, useNetwork in
      let data = generatedDataset(
        rows: rows, features: features, values: values, targets: values)
      let scaling = FeatureScaling(fitting: useMinMax ? .minMax : .zScore, to: data)
      let architecture: Architecture =
        useNetwork ? .mlp(layers: [features, 3, 1], hidden: .tanh, output: .identity) : .linear
      let model = try Model(architecture, inputCount: features)
      let raw = Array(weights.prefix(model.parameterCount))
      let scaled = scaling.scaledParameters(raw, of: model)
      let scaledData = scaling.apply(to: data)
      for i in 0..<rows {
        let rawRow = (0..<features).map { data.feature(i, $0) }
        let scaledRow = (0..<features).map { scaledData.feature(i, $0) }
        #expect(scaling.apply(toRows: rawRow) == scaledRow)
        let expected = model.prediction(of: raw, input: rawRow)
        let actual = model.prediction(of: scaled, input: scaledRow)
        #expect(abs(actual - expected) <= 1e-9 * max(1, abs(expected)), "row \(i)")
      }
    }
  }

  @Test func scaledFeaturesHaveZeroMeanAndUnitDeviationOrUnitRange() async {
    await propertyCheck(
      count: 200,
      input: Gen.int(in: 2...12), Gen.int(in: 1...3), Gen.double(in: -50...50).array(of: 36)
    ) { rows, features, values in
      let data = generatedDataset(
        rows: rows, features: features, values: values, targets: values)
      let z = FeatureScaling(fitting: .zScore, to: data).apply(to: data)
      let unit = FeatureScaling(fitting: .minMax, to: data).apply(to: data)
      for j in 0..<features {
        let column = z.column(j)
        let mean = column.reduce(0, +) / Double(rows)
        let variance = column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(rows)
        #expect(abs(mean) <= 1e-12)
        #expect(abs(variance - 1) <= 1e-12)
        let spread = unit.column(j)
        #expect(spread.min() == 0)
        #expect(abs(spread.max()! - 1) <= 1e-15)
      }
    }
  }

  // MARK: - Loss history

  /// Losses in [0, 100] with about 1% NaN (a generated −1…0 becomes NaN).
  private static let losses = Gen.double(in: -1...100).array(of: 1...5000).map { values in
    values.map { $0 < 0 ? Double.nan : $0 }
  }

  @Test func lossHistoryBucketsSummariseTheirEpochsExactly() async {
    await propertyCheck(
      count: 100,
      input: Self.losses, Gen.int(in: 1...4), Gen.int(in: 1...16)
    ) { losses, logCapacity, recentCapacity in
      let bucketCapacity = 1 << logCapacity
      var history = LossHistory(bucketCapacity: bucketCapacity, recentCapacity: recentCapacity)
      for loss in losses { history.append(loss) }
      let count = losses.count
      #expect(history.count == count)
      let buckets = history.buckets
      #expect(buckets.count <= bucketCapacity)
      #expect(!buckets.isEmpty)
      // The buckets tile 1…count: each starts where the last ended, all full but the last.
      var next = 1
      for bucket in buckets {
        #expect(bucket.epochs.lowerBound == next)
        next = bucket.epochs.upperBound + 1
        let inside = losses[(bucket.epochs.lowerBound - 1)...(bucket.epochs.upperBound - 1)]
        let finite = inside.filter(\.isFinite)
        #expect(bucket.minimum == (finite.min() ?? .infinity))
        #expect(bucket.maximum == (finite.max() ?? -.infinity))
        #expect(bucket.hasNonFinite == (finite.count < inside.count))
        let last = inside.last!
        #expect(bucket.last == last || (bucket.last.isNaN && last.isNaN))
      }
      #expect(next == count + 1)
      for bucket in buckets.dropLast() {
        #expect(bucket.epochs.count == history.epochsPerBucket)
      }
      #expect(buckets.last!.epochs.count <= history.epochsPerBucket)
      // Buckets are as wide as needed and no wider: half the width would not fit.
      let width = history.epochsPerBucket
      #expect(width == 1 || (width / 2) * bucketCapacity < count)
      // The recent window is the exact suffix.
      let recent = Array(losses.suffix(recentCapacity))
      #expect(history.recentEpochs == (count - recent.count + 1)...count)
      let kept = history.recentLosses
      #expect(kept.count == recent.count)
      #expect(zip(kept, recent).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
    }
  }

  @Test func truncatingInsideTheRecentWindowThenReappendingChangesNothing() async {
    await propertyCheck(
      count: 100,
      input: Self.losses, Gen.int(in: 0...15), Gen.int(in: 1...4)
    ) { losses, back, logCapacity in
      let bucketCapacity = 1 << logCapacity
      var whole = LossHistory(bucketCapacity: bucketCapacity, recentCapacity: 16)
      for loss in losses { whole.append(loss) }
      let count = losses.count
      let firstRecent = max(1, count - 15)
      let target = max(firstRecent, count - back)
      var history = whole
      history.truncate(to: target)
      #expect(history.count == target)
      let kept = history.recentLosses
      let expectedKept = Array(losses[(firstRecent - 1)..<target])
      #expect(kept.count == expectedKept.count)
      #expect(zip(kept, expectedKept).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
      for loss in losses[target...] { history.append(loss) }
      #expect(history.count == whole.count)
      #expect(history.epochsPerBucket == whole.epochsPerBucket)
      let a = history.buckets
      let b = whole.buckets
      #expect(a.count == b.count)
      for (x, y) in zip(a, b) {
        #expect(x.epochs == y.epochs)
        #expect(x.minimum == y.minimum && x.maximum == y.maximum)
        #expect(x.hasNonFinite == y.hasNonFinite)
        #expect(x.last == y.last || (x.last.isNaN && y.last.isNaN))
      }
      let again = history.recentLosses
      let original = whole.recentLosses
      #expect(zip(again, original).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
      #expect(again.count == original.count)
    }
  }
}
