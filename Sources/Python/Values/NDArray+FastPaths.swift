#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The common cases of numpy arithmetic done without the general broadcasting machinery:
/// an array with a scalar, two contiguous arrays of one shape, and two scalars. Each
/// gives exactly what the general path gives (the same operations, element for element);
/// they only skip building index maps, views and temporary arrays, writing the result's
/// buffer directly.
extension NDArray {
  /// Word `k` of a buffer of `dtype` as a double (true is 1).
  @inline(__always)
  private static func double(_ word: UInt64, _ dtype: DType) -> Double {
    switch dtype {
    case .float64: return Double(bitPattern: word)
    case .int64: return Double(Int(bitPattern: UInt(word)))
    case .bool: return word != 0 ? 1 : 0
    }
  }

  /// Word `k` of a buffer of `dtype` as an integer (floats truncated, true is 1).
  @inline(__always)
  private static func int(_ word: UInt64, _ dtype: DType) -> Int {
    switch dtype {
    case .float64: return truncated(Double(bitPattern: word))
    case .int64: return Int(bitPattern: UInt(word))
    case .bool: return word != 0 ? 1 : 0
    }
  }

  /// `a op b` for float64 or int64 results when one side is 0-d or both are contiguous
  /// with one shape; nil for anything else (the general path takes it).
  static func fastBinary(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray) -> NDArray? {
    let kind = Swift.max(a.dtype, b.dtype)
    guard kind != .bool else { return nil }
    if a.isWholeBuffer && b.isWholeBuffer {
      // The common case, decided from the buffers alone.
      if a.buffer.shape == b.buffer.shape { return sameShapeBinary(op, a, b, kind: kind) }
    } else if a.isContiguous && b.isContiguous && a.shape == b.shape {
      return sameShapeBinary(op, a, b, kind: kind)
    }
    if a.rank == 0 {
      return fastBinary(op, b, scalar: a.scalar(atPosition: a.offset), scalarOnLeft: true)
    }
    if b.rank == 0 {
      return fastBinary(op, a, scalar: b.scalar(atPosition: b.offset), scalarOnLeft: false)
    }
    return nil
  }

  /// `a op b` element by element for two contiguous arrays of one shape whose result is
  /// of `kind` (float64 or int64).
  private static func sameShapeBinary(
    _ op: BinaryOperator, _ a: NDArray, _ b: NDArray, kind: DType
  ) -> NDArray? {
    if kind == .float64 || op == .divide {
      let buffer: ArrayBuffer
      switch op {
      case .add: buffer = combineDoubles(a, b) { $0 + $1 }
      case .subtract: buffer = combineDoubles(a, b) { $0 - $1 }
      case .multiply: buffer = combineDoubles(a, b) { $0 * $1 }
      case .divide: buffer = combineDoubles(a, b) { $0 / $1 }
      case .floorDivide: buffer = combineDoubles(a, b) { floatDivMod($0, $1).quotient }
      case .remainder: buffer = combineDoubles(a, b) { floatDivMod($0, $1).remainder }
      case .power: buffer = combineDoubles(a, b) { pow($0, $1) }
      default: return nil
      }
      return NDArray(wholeBuffer: buffer)
    }
    let buffer: ArrayBuffer
    switch op {
    case .add: buffer = combineInts(a, b) { $0 &+ $1 }
    case .subtract: buffer = combineInts(a, b) { $0 &- $1 }
    case .multiply: buffer = combineInts(a, b) { $0 &* $1 }
    default: return nil
    }
    return NDArray(wholeBuffer: buffer)
  }

  /// A new float64 buffer of `f` of the elements of two contiguous arrays of one shape,
  /// as doubles.
  @inline(__always)
  private static func combineDoubles(
    _ a: NDArray, _ b: NDArray, _ f: (Double, Double) -> Double
  ) -> ArrayBuffer {
    let n = a.count
    let (ad, bd) = (a.dtype, b.dtype)
    return a.buffer.withUnsafeMutablePointerToElements { xs in
      b.buffer.withUnsafeMutablePointerToElements { ys in
        let (x, y) = (xs + a.offset, ys + b.offset)
        return ArrayBuffer.makeWords(.float64, shape: a.shape, count: n) { out in
          if ad == .float64 && bd == .float64 {
            for k in 0..<n {
              out[k] = f(Double(bitPattern: x[k]), Double(bitPattern: y[k])).bitPattern
            }
          } else {
            for k in 0..<n { out[k] = f(double(x[k], ad), double(y[k], bd)).bitPattern }
          }
        }
      }
    }
  }

  /// A new int64 buffer of `f` of the elements of two contiguous int or bool arrays of
  /// one shape.
  @inline(__always)
  private static func combineInts(_ a: NDArray, _ b: NDArray, _ f: (Int, Int) -> Int) -> ArrayBuffer {
    let n = a.count
    let (ad, bd) = (a.dtype, b.dtype)
    return a.buffer.withUnsafeMutablePointerToElements { xs in
      b.buffer.withUnsafeMutablePointerToElements { ys in
        let (x, y) = (xs + a.offset, ys + b.offset)
        return ArrayBuffer.makeWords(.int64, shape: a.shape, count: n) { out in
          for k in 0..<n { out[k] = UInt64(UInt(bitPattern: f(int(x[k], ad), int(y[k], bd)))) }
        }
      }
    }
  }

  /// `array op scalar` (or `scalar op array` when `scalarOnLeft`) for a contiguous array of
  /// rank 1 or more and a number, giving what the general path gives with the number as a
  /// 0-d array, without building that array; nil where this cannot.
  static func fastBinary(
    _ op: BinaryOperator, _ array: NDArray, scalar: NumpyScalar, scalarOnLeft: Bool
  ) -> NDArray? {
    let kind = Swift.max(array.dtype, scalar.dtype)
    guard kind != .bool, array.rank > 0, array.isContiguous else { return nil }
    if kind == .float64 || op == .divide {
      let s = scalar.double
      let buffer: ArrayBuffer
      switch op {
      case .add: buffer = array.combined(with: s, scalarOnLeft) { $0 + $1 }
      case .subtract: buffer = array.combined(with: s, scalarOnLeft) { $0 - $1 }
      case .multiply: buffer = array.combined(with: s, scalarOnLeft) { $0 * $1 }
      case .divide: buffer = array.combined(with: s, scalarOnLeft) { $0 / $1 }
      case .floorDivide:
        buffer = array.combined(with: s, scalarOnLeft) { floatDivMod($0, $1).quotient }
      case .remainder:
        buffer = array.combined(with: s, scalarOnLeft) { floatDivMod($0, $1).remainder }
      case .power: buffer = array.combined(with: s, scalarOnLeft) { pow($0, $1) }
      default: return nil
      }
      return NDArray(wholeBuffer: buffer)
    }
    guard let s = scalar.int else { return nil }
    let buffer: ArrayBuffer
    switch op {
    case .add: buffer = array.combined(withInt: s, scalarOnLeft) { $0 &+ $1 }
    case .subtract: buffer = array.combined(withInt: s, scalarOnLeft) { $0 &- $1 }
    case .multiply: buffer = array.combined(withInt: s, scalarOnLeft) { $0 &* $1 }
    default: return nil
    }
    return NDArray(wholeBuffer: buffer)
  }

  /// A new float64 buffer of a contiguous array's elements, as doubles, each combined
  /// with `s` (`f(s, x)` when `scalarOnLeft`, else `f(x, s)`).
  @inline(__always)
  private func combined(
    with s: Double, _ scalarOnLeft: Bool, _ f: (Double, Double) -> Double
  ) -> ArrayBuffer {
    let n = count
    let dtype = self.dtype
    let shape = self.shape
    return buffer.withUnsafeMutablePointerToElements { xs in
      let x = xs + offset
      return ArrayBuffer.makeWords(.float64, shape: shape, count: n) { out in
        if scalarOnLeft {
          for k in 0..<n { out[k] = f(s, NDArray.double(x[k], dtype)).bitPattern }
        } else {
          for k in 0..<n { out[k] = f(NDArray.double(x[k], dtype), s).bitPattern }
        }
      }
    }
  }

  /// A new int64 buffer of a contiguous int or bool array's elements each combined with
  /// `s` (`f(s, x)` when `scalarOnLeft`, else `f(x, s)`).
  @inline(__always)
  private func combined(withInt s: Int, _ scalarOnLeft: Bool, _ f: (Int, Int) -> Int) -> ArrayBuffer {
    let n = count
    let dtype = self.dtype
    let shape = self.shape
    return buffer.withUnsafeMutablePointerToElements { xs in
      let x = xs + offset
      return ArrayBuffer.makeWords(.int64, shape: shape, count: n) { out in
        if scalarOnLeft {
          for k in 0..<n { out[k] = UInt64(UInt(bitPattern: f(s, NDArray.int(x[k], dtype)))) }
        } else {
          for k in 0..<n { out[k] = UInt64(UInt(bitPattern: f(NDArray.int(x[k], dtype), s))) }
        }
      }
    }
  }

  /// Python's `sum(array)` for a 1-D int64 or float64 array: 0 plus each element, left to
  /// right, as adding the numpy scalars one by one gives (a numpy scalar, or the int 0
  /// when the array is empty); nil for other arrays.
  func sumLeftToRight() -> PyValue? {
    guard rank == 1, dtype != .bool else { return nil }
    let n = shape[0]
    guard n > 0 else { return .int(0) }
    let step = strides[0]
    let start = offset
    let dtype = self.dtype
    return buffer.withUnsafeMutablePointerToElements { words in
      if dtype == .float64 {
        var total: Double = 0
        for k in 0..<n { total += Double(bitPattern: words[start + k * step]) }
        return .scalar(.float(total))
      }
      var total = 0
      for k in 0..<n { total = total &+ Int(bitPattern: UInt(words[start + k * step])) }
      return .scalar(.int(total))
    }
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
