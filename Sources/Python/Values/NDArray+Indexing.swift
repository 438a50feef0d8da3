/// numpy's indexing: integers and slices give views; a boolean mask or a list of
/// integers picks elements (a copy); assignment writes through, cast to the array's dtype.
extension NDArray {
  /// Row `i` along the first axis, as a view (rank one less).
  func row(_ i: Int) -> NDArray {
    NDArray(
      buffer: buffer, shape: Array(shape.dropFirst()), strides: Array(strides.dropFirst()),
      offset: offset + i * strides[0])
  }

  /// One index of a basic (view-making) selection.
  enum BasicIndex {
    case single(Int)
    case range(PySlice)
    case all
  }

  /// The view that `indices` select, one per leading axis; nil never (errors thrown).
  func view(_ indices: [BasicIndex], at span: SourceSpan?) throws(PythonError) -> NDArray {
    if indices.count > rank {
      throw PythonError(
        .index,
        "too many indices for array: array is \(rank)-dimensional, but \(indices.count) were indexed",
        at: span)
    }
    let shape = self.shape
    let strides = self.strides
    var newShape: [Int] = []
    var newStrides: [Int] = []
    var start = offset
    for axis in 0..<rank {
      let index = axis < indices.count ? indices[axis] : .all
      switch index {
      case .single(let i):
        let k = i < 0 ? i + shape[axis] : i
        guard k >= 0 && k < shape[axis] else {
          throw PythonError(
            .index, "index \(i) is out of bounds for axis \(axis) with size \(shape[axis])", at: span)
        }
        start += k * strides[axis]
      case .range(let slice):
        let positions = slice.positions(count: shape[axis])
        let count = positions.underestimatedCount
        let first = Array(positions.prefix(1)).first ?? 0
        if count > 0 { start += first * strides[axis] }
        newShape.append(count)
        newStrides.append(strides[axis] * (slice.step ?? 1))
      case .all:
        newShape.append(shape[axis])
        newStrides.append(strides[axis])
      }
    }
    return NDArray(buffer: buffer, shape: newShape, strides: newStrides, offset: start)
  }

  /// Writes `source` (broadcast to this view's shape, cast to its dtype) into the view.
  func assign(_ source: NDArray, at span: SourceSpan?) throws(PythonError) {
    guard let shape = NDArray.broadcastShape(self.shape, source.shape), shape == self.shape else {
      throw PythonError(
        .value,
        "could not broadcast input array from shape \(NDArray.describe(shape: source.shape)) into shape \(NDArray.describe(shape: self.shape))",
        at: span)
    }
    let values = source.broadcast(to: self.shape)
    let targets = positions
    switch dtype {
    case .float64:
      let xs = values.doubles
      for (k, p) in targets.enumerated() { buffer.floats[p] = xs[k] }
    case .int64:
      let xs = values.integers
      for (k, p) in targets.enumerated() { buffer.ints[p] = xs[k] }
    case .bool:
      let xs = values.truths
      for (k, p) in targets.enumerated() { buffer.bools[p] = xs[k] }
    }
  }

  /// Writes `source` at the buffer positions `targets`, in order (broadcasting a single
  /// value), cast to the dtype.
  func assign(_ source: NDArray, toPositions targets: [Int], at span: SourceSpan?) throws(PythonError) {
    guard source.count == 1 || source.count == targets.count else {
      throw PythonError(
        .value,
        "NumPy boolean array indexing assignment cannot assign \(source.count) input values to the \(targets.count) output values where the mask is true",
        at: span)
    }
    let repeated = source.count == 1 && targets.count != 1
    switch dtype {
    case .float64:
      let xs = source.doubles
      for (k, p) in targets.enumerated() { buffer.floats[p] = xs[repeated ? 0 : k] }
    case .int64:
      let xs = source.integers
      for (k, p) in targets.enumerated() { buffer.ints[p] = xs[repeated ? 0 : k] }
    case .bool:
      let xs = source.truths
      for (k, p) in targets.enumerated() { buffer.bools[p] = xs[repeated ? 0 : k] }
    }
  }

  /// The buffer positions a boolean mask selects, in row-major order. The mask's shape
  /// must match this array's leading axes.
  func positions(selectedBy mask: NDArray, at span: SourceSpan?) throws(PythonError) -> (positions: [Int], shape: [Int]) {
    guard mask.rank <= rank, Array(shape.prefix(mask.rank)) == mask.shape else {
      throw PythonError(
        .index,
        "boolean index did not match indexed array: the mask's shape \(NDArray.describe(shape: mask.shape)) against the array's \(NDArray.describe(shape: shape))",
        at: span)
    }
    let truths = mask.truths
    let inner = Array(shape.dropFirst(mask.rank))
    let innerCount = inner.reduce(1, *)
    let all = positions
    var selected: [Int] = []
    var count = 0
    for (k, isSelected) in truths.enumerated() where isSelected {
      selected.append(contentsOf: all[(k * innerCount)..<((k + 1) * innerCount)])
      count += 1
    }
    return (selected, [count] + inner)
  }

  /// The buffer positions of the rows `indices` picks along the first axis.
  func positions(ofRows indices: [Int], at span: SourceSpan?) throws(PythonError) -> (positions: [Int], shape: [Int]) {
    guard rank >= 1 else {
      throw PythonError(.index, "too many indices for array: array is 0-dimensional", at: span)
    }
    var selected: [Int] = []
    for i in indices {
      let k = i < 0 ? i + shape[0] : i
      guard k >= 0 && k < shape[0] else {
        throw PythonError(.index, "index \(i) is out of bounds for axis 0 with size \(shape[0])", at: span)
      }
      selected.append(contentsOf: row(k).positions)
    }
    return (selected, [indices.count] + Array(shape.dropFirst()))
  }

  /// A new array of the elements at `positions`, with `shape`.
  func gather(_ positions: [Int], shape: [Int]) -> NDArray {
    switch dtype {
    case .float64:
      let floats = buffer.floats
      return NDArray(floats: positions.map { floats[$0] }, shape: shape)
    case .int64:
      let ints = buffer.ints
      return NDArray(ints: positions.map { ints[$0] }, shape: shape)
    case .bool:
      let bools = buffer.bools
      return NDArray(bools: positions.map { bools[$0] }, shape: shape)
    }
  }
}

extension Interpreter {
  /// What an index value means for an array.
  private enum ArrayKey {
    case basic([NDArray.BasicIndex])
    case mask(NDArray)
    case rows([Int])
  }

  private func arrayKey(_ key: PyValue, at span: SourceSpan) throws(PythonError) -> ArrayKey {
    func basic(_ part: PyValue) throws(PythonError) -> NDArray.BasicIndex? {
      if case .slice(let slice) = part { return .range(slice) }
      if let i = Self.indexValue(part), !part.isBoolean { return .single(i) }
      return nil
    }
    if case .tuple(let parts) = key {
      var indices: [NDArray.BasicIndex] = []
      for part in parts {
        guard let index = try basic(part) else {
          throw PythonError(
            .unsupported,
            "indexing with a list or mask inside a tuple of indices is not supported here; index one axis at a time",
            at: span)
        }
        indices.append(index)
      }
      return .basic(indices)
    }
    if let index = try basic(key) { return .basic([index]) }
    switch key {
    case .array(let array) where array.dtype == .bool:
      return .mask(array)
    case .array(let array) where array.dtype == .int64:
      return .rows(array.integers)
    case .list, .tuple:
      let array = try asArray(key, at: span)
      if array.dtype == .bool { return .mask(array) }
      if array.dtype == .int64 || array.count == 0 { return .rows(array.integers) }
    case .float, .scalar(.float):
      throw PythonError(
        .index,
        "only integers, slices (`:`), and integer or boolean arrays are valid indices; write int(i) for a float index",
        at: span)
    default:
      break
    }
    throw PythonError(.index, "an array cannot be indexed by a '\(key.typeName)'", at: span)
  }

  /// `array[key]`.
  func arrayItem(_ array: NDArray, _ key: PyValue, at span: SourceSpan) throws(PythonError) -> PyValue {
    switch try arrayKey(key, at: span) {
    case .basic(let indices):
      return Self.wrap(try array.view(indices, at: span), scalarIfZeroD: true)
    case .mask(let mask):
      let (positions, shape) = try array.positions(selectedBy: mask, at: span)
      return .array(array.gather(positions, shape: shape))
    case .rows(let rows):
      let (positions, shape) = try array.positions(ofRows: rows, at: span)
      return .array(array.gather(positions, shape: shape))
    }
  }

  /// `array[key] = value`.
  func setArrayItem(_ array: NDArray, _ key: PyValue, _ value: PyValue, at span: SourceSpan) throws(PythonError) {
    let source = try asArray(value, at: span)
    try checkCast(source, into: array, at: span)
    switch try arrayKey(key, at: span) {
    case .basic(let indices):
      try array.view(indices, at: span).assign(source, at: span)
    case .mask(let mask):
      let (positions, _) = try array.positions(selectedBy: mask, at: span)
      try array.assign(source.flattenedIfNeeded, toPositions: positions, at: span)
    case .rows(let rows):
      let (positions, shape) = try array.positions(ofRows: rows, at: span)
      guard let broadcast = NDArray.broadcastShape(shape, source.shape), broadcast == shape else {
        throw NDArray.broadcastError(source.shape, shape, at: span)
      }
      try array.assign(source.broadcast(to: shape).copy(), toPositions: positions, at: span)
    }
  }

  /// numpy refuses to store NaN or infinity into an integer array.
  private func checkCast(_ source: NDArray, into array: NDArray, at span: SourceSpan) throws(PythonError) {
    if array.dtype == .int64 && source.dtype == .float64 {
      if source.doubles.contains(where: { !$0.isFinite }) {
        throw PythonError(.value, "cannot convert float NaN or infinity to integer", at: span)
      }
    }
  }
}

extension NDArray {
  /// A contiguous copy when the view is not (so its elements read in order).
  var flattenedIfNeeded: NDArray { isContiguous ? self : copy() }
}

extension PyValue {
  /// Whether it is a Python or numpy bool (which index as masks, not as 0 and 1).
  var isBoolean: Bool {
    switch self {
    case .bool, .scalar(.bool): return true
    default: return false
    }
  }
}
