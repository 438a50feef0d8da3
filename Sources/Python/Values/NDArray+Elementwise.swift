#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// numpy's arithmetic, element by element, with broadcasting and dtype promotion.
extension NDArray {
  /// The shape two shapes broadcast to, or nil when they cannot (numpy's rule: align on
  /// the right; each pair of lengths is equal or one of them is 1).
  static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
    let rank = Swift.max(a.count, b.count)
    var shape = Array(repeating: 1, count: rank)
    for k in 0..<rank {
      let x = k < rank - a.count ? 1 : a[k - (rank - a.count)]
      let y = k < rank - b.count ? 1 : b[k - (rank - b.count)]
      if x == y || y == 1 {
        shape[k] = x
      } else if x == 1 {
        shape[k] = y
      } else {
        return nil
      }
    }
    return shape
  }

  /// This array seen with `shape` (which it must broadcast to): a view with stride 0
  /// along the stretched axes.
  func broadcast(to target: [Int]) -> NDArray {
    let shape = self.shape
    let strides = self.strides
    if target == shape { return self }
    var newStrides = Array(repeating: 0, count: target.count)
    let lead = target.count - rank
    for k in 0..<rank where shape[k] != 1 {
      newStrides[lead + k] = strides[k]
    }
    return NDArray(buffer: buffer, shape: target, strides: newStrides, offset: offset)
  }

  /// The error numpy gives for shapes that do not broadcast.
  static func broadcastError(_ a: [Int], _ b: [Int], at span: SourceSpan?) -> PythonError {
    PythonError(
      .value,
      "operands could not be broadcast together with shapes \(describe(shape: a)) \(describe(shape: b))",
      at: span)
  }

  /// `a op b` element by element. `a` and `b` may be 0-d arrays standing for scalars.
  static func binary(
    _ op: BinaryOperator, _ a: NDArray, _ b: NDArray, at span: SourceSpan?
  ) throws(PythonError) -> NDArray {
    if let fast = fastBinary(op, a, b) { return fast }
    guard let shape = broadcastShape(a.shape, b.shape) else {
      throw broadcastError(a.shape, b.shape, at: span)
    }
    let kind = Swift.max(a.dtype, b.dtype)
    let x = a.broadcast(to: shape)
    let y = b.broadcast(to: shape)
    switch op {
    case .divide:
      return NDArray(floats: zipDoubles(x, y, divide), shape: shape)
    case .add, .subtract, .multiply, .floorDivide, .remainder, .power:
      if kind == .bool {
        switch op {
        case .add: return NDArray(bools: zip(x.truths, y.truths).map { $0 || $1 }, shape: shape)
        case .multiply: return NDArray(bools: zip(x.truths, y.truths).map { $0 && $1 }, shape: shape)
        case .subtract:
          throw PythonError(
            .type,
            "numpy boolean subtract, the `-` operator, is not supported; use the `^` operator or np.logical_xor",
            at: span)
        default: break
        }
      }
      if kind == .float64 {
        let f: (Double, Double) -> Double
        switch op {
        case .add: f = { $0 + $1 }
        case .subtract: f = { $0 - $1 }
        case .multiply: f = { $0 * $1 }
        case .floorDivide: f = { floatDivMod($0, $1).quotient }
        case .remainder: f = { floatDivMod($0, $1).remainder }
        default: f = { pow($0, $1) }
        }
        return NDArray(floats: zipDoubles(x, y, f), shape: shape)
      }
      let f: (Int, Int) throws(PythonError) -> Int
      switch op {
      case .add: f = { $0 &+ $1 }
      case .subtract: f = { $0 &- $1 }
      case .multiply: f = { $0 &* $1 }
      case .floorDivide: f = { intDivMod($0, $1)?.quotient ?? 0 }
      case .remainder: f = { intDivMod($0, $1)?.remainder ?? 0 }
      default:
        f = { (base: Int, exponent: Int) throws(PythonError) -> Int in
          guard exponent >= 0 else {
            throw PythonError(.value, "Integers to negative integer powers are not allowed.", at: span)
          }
          return wrappingPower(base, exponent)
        }
      }
      let xs = x.integers
      let ys = y.integers
      var result: [Int] = []
      result.reserveCapacity(xs.count)
      for k in 0..<xs.count { result.append(try f(xs[k], ys[k])) }
      return NDArray(ints: result, shape: shape)
    case .bitAnd, .bitOr, .bitXor:
      if kind == .float64 {
        throw PythonError(
          .type,
          "'\(op.rawValue)' works on booleans and integers, not floats; for a mask write (X > 1) & (X < 4)",
          at: span)
      }
      if kind == .bool {
        let f: (Bool, Bool) -> Bool =
          op == .bitAnd ? { $0 && $1 } : op == .bitOr ? { $0 || $1 } : { $0 != $1 }
        return NDArray(bools: zip(x.truths, y.truths).map(f), shape: shape)
      }
      let f: (Int, Int) -> Int = op == .bitAnd ? { $0 & $1 } : op == .bitOr ? { $0 | $1 } : { $0 ^ $1 }
      return NDArray(ints: zip(x.integers, y.integers).map(f), shape: shape)
    case .shiftLeft, .shiftRight, .matrixMultiply:
      throw PythonError(.unsupported, "'\(op.rawValue)' is not supported on arrays here", at: span)
    }
  }

  /// A comparison element by element, giving a boolean array.
  static func compare(
    _ op: ComparisonOperator, _ a: NDArray, _ b: NDArray, at span: SourceSpan?
  ) throws(PythonError) -> NDArray {
    guard let shape = broadcastShape(a.shape, b.shape) else {
      throw broadcastError(a.shape, b.shape, at: span)
    }
    let x = a.broadcast(to: shape)
    let y = b.broadcast(to: shape)
    if x.dtype != .float64 && y.dtype != .float64 {
      let f = intComparison(op)
      return NDArray(bools: zip(x.integers, y.integers).map(f), shape: shape)
    }
    let f = doubleComparison(op)
    return NDArray(bools: zip(x.doubles, y.doubles).map(f), shape: shape)
  }

  static func intComparison(_ op: ComparisonOperator) -> (Int, Int) -> Bool {
    switch op {
    case .equal, .isIdentical: return { $0 == $1 }
    case .notEqual, .isNotIdentical: return { $0 != $1 }
    case .less: return { $0 < $1 }
    case .lessOrEqual: return { $0 <= $1 }
    case .greater: return { $0 > $1 }
    case .greaterOrEqual: return { $0 >= $1 }
    case .contains, .notContains: return { _, _ in false }
    }
  }

  static func doubleComparison(_ op: ComparisonOperator) -> (Double, Double) -> Bool {
    switch op {
    case .equal, .isIdentical: return { $0 == $1 }
    case .notEqual, .isNotIdentical: return { $0 != $1 }
    case .less: return { $0 < $1 }
    case .lessOrEqual: return { $0 <= $1 }
    case .greater: return { $0 > $1 }
    case .greaterOrEqual: return { $0 >= $1 }
    case .contains, .notContains: return { _, _ in false }
    }
  }

  /// The doubles of two same-shaped arrays combined pairwise.
  private static func zipDoubles(
    _ x: NDArray, _ y: NDArray, _ f: (Double, Double) -> Double
  ) -> [Double] {
    let n = x.count
    var result = [Double](repeating: 0, count: n)
    if x.dtype == .float64 && y.dtype == .float64 && x.isContiguous {
      let xs = x.buffer.floats
      let xo = x.offset
      if y.isContiguous {
        let ys = y.buffer.floats
        let yo = y.offset
        for k in 0..<n { result[k] = f(xs[xo + k], ys[yo + k]) }
        return result
      }
      if y.strides.allSatisfy({ $0 == 0 }) {
        let v = y.buffer.floats[y.offset]
        for k in 0..<n { result[k] = f(xs[xo + k], v) }
        return result
      }
    }
    let xs = x.doubles
    let ys = y.doubles
    for k in 0..<n { result[k] = f(xs[k], ys[k]) }
    return result
  }

  private static func divide(_ a: Double, _ b: Double) -> Double { a / b }

  /// Python's and numpy's floor division and remainder of doubles: the remainder takes the
  /// divisor's sign, and the quotient is floor(a / b) computed so that q·b + r = a.
  static func floatDivMod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
    guard b != 0 else { return (a / b, fmod(a, b)) }
    var remainder = fmod(a, b)
    var division = (a - remainder) / b
    if remainder != 0 {
      if (b < 0) != (remainder < 0) {
        remainder += b
        division -= 1
      }
    } else {
      remainder = copysign(0, b)
    }
    var quotient: Double
    if division != 0 {
      quotient = division.rounded(.down)
      if division - quotient > 0.5 { quotient += 1 }
    } else {
      quotient = copysign(0, a / b)
    }
    return (quotient, remainder)
  }

  /// Python's floor division and remainder of integers; nil when dividing by zero.
  static func intDivMod(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int)? {
    guard b != 0 else { return nil }
    if a == Int.min && b == -1 { return (Int.min, 0) }
    var q = a / b
    var r = a % b
    if r != 0 && ((r < 0) != (b < 0)) {
      q -= 1
      r += b
    }
    return (q, r)
  }

  /// base^exponent in 64 bits, wrapping as numpy's int64 does.
  static func wrappingPower(_ base: Int, _ exponent: Int) -> Int {
    var result = 1
    var b = base
    var e = exponent
    while e > 0 {
      if e & 1 == 1 { result = result &* b }
      b = b &* b
      e >>= 1
    }
    return result
  }

  /// `f` of every element, as doubles, giving a float array.
  func mapDoubles(_ f: (Double) -> Double) -> NDArray {
    NDArray(floats: doubles.map(f), shape: shape)
  }
}
