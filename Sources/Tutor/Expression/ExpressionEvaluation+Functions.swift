extension ExpressionEvaluation {
  /// Calls a built-in function; the parser has already checked the argument count.
  ///
  /// A second argument of `sum`, `mean`, `min` and `max` is an axis: the parser compiles
  /// `max(a, b)` to `maximum`.
  mutating func call(
    _ function: ExpressionFunction, _ values: [Value], arguments: [ExpressionSpan],
    name: ExpressionSpan
  ) throws(ExpressionError) -> Value {
    guard let x = values.first, let xSpan = arguments.first else {
      throw ExpressionError(function.arityMessage(given: 0), at: name)
    }
    let second = values.count > 1 && arguments.count > 1 ? (values[1], arguments[1]) : nil
    switch function {
    case .sum, .mean, .min, .max:
      if let (axis, axisSpan) = second {
        return try reduce(x, function, along: axis, at: axisSpan, name: name)
      }
      return .number(try reduceAll(x, function, name: name, argument: xSpan))
    case .len:
      switch x {
      case .number:
        throw ExpressionError(
          "len needs a vector or a matrix, but its argument is a number", at: xSpan)
      case .vector(let elements):
        try charge(1, at: name)
        return .number(Double(elements.count))
      case .matrix(let rows, _, _):
        try charge(1, at: name)
        return .number(Double(rows))
      }
    case .float:
      guard case .number = x else {
        throw ExpressionError(
          "float needs a single number, but its argument is \(x.shapeDescription)", at: xSpan)
      }
      try charge(1, at: name)
      return x
    case .round:
      // Python's round: to the nearest, a tie to the even neighbour, `digits` after the
      // point (negative: before it).
      var digits = 0
      if let (count, countSpan) = second {
        guard case .number(let d) = count, d == d.rounded(), abs(d) <= 300 else {
          throw ExpressionError(
            "round's digits are a whole number, such as round(x, 2)", at: countSpan)
        }
        digits = Int(d)
      }
      let scale = ExpressionMath.power(10, Double(abs(digits)))
      return try map(x, at: name) { value in
        guard value.isFinite else { return value }
        if digits >= 0 { return ExpressionMath.roundedDecimal(value, digits: digits) }
        return (value / scale).rounded(.toNearestOrEven) * scale
      }
    case .exp: return try map(x, at: name, ExpressionMath.exponential)
    case .log: return try map(x, at: name, ExpressionMath.logarithm)
    case .sqrt: return try map(x, at: name) { $0.squareRoot() }
    case .abs: return try map(x, at: name) { $0.magnitude }
    case .tanh: return try map(x, at: name, ExpressionMath.hyperbolicTangent)
    case .sigmoid: return try map(x, at: name, Self.sigmoid)
    case .relu: return try map(x, at: name) { Self.maximum(0, $0) }
    case .minimum, .maximum:
      guard let (y, _) = second else {
        throw ExpressionError(function.arityMessage(given: 1), at: name)
      }
      // Messages say 'max', as `max(a, b)` is how this is mostly typed.
      let pick = function == .minimum ? Self.minimum : Self.maximum
      return try combine(x, y, pick, symbol: function.canonicalName, at: name)
    case .dot:
      guard let (y, _) = second else {
        throw ExpressionError(function.arityMessage(given: 1), at: name)
      }
      // numpy's dot: a number scales, otherwise it is the matrix product.
      if case .number = x { return try combine(x, y, { $0 * $1 }, symbol: "dot", at: name) }
      if case .number = y { return try combine(x, y, { $0 * $1 }, symbol: "dot", at: name) }
      return try matrixProduct(x, y, label: "dot", at: name)
    case .outer:
      guard let (y, _) = second else {
        throw ExpressionError(function.arityMessage(given: 1), at: name)
      }
      return try outer(x, y, at: name)
    }
  }

  /// `sum`, `mean`, `min` or `max` of every element: a number. Errors about the work
  /// point at `name`; "no elements" points at the `argument`.
  mutating func reduceAll(
    _ value: Value, _ function: ExpressionFunction, name: ExpressionSpan,
    argument: ExpressionSpan
  ) throws(ExpressionError) -> Double {
    switch function {
    case .min: return try reduce(value, Self.minimum, function, at: argument)
    case .max: return try reduce(value, Self.maximum, function, at: argument)
    case .mean:
      // numpy's mean of nothing is nan, and so is 0 / 0.
      return try sum(value, at: name) / Double(value.elements.count)
    default: return try sum(value, at: name)
    }
  }

  /// Python's built-in `sum`: 0 + x₀ + x₁ + … added left to right, so that
  /// `(-2/n) * sum(X * (Y - Y_pred))` matches the course's numpy run bit for bit.
  private mutating func sum(_ value: Value, at span: ExpressionSpan) throws(ExpressionError)
    -> Double
  {
    let elements = value.elements
    try charge(elements.count, at: span)
    var total = 0.0
    for x in elements { total += x }
    return total
  }

  /// min or max of every element; NaN anywhere gives NaN, as numpy's `min` and `max` do.
  private mutating func reduce(
    _ value: Value, _ pick: (Double, Double) -> Double, _ function: ExpressionFunction,
    at span: ExpressionSpan
  ) throws(ExpressionError) -> Double {
    let elements = value.elements
    guard var result = elements.first else {
      throw ExpressionError(
        "\(function.rawValue) of \(value.shapeDescription) has no value: there are no elements",
        at: span)
    }
    try charge(elements.count, at: span)
    for x in elements.dropFirst() { result = pick(result, x) }
    return result
  }

  /// The logistic function 1 / (1 + e⁻ˣ), computed without overflow: for x < 0 it is
  /// eˣ / (1 + eˣ), where eˣ ≤ 1.
  static func sigmoid(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + ExpressionMath.exponential(-x)) }
    let e = ExpressionMath.exponential(x)
    return e / (1 + e)
  }

  /// numpy's `minimum`: the smaller, or NaN if either is NaN.
  static func minimum(_ a: Double, _ b: Double) -> Double {
    (a <= b || a.isNaN) ? a : b
  }

  /// numpy's `maximum`: the larger, or NaN if either is NaN.
  static func maximum(_ a: Double, _ b: Double) -> Double {
    (a >= b || a.isNaN) ? a : b
  }
}
