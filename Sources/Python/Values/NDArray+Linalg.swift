/// Products and joins of arrays: `@`, `dot`, `outer`, `concatenate`, `stack`.
extension NDArray {
  /// `a @ b` (numpy's matmul for ranks 1 and 2): a 1-D operand is a row on the left and
  /// a column on the right, and that axis is dropped from the result.
  static func matmul(_ a: NDArray, _ b: NDArray, at span: SourceSpan?) throws(PythonError) -> NDArray {
    guard a.rank >= 1, b.rank >= 1 else {
      throw PythonError(.value, "matmul: Input operand does not have enough dimensions (a scalar cannot be matrix-multiplied; use *)", at: span)
    }
    guard a.rank <= 2, b.rank <= 2 else {
      throw PythonError(.unsupported, "@ on arrays of more than 2 dimensions is not supported here", at: span)
    }
    let left = a.rank == 1 ? NDArray(buffer: a.buffer, shape: [1, a.shape[0]], strides: [0, a.strides[0]], offset: a.offset) : a
    let right = b.rank == 1 ? NDArray(buffer: b.buffer, shape: [b.shape[0], 1], strides: [b.strides[0], 0], offset: b.offset) : b
    let (n, k) = (left.shape[0], left.shape[1])
    let (k2, m) = (right.shape[0], right.shape[1])
    guard k == k2 else {
      throw PythonError(
        .value,
        "matmul: Input operand 1 has a mismatch in its core dimension 0 (size \(k2) is different from \(k)): shapes \(describe(shape: a.shape)) and \(describe(shape: b.shape))",
        at: span)
    }
    var shape = [n, m]
    if b.rank == 1 { shape.removeLast() }
    if a.rank == 1 { shape.removeFirst() }
    let kind = Swift.max(a.dtype, b.dtype)
    if kind == .float64 {
      let x = left.doubles
      let y = right.doubles
      var out = [Double](repeating: 0, count: n * m)
      for i in 0..<n {
        for j in 0..<m {
          var total = 0.0
          for p in 0..<k { total += x[i * k + p] * y[p * m + j] }
          out[i * m + j] = total
        }
      }
      return NDArray(floats: out, shape: shape)
    }
    let x = left.integers
    let y = right.integers
    var out = [Int](repeating: 0, count: n * m)
    for i in 0..<n {
      for j in 0..<m {
        var total = 0
        for p in 0..<k { total = total &+ x[i * k + p] &* y[p * m + j] }
        out[i * m + j] = total
      }
    }
    if kind == .bool { return NDArray(bools: out.map { $0 != 0 }, shape: shape) }
    return NDArray(ints: out, shape: shape)
  }

  /// `np.dot`: matmul, or an elementwise product when either side is a scalar.
  static func dot(_ a: NDArray, _ b: NDArray, at span: SourceSpan?) throws(PythonError) -> NDArray {
    if a.rank == 0 || b.rank == 0 { return try binary(.multiply, a, b, at: span) }
    if a.rank == 1 && b.rank == 1 && a.shape != b.shape {
      throw PythonError(
        .value, "shapes \(describe(shape: a.shape)) and \(describe(shape: b.shape)) not aligned: \(a.shape[0]) (dim 0) != \(b.shape[0]) (dim 0)",
        at: span)
    }
    if a.rank == 2 && b.rank >= 1 && a.shape[1] != b.shape[0] {
      throw PythonError(
        .value,
        "shapes \(describe(shape: a.shape)) and \(describe(shape: b.shape)) not aligned: \(a.shape[1]) (dim 1) != \(b.shape[0]) (dim 0)",
        at: span)
    }
    return try matmul(a, b, at: span)
  }

  /// `np.outer`: every element of `a` (flattened) times every element of `b`.
  static func outer(_ a: NDArray, _ b: NDArray, at span: SourceSpan?) throws(PythonError) -> NDArray {
    let column = NDArray(buffer: a.copy().buffer, shape: [a.count, 1])
    let row = NDArray(buffer: b.copy().buffer, shape: [1, b.count])
    return try binary(.multiply, column, row, at: span)
  }

  /// `np.concatenate` along `axis`: every other axis must match.
  static func concatenate(_ arrays: [NDArray], axis: Int, at span: SourceSpan?) throws(PythonError) -> NDArray {
    guard let first = arrays.first else {
      throw PythonError(.value, "need at least one array to concatenate", at: span)
    }
    guard first.rank > 0 else {
      throw PythonError(.value, "zero-dimensional arrays cannot be concatenated", at: span)
    }
    let rank = first.rank
    let k = axis < 0 ? axis + rank : axis
    guard k >= 0 && k < rank else {
      throw PythonError(.value, "axis \(axis) is out of bounds for array of dimension \(rank)", at: span)
    }
    for (index, array) in arrays.enumerated() {
      guard array.rank == rank else {
        throw PythonError(
          .value,
          "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has \(rank) dimension(s) and the array at index \(index) has \(array.rank) dimension(s)",
          at: span)
      }
      for d in 0..<rank where d != k && array.shape[d] != first.shape[d] {
        throw PythonError(
          .value,
          "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(index) has size \(array.shape[d])",
          at: span)
      }
    }
    let kind = arrays.map(\.dtype).max() ?? .float64
    var shape = first.shape
    shape[k] = arrays.reduce(0) { $0 + $1.shape[k] }
    let outer = shape[..<k].reduce(1, *)
    var scalars: [NumpyScalar] = []
    scalars.reserveCapacity(shape.reduce(1, *))
    let parts = arrays.map { $0.scalars }
    for o in 0..<outer {
      for (array, elements) in zip(arrays, parts) {
        let block = array.shape[k...].reduce(1, *)
        scalars.append(contentsOf: elements[(o * block)..<((o + 1) * block)])
      }
    }
    return make(scalars, dtype: kind, shape: shape)
  }

  /// `np.stack` along a new `axis`.
  static func stack(_ arrays: [NDArray], axis: Int, at span: SourceSpan?) throws(PythonError) -> NDArray {
    guard let first = arrays.first else {
      throw PythonError(.value, "need at least one array to stack", at: span)
    }
    guard arrays.allSatisfy({ $0.shape == first.shape }) else {
      throw PythonError(.value, "all input arrays must have the same shape", at: span)
    }
    let rank = first.rank + 1
    let k = axis < 0 ? axis + rank : axis
    guard k >= 0 && k < rank, rank <= maxRank else {
      throw PythonError(.value, "axis \(axis) is out of bounds for array of dimension \(rank)", at: span)
    }
    var expanded = first.shape
    expanded.insert(1, at: k)
    let pieces = arrays.map { NDArray(buffer: $0.copy().buffer, shape: expanded) }
    return try concatenate(pieces, axis: k, at: span)
  }
}
