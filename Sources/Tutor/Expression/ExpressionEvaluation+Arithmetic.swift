extension ExpressionEvaluation {
  /// `left op right` element-wise, with numpy's broadcasting.
  ///
  /// Shapes are lined up from the right, a number as 1×1 and a vector of n as 1×n; in each
  /// dimension the sizes must be equal or one of them 1, which is stretched. So a number
  /// goes with anything, a matrix takes a vector as each of its rows (r×c with c), and an
  /// r×1 column with a 1×c row gives r×c. The result is a matrix if either side is one.
  mutating func combine(
    _ left: Value, _ right: Value, _ op: ExpressionOperator, symbol: String,
    at span: ExpressionSpan
  ) throws(ExpressionError) -> Value {
    try combine(left, right, op.elementwise, symbol: symbol, at: span)
  }

  /// `f(left, right)` element-wise with broadcasting; `symbol` names it in messages.
  mutating func combine(
    _ left: Value, _ right: Value, _ f: (Double, Double) -> Double, symbol: String,
    at span: ExpressionSpan
  ) throws(ExpressionError) -> Value {
    if case .number(let x) = left, case .number(let y) = right {
      try charge(1, at: span)
      return .number(f(x, y))
    }
    let a = Grid(left)
    let b = Grid(right)
    guard let rows = Self.stretch(a.rows, b.rows), let columns = Self.stretch(a.columns, b.columns)
    else {
      throw ExpressionError(Self.mismatch(left, right, symbol: symbol), at: span)
    }
    let isMatrix = a.isMatrix || b.isMatrix
    try reserve(rows: isMatrix ? rows : nil, columns: columns, at: span)
    // A stretched dimension steps by 0, so the same element is read again.
    let aRowStep = a.rows == 1 ? 0 : a.columns
    let aColumnStep = a.columns == 1 ? 0 : 1
    let bRowStep = b.rows == 1 ? 0 : b.columns
    let bColumnStep = b.columns == 1 ? 0 : 1
    var out: [Double] = []
    out.reserveCapacity(rows * columns)
    for i in 0..<rows {
      let aRow = i * aRowStep
      let bRow = i * bRowStep
      for j in 0..<columns {
        out.append(f(a.elements[aRow + j * aColumnStep], b.elements[bRow + j * bColumnStep]))
      }
    }
    return isMatrix ? .matrix(rows: rows, columns: columns, out) : .vector(out)
  }

  /// `f` applied to every element, keeping the shape.
  mutating func map(
    _ value: Value, at span: ExpressionSpan, _ f: (Double) -> Double
  ) throws(ExpressionError) -> Value {
    switch value {
    case .number(let x):
      try charge(1, at: span)
      return .number(f(x))
    case .vector(var elements):
      try charge(elements.count, at: span)
      for i in elements.indices { elements[i] = f(elements[i]) }
      return .vector(elements)
    case .matrix(let rows, let columns, var elements):
      try charge(elements.count, at: span)
      for i in elements.indices { elements[i] = f(elements[i]) }
      return .matrix(rows: rows, columns: columns, elements)
    }
  }

  /// Whether a number counts as true (anything but 0, NaN included, as in Python); an
  /// array has no single truth value, and numpy's all/any are not offered.
  func truthValue(
    _ value: Value, of operatorName: String, side: String, at span: ExpressionSpan
  ) throws(ExpressionError) -> Bool {
    guard case .number(let x) = value else {
      throw ExpressionError(
        "\(operatorName) needs single numbers, but \(side) \(value.shapeDescription); there "
          + "is no all/any here: min(x != 0) == 1 means all, max(x != 0) == 1 means any",
        at: span)
    }
    return x != 0
  }

  // MARK: - Broadcasting

  /// A value seen as a grid for broadcasting: a number is 1×1, a vector of n is 1×n.
  struct Grid {
    var rows: Int
    var columns: Int
    var isMatrix: Bool
    var elements: [Double]

    init(_ value: Value) {
      switch value {
      case .number(let x):
        (rows, columns, isMatrix, elements) = (1, 1, false, [x])
      case .vector(let v):
        (rows, columns, isMatrix, elements) = (1, v.count, false, v)
      case .matrix(let r, let c, let e):
        (rows, columns, isMatrix, elements) = (r, c, true, e)
      }
    }
  }

  /// The broadcast size of one dimension: equal sizes, or the other size when one is 1.
  static func stretch(_ x: Int, _ y: Int) -> Int? {
    if x == y { return x }
    if x == 1 { return y }
    if y == 1 { return x }
    return nil
  }

  /// "'+' can't combine a vector of 5 with a vector of 4; …", with the rule that applies.
  static func mismatch(_ left: Value, _ right: Value, symbol: String) -> String {
    let head =
      "'\(symbol)' can't combine \(left.shapeDescription) with \(right.shapeDescription); "
    switch (left, right) {
    case (.vector, .vector):
      return head + "element-wise operations need vectors of the same length"
    case (.matrix(_, let columns, _), .vector), (.vector, .matrix(_, let columns, _)):
      return head + "a vector goes with each row of a matrix, so it needs \(columns) numbers"
    default:
      return head + "element-wise operations need the same shape, or a single row or column "
        + "to repeat"
    }
  }
}
