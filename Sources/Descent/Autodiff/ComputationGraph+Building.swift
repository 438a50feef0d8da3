// The builders: each adds one node computed from nodes of this graph, with its value and
// local derivatives (see `Operation.evaluate` for the maths), and returns its ID. `label`
// names the node on screen; it is empty if left out.

extension ComputationGraph {
  /// Adds a + b; its local derivatives are (1, 1).
  public mutating func add(_ a: NodeID, _ b: NodeID, label: String? = nil) -> NodeID {
    apply(.add, [a, b], label: label)
  }

  /// Adds a − b; its local derivatives are (1, −1).
  public mutating func subtract(_ a: NodeID, _ b: NodeID, label: String? = nil) -> NodeID {
    apply(.subtract, [a, b], label: label)
  }

  /// Adds a · b; its local derivatives are (b, a). `multiply(x, x)` is x², with gradient 2x.
  public mutating func multiply(_ a: NodeID, _ b: NodeID, label: String? = nil) -> NodeID {
    apply(.multiply, [a, b], label: label)
  }

  /// Adds a / b; its local derivatives are (1/b, −a/b²). b = 0 gives ±∞ or NaN, no trap.
  public mutating func divide(_ a: NodeID, _ b: NodeID, label: String? = nil) -> NodeID {
    apply(.divide, [a, b], label: label)
  }

  /// Adds −x; its local derivative is −1.
  public mutating func negate(_ x: NodeID, label: String? = nil) -> NodeID {
    apply(.negate, [x], label: label)
  }

  /// Adds xᵖ for a fixed exponent p (not a node); its local derivative is p·xᵖ⁻¹.
  ///
  /// p = 0 gives the constant 1 with derivative 0. A negative x with a fractional p gives
  /// NaN, as the C library's `pow` does. Use `pow(_:_:)` when the exponent needs a gradient.
  public mutating func power(_ x: NodeID, _ exponent: Double, label: String? = nil) -> NodeID {
    apply(.power(exponent), [x], label: label)
  }

  /// Adds aᵇ where both are nodes; its local derivatives are (b·aᵇ⁻¹, aᵇ·ln a).
  ///
  /// Where ln a is not real the derivative in b is taken as 0: at a = 0 with b ≥ 0 (0ᵇ is
  /// flat there, as in PyTorch), and at a < 0 with a whole b (aᵇ is not real between whole
  /// numbers). A negative a with a fractional b gives a NaN value and NaN derivatives.
  public mutating func pow(_ base: NodeID, _ exponent: NodeID, label: String? = nil)
    -> NodeID
  {
    apply(.pow, [base, exponent], label: label)
  }

  /// Adds eˣ; its local derivative is eˣ.
  public mutating func exp(_ x: NodeID, label: String? = nil) -> NodeID {
    apply(.exp, [x], label: label)
  }

  /// Adds ln x; its local derivative is 1/x. x = 0 gives −∞, and x < 0 NaN, without a trap.
  public mutating func log(_ x: NodeID, label: String? = nil) -> NodeID {
    apply(.log, [x], label: label)
  }

  /// Adds tanh x; its local derivative is 1 − tanh² x.
  public mutating func tanh(_ x: NodeID, label: String? = nil) -> NodeID {
    apply(.tanh, [x], label: label)
  }

  /// Adds σ(x) = 1/(1 + e⁻ˣ); its local derivative is σ(x)·(1 − σ(x)).
  ///
  /// Computed without overflow for any x: σ(−1000) is 0 and σ(1000) is 1, not NaN.
  public mutating func sigmoid(_ x: NodeID, label: String? = nil) -> NodeID {
    apply(.sigmoid, [x], label: label)
  }

  /// Adds max(0, x); its local derivative is 1 for x > 0 and 0 otherwise (0 at x = 0, as
  /// in PyTorch).
  public mutating func relu(_ x: NodeID, label: String? = nil) -> NodeID {
    apply(.relu, [x], label: label)
  }

  /// Adds |x|; its local derivative is the sign of x, and 0 at x = 0 (the subgradient
  /// PyTorch uses).
  public mutating func abs(_ x: NodeID, label: String? = nil) -> NodeID {
    apply(.abs, [x], label: label)
  }
}
