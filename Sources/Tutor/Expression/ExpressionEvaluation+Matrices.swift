extension ExpressionEvaluation {
  /// The matrix product `a @ b`, as numpy's `matmul` for up to two dimensions:
  ///
  ///     (r×k) @ (k×c) → r×c     (r×k) @ (k) → vector of r
  ///     (k) @ (k×c)   → vector of c     (k) @ (k) → number
  ///
  /// Each element is a sum of k products added left to right from 0. A number is an error,
  /// as in numpy. `label` names the operation in messages: `'@'` or `dot`.
  mutating func matrixProduct(
    _ left: Value, _ right: Value, label: String, at span: ExpressionSpan
  ) throws(ExpressionError) -> Value {
    switch (left, right) {
    case (.number, _), (_, .number):
      throw ExpressionError(
        "\(label) multiplies vectors and matrices, not a number; use '*' to multiply by a "
          + "number", at: span)
    case (.vector(let u), .vector(let v)):
      try checkInner(u.count, v.count, left, right, label: label, at: span)
      try charge(u.count, at: span)
      var total = 0.0
      for p in 0..<u.count { total += u[p] * v[p] }
      return .number(total)
    case (.matrix(let rows, let inner, let m), .vector(let v)):
      // (rows×inner) @ (inner) → rows: out[i] = Σₚ m[i, p] · v[p]
      try checkInner(inner, v.count, left, right, label: label, at: span)
      try reserve(rows: nil, columns: rows, at: span)
      try charge(Self.product(rows, inner), at: span)
      var out: [Double] = []
      out.reserveCapacity(rows)
      for i in 0..<rows {
        var total = 0.0
        for p in 0..<inner { total += m[i * inner + p] * v[p] }
        out.append(total)
      }
      return .vector(out)
    case (.vector(let v), .matrix(let inner, let columns, let m)):
      // (inner) @ (inner×columns) → columns: out[j] = Σₚ v[p] · m[p, j]
      try checkInner(v.count, inner, left, right, label: label, at: span)
      try reserve(rows: nil, columns: columns, at: span)
      try charge(Self.product(inner, columns), at: span)
      var out: [Double] = []
      out.reserveCapacity(columns)
      for j in 0..<columns {
        var total = 0.0
        for p in 0..<inner { total += v[p] * m[p * columns + j] }
        out.append(total)
      }
      return .vector(out)
    case (.matrix(let rows, let inner, let a), .matrix(let innerB, let columns, let b)):
      // (rows×inner) @ (inner×columns) → rows×columns: out[i, j] = Σₚ a[i, p] · b[p, j]
      try checkInner(inner, innerB, left, right, label: label, at: span)
      try reserve(rows: rows, columns: columns, at: span)
      try charge(Self.product(rows, inner, columns), at: span)
      var out: [Double] = []
      out.reserveCapacity(rows * columns)
      for i in 0..<rows {
        for j in 0..<columns {
          var total = 0.0
          for p in 0..<inner { total += a[i * inner + p] * b[p * columns + j] }
          out.append(total)
        }
      }
      return .matrix(rows: rows, columns: columns, out)
    }
  }

  private func checkInner(
    _ leftSize: Int, _ rightSize: Int, _ left: Value, _ right: Value, label: String,
    at span: ExpressionSpan
  ) throws(ExpressionError) {
    guard leftSize != rightSize else { return }
    throw ExpressionError(
      "\(label) can't multiply \(left.shapeDescription) by \(right.shapeDescription): the "
        + "inner sizes \(leftSize) and \(rightSize) differ", at: span)
  }

  /// `value.T`: a matrix's rows become its columns; a number or a vector is unchanged, as
  /// in numpy.
  mutating func transpose(_ value: Value, at span: ExpressionSpan) throws(ExpressionError) -> Value
  {
    guard case .matrix(let rows, let columns, let elements) = value else {
      try charge(1, at: span)
      return value
    }
    try reserve(rows: columns, columns: rows, at: span)
    var out: [Double] = []
    out.reserveCapacity(elements.count)
    for j in 0..<columns {
      for i in 0..<rows { out.append(elements[i * columns + j]) }
    }
    return .matrix(rows: columns, columns: rows, out)
  }

  /// `outer(a, b)`: the matrix of every product a[i] · b[j], with both sides flattened
  /// as numpy does. Its size is checked before anything is allocated.
  mutating func outer(_ left: Value, _ right: Value, at span: ExpressionSpan)
    throws(ExpressionError) -> Value
  {
    let a = left.elements
    let b = right.elements
    try reserve(rows: a.count, columns: b.count, at: span)
    var out: [Double] = []
    out.reserveCapacity(a.count * b.count)
    for x in a {
      for y in b { out.append(x * y) }
    }
    return .matrix(rows: a.count, columns: b.count, out)
  }

  /// A `[ … ]` literal: numbers make a vector, vectors of one length make a matrix's rows.
  mutating func array(
    _ items: [Value], spans: [ExpressionSpan], opener: ExpressionSpan
  ) throws(ExpressionError) -> Value {
    guard let first = items.first else {
      try charge(1, at: opener)
      return .vector([])
    }
    let mixed =
      "this list mixes numbers and vectors; write all numbers, as in [1, 2], or all rows, as "
      + "in [[1, 2], [3, 4]]"
    switch first {
    case .number:
      try reserve(rows: nil, columns: items.count, at: opener)
      var out: [Double] = []
      out.reserveCapacity(items.count)
      for (item, span) in zip(items, spans) {
        guard case .number(let x) = item else { throw ExpressionError(mixed, at: span) }
        out.append(x)
      }
      return .vector(out)
    case .vector(let firstRow):
      try reserve(rows: items.count, columns: firstRow.count, at: opener)
      var out: [Double] = []
      out.reserveCapacity(items.count * firstRow.count)
      for (item, span) in zip(items, spans) {
        switch item {
        case .number: throw ExpressionError(mixed, at: span)
        case .matrix: throw Self.tooManyLevels(at: span)
        case .vector(let row):
          guard row.count == firstRow.count else {
            throw ExpressionError(
              "the rows have different lengths: this one has \(Self.numbers(row.count)), the "
                + "first has \(Self.numbers(firstRow.count))", at: span)
          }
          out.append(contentsOf: row)
        }
      }
      return .matrix(rows: items.count, columns: firstRow.count, out)
    case .matrix:
      throw Self.tooManyLevels(at: spans.first ?? opener)
    }
  }

  /// "1 number", "2 numbers".
  private static func numbers(_ count: Int) -> String {
    count == 1 ? "1 number" : "\(count) numbers"
  }

  private static func tooManyLevels(at span: ExpressionSpan) -> ExpressionError {
    ExpressionError(
      "only vectors and matrices are supported; this would need three levels of brackets",
      at: span)
  }
}
