extension ComputationGraph {
  /// What a node computes from its inputs (called a, b in operand order, or x for one).
  public enum Operation: Sendable, Hashable {
    /// A leaf whose value the lesson sets (`setInput(_:to:)`).
    case input
    /// A leaf with a fixed value.
    case constant
    /// a + b.
    case add
    /// a − b.
    case subtract
    /// a · b.
    case multiply
    /// a / b.
    case divide
    /// −x.
    case negate
    /// xᵖ for a fixed exponent p, which is not a node and gets no gradient.
    case power(Double)
    /// aᵇ, where the exponent b is a node too.
    case pow
    /// eˣ.
    case exp
    /// ln x, the natural logarithm.
    case log
    /// tanh x.
    case tanh
    /// σ(x) = 1 / (1 + e⁻ˣ), the logistic sigmoid.
    case sigmoid
    /// max(0, x).
    case relu
    /// |x|.
    case abs

    /// How many input nodes the operation takes: 0 for a leaf, 1 or 2 otherwise.
    public var arity: Int {
      switch self {
      case .input, .constant: 0
      case .negate, .power, .exp, .log, .tanh, .sigmoid, .relu, .abs: 1
      case .add, .subtract, .multiply, .divide, .pow: 2
      }
    }

    /// The value of the operation on its inputs' values `x`, and its local derivatives
    /// ∂value/∂x[k], one a input.
    ///
    /// Every operation is defined for every `Double`: out of its domain it gives ±∞ or NaN,
    /// as the C library does, and never traps.
    func evaluate(_ x: [Double]) -> (value: Double, localDerivatives: [Double]) {
      precondition(x.count == arity, "ComputationGraph: \(self) of \(x.count) value(s)")
      switch self {
      case .input, .constant:
        preconditionFailure("ComputationGraph: a leaf is not computed from inputs")

      // f = a + b;  ∂f/∂a = 1,  ∂f/∂b = 1
      case .add:
        return (x[0] + x[1], [1, 1])

      // f = a − b;  ∂f/∂a = 1,  ∂f/∂b = −1
      case .subtract:
        return (x[0] - x[1], [1, -1])

      // f = a·b;  ∂f/∂a = b,  ∂f/∂b = a
      case .multiply:
        return (x[0] * x[1], [x[1], x[0]])

      // f = a/b;  ∂f/∂a = 1/b,  ∂f/∂b = −a/b² = −f/b
      // (−f/b, so that b² cannot overflow or underflow on its own).
      case .divide:
        let (a, b) = (x[0], x[1])
        let f = a / b
        return (f, [1 / b, -f / b])

      // f = −x;  df/dx = −1
      case .negate:
        return (-x[0], [-1])

      // f = xᵖ;  df/dx = p·xᵖ⁻¹
      case .power(let p):
        return (_pow(x[0], p), [Self.powerDerivative(x[0], p)])

      // f = aᵇ;  ∂f/∂a = b·aᵇ⁻¹,  ∂f/∂b = aᵇ·ln a
      //
      // ∂f/∂b needs care where ln a is not real:
      // - a = 0: for b > 0, 0ᵇ = 0 for nearby b too, so ∂f/∂b = 0; we give 0 for b = 0 as
      //   well, as PyTorch's `pow` does. For b < 0, f = +∞ and aᵇ·ln a = −∞.
      // - a < 0: aᵇ is real only at whole b, so it has no derivative in b along the reals;
      //   we give 0, as if the exponent were fixed there, so that a finite value never
      //   sends NaN upstream. (At a fractional b the value itself is NaN, and so is this.)
      case .pow:
        let (a, b) = (x[0], x[1])
        let f = _pow(a, b)
        let dfdb: Double
        if a > 0 {
          dfdb = f * _log(a)
        } else if a == 0 {
          dfdb = b >= 0 ? 0 : f * _log(a)
        } else {
          dfdb = f.isNaN ? .nan : 0
        }
        return (f, [Self.powerDerivative(a, b), dfdb])

      // f = eˣ;  df/dx = eˣ = f
      case .exp:
        let f = _exp(x[0])
        return (f, [f])

      // f = ln x;  df/dx = 1/x
      // (x = 0 gives f = −∞ and 1/x = ∞; x < 0 gives f = NaN.)
      case .log:
        return (_log(x[0]), [1 / x[0]])

      // f = tanh x;  df/dx = 1 − tanh² x = 1 − f²
      case .tanh:
        let f = _tanh(x[0])
        return (f, [1 - f * f])

      // f = σ(x) = 1/(1 + e⁻ˣ);  df/dx = e⁻ˣ/(1 + e⁻ˣ)² = σ(x)·(1 − σ(x)) = f·(1 − f)
      // For x < 0, e⁻ˣ may overflow, so there we use the equal form eˣ/(1 + eˣ), whose eˣ
      // lies in (0, 1).
      case .sigmoid:
        let v = x[0]
        let f: Double
        if v >= 0 {
          f = 1 / (1 + _exp(-v))
        } else {
          let e = _exp(v)
          f = e / (1 + e)
        }
        return (f, [f * (1 - f)])

      // f = max(0, x);  df/dx = 1 if x > 0, else 0 (0 at x = 0 too, as in PyTorch)
      // NaN stays NaN rather than becoming 0.
      case .relu:
        let v = x[0]
        if v.isNaN { return (v, [v]) }
        return v > 0 ? (v, [1]) : (0, [0])

      // f = |x|;  df/dx = sign x, taken as 0 at x = 0 (the subgradient PyTorch's `abs`
      // gives there), so a minimum at 0 is a point where descent rests, not a NaN.
      case .abs:
        let v = x[0]
        if v.isNaN { return (v, [v]) }
        return (Swift.abs(v), [v > 0 ? 1 : (v < 0 ? -1 : 0)])
      }
    }

    /// d(xᵖ)/dx = p·xᵖ⁻¹, taken as 0 when p = 0 (x⁰ = 1 is constant, even at x = 0, where
    /// the formula would give 0·0⁻¹ = 0·∞ = NaN). At x = 0 it is 1 for p = 1, 0 for p > 1,
    /// and ±∞ for p < 1, where the slope is indeed unbounded.
    private static func powerDerivative(_ x: Double, _ p: Double) -> Double {
      p == 0 ? 0 : p * _pow(x, p - 1)
    }
  }
}
