extension ExpressionEvaluation {
  /// `sum`, `mean`, `min` or `max` along one axis, as numpy's `np.sum(x, axis=k)`:
  ///
  ///     matrix (r×c), axis 0 or -2 → vector of c: out[j] = f(x[0, j], …, x[r-1, j])
  ///     matrix (r×c), axis 1 or -1 → vector of r: out[i] = f(x[i, 0], …, x[i, c-1])
  ///     vector, axis 0 or -1       → number, as with no axis
  ///     number, axis 0 or -1       → number, as with no axis (numpy allows these two)
  ///
  /// Sums are added in order from 0, as `sum` does; numpy's pairwise summation may differ
  /// in the last bit along a row of 8 or more. `min` and `max` of an empty lane are errors,
  /// as in numpy; a `mean` of one is NaN.
  mutating func reduce(
    _ value: Value, _ function: ExpressionFunction, along axisValue: Value,
    at axisSpan: ExpressionSpan, name: ExpressionSpan
  ) throws(ExpressionError) -> Value {
    let axis = try self.axis(axisValue, of: value, function, at: axisSpan)
    guard case .matrix(let rows, let columns, let elements) = value else {
      // A vector (or a number) has the one axis, so this is the whole reduction.
      return .number(try reduceAll(value, function, name: name, argument: name))
    }
    // Along axis 0 each column is a lane of `rows` elements; along axis 1, each row is one
    // of `columns` elements.
    let lanes = axis == 0 ? columns : rows
    let length = axis == 0 ? rows : columns
    let laneStep = axis == 0 ? 1 : columns
    let elementStep = axis == 0 ? columns : 1
    let picks = function == .min || function == .max
    if picks, length == 0, lanes > 0 {
      throw ExpressionError(
        "\(function.rawValue) along axis \(axis) of \(value.shapeDescription) has no value: "
          + "there are no elements to compare", at: name)
    }
    try reserve(rows: nil, columns: lanes, at: name)
    try charge(elements.count, at: name)
    var out: [Double] = []
    out.reserveCapacity(lanes)
    for lane in 0..<lanes {
      let first = lane * laneStep
      if picks {
        let pick = function == .min ? Self.minimum : Self.maximum
        var result = elements[first]
        for k in 1..<length { result = pick(result, elements[first + k * elementStep]) }
        out.append(result)
      } else {
        var total = 0.0
        for k in 0..<length { total += elements[first + k * elementStep] }
        out.append(function == .mean ? total / Double(length) : total)
      }
    }
    return .vector(out)
  }

  /// The axis, from 0, that `value` names for `array`; negative axes count from the end,
  /// as in numpy, so -1 is a matrix's axis 1 and a vector's axis 0. A number takes 0 or -1,
  /// as numpy's reductions of a 0-d array do.
  ///
  /// Range-checked as a `Double`, so no input can make the conversion to `Int` trap.
  private func axis(
    _ value: Value, of array: Value, _ function: ExpressionFunction, at span: ExpressionSpan
  ) throws(ExpressionError) -> Int {
    guard case .number(let x) = value else {
      var message =
        "the axis must be a single whole number, such as 0 or 1, not "
        + value.shapeDescription
      if function == .min || function == .max {
        message +=
          "; to compare two arrays element by element, write "
          + "np.\(function == .max ? "maximum" : "minimum")(a, b)"
      }
      throw ExpressionError(message, at: span)
    }
    guard x.isFinite, x == x.rounded(.towardZero) else {
      throw ExpressionError(
        "the axis must be a whole number, such as 0 or 1, not \(x.expressionFormatted)",
        at: span)
    }
    let rank = Swift.max(array.shape.count, 1)
    guard x >= -Double(rank), x < Double(rank) else {
      let which: String
      switch array {
      case .number: which = "a number; it takes only axis 0 or -1, which change nothing"
      case .vector: which = "a vector; its one axis is 0, or -1"
      case .matrix: which = "a matrix; its axes are 0 and 1, or -2 and -1"
      }
      throw ExpressionError(
        "axis \(x.expressionFormatted) is out of range for \(which)", at: span)
    }
    let k = Int(x)
    return k < 0 ? k + rank : k
  }
}
