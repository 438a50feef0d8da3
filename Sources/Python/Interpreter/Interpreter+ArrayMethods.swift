#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reductions and reshapings arrays have as methods and numpy has as functions.
extension Interpreter {
  /// An `axis=` argument checked against the array's rank (negative counts from the end).
  func axis(_ value: PyValue?, rank: Int, _ context: CallContext) throws(PythonError) -> Int? {
    guard let value else { return nil }
    if case .none = value { return nil }
    guard let a = value.intValue else {
      throw PythonError(.type, "\(context.name)(): axis must be an integer or None", at: context.span)
    }
    let k = a < 0 ? a + rank : a
    guard k >= 0 && k < rank else {
      throw PythonError(.value, "axis \(a) is out of bounds for array of dimension \(rank)", at: context.span)
    }
    return k
  }

  /// Wraps a reduction's result: a numpy scalar for a whole-array reduction.
  private func result(_ values: [NumpyScalar], shape: [Int], dtype: DType) -> PyValue {
    if shape.isEmpty, let only = values.first { return .scalar(only) }
    return .array(NDArray.make(values, dtype: dtype, shape: shape))
  }

  func reduce(_ name: String, _ array: NDArray, axis: Int?, ddof: Double = 0, at span: SourceSpan) throws(PythonError) -> PyValue {
    switch name {
    case "sum":
      if array.dtype == .float64 {
        let (values, shape) = array.floatSum(axis: axis)
        return result(values.map { .float($0) }, shape: shape, dtype: .float64)
      }
      // Integers add exactly (wrapping at 64 bits, as numpy does).
      let (sums, shape) = NDArray.reduceRuns(array.integers, shape: array.shape, axis: axis) {
        $0.reduce(0, &+)
      }
      return result(sums.map { .int($0) }, shape: shape, dtype: .int64)
    case "prod":
      if array.dtype == .float64 {
        let (values, shape) = array.reduce(axis: axis) { run in run.reduce(1, *) }
        return result(values.map { .float($0) }, shape: shape, dtype: .float64)
      }
      let (products, shape) = NDArray.reduceRuns(array.integers, shape: array.shape, axis: axis) {
        $0.reduce(1, &*)
      }
      return result(products.map { .int($0) }, shape: shape, dtype: .int64)
    case "mean":
      let count = axis.map { array.shape[$0] } ?? array.count
      guard count > 0 else { return .scalar(.float(.nan)) }
      let (sums, shape) = array.floatSum(axis: axis)
      return result(sums.map { .float($0 / Double(count)) }, shape: shape, dtype: .float64)
    case "var", "std":
      let count = axis.map { array.shape[$0] } ?? array.count
      let (sums, shape) = array.floatSum(axis: axis)
      // numpy: the mean kept with the axis, the squared deviations, their sum ÷ (n − ddof).
      let means = sums.map { $0 / Double(count) }
      let deviations = try NDArray.binary(
        .subtract, array.converted(to: .float64),
        NDArray(floats: means, shape: keptShape(array.shape, axis: axis)), at: span)
      let squares = try NDArray.binary(.multiply, deviations, deviations, at: span)
      let (totals, _) = squares.floatSum(axis: axis)
      let variances = totals.map { $0 / Swift.max(Double(count) - ddof, 0) }
      return result(
        variances.map { .float(name == "std" ? sqrt($0) : $0) }, shape: shape, dtype: .float64)
    case "max", "min":
      guard (axis.map { array.shape[$0] } ?? array.count) > 0 else {
        throw PythonError(.value, "zero-size array to reduction operation \(name == "max" ? "maximum" : "minimum") which has no identity", at: span)
      }
      let isMax = name == "max"
      if array.dtype != .float64 {
        let (values, newShape) = NDArray.reduceRuns(array.integers, shape: array.shape, axis: axis) {
          run in (isMax ? run.max() : run.min()) ?? 0
        }
        if array.dtype == .bool {
          return result(values.map { .bool($0 != 0) }, shape: newShape, dtype: .bool)
        }
        return result(values.map { .int($0) }, shape: newShape, dtype: .int64)
      }
      let (values, shape) = array.reduce(axis: axis) { run -> Double in
        var best = run[0]
        for x in run.dropFirst() {
          if best.isNaN { break }
          if x.isNaN || (isMax ? x > best : x < best) { best = x }
        }
        return best
      }
      return result(values.map { .float($0) }, shape: shape, dtype: .float64)
    case "argmax", "argmin":
      guard (axis.map { array.shape[$0] } ?? array.count) > 0 else {
        throw PythonError(.value, "attempt to get \(name) of an empty sequence", at: span)
      }
      let isMax = name == "argmax"
      let (values, shape) = array.reduce(axis: axis) { run -> Int in
        var best = 0
        for (k, x) in run.enumerated() {
          if run[best].isNaN { break }
          if x.isNaN || (isMax ? x > run[best] : x < run[best]) { best = k }
        }
        return best
      }
      return result(values.map { .int($0) }, shape: shape, dtype: .int64)
    case "any", "all":
      let (values, shape) = array.reduce(axis: axis) { run in
        name == "any" ? run.contains { $0 != 0 } : run.allSatisfy { $0 != 0 }
      }
      return result(values.map { .bool($0) }, shape: shape, dtype: .bool)
    default:
      throw PythonError(.attribute, "no reduction '\(name)'", at: span)
    }
  }

  /// The shape with the reduced axis kept as length 1 (all axes 1 when none given).
  private func keptShape(_ shape: [Int], axis: Int?) -> [Int] {
    guard let axis else { return shape.map { _ in 1 } }
    var kept = shape
    kept[axis] = 1
    return kept
  }

  /// A new shape from `reshape`'s arguments, one of which may be -1.
  func reshaped(_ array: NDArray, _ dimensions: [Int], at span: SourceSpan) throws(PythonError) -> NDArray {
    var shape = dimensions
    let unknown = shape.indices.filter { shape[$0] == -1 }
    guard unknown.count <= 1, shape.allSatisfy({ $0 >= -1 }) else {
      throw PythonError(.value, "can only specify one unknown dimension", at: span)
    }
    guard shape.count <= NDArray.maxRank else {
      throw PythonError(.unsupported, "arrays of more than \(NDArray.maxRank) dimensions are not supported here", at: span)
    }
    if let u = unknown.first {
      let known = shape.enumerated().filter { $0.offset != u }.map(\.element).reduce(1, *)
      guard known > 0, array.count % known == 0 else {
        throw PythonError(.value, "cannot reshape array of size \(array.count) into shape \(NDArray.describe(shape: dimensions))", at: span)
      }
      shape[u] = array.count / known
    }
    guard shape.reduce(1, *) == array.count else {
      throw PythonError(.value, "cannot reshape array of size \(array.count) into shape \(NDArray.describe(shape: dimensions))", at: span)
    }
    let source = array.isContiguous ? array : array.copy()
    return NDArray(buffer: source.buffer, shape: shape, strides: NDArray.contiguousStrides(shape), offset: source.offset)
  }

  /// The integers of a shape argument: `reshape(2, 3)`, `reshape((2, 3))`, `zeros(3)`.
  /// Only a reshape may leave one length as -1; every shape must hold no more elements
  /// than the memory bound (checked without overflowing).
  func shapeArgument(
    _ values: [PyValue], _ context: CallContext, allowingUnknown: Bool = false
  ) throws(PythonError) -> [Int] {
    var dimensions: [Int] = []
    let items: [PyValue]
    if values.count == 1, case .tuple(let inner) = values[0] {
      items = inner
    } else if values.count == 1, case .list(let inner) = values[0] {
      items = inner.items
    } else {
      items = values
    }
    for item in items {
      guard let d = item.intValue else {
        throw PythonError(.type, "\(context.name)(): the shape must be integers, not '\(item.typeName)'", at: context.span)
      }
      if d < (allowingUnknown ? -1 : 0) {
        throw PythonError(.value, "negative dimensions are not allowed", at: context.span)
      }
      dimensions.append(d)
    }
    guard dimensions.count <= NDArray.maxRank else {
      throw PythonError(.unsupported, "arrays of more than \(NDArray.maxRank) dimensions are not supported here", at: context.span)
    }
    var product = 1
    for d in dimensions where d != -1 {
      let (next, overflow) = product.multipliedReportingOverflow(by: d)
      guard !overflow, next <= limits.elements else {
        throw PythonError(
          .limit,
          "an array of shape \(NDArray.describe(shape: dimensions)) is more than the \(limits.elements) elements allowed here",
          at: context.span)
      }
      product = next
    }
    return dimensions
  }

  /// `array.name(…)`.
  func callArrayMethod(_ array: NDArray, _ name: String, isScalar: Bool, _ context: inout CallContext) throws(PythonError) -> PyValue {
    let span = context.span
    switch name {
    case "sum", "mean", "max", "min", "argmax", "argmin", "any", "all", "prod", "std", "var":
      let axisValue = try context.take(0, "axis")
      var ddof = 0.0
      if name == "std" || name == "var", let d = context.keyword("ddof") {
        ddof = try context.double(d, "ddof", at: 0)
      }
      try context.finish(positional: 1)
      return try reduce(name, array, axis: try axis(axisValue, rank: array.rank, context), ddof: ddof, at: span)
    case "reshape":
      let dimensions = try shapeArgument(context.arguments, context, allowingUnknown: true)
      context.arguments = []
      try context.finish(positional: 0)
      return .array(try reshaped(array, dimensions, at: span))
    case "flatten", "ravel":
      try context.finish(positional: 0)
      let flat = array.copy()
      return .array(NDArray(buffer: flat.buffer, shape: [array.count]))
    case "copy":
      try context.finish(positional: 0)
      return Self.wrap(array.copy(), scalarIfZeroD: isScalar)
    case "transpose":
      try context.finish(positional: 0)
      return .array(array.transposed)
    case "astype":
      let target = try dtypeArgument(try context.require(0, "dtype"), context)
      try context.finish(positional: 1)
      if target == .int64 && array.dtype == .float64 && array.doubles.contains(where: { !$0.isFinite }) {
        return .array(array.converted(to: .int64))
      }
      return Self.wrap(array.converted(to: target), scalarIfZeroD: isScalar)
    case "tolist", "item":
      try context.finish(positional: 0)
      if name == "item" {
        guard array.count == 1 else {
          throw PythonError(.value, "can only convert an array of size 1 to a Python scalar", at: span)
        }
        return Self.python(array.scalars[0])
      }
      return Self.list(array)
    case "dot":
      let other = try asArray(try context.require(0, "b"), at: context.span(of: 0))
      try context.finish(positional: 1)
      return Self.wrap(try NDArray.dot(array, other, at: span), scalarIfZeroD: true)
    case "round":
      let decimals = try context.take(0, "decimals").map { v throws(PythonError) in try context.int(v, "decimals", at: 0) } ?? 0
      try context.finish(positional: 1)
      return Self.wrap(NDArray.rounded(array, decimals: decimals), scalarIfZeroD: isScalar)
    case "clip":
      let low = try context.take(0, "min")
      let high = try context.take(1, "max")
      try context.finish(positional: 2)
      return try clip(array, low, high, at: span)
    case "cumsum":
      try context.finish(positional: 0)
      if array.dtype == .float64 {
        var total = 0.0
        return .array(NDArray(floats: array.doubles.enumerated().map { k, x in total = k == 0 ? x : total + x; return total }, shape: [array.count]))
      }
      var total = 0
      return .array(NDArray(ints: array.integers.map { total = total &+ $0; return total }, shape: [array.count]))
    case "fill":
      let value = try asArray(try context.require(0, "value"), at: span)
      try context.finish(positional: 1)
      try array.assign(value, at: span)
      return .none
    default:
      throw PythonError(.attribute, "'numpy.ndarray' object has no attribute '\(name)'", at: span)
    }
  }

  /// `np.clip(a, low, high)`: numpy's minimum(maximum(a, low), high).
  func clip(_ array: NDArray, _ low: PyValue?, _ high: PyValue?, at span: SourceSpan) throws(PythonError) -> PyValue {
    var result = array
    if let low, !low.isNone {
      let bound = try asArray(low, at: span)
      if let shape = NDArray.broadcastShape(result.shape, bound.shape) { try checkShape(shape, at: span) }
      result = try NDArray.elementwiseExtreme(result, bound, isMaximum: true, at: span)
    }
    if let high, !high.isNone {
      let bound = try asArray(high, at: span)
      if let shape = NDArray.broadcastShape(result.shape, bound.shape) { try checkShape(shape, at: span) }
      result = try NDArray.elementwiseExtreme(result, bound, isMaximum: false, at: span)
    }
    return Self.wrap(result, scalarIfZeroD: true)
  }

  /// A dtype argument: `float`, `int`, `bool`, `np.float64`, `'float64'`.
  func dtypeArgument(_ value: PyValue, _ context: CallContext) throws(PythonError) -> DType {
    switch value {
    case .builtin(let b):
      switch b.name {
      case "float", "np.float64", "np.float32": return .float64
      case "int", "np.int64", "np.int32": return .int64
      case "bool", "np.bool_": return .bool
      default: break
      }
    case .string(let s):
      switch s {
      case "float", "float64", "f8", "float32": return .float64
      case "int", "int64", "i8", "int32": return .int64
      case "bool": return .bool
      default: break
      }
    case .dtype(let d):
      return d
    default:
      break
    }
    throw PythonError(.type, "\(context.name)(): dtype must be float, int or bool here", at: context.span)
  }

  /// A numpy scalar as the Python value `item()` and `tolist()` give.
  static func python(_ scalar: NumpyScalar) -> PyValue {
    switch scalar {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .float(let x): return .float(x)
    }
  }

  /// `tolist()`: nested Python lists of Python numbers.
  static func list(_ array: NDArray) -> PyValue {
    if array.rank == 0 { return python(array.scalars[0]) }
    return .list(PyList((0..<array.shape[0]).map { list(array.row($0)) }))
  }
}

extension NDArray {
  /// numpy's `np.round`: multiply by 10^decimals, round half to even, divide back.
  static func rounded(_ array: NDArray, decimals: Int) -> NDArray {
    switch array.dtype {
    case .float64:
      return array.mapDoubles { PythonFormatting.numpyRound($0, decimals: decimals) }
    case .int64:
      return NDArray(
        ints: array.integers.map { PythonFormatting.numpyRound($0, decimals: decimals) },
        shape: array.shape)
    case .bool:
      return array.copy()
    }
  }

  /// `np.maximum` / `np.minimum`: NaN wins, as numpy propagates it.
  static func elementwiseExtreme(_ a: NDArray, _ b: NDArray, isMaximum: Bool, at span: SourceSpan?) throws(PythonError) -> NDArray {
    guard let shape = broadcastShape(a.shape, b.shape) else { throw broadcastError(a.shape, b.shape, at: span) }
    let x = a.broadcast(to: shape)
    let y = b.broadcast(to: shape)
    let kind = Swift.max(a.dtype, b.dtype)
    if kind == .float64 {
      let values = zip(x.doubles, y.doubles).map { p, q -> Double in
        if p.isNaN || q.isNaN { return .nan }
        return isMaximum ? (p >= q ? p : q) : (p <= q ? p : q)
      }
      return NDArray(floats: values, shape: shape)
    }
    let values = zip(x.integers, y.integers).map { isMaximum ? Swift.max($0, $1) : Swift.min($0, $1) }
    if kind == .bool { return NDArray(bools: values.map { $0 != 0 }, shape: shape) }
    return NDArray(ints: values, shape: shape)
  }
}

extension PyValue {
  var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}
