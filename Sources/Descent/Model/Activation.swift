/// A non-linearity applied element-wise to a layer's pre-activations.
///
/// Hidden layers of an MLP use one of these; an output layer is `identity` (regression) or
/// `sigmoid` (a probability, for binary classification).
public enum Activation: String, Sendable, Hashable, CaseIterable {
  /// tanh(z): squashes to (−1, 1); derivative 1 − tanh²(z).
  case tanh
  /// max(0, z); derivative 1 for z > 0, else 0 (0 at z = 0, as PyTorch).
  case relu
  /// σ(z) = 1 / (1 + e^−z); derivative σ(z)(1 − σ(z)).
  case sigmoid
  /// z itself; derivative 1.
  case identity

  /// The activation of a pre-activation `z`.
  @inline(__always)
  public func callAsFunction(_ z: Double) -> Double {
    switch self {
    case .tanh: return _tanh(z)
    case .relu: return z > 0 ? z : 0
    case .sigmoid: return Activation.sigmoid(z)
    case .identity: return z
    }
  }

  /// The derivative d a / d z, written in terms of the pre-activation `z` and the
  /// activation `a` it produced (cheaper for tanh and sigmoid).
  @inline(__always)
  public func derivative(z: Double, a: Double) -> Double {
    switch self {
    case .tanh: return 1 - a * a
    case .relu: return z > 0 ? 1 : 0
    case .sigmoid: return a * (1 - a)
    case .identity: return 1
    }
  }

  /// The logistic sigmoid computed without overflow:
  /// σ(z) = 1 / (1 + e^−z) for z ≥ 0, and e^z / (1 + e^z) for z < 0.
  @inline(__always)
  public static func sigmoid(_ z: Double) -> Double {
    if z >= 0 {
      return 1 / (1 + _exp(-z))
    }
    let e = _exp(z)
    return e / (1 + e)
  }
}
