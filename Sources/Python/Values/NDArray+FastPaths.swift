#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The common cases of numpy arithmetic done without the general broadcasting machinery:
/// an array with a scalar, two contiguous arrays of one shape, and two scalars. Each
/// gives exactly what the general path gives (the same kernels, element for element);
/// they only skip building index maps and views.
extension NDArray {
  /// The value of a one-element array, as a double.
  private var onlyDouble: Double {
    switch dtype {
    case .float64: return buffer.floats[offset]
    case .int64: return Double(buffer.ints[offset])
    case .bool: return buffer.bools[offset] ? 1 : 0
    }
  }

  /// The value of a one-element array, as an integer.
  private var onlyInt: Int {
    switch dtype {
    case .float64: return NDArray.truncated(buffer.floats[offset])
    case .int64: return buffer.ints[offset]
    case .bool: return buffer.bools[offset] ? 1 : 0
    }
  }

  /// `a op b` for float64 or int64 results when one side is 0-d or both are contiguous
  /// with one shape; nil for anything else (the general path takes it).
  static func fastBinary(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray) -> NDArray? {
    let kind = Swift.max(a.dtype, b.dtype)
    guard kind != .bool else { return nil }
    let aScalar = a.rank == 0
    let bScalar = b.rank == 0
    let sameShape = a.shape == b.shape && a.isContiguous && b.isContiguous
    guard sameShape || (aScalar && b.isContiguous) || (bScalar && a.isContiguous) else { return nil }
    let shape = aScalar ? b.shape : a.shape
    let n = aScalar ? b.count : a.count
    if kind == .float64 || op == .divide {
      let f: (Double, Double) -> Double
      switch op {
      case .add: f = { $0 + $1 }
      case .subtract: f = { $0 - $1 }
      case .multiply: f = { $0 * $1 }
      case .divide: f = { $0 / $1 }
      case .floorDivide: f = { floatDivMod($0, $1).quotient }
      case .remainder: f = { floatDivMod($0, $1).remainder }
      case .power: f = { pow($0, $1) }
      default: return nil
      }
      var result = [Double](repeating: 0, count: n)
      if aScalar {
        let x = a.onlyDouble
        b.withDoubles { ys in for k in 0..<n { result[k] = f(x, ys[k]) } }
      } else if bScalar {
        let y = b.onlyDouble
        a.withDoubles { xs in for k in 0..<n { result[k] = f(xs[k], y) } }
      } else {
        a.withDoubles { xs in b.withDoubles { ys in for k in 0..<n { result[k] = f(xs[k], ys[k]) } } }
      }
      return NDArray(floats: result, shape: shape)
    }
    let f: (Int, Int) -> Int
    switch op {
    case .add: f = { $0 &+ $1 }
    case .subtract: f = { $0 &- $1 }
    case .multiply: f = { $0 &* $1 }
    default: return nil
    }
    var result = [Int](repeating: 0, count: n)
    if aScalar {
      let x = a.onlyInt
      b.withInts { ys in for k in 0..<n { result[k] = f(x, ys[k]) } }
    } else if bScalar {
      let y = b.onlyInt
      a.withInts { xs in for k in 0..<n { result[k] = f(xs[k], y) } }
    } else {
      a.withInts { xs in b.withInts { ys in for k in 0..<n { result[k] = f(xs[k], ys[k]) } } }
    }
    return NDArray(ints: result, shape: shape)
  }

  /// `array op scalar` (or `scalar op array` when `scalarOnLeft`) for a contiguous array of
  /// rank 1 or more and a number, giving what `fastBinary` gives with the number as a 0-d
  /// array, without building that array; nil where that would be nil.
  static func fastBinary(
    _ op: BinaryOperator, _ array: NDArray, scalar: NumpyScalar, scalarOnLeft: Bool
  ) -> NDArray? {
    let kind = Swift.max(array.dtype, scalar.dtype)
    guard kind != .bool, array.rank > 0, array.isContiguous else { return nil }
    let n = array.count
    if kind == .float64 || op == .divide {
      let s = scalar.double
      let result: [Double]
      switch op {
      case .add: result = array.doublesCombined(with: s, scalarOnLeft) { $0 + $1 }
      case .subtract: result = array.doublesCombined(with: s, scalarOnLeft) { $0 - $1 }
      case .multiply: result = array.doublesCombined(with: s, scalarOnLeft) { $0 * $1 }
      case .divide: result = array.doublesCombined(with: s, scalarOnLeft) { $0 / $1 }
      case .floorDivide:
        result = array.doublesCombined(with: s, scalarOnLeft) { floatDivMod($0, $1).quotient }
      case .remainder:
        result = array.doublesCombined(with: s, scalarOnLeft) { floatDivMod($0, $1).remainder }
      case .power: result = array.doublesCombined(with: s, scalarOnLeft) { pow($0, $1) }
      default: return nil
      }
      return NDArray(floats: result, shape: array.shape)
    }
    guard let s = scalar.int else { return nil }
    let f: (Int, Int) -> Int
    switch op {
    case .add: f = { $0 &+ $1 }
    case .subtract: f = { $0 &- $1 }
    case .multiply: f = { $0 &* $1 }
    default: return nil
    }
    var result = [Int](repeating: 0, count: n)
    array.withInts { xs in
      if scalarOnLeft {
        for k in 0..<n { result[k] = f(s, xs[k]) }
      } else {
        for k in 0..<n { result[k] = f(xs[k], s) }
      }
    }
    return NDArray(ints: result, shape: array.shape)
  }

  /// A contiguous array's elements, as doubles, each combined with `s` (`f(s, x)` when
  /// `scalarOnLeft`, else `f(x, s)`).
  @inline(__always)
  private func doublesCombined(
    with s: Double, _ scalarOnLeft: Bool, _ f: (Double, Double) -> Double
  ) -> [Double] {
    let n = count
    let start = offset
    return [Double](unsafeUninitializedCapacity: n) { out, initialized in
      switch dtype {
      case .float64:
        buffer.floats.withUnsafeBufferPointer { xs in
          if scalarOnLeft {
            for k in 0..<n { out[k] = f(s, xs[start + k]) }
          } else {
            for k in 0..<n { out[k] = f(xs[start + k], s) }
          }
        }
      case .int64:
        buffer.ints.withUnsafeBufferPointer { xs in
          if scalarOnLeft {
            for k in 0..<n { out[k] = f(s, Double(xs[start + k])) }
          } else {
            for k in 0..<n { out[k] = f(Double(xs[start + k]), s) }
          }
        }
      case .bool:
        buffer.bools.withUnsafeBufferPointer { xs in
          if scalarOnLeft {
            for k in 0..<n { out[k] = f(s, xs[start + k] ? 1 : 0) }
          } else {
            for k in 0..<n { out[k] = f(xs[start + k] ? 1 : 0, s) }
          }
        }
      }
      initialized = n
    }
  }

  /// Python's `sum(array)` for a 1-D int64 or float64 array: 0 plus each element, left to
  /// right, as adding the numpy scalars one by one gives (a numpy scalar, or the int 0
  /// when the array is empty); nil for other arrays.
  func sumLeftToRight() -> PyValue? {
    guard rank == 1 else { return nil }
    let n = shape[0]
    guard n > 0 else { return .int(0) }
    let step = strides[0]
    switch dtype {
    case .float64:
      var total: Double = 0
      buffer.floats.withUnsafeBufferPointer { xs in
        for k in 0..<n { total += xs[offset + k * step] }
      }
      return .scalar(.float(total))
    case .int64:
      var total = 0
      buffer.ints.withUnsafeBufferPointer { xs in
        for k in 0..<n { total = total &+ xs[offset + k * step] }
      }
      return .scalar(.int(total))
    case .bool:
      return nil
    }
  }

  /// Runs `body` over a contiguous array's elements as doubles (converting ints and bools
  /// into a temporary), without copying a float array.
  func withDoubles<R>(_ body: (UnsafeBufferPointer<Double>) -> R) -> R {
    if dtype == .float64 {
      return buffer.floats.withUnsafeBufferPointer { all in
        body(UnsafeBufferPointer(rebasing: all[offset..<(offset + count)]))
      }
    }
    return doubles.withUnsafeBufferPointer(body)
  }

  /// Runs `body` over a contiguous int or bool array's elements as integers.
  func withInts<R>(_ body: (UnsafeBufferPointer<Int>) -> R) -> R {
    if dtype == .int64 {
      return buffer.ints.withUnsafeBufferPointer { all in
        body(UnsafeBufferPointer(rebasing: all[offset..<(offset + count)]))
      }
    }
    return integers.withUnsafeBufferPointer(body)
  }
}

extension NumpyScalar {
  /// `a op b` for two numpy scalars (or a numpy scalar and a Python number), by numpy's
  /// rules, for the arithmetic operators on float64 and int64; nil for anything else.
  static func fastBinary(_ op: BinaryOperator, _ a: NumpyScalar, _ b: NumpyScalar) -> NumpyScalar? {
    let kind = Swift.max(a.dtype, b.dtype)
    if kind == .float64 || op == .divide {
      let x = a.double
      let y = b.double
      switch op {
      case .add: return .float(x + y)
      case .subtract: return .float(x - y)
      case .multiply: return .float(x * y)
      case .divide: return .float(x / y)
      case .floorDivide: return .float(NDArray.floatDivMod(x, y).quotient)
      case .remainder: return .float(NDArray.floatDivMod(x, y).remainder)
      case .power: return .float(pow(x, y))
      default: return nil
      }
    }
    guard kind == .int64, case let (x?, y?) = (a.int, b.int) else { return nil }
    switch op {
    case .add: return .int(x &+ y)
    case .subtract: return .int(x &- y)
    case .multiply: return .int(x &* y)
    default: return nil
    }
  }

  /// The value as an integer, for ints and bools.
  var int: Int? {
    switch self {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .float: return nil
    }
  }
}
