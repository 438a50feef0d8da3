extension ExpressionEvaluation {
  /// `X[i]`, `W[i]` (a row), `W[i, j]`; negative indices count from the end, as in Python.
  mutating func index(
    _ value: Value, by positions: [Value], base: ExpressionSpan, indices: [ExpressionSpan]
  ) throws(ExpressionError) -> Value {
    guard let first = positions.first, let firstSpan = indices.first else {
      throw ExpressionError("an index is missing", at: base)
    }
    // The parser allows at most two indices; the second, if any:
    let second = positions.count > 1 && indices.count > 1 ? (positions[1], indices[1]) : nil
    switch value {
    case .number:
      throw ExpressionError("a number has no elements to index", at: base)
    case .vector(let elements):
      if let (_, span) = second {
        throw ExpressionError(
          "a vector takes one index, but this has two; W[i, j] is for matrices", at: span)
      }
      let i = try offset(first, at: firstSpan, count: elements.count, axis: nil, of: value)
      try charge(1, at: firstSpan)
      return .number(elements[i])
    case .matrix(let rows, let columns, let elements):
      let i = try offset(first, at: firstSpan, count: rows, axis: "row", of: value)
      if let (position, span) = second {
        let j = try offset(position, at: span, count: columns, axis: "column", of: value)
        try charge(1, at: span)
        return .number(elements[i * columns + j])
      }
      try charge(columns, at: firstSpan)
      return .vector(Array(elements[(i * columns)..<((i + 1) * columns)]))
    }
  }

  /// The 0-based offset that an index names along an axis of `count` elements.
  ///
  /// The index must be a whole number from −count to count − 1; it is range-checked as a
  /// `Double`, so no input can make the conversion to `Int` trap.
  private func offset(
    _ index: Value, at span: ExpressionSpan, count: Int, axis: String?, of value: Value
  ) throws(ExpressionError) -> Int {
    guard case .number(let x) = index else {
      throw ExpressionError(
        "an index must be a single number, not \(index.shapeDescription)", at: span)
    }
    guard x.isFinite, x == x.rounded(.towardZero) else {
      throw ExpressionError(
        "an index must be a whole number, not \(x.expressionFormatted)", at: span)
    }
    let size = Double(count)
    guard x >= -size, x < size else {
      let what = axis.map { "\($0) index" } ?? "index"
      let valid: String
      if count == 0 {
        valid = "it has no \(axis.map { "\($0)s" } ?? "elements")"
      } else {
        let range = "0 to \(count - 1), or -\(count) to -1"
        valid = "valid \(axis.map { "\($0)s" } ?? "indices") are \(range)"
      }
      throw ExpressionError(
        "\(what) \(x.expressionFormatted) is out of range for \(value.shapeDescription); \(valid)",
        at: span)
    }
    let i = Int(x)
    return i < 0 ? i + count : i
  }
}
