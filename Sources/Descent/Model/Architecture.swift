import Interchange

/// Which kind of model to train, with its shape.
///
/// Parameters are named and shaped as PyTorch would: linear, polynomial and logistic models
/// have `w` (one weight a feature) and `b`; an MLP has `W1` (out × in), `b1`, `W2`, `b2`, …
public enum Architecture: Sendable, Hashable {
  /// ŷ = w·x + b over every feature.
  case linear
  /// ŷ = w₁x + w₂x² + … + w_k xᵏ + b over one feature, as a feature expansion.
  case polynomial(degree: Int)
  /// p = σ(w·x + b), the probability of class 1.
  case logistic
  /// A multi-layer perceptron: `layers` sizes from inputs to outputs (e.g. [2, 4, 1]),
  /// `hidden` applied after every layer but the last, `output` after the last.
  case mlp(layers: [Int], hidden: Activation, output: Activation)

  /// The name used on the command line and in reports: `linear`, `poly:2`, `logistic`,
  /// `mlp:2-4-1`.
  public var name: String {
    switch self {
    case .linear: return "linear"
    case .polynomial(let degree): return "poly:\(degree)"
    case .logistic: return "logistic"
    case .mlp(let layers, _, _): return "mlp:" + layers.map(String.init).joined(separator: "-")
    }
  }

  /// The activation of the model's output: sigmoid for logistic, as chosen for an MLP,
  /// identity otherwise.
  public var outputActivation: Activation {
    switch self {
    case .linear, .polynomial: return .identity
    case .logistic: return .sigmoid
    case .mlp(_, _, let output): return output
    }
  }

  /// Parses `linear`, `poly:K`, `logistic` or `mlp:D-H…-O` (activations given separately).
  public init(
    parsing text: String, hidden: Activation = .tanh, output: Activation = .identity
  ) throws(DescentError) {
    let lower = text.lowercased()
    if lower == "linear" {
      self = .linear
    } else if lower == "logistic" {
      self = .logistic
    } else if lower.hasPrefix("poly:") {
      let digits = lower.dropFirst("poly:".count)
      guard let degree = Int(digits), degree >= 1, degree <= 12 else {
        throw DescentError(
          "\(text.quotedForMessage) is not a polynomial model: write poly:K with a degree "
            + "K from 1 to 12, such as poly:2")
      }
      self = .polynomial(degree: degree)
    } else if lower.hasPrefix("mlp:") {
      let sizes = lower.dropFirst("mlp:".count).split(
        separator: "-", omittingEmptySubsequences: false)
      var layers: [Int] = []
      for size in sizes {
        guard let units = Int(size), units >= 1, units <= 4096 else {
          throw DescentError(
            "\(text.quotedForMessage) is not an MLP shape: write mlp: followed by layer "
              + "sizes from 1 to 4096 joined by '-', inputs first, such as mlp:2-4-1")
        }
        layers.append(units)
      }
      guard layers.count >= 2 else {
        throw DescentError(
          "\(text.quotedForMessage) needs at least an input and an output size, "
            + "such as mlp:2-4-1")
      }
      self = .mlp(layers: layers, hidden: hidden, output: output)
    } else {
      throw DescentError(
        "unknown model \(text.quotedForMessage); the models are linear, poly:K, "
          + "logistic and mlp:D-H-O (layer sizes, such as mlp:2-4-1)")
    }
  }
}
