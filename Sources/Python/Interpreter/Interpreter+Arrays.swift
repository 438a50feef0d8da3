extension Interpreter {
  /// `np.array(value, dtype=…)`: nested lists, tuples, ranges, arrays and numbers become
  /// one array, its dtype the widest of its elements unless given.
  func makeArray(_ value: PyValue, dtype: DType?, at span: SourceSpan) throws(PythonError) -> NDArray {
    var shape: [Int]?
    var scalars: [NumpyScalar] = []
    var kind = DType.bool
    var sawAny = false

    func visit(_ value: PyValue, depth: Int) throws(PythonError) {
      guard depth <= NDArray.maxRank else {
        throw PythonError(
          .unsupported,
          "arrays of more than \(NDArray.maxRank) dimensions are not supported here (is a list inside itself?)",
          at: span)
      }
      switch value {
      case .list, .tuple, .range:
        let items = try sequenceItems(value, at: span)
        try record(count: items.count, depth: depth)
        for item in items { try visit(item, depth: depth + 1) }
      case .array(let array):
        for (k, d) in array.shape.enumerated() { try record(count: d, depth: depth + k) }
        if array.rank == 0 { try leaf(depth: depth) }
        scalars.append(contentsOf: array.scalars)
        kind = Swift.max(kind, array.dtype)
        sawAny = true
        if array.count > 0 && array.rank > 0 { try leaf(depth: depth + array.rank) }
      case .bool(let b):
        try leaf(depth: depth)
        scalars.append(.bool(b))
      case .int(let i):
        try leaf(depth: depth)
        scalars.append(.int(i))
        kind = Swift.max(kind, .int64)
        sawAny = true
      case .float(let x):
        try leaf(depth: depth)
        scalars.append(.float(x))
        kind = .float64
        sawAny = true
      case .scalar(let s):
        try leaf(depth: depth)
        scalars.append(s)
        kind = Swift.max(kind, s.dtype)
        sawAny = true
      default:
        throw PythonError(
          .type, "np.array() takes numbers and lists of numbers, not '\(value.typeName)'", at: span)
      }
      try checkSize(scalars.count, at: span)
    }

    // Every leaf must sit at the same depth, and every list at a depth the same length.
    var lengths: [Int] = []
    var leafDepth: Int?
    func record(count: Int, depth: Int) throws(PythonError) {
      if depth < lengths.count {
        if lengths[depth] != count { throw ragged(depth) }
      } else if depth == lengths.count {
        if let leafDepth, leafDepth <= depth { throw ragged(leafDepth) }
        lengths.append(count)
      } else {
        throw ragged(lengths.count)
      }
    }
    func leaf(depth: Int) throws(PythonError) {
      if let leafDepth {
        if leafDepth != depth { throw ragged(Swift.min(leafDepth, depth)) }
      } else {
        if depth < lengths.count { throw ragged(depth) }
        leafDepth = depth
      }
    }
    func ragged(_ depth: Int) -> PythonError {
      PythonError(
        .value,
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimension\(depth == 1 ? "" : "s"): every row must have the same length",
        at: span)
    }

    try visit(value, depth: 0)
    shape = lengths
    guard let shape, shape.count <= NDArray.maxRank else {
      throw PythonError(.unsupported, "arrays of more than \(NDArray.maxRank) dimensions are not supported here", at: span)
    }
    if !sawAny && scalars.isEmpty { kind = .float64 }
    return NDArray.make(scalars, dtype: dtype ?? kind, shape: shape)
  }
}
