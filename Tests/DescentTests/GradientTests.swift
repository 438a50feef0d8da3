import Foundation
import Testing

@testable import Descent

// Every model × loss gradient checked against an independent reference: a forward pass and
// loss written out here (not the core's), differentiated by central finite differences
//
//     ∂L/∂θₖ ≈ (L(θ + h eₖ) − L(θ − h eₖ)) / 2h,   h = 1e-6,
//
// whose truncation error is O(h²) ≈ 1e-12 and whose rounding error is about ε·L/h ≈ 1e-10·L.
// That rounding error swamps a per-component ratio for components below about 1e-4·L, so
// central differences are compared relative to the gradient's largest component. For the
// smooth model × loss pairs (no ReLU, no MAE) a five-point stencil at h = 1e-3, whose error
// is O(h⁴) ≈ 1e-12 plus rounding ≈ 1e-13·L, checks every component to 1e-6 of itself.

// MARK: - The reference network

/// A plain forward pass over the flat parameter vector, layer by layer: W⁽ˡ⁾ (out × in,
/// row-major) then b⁽ˡ⁾ (out). A linear-type model is the single layer [d, 1].
private struct ReferenceNetwork {
  let sizes: [Int]
  let hidden: Activation
  let output: Activation

  static func apply(_ activation: Activation, _ z: Double) -> Double {
    switch activation {
    case .tanh: return tanh(z)
    case .relu: return z > 0 ? z : 0
    case .sigmoid: return 1 / (1 + exp(-z))
    case .identity: return z
    }
  }

  /// Every layer's activations for one input row; the last layer's single unit is ŷ.
  /// Also returns the output's pre-activation (the logit, for a sigmoid output).
  func forward(_ parameters: [Double], _ input: [Double]) -> (layers: [[Double]], logit: Double) {
    var offset = 0
    var previous = input
    var layers: [[Double]] = []
    var logit = 0.0
    for l in 1..<sizes.count {
      let (inputs, outputs) = (sizes[l - 1], sizes[l])
      let biases = offset + outputs * inputs
      let activation = l == sizes.count - 1 ? output : hidden
      var next: [Double] = []
      for o in 0..<outputs {
        var z = parameters[biases + o]
        for k in 0..<inputs { z += parameters[offset + o * inputs + k] * previous[k] }
        logit = z
        next.append(Self.apply(activation, z))
      }
      layers.append(next)
      previous = next
      offset = biases + outputs
    }
    return (layers, logit)
  }

  /// The mean loss over every row of `dataset`:
  ///   MSE (ŷ − y)²,  MAE |ŷ − y|,
  ///   BCE −[y log σ(z) + (1 − y) log(1 − σ(z))] = log(1 + e^−z) + (1 − y) z.
  func loss(_ parameters: [Double], on dataset: Dataset, _ loss: Loss) -> Double {
    var total = 0.0
    for i in 0..<dataset.count {
      let row = (0..<dataset.featureCount).map { dataset.feature(i, $0) }
      let (layers, z) = forward(parameters, row)
      let prediction = layers[layers.count - 1][0]
      let y = dataset.targets[i]
      switch loss {
      case .meanSquaredError: total += (prediction - y) * (prediction - y)
      case .meanAbsoluteError: total += abs(prediction - y)
      case .binaryCrossEntropy: total += log1p(exp(-z)) + (1 - y) * z
      }
    }
    return total / Double(dataset.count)
  }

  /// ∂L/∂θ by central differences of `loss`: (L(θ + h eₖ) − L(θ − h eₖ)) / 2h.
  func numericGradient(
    _ parameters: [Double], on dataset: Dataset, _ loss: Loss, step h: Double = 1e-6
  ) -> [Double] {
    var probe = parameters
    return parameters.indices.map { k in
      probe[k] = parameters[k] + h
      let above = self.loss(probe, on: dataset, loss)
      probe[k] = parameters[k] - h
      let below = self.loss(probe, on: dataset, loss)
      probe[k] = parameters[k]
      return (above - below) / (2 * h)
    }
  }

  /// ∂L/∂θ by the five-point stencil
  /// (L(θ − 2h eₖ) − 8 L(θ − h eₖ) + 8 L(θ + h eₖ) − L(θ + 2h eₖ)) / 12h, error O(h⁴).
  func fivePointGradient(
    _ parameters: [Double], on dataset: Dataset, _ loss: Loss, step h: Double = 1e-3
  ) -> [Double] {
    var probe = parameters
    func at(_ k: Int, _ shift: Double) -> Double {
      probe[k] = parameters[k] + shift
      defer { probe[k] = parameters[k] }
      return self.loss(probe, on: dataset, loss)
    }
    return parameters.indices.map { k in
      (at(k, -2 * h) - 8 * at(k, -h) + 8 * at(k, h) - at(k, 2 * h)) / (12 * h)
    }
  }
}

/// |a − b| / max(|a|, |b|, 1e-8), as GradientCheck defines it.
private func relativeError(_ a: Double, _ b: Double) -> Double {
  abs(a - b) / max(abs(a), abs(b), 1e-8)
}

/// The largest |aₖ − bₖ| relative to the largest |aₖ|: how far apart two gradients are on
/// the scale of the gradient itself.
private func normRelativeError(_ a: [Double], _ b: [Double]) -> Double {
  let scale = max(a.map(abs).max() ?? 0, b.map(abs).max() ?? 0, 1e-8)
  return zip(a, b).map { abs($0 - $1) }.max().map { $0 / scale } ?? 0
}

/// Parameters uniform in [−1, 1), seeded.
private func seededParameters(_ count: Int, seed: UInt64) -> [Double] {
  var generator = SeededGenerator(seed: seed)
  return (0..<count).map { _ in generator.nextUniform(in: -1, 1) }
}

// MARK: - Fixtures

/// Six rows of three features, values chosen by hand.
private let threeFeatures = Dataset(
  name: "three", featureNames: ["a", "b", "c"], targetName: "y",
  features: [
    0.5, -1.2, 2.0, 1.5, 0.3, -0.7, -2.0, 1.1, 0.4, 0.9, -0.4, -1.5, 1.8, 2.2, 0.6, -0.3, 0.8, 1.9,
  ],
  targets: [1.2, -0.5, 3.1, 0.7, 2.4, -1.1])

/// One feature to expand to x, x², x³.
private let curve = Dataset(
  name: "curve", featureNames: ["x"], targetName: "y",
  features: [-1.5, -0.5, 0.25, 1, 1.75, 2.5], targets: [2.0, 0.3, -0.1, 1.4, 3.9, 9.2])

/// One model × loss × dataset combination to check.
struct GradientCase: Sendable, CustomTestStringConvertible {
  let architecture: Architecture
  let loss: Loss
  let data: String

  var testDescription: String {
    var text = "\(architecture.name) \(loss.name) on \(data)"
    if case .mlp(_, let hidden, let output) = architecture {
      text += " (\(hidden.rawValue) → \(output.rawValue))"
    }
    return text
  }

  func dataset() throws -> Dataset {
    switch data {
    case "three": return threeFeatures
    case "curve": return try curve.polynomialFeatures(degree: 3)
    default: return try Dataset.builtIn(named: data, seed: 0)
    }
  }

  /// Whether the loss is smooth in the parameters (no ReLU, no absolute value).
  var isSmooth: Bool {
    if loss == .meanAbsoluteError { return false }
    if case .mlp(_, .relu, _) = architecture { return false }
    return true
  }

  var reference: ReferenceNetworkDescription {
    switch architecture {
    case .mlp(let layers, let hidden, let output):
      return .init(sizes: layers, hidden: hidden, output: output)
    case .polynomial(let degree):
      return .init(sizes: [degree, 1], hidden: .identity, output: .identity)
    case .logistic: return .init(sizes: [2, 1], hidden: .identity, output: .sigmoid)
    case .linear:
      return .init(sizes: [data == "three" ? 3 : 1, 1], hidden: .identity, output: .identity)
    }
  }

  static let all: [GradientCase] = {
    var cases: [GradientCase] = [
      .init(architecture: .linear, loss: .meanSquaredError, data: "houses"),
      .init(architecture: .linear, loss: .meanAbsoluteError, data: "houses"),
      .init(architecture: .linear, loss: .meanSquaredError, data: "three"),
      .init(architecture: .linear, loss: .meanAbsoluteError, data: "three"),
      .init(architecture: .polynomial(degree: 3), loss: .meanSquaredError, data: "curve"),
      .init(architecture: .logistic, loss: .binaryCrossEntropy, data: "blobs"),
      .init(architecture: .logistic, loss: .meanSquaredError, data: "blobs"),
      .init(architecture: .logistic, loss: .meanAbsoluteError, data: "blobs"),
    ]
    let heads: [(Activation, Loss)] = [
      (.identity, .meanSquaredError), (.identity, .meanAbsoluteError),
      (.sigmoid, .binaryCrossEntropy), (.sigmoid, .meanSquaredError),
    ]
    for data in ["xor", "moons"] {
      for hidden in Activation.allCases {
        for (output, loss) in heads {
          cases.append(
            .init(
              architecture: .mlp(layers: [2, 4, 3, 1], hidden: hidden, output: output),
              loss: loss, data: data))
        }
      }
    }
    return cases
  }()
}

/// The shape of the reference network for a case (kept Sendable for test arguments).
struct ReferenceNetworkDescription: Sendable {
  let sizes: [Int]
  let hidden: Activation
  let output: Activation
}

// MARK: - Tests

@Suite struct GradientTests {
  private func network(_ c: GradientCase) -> ReferenceNetwork {
    let r = c.reference
    return ReferenceNetwork(sizes: r.sizes, hidden: r.hidden, output: r.output)
  }

  @Test(arguments: GradientCase.all)
  func analyticGradientAgreesWithFiniteDifferencesOfAnIndependentLoss(_ c: GradientCase) throws {
    let data = try c.dataset()
    let model = try Model(c.architecture, inputCount: data.featureCount)
    let reference = network(c)
    // Each layer holds out × in weights and out biases.
    let sizes = reference.sizes
    let expectedCount = (1..<sizes.count).reduce(0) { $0 + sizes[$1] * (sizes[$1 - 1] + 1) }
    #expect(model.parameterCount == expectedCount)
    for seed: UInt64 in [1, 2, 3] {
      let parameters = seededParameters(model.parameterCount, seed: seed)
      let (loss, analytic) = model.lossAndGradient(of: parameters, on: data, loss: c.loss)
      let expectedLoss = reference.loss(parameters, on: data, c.loss)
      #expect(relativeError(loss, expectedLoss) <= 1e-12, "loss \(loss) vs \(expectedLoss)")
      let numeric = reference.numericGradient(parameters, on: data, c.loss)
      #expect(
        normRelativeError(analytic, numeric) <= 1e-6,
        "seed \(seed): \(analytic) vs \(numeric)")
      guard c.isSmooth else { continue }
      let accurate = reference.fivePointGradient(parameters, on: data, c.loss)
      for k in parameters.indices {
        #expect(
          relativeError(analytic[k], accurate[k]) <= 1e-6,
          "seed \(seed), \(model.layout.elementName(at: k)): \(analytic[k]) vs \(accurate[k])")
      }
    }
  }

  @Test(arguments: GradientCase.all)
  func gradientCheckPassesForEveryModelAndLoss(_ c: GradientCase) throws {
    let data = try c.dataset()
    let model = try Model(c.architecture, inputCount: data.featureCount)
    let parameters = seededParameters(model.parameterCount, seed: 7)
    let check = GradientCheck(model: model, parameters: parameters, dataset: data, loss: c.loss)
    #expect(check.entries.count == model.parameterCount)
    #expect(check.maximumRelativeError <= 1e-6, "worst: \(String(describing: check.worst))")
    #expect(check.passes() == (check.maximumRelativeError <= 1e-6))
    // The analytic column is the model's gradient; the numeric column a central difference
    // like ours (both carry rounding error ≈ 1e-10·L, so compare on the gradient's scale).
    let analytic = model.lossAndGradient(of: parameters, on: data, loss: c.loss).gradient
    #expect(check.entries.map(\.analytic) == analytic)
    let numeric = network(c).numericGradient(parameters, on: data, c.loss)
    #expect(normRelativeError(check.entries.map(\.numeric), numeric) <= 1e-8)
  }

  @Test func gradientCheckPassesACorrectGradientWithSmallComponents() throws {
    // The XOR 2-4-3-1 net with a sigmoid output under MSE, at seeded parameters: its gradient
    // has components near 1e-5 (W2[2][1] ≈ −6.29e-6), which the five-point stencil confirms
    // to better than 1e-6 relative. A check at h = 1e-6 carries rounding error ≈ ε·L/h, so
    // such a component can only be judged against the scale of the loss or the gradient.
    let xor = try Dataset.builtIn(named: "xor", seed: 0)
    let model = try Model(
      .mlp(layers: [2, 4, 3, 1], hidden: .identity, output: .sigmoid), inputCount: 2)
    let parameters = seededParameters(model.parameterCount, seed: 7)
    let analytic = model.lossAndGradient(of: parameters, on: xor, loss: .meanSquaredError)
      .gradient
    let reference = ReferenceNetwork(sizes: [2, 4, 3, 1], hidden: .identity, output: .sigmoid)
    let accurate = reference.fivePointGradient(parameters, on: xor, .meanSquaredError)
    for k in parameters.indices {
      #expect(relativeError(analytic[k], accurate[k]) <= 1e-6)
    }
    // W2[2][1] sits at 8 + 4 + 2·4 + 1 = 21.
    #expect(model.layout.elementName(at: 21) == "W2[2][1]")
    #expect(abs(analytic[21]) < 1e-5)
    #expect(relativeError(analytic[21], accurate[21]) <= 1e-7, "five-point: \(accurate[21])")
    let check = GradientCheck(
      model: model, parameters: parameters, dataset: xor, loss: .meanSquaredError)
    let worst = check.worst
    #expect(check.maximumRelativeError <= 1e-6, "worst: \(String(describing: worst))")
  }

  @Test func gradientCheckNamesEntriesAsAStudentIndexesThem() throws {
    let xor = try Dataset.builtIn(named: "xor", seed: 0)
    let net = try Model(.mlp(layers: [2, 4, 1], hidden: .tanh, output: .sigmoid), inputCount: 2)
    let check = GradientCheck(
      model: net, parameters: seededParameters(net.parameterCount, seed: 3), dataset: xor,
      loss: .binaryCrossEntropy)
    // W1 (4 × 2) at 0…7, b1 (4) at 8…11, W2 (1 × 4) at 12…15, b2 (1) at 16.
    #expect(check.entries.count == 17)
    #expect(check.entries[0].name == "W1[0][0]")
    #expect(check.entries[1].name == "W1[0][1]")
    #expect(check.entries[4].name == "W1[2][0]")
    #expect(check.entries[7].name == "W1[3][1]")
    #expect(check.entries[8].name == "b1[0]")
    #expect(check.entries[11].name == "b1[3]")
    #expect(check.entries[12].name == "W2[0][0]")
    #expect(check.entries[15].name == "W2[0][3]")
    #expect(check.entries[16].name == "b2[0]")

    let line = try Model(.linear, inputCount: 3)
    let lineCheck = GradientCheck(
      model: line, parameters: [0.5, -0.25, 1, 0.1], dataset: threeFeatures,
      loss: .meanSquaredError)
    #expect(lineCheck.entries.map(\.name) == ["w[0]", "w[1]", "w[2]", "b"])
  }

  @Test func gradientCheckFlagsADerivativeThatDisagreesWithTheLoss() throws {
    // A 1-1-1 ReLU net whose hidden pre-activation is exactly 0: z₁ = W1·0 + b1 = 0.
    // The analytic derivative uses ReLU'(0) = 0, so ∂L/∂b1 = 0; but the loss is
    // L(b1) = (1 − W2·relu(b1) − b2)² = (1 − relu(b1))², and central differences see
    // (L(h) − L(−h)) / 2h = ((1 − h)² − 1) / 2h = −1 + h/2. The check must flag b1.
    let data = Dataset(
      name: "kink", featureNames: ["x"], targetName: "y", features: [0], targets: [1])
    let net = try Model(.mlp(layers: [1, 1, 1], hidden: .relu, output: .identity), inputCount: 1)
    let parameters = [1.0, 0, 1, 0]  // W1, b1, W2, b2
    let check = GradientCheck(
      model: net, parameters: parameters, dataset: data, loss: .meanSquaredError)
    #expect(check.entries.map(\.name) == ["W1[0][0]", "b1[0]", "W2[0][0]", "b2[0]"])
    let b1 = check.entries[1]
    #expect(b1.analytic == 0)
    #expect(abs(b1.numeric - (-1 + 0.5e-6)) <= 1e-9)
    #expect(abs(b1.relativeError - 1) <= 1e-9)
    #expect(check.worst?.name == "b1[0]")
    #expect(!check.passes())
    // The other three agree: ∂L/∂W1 = 0 (x = 0), ∂L/∂W2 = 0 (a₁ = 0), ∂L/∂b2 = 2(ŷ − y) = −2.
    #expect(check.entries[0].relativeError == 0)
    #expect(check.entries[2].relativeError == 0)
    #expect(check.entries[3].analytic == -2)
    #expect(check.entries[3].relativeError <= 1e-9)
  }

  // MARK: - Binary cross-entropy at extreme logits

  @Test func binaryCrossEntropyAtHugeLogitsIsFiniteWithGradientSigmoidMinusTarget() throws {
    // w = 800, b = 0, so z = 800x. Rows (x, y) and their terms
    //   ℓ = max(z, 0) − z y + log(1 + e^−|z|)   (e^−800 underflows to 0):
    //   ( 1, 0): z =  800, ℓ = 800,  σ(z) − y =  1
    //   (−1, 1): z = −800, ℓ = 800,  σ(z) − y = −1
    //   ( 1, 1): z =  800, ℓ = 0,    σ(z) − y =  0
    //   (−1, 0): z = −800, ℓ = 0,    σ(z) − y =  0
    // L = 1600 / 4 = 400;  ∂L/∂w = (1/4) Σ (σ − y) x = (1 + 1) / 4 = 0.5;  ∂L/∂b = 0.
    let data = Dataset(
      name: "extreme", featureNames: ["x"], targetName: "y", features: [1, -1, 1, -1],
      targets: [0, 1, 1, 0])
    let logistic = try Model(.logistic, inputCount: 1)
    let (loss, gradient) = logistic.lossAndGradient(
      of: [800, 0], on: data, loss: .binaryCrossEntropy)
    #expect(loss == 400)
    #expect(gradient == [0.5, 0])

    let net = try Model(.mlp(layers: [1, 1], hidden: .tanh, output: .sigmoid), inputCount: 1)
    let (netLoss, netGradient) = net.lossAndGradient(
      of: [800, 0], on: data, loss: .binaryCrossEntropy)
    #expect(netLoss == 400)
    #expect(netGradient == [0.5, 0])

    // One row, z = −800, y = 0: ℓ = log(1 + e^−800) = 0 and σ(z) − y = e^−800 = 0.
    let confident = Dataset(
      name: "one", featureNames: ["x"], targetName: "y", features: [-1], targets: [0])
    let (small, smallGradient) = logistic.lossAndGradient(
      of: [800, 0], on: confident, loss: .binaryCrossEntropy)
    #expect(small == 0)
    #expect(smallGradient == [0, 0])
  }

  @Test func binaryCrossEntropyGradientIsSigmoidMinusTargetAtModerateLogits() throws {
    // One row x = 2, y = 1, w = 1.5, b = −1: z = 2, σ(2) = 1 / (1 + e^−2).
    // ∂L/∂w = (σ(2) − 1)·2, ∂L/∂b = σ(2) − 1; L = log(1 + e^−2).
    let data = Dataset(
      name: "one", featureNames: ["x"], targetName: "y", features: [2], targets: [1])
    let logistic = try Model(.logistic, inputCount: 1)
    let (loss, gradient) = logistic.lossAndGradient(
      of: [1.5, -1], on: data, loss: .binaryCrossEntropy)
    let sigma = 1 / (1 + exp(-2.0))
    #expect(relativeError(loss, log1p(exp(-2.0))) <= 1e-15)
    #expect(relativeError(gradient[0], (sigma - 1) * 2) <= 1e-14)
    #expect(relativeError(gradient[1], sigma - 1) <= 1e-14)
  }

  // MARK: - The course's formulas

  @Test func linearGradientOnHousesIsTheCourseFormulaByHand() throws {
    // At m = 100, c = 10 the residuals y − ŷ are 40, 90, 140, 190, 240:
    //   Σ x r = 40 + 180 + 420 + 760 + 1200 = 2600,   Σ r = 700
    //   D_m = (−2/5)·2600 = −1040,   D_c = (−2/5)·700 = −280
    //   L = (1600 + 8100 + 19 600 + 36 100 + 57 600) / 5 = 123 000 / 5 = 24 600
    let houses = try Dataset.builtIn(named: "houses", seed: 0)
    let model = try Model(.linear, inputCount: 1)
    let (loss, gradient) = model.lossAndGradient(
      of: [100, 10], on: houses, loss: .meanSquaredError)
    #expect(loss == 24_600)
    #expect(gradient == [-1040, -280])
    // MAE: every residual is positive, so ∂L/∂m = −(1/5) Σ x = −3 and ∂L/∂c = −1;
    // L = 700 / 5 = 140.
    let (mae, maeGradient) = model.lossAndGradient(
      of: [100, 10], on: houses, loss: .meanAbsoluteError)
    #expect(mae == 140)
    #expect(maeGradient == [-3, -1])
  }

  // MARK: - Backpropagation trace

  @Test(arguments: [
    (Activation.tanh, Activation.identity, Loss.meanSquaredError),
    (.relu, .identity, .meanAbsoluteError),
    (.sigmoid, .sigmoid, .binaryCrossEntropy),
    (.identity, .sigmoid, .meanSquaredError),
  ])
  func backpropagationTraceGradientEqualsLossAndGradient(
    hidden: Activation, output: Activation, loss: Loss
  ) throws {
    let moons = try Dataset.builtIn(named: "moons", seed: 0)
    let model = try Model(
      .mlp(layers: [2, 4, 3, 1], hidden: hidden, output: output), inputCount: 2)
    let parameters = seededParameters(model.parameterCount, seed: 11)
    let trace = model.backpropagation(of: parameters, on: moons, loss: loss)
    let (expectedLoss, expectedGradient) = model.lossAndGradient(
      of: parameters, on: moons, loss: loss)
    #expect(trace.loss == expectedLoss)
    #expect(trace.gradient == expectedGradient)

    // Shapes: one layer a weight layer, each (examples × units).
    #expect(trace.layers.count == 3)
    for (l, units) in [4, 3, 1].enumerated() {
      let layer = trace.layers[l]
      for matrix in [layer.preActivations, layer.activations, layer.deltas] {
        #expect(matrix.count == 100)
        #expect(matrix.allSatisfy { $0.count == units })
      }
    }

    // Activations equal the reference forward pass.
    let reference = ReferenceNetwork(sizes: [2, 4, 3, 1], hidden: hidden, output: output)
    for i in [0, 17, 50, 99] {
      let (layers, _) = reference.forward(parameters, [moons.feature(i, 0), moons.feature(i, 1)])
      for l in 0..<3 {
        for u in layers[l].indices {
          #expect(abs(trace.layers[l].activations[i][u] - layers[l][u]) <= 1e-14)
        }
      }
    }
  }

  @Test func backpropagationOutputDeltaForMeanSquaredErrorIsTwoOverNTimesTheError() throws {
    // δ⁽ᴸ⁾ᵢ = ∂L/∂ẑᵢ = ∂/∂ŷᵢ (1/n) Σ (ŷ − y)² = (2/n)(ŷᵢ − yᵢ) for an identity output.
    let xor = try Dataset.builtIn(named: "xor", seed: 0)
    let model = try Model(.mlp(layers: [2, 4, 1], hidden: .tanh, output: .identity), inputCount: 2)
    let parameters = seededParameters(model.parameterCount, seed: 5)
    let trace = model.backpropagation(of: parameters, on: xor, loss: .meanSquaredError)
    let reference = ReferenceNetwork(sizes: [2, 4, 1], hidden: .tanh, output: .identity)
    let last = trace.layers[1]
    for i in 0..<4 {
      let prediction = last.activations[i][0]
      #expect(last.preActivations[i][0] == prediction)
      #expect(last.deltas[i][0] == (2.0 / 4) * (prediction - xor.targets[i]))
      let (layers, _) = reference.forward(parameters, [xor.feature(i, 0), xor.feature(i, 1)])
      #expect(abs(prediction - layers[1][0]) <= 1e-14)
      // Hidden deltas: δ⁽¹⁾ᵤ = W2[0][u] · δ⁽²⁾ · (1 − tanh²(z⁽¹⁾ᵤ)); W2 starts at index 12.
      for u in 0..<4 {
        let a = layers[0][u]
        let expected = parameters[12 + u] * last.deltas[i][0] * (1 - a * a)
        #expect(abs(trace.layers[0].deltas[i][u] - expected) <= 1e-14)
      }
    }
    // The gradient is the sum of the per-example outer products δ aᵀ: ∂L/∂b2 = Σ δ⁽²⁾ᵢ.
    let sumOfDeltas = (0..<4).map { last.deltas[$0][0] }.reduce(0, +)
    #expect(abs(trace.gradient[16] - sumOfDeltas) <= 1e-15)
  }

  @Test func backpropagationOfALinearModelIsOneLayer() throws {
    let houses = try Dataset.builtIn(named: "houses", seed: 0)
    let model = try Model(.linear, inputCount: 1)
    let trace = model.backpropagation(of: [100, 10], on: houses, loss: .meanSquaredError)
    #expect(trace.layers.count == 1)
    #expect(trace.layers[0].activations.map { $0[0] } == [110, 210, 310, 410, 510])
    // δᵢ = (2/5)(ŷ − y): residuals y − ŷ are 40, 90, 140, 190, 240.
    #expect(trace.layers[0].deltas.map { $0[0] } == [-16, -36, -56, -76, -96])
    #expect(trace.gradient == [-1040, -280])
    #expect(trace.loss == 24_600)
  }

  // MARK: - Layout

  @Test func xorNetworkHasPyTorchShapedParameters() throws {
    let model = try Model(.mlp(layers: [2, 4, 1], hidden: .tanh, output: .sigmoid), inputCount: 2)
    let entries = model.layout.entries
    #expect(entries.map(\.name) == ["W1", "b1", "W2", "b2"])
    #expect(entries.map(\.shape) == [[4, 2], [4], [1, 4], [1]])
    #expect(entries.map(\.offset) == [0, 8, 12, 16])
    #expect(model.parameterCount == 17)
    #expect(model.layout.entry(named: "W2")?.range == 12..<16)
  }

  @Test func linearModelHasAFlatWeightArrayAndANumberBias() throws {
    let model = try Model(.linear, inputCount: 3)
    #expect(model.layout.entries.map(\.name) == ["w", "b"])
    #expect(model.layout.entries.map(\.shape) == [[3], []])
    #expect(model.parameterCount == 4)
  }
}
