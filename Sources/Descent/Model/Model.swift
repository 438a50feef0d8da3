/// A model ready to be trained: its architecture, how many inputs it reads, and the layout
/// of its parameters.
///
/// The model itself holds no numbers; parameters live in a flat `[Double]` described by
/// `layout`, so optimizers, snapshots and gradient checks treat every model alike. Inputs are
/// the model's own features: a polynomial model reads x, x², …, xᵏ (see
/// `Dataset.polynomialFeatures(degree:)`), already normalized if the run normalizes.
public struct Model: Sendable, Hashable {
  /// What kind of model this is.
  public let architecture: Architecture
  /// The number of input features the model reads.
  public let inputCount: Int
  /// Names and shapes of the parameters in the flat vector.
  public let layout: ParameterLayout
  /// Layer sizes from inputs to output. A linear-type model is the single layer
  /// [inputCount, 1].
  public let layerSizes: [Int]
  /// The activation after every layer but the last (identity for linear-type models).
  public let hiddenActivation: Activation
  /// The activation after the last layer.
  public let outputActivation: Activation

  /// Creates the model of `architecture` for inputs of `inputCount` features.
  ///
  /// An MLP's first layer size must equal `inputCount`, and its last must be 1: a dataset
  /// has one target a row.
  public init(_ architecture: Architecture, inputCount: Int) throws(DescentError) {
    self.architecture = architecture
    self.inputCount = inputCount
    if case .mlp = architecture { isMLP = true } else { isMLP = false }
    switch architecture {
    case .linear, .polynomial, .logistic:
      layerSizes = [inputCount, 1]
      hiddenActivation = .identity
      outputActivation = architecture.outputActivation
      layout = ParameterLayout([("w", [inputCount]), ("b", [])])
    case .mlp(let layers, let hidden, let output):
      guard layers.first == inputCount else {
        throw DescentError(
          "the network \(architecture.name) takes \(layers[0]) input(s), but the data has "
            + "\(inputCount) feature(s); start the layer sizes with \(inputCount)")
      }
      guard layers.last == 1 else {
        throw DescentError(
          "the network \(architecture.name) ends in \(layers[layers.count - 1]) outputs, but "
            + "the data has one target a row; end the layer sizes with 1")
      }
      guard output == .identity || output == .sigmoid else {
        throw DescentError(
          "an MLP's output is identity (for regression) or sigmoid (for a probability), "
            + "not \(output.rawValue)")
      }
      layerSizes = layers
      hiddenActivation = hidden
      outputActivation = output
      var tensors: [(name: String, shape: [Int])] = []
      for l in 1..<layers.count {
        tensors.append(("W\(l)", [layers[l], layers[l - 1]]))
        tensors.append(("b\(l)", [layers[l]]))
      }
      layout = ParameterLayout(tensors)
    }
    guard layout.count <= Self.maximumParameterCount else {
      throw DescentError(
        "the network \(architecture.name) has \(layout.count) parameters, more than the "
          + "\(Self.maximumParameterCount) a tutorial model may have; use smaller layers")
    }
  }

  /// The most parameters a model may have (ten million: 80 MB of weights).
  public static var maximumParameterCount: Int { 10_000_000 }

  /// The number of weight layers (1 for linear-type models).
  public var layerCount: Int { layerSizes.count - 1 }

  /// The number of parameters.
  public var parameterCount: Int { layout.count }

  /// Whether this is a single affine layer (linear, polynomial or logistic).
  public var isSingleLayer: Bool { layerSizes.count == 2 && !isMLP }

  /// Whether the model is a straight line, ŷ = m·x + c: one input, one layer and no output
  /// activation (a logistic model of one input is a sigmoid curve, not a line).
  public var isStraightLine: Bool {
    isSingleLayer && inputCount == 1 && outputActivation == .identity
  }

  /// Whether this is an MLP (as opposed to a linear-type model).
  public let isMLP: Bool

  /// The flat-vector offset of layer `l`'s weight matrix (l from 1) and of its bias.
  /// Every model stores each layer as its weights, (out × in) row-major, then its biases.
  func offsets(ofLayer l: Int) -> (weights: Int, biases: Int) {
    var offset = 0
    for k in 1..<l {
      offset += layerSizes[k] * layerSizes[k - 1] + layerSizes[k]
    }
    return (offset, offset + layerSizes[l] * layerSizes[l - 1])
  }

  /// The activation after layer `l` (l from 1).
  func activation(ofLayer l: Int) -> Activation {
    l == layerCount ? outputActivation : hiddenActivation
  }

  /// Starting parameters: zeros for linear-type models (as the course starts m = c = 0);
  /// for an MLP, PyTorch's `nn.Linear` default, every weight and bias uniform in
  /// ±1/√fan_in, drawn layer by layer (W1, b1, W2, …) from `generator`.
  public func initialParameters(using generator: inout SeededGenerator) -> [Double] {
    var values = [Double](repeating: 0, count: parameterCount)
    guard isMLP else { return values }
    var index = 0
    for l in 1...layerCount {
      let bound = 1 / Double(layerSizes[l - 1]).squareRoot()
      let count = layerSizes[l] * layerSizes[l - 1] + layerSizes[l]
      for _ in 0..<count {
        values[index] = generator.nextUniform(in: -bound, bound)
        index += 1
      }
    }
    return values
  }
}
