import Foundation
import Testing

@testable import Descent

// Every optimizer's first two updates on the course's houses data (x = 1…5, y = 150x),
// linear model from m = c = 0 at learning rate 0.01, checked against a hand calculation.
//
// The gradient of L = (1/5) Σ (y − (m x + c))² is
//   D_m = (−2/5) Σ x (y − ŷ),   D_c = (−2/5) Σ (y − ŷ).
// At (0, 0): Σ x y = 150·(1 + 4 + 9 + 16 + 25) = 8250 and Σ y = 2250, so
//   g₁ = (−0.4·8250, −0.4·2250) = (−3300, −900).

/// The houses data, written out.
private let sizes: [Double] = [1, 2, 3, 4, 5]
private let prices: [Double] = [150, 300, 450, 600, 750]

/// (D_m, D_c) by an explicit loop over the five points.
private func housesGradient(m: Double, c: Double) -> (Double, Double) {
  var sumXR = 0.0
  var sumR = 0.0
  for i in 0..<5 {
    let r = prices[i] - (m * sizes[i] + c)
    sumXR += sizes[i] * r
    sumR += r
  }
  return ((-2.0 / 5) * sumXR, (-2.0 / 5) * sumR)
}

/// |actual − expected| ≤ tolerance · max(1, |expected|).
private func isClose(_ actual: Double, _ expected: Double, _ tolerance: Double = 1e-12) -> Bool {
  abs(actual - expected) <= tolerance * max(1, abs(expected))
}

/// A trainer on houses with `settings`, every other choice the course's default.
private func housesTrainer(_ settings: OptimizerSettings, seed: UInt64 = 0) throws -> Trainer {
  try Trainer(
    dataset: .builtIn(named: "houses", seed: 0),
    configuration: TrainingConfiguration(optimizer: settings, seed: seed))
}

/// Parameters after each of the first `epochs` epochs.
private func firstUpdates(_ settings: OptimizerSettings, epochs: Int = 2) throws -> [[Double]] {
  var trainer = try housesTrainer(settings)
  return (0..<epochs).map { _ in
    trainer.step()
    return trainer.parameters
  }
}

@Suite struct OptimizerTests {
  @Test func housesGradientAtTheOriginIsMinus3300AndMinus900() throws {
    let (dm, dc) = housesGradient(m: 0, c: 0)
    #expect(dm == -3300)
    #expect(dc == -900)
    var trainer = try housesTrainer(OptimizerSettings(.gradientDescent))
    let record = trainer.step()
    // L(0, 0) = (150² + … + 750²) / 5 = 247 500;  ‖g‖ = √(3300² + 900²) = √11 700 000.
    #expect(record.epoch == 1)
    #expect(record.loss == 247_500)
    #expect(isClose(record.gradientNorm, 11_700_000.0.squareRoot(), 1e-15))
  }

  @Test func gradientDescentFirstTwoUpdatesMatchTheHandCalculation() throws {
    // θ₁ = θ₀ − 0.01·(−3300, −900) = (33, 9).
    // At (33, 9): ŷ = 42, 75, 108, 141, 174, r = 108, 225, 342, 459, 576;
    //   Σ x r = 108 + 450 + 1026 + 1836 + 2880 = 6300, Σ r = 1710,
    //   g₂ = (−2520, −684), θ₂ = (33 + 25.2, 9 + 6.84) = (58.2, 15.84).
    let updates = try firstUpdates(OptimizerSettings(.gradientDescent, learningRate: 0.01))
    #expect(updates[0] == [33, 9])
    #expect(isClose(updates[1][0], 58.2))
    #expect(isClose(updates[1][1], 15.84))
    let (dm, dc) = housesGradient(m: 33, c: 9)
    #expect(isClose(dm, -2520) && isClose(dc, -684))
  }

  @Test func momentumFirstTwoUpdatesMatchTheHandCalculation() throws {
    // b₁ = g₁ = (−3300, −900), θ₁ = (33, 9);
    // b₂ = 0.9·b₁ + g₂ = (−2970 − 2520, −810 − 684) = (−5490, −1494),
    // θ₂ = (33 + 54.9, 9 + 14.94) = (87.9, 23.94).
    let updates = try firstUpdates(OptimizerSettings(.momentum, learningRate: 0.01))
    #expect(updates[0] == [33, 9])
    #expect(isClose(updates[1][0], 87.9))
    #expect(isClose(updates[1][1], 23.94))
  }

  @Test func nesterovFirstTwoUpdatesMatchTheHandCalculation() throws {
    // b₁ = g₁; step along g₁ + 0.9 b₁ = 1.9·(−3300, −900) = (−6270, −1710): θ₁ = (62.7, 17.1).
    // At (62.7, 17.1): ŷ = 79.8, 142.5, 205.2, 267.9, 330.6; r = 70.2, 157.5, 244.8,
    //   332.1, 419.4; Σ x r = 4545, Σ r = 1224; g₂ = (−1818, −489.6).
    // b₂ = 0.9 b₁ + g₂ = (−4788, −1299.6); g₂ + 0.9 b₂ = (−6127.2, −1659.24);
    // θ₂ = (62.7 + 61.272, 17.1 + 16.5924) = (123.972, 33.6924).
    let updates = try firstUpdates(OptimizerSettings(.nesterov, learningRate: 0.01))
    #expect(isClose(updates[0][0], 62.7))
    #expect(isClose(updates[0][1], 17.1))
    let (dm, dc) = housesGradient(m: 62.7, c: 17.1)
    #expect(isClose(dm, -1818) && isClose(dc, -489.6))
    #expect(isClose(updates[1][0], 123.972))
    #expect(isClose(updates[1][1], 33.6924))
  }

  @Test func rmspropFirstTwoUpdatesFollowPyTorchsRule() throws {
    // torch.optim.RMSprop (centered = false, momentum = 0):
    //   v ← α v + (1 − α) g²,   θ ← θ − η g / (√v + ε),   v₀ = 0, α = 0.99, ε = 1e-8.
    // Step 1: √v₁ = √0.01·|g| = 0.1|g|, so each parameter moves by η·g/(0.1|g| + ε) ≈ 0.1.
    let (alpha, epsilon, eta) = (0.99, 1e-8, 0.01)
    var theta = [0.0, 0.0]
    var v = [0.0, 0.0]
    var expected: [[Double]] = []
    for _ in 0..<2 {
      let (dm, dc) = housesGradient(m: theta[0], c: theta[1])
      let g = [dm, dc]
      for k in 0..<2 {
        v[k] = alpha * v[k] + (1 - alpha) * g[k] * g[k]
        theta[k] -= eta * g[k] / (v[k].squareRoot() + epsilon)
      }
      expected.append(theta)
    }
    let updates = try firstUpdates(OptimizerSettings(.rmsprop, learningRate: 0.01))
    for t in 0..<2 {
      for k in 0..<2 {
        #expect(isClose(updates[t][k], expected[t][k]), "step \(t + 1), parameter \(k)")
      }
    }
    #expect(abs(updates[0][0] - 0.1) <= 1e-9)
    #expect(abs(updates[0][1] - 0.1) <= 1e-9)
    // Both parameters keep moving up: the gradient is still negative at (0.1, 0.1).
    #expect(updates[1][0] > 0.17 && updates[1][1] > 0.17)
  }

  @Test func adamFirstTwoUpdatesFollowPyTorchsRule() throws {
    // torch.optim.Adam (amsgrad = false, no weight decay):
    //   m ← β₁ m + (1 − β₁) g,  v ← β₂ v + (1 − β₂) g²,
    //   m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ),  θ ← θ − η m̂ / (√v̂ + ε).
    // Step 1: m̂ = g and √v̂ = |g|, so each parameter moves by η·g/(|g| + ε) ≈ η = 0.01.
    let (beta1, beta2, epsilon, eta) = (0.9, 0.999, 1e-8, 0.01)
    var theta = [0.0, 0.0]
    var m = [0.0, 0.0]
    var v = [0.0, 0.0]
    var expected: [[Double]] = []
    for t in 1...2 {
      let (dm, dc) = housesGradient(m: theta[0], c: theta[1])
      let g = [dm, dc]
      for k in 0..<2 {
        m[k] = beta1 * m[k] + (1 - beta1) * g[k]
        v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k]
        let mHat = m[k] / (1 - pow(beta1, Double(t)))
        let vHat = v[k] / (1 - pow(beta2, Double(t)))
        theta[k] -= eta * mHat / (vHat.squareRoot() + epsilon)
      }
      expected.append(theta)
    }
    let updates = try firstUpdates(OptimizerSettings(.adam, learningRate: 0.01))
    for t in 0..<2 {
      for k in 0..<2 {
        #expect(isClose(updates[t][k], expected[t][k]), "step \(t + 1), parameter \(k)")
      }
    }
    #expect(abs(updates[0][0] - 0.01) <= 1e-9)
    #expect(abs(updates[0][1] - 0.01) <= 1e-9)
    // The gradient keeps its sign, so step 2 is again almost exactly η: θ₂ ≈ 0.02.
    #expect(abs(updates[1][0] - 0.02) <= 1e-7)
    #expect(abs(updates[1][1] - 0.02) <= 1e-7)
  }

  @Test func adamWithCustomBetasUsesThem() throws {
    // β₁ = 0.5, β₂ = 0.75: step 1 is still ≈ η (bias correction cancels), step 2 differs.
    let (beta1, beta2, eta) = (0.5, 0.75, 0.01)
    var theta = [0.0, 0.0]
    var m = [0.0, 0.0]
    var v = [0.0, 0.0]
    for t in 1...2 {
      let (dm, dc) = housesGradient(m: theta[0], c: theta[1])
      let g = [dm, dc]
      for k in 0..<2 {
        m[k] = beta1 * m[k] + (1 - beta1) * g[k]
        v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k]
        let mHat = m[k] / (1 - pow(beta1, Double(t)))
        let vHat = v[k] / (1 - pow(beta2, Double(t)))
        theta[k] -= eta * mHat / (vHat.squareRoot() + 1e-8)
      }
    }
    var trainer = try housesTrainer(
      OptimizerSettings(.adam, learningRate: eta, beta1: beta1, beta2: beta2))
    trainer.step()
    trainer.step()
    #expect(isClose(trainer.parameters[0], theta[0]))
    #expect(isClose(trainer.parameters[1], theta[1]))
  }

  @Test func momentumWithACustomCoefficientUsesIt() throws {
    // μ = 0.5: b₂ = 0.5·(−3300, −900) + (−2520, −684) = (−4170, −1134);
    // θ₂ = (33 + 41.7, 9 + 11.34) = (74.7, 20.34).
    let updates = try firstUpdates(OptimizerSettings(.momentum, learningRate: 0.01, momentum: 0.5))
    #expect(updates[0] == [33, 9])
    #expect(isClose(updates[1][0], 74.7))
    #expect(isClose(updates[1][1], 20.34))
  }

  // MARK: - Stochastic and mini-batch descent

  @Test func sgdWithTheSameSeedRepeatsBitForBit() throws {
    let settings = OptimizerSettings(.sgd, learningRate: 0.001)
    var first = try housesTrainer(settings, seed: 9)
    var second = try housesTrainer(settings, seed: 9)
    first.run(epochs: 25)
    second.run(epochs: 25)
    #expect(first.parameters == second.parameters)
    #expect(first.optimizer.step == 125)
  }

  @Test func sgdWithDifferentSeedsShufflesDifferently() throws {
    let settings = OptimizerSettings(.sgd, learningRate: 0.001)
    var first = try housesTrainer(settings, seed: 1)
    var second = try housesTrainer(settings, seed: 2)
    first.run(epochs: 3)
    second.run(epochs: 3)
    #expect(first.parameters != second.parameters)
  }

  @Test func sgdEpochIsOneUpdateAPointInTheShuffledOrder() throws {
    // Batch size 1 (the default for sgd): each update uses one point's gradient,
    //   D_m = −2 x (y − ŷ),  D_c = −2 (y − ŷ),
    // in the order of a Fisher–Yates shuffle (last position down) of the trainer's generator.
    var trainer = try housesTrainer(OptimizerSettings(.sgd, learningRate: 0.001), seed: 4)
    #expect(trainer.effectiveBatchSize == 1)
    var generator = trainer.shuffler
    var (m, c) = (0.0, 0.0)
    for _ in 0..<2 {
      var order = [0, 1, 2, 3, 4]
      var i = 4
      while i > 0 {
        order.swapAt(i, generator.nextInt(below: i + 1))
        i -= 1
      }
      for row in order {
        let r = prices[row] - (m * sizes[row] + c)
        let (dm, dc) = (-2 * (sizes[row] * r), -2 * r)
        m -= 0.001 * dm
        c -= 0.001 * dc
      }
    }
    trainer.step()
    trainer.step()
    #expect(isClose(trainer.parameters[0], m))
    #expect(isClose(trainer.parameters[1], c))
    #expect(trainer.optimizer.step == 10)
  }

  @Test func sgdWithTheWholeDatasetAsOneBatchIsGradientDescent() throws {
    var sgd = try housesTrainer(OptimizerSettings(.sgd, learningRate: 0.01, batchSize: 5))
    var gd = try housesTrainer(OptimizerSettings(.gradientDescent, learningRate: 0.01))
    #expect(sgd.effectiveBatchSize == 5)
    sgd.run(epochs: 40)
    gd.run(epochs: 40)
    #expect(sgd.parameters == gd.parameters)
    #expect(sgd.history.recentLosses == gd.history.recentLosses)
  }

  @Test func miniBatchesOfTwoOnFiveRowsMakeThreeUpdatesAnEpoch() throws {
    var trainer = try housesTrainer(OptimizerSettings(.sgd, learningRate: 0.001, batchSize: 2))
    #expect(trainer.effectiveBatchSize == 2)
    trainer.step()
    #expect(trainer.optimizer.step == 3)
    trainer.step()
    #expect(trainer.optimizer.step == 6)

    // Momentum with mini-batches also updates once a batch.
    var momentum = try housesTrainer(
      OptimizerSettings(.momentum, learningRate: 0.001, batchSize: 2))
    momentum.step()
    #expect(momentum.optimizer.step == 3)
  }

  @Test func fullBatchOptimizersUpdateOnceAnEpoch() throws {
    for kind in [OptimizerKind.gradientDescent, .momentum, .nesterov, .rmsprop, .adam] {
      var trainer = try housesTrainer(OptimizerSettings(kind, learningRate: 0.001))
      trainer.run(epochs: 7)
      #expect(trainer.optimizer.step == 7, "\(kind)")
    }
  }

  @Test func miniBatchEpochUsesBatchesOfTwoTwoAndOne() throws {
    // Batch 2 on 5 rows: the shuffled order split as [2, 2, 1]; each batch's gradient is
    //   D_m = (−2/k) Σ x r,  D_c = (−2/k) Σ r  over its k rows.
    var trainer = try housesTrainer(
      OptimizerSettings(.sgd, learningRate: 0.001, batchSize: 2), seed: 12)
    var generator = trainer.shuffler
    var order = [0, 1, 2, 3, 4]
    var i = 4
    while i > 0 {
      order.swapAt(i, generator.nextInt(below: i + 1))
      i -= 1
    }
    var (m, c) = (0.0, 0.0)
    for batch in [Array(order[0..<2]), Array(order[2..<4]), [order[4]]] {
      var (sumXR, sumR) = (0.0, 0.0)
      for row in batch {
        let r = prices[row] - (m * sizes[row] + c)
        sumXR += sizes[row] * r
        sumR += r
      }
      let k = Double(batch.count)
      m -= 0.001 * ((-2 / k) * sumXR)
      c -= 0.001 * ((-2 / k) * sumR)
    }
    trainer.step()
    #expect(isClose(trainer.parameters[0], m))
    #expect(isClose(trainer.parameters[1], c))
  }
}
