#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Interpreter {
  /// `a op b`, as Python (and numpy, when either is an array or numpy scalar) does it.
  func binary(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue, at span: SourceSpan) throws(PythonError) -> PyValue {
    if op == .bitXor, a.isNumber || b.isNumber {
      throw PythonError(.type, "in Python ^ is XOR; write ** for a power", at: span)
    }
    if a.isArrayLike || b.isArrayLike {
      // Two numbers, one of them numpy's: numpy's arithmetic without building arrays.
      if let x = a.numpyScalar, let y = b.numpyScalar, let result = NumpyScalar.fastBinary(op, x, y) {
        return .scalar(result)
      }
      // An array and a number, or two arrays of one shape: the common cases, without 0-d
      // arrays or broadcasting (the array exists, so only its size is checked).
      var fast: NDArray?
      if case .array(let x) = a {
        if case .array(let y) = b {
          if op != .matrixMultiply { fast = NDArray.fastBinary(op, x, y) }
        } else if let y = b.numpyScalar {
          fast = NDArray.fastBinary(op, x, scalar: y, scalarOnLeft: false)
        }
      } else if case .array(let y) = b, let x = a.numpyScalar {
        fast = NDArray.fastBinary(op, y, scalar: x, scalarOnLeft: true)
      }
      if let fast {
        try checkSize(fast.count, at: span)
        return Self.wrap(fast, scalarIfZeroD: true)
      }
      return try arrayBinary(op, a, b, at: span)
    }
    switch (a, b) {
    case (.int, .int), (.int, .bool), (.bool, .int), (.bool, .bool):
      guard let x = a.intValue, let y = b.intValue else { break }
      if case .bool(let p) = a, case .bool(let q) = b, op == .bitAnd || op == .bitOr || op == .bitXor {
        return .bool(op == .bitAnd ? p && q : op == .bitOr ? p || q : p != q)
      }
      return try intBinary(op, x, y, at: span)
    case (.float, _), (_, .float):
      guard let x = a.doubleValue, let y = b.doubleValue else { break }
      return try floatBinary(op, x, y, at: span)
    case (.string(let x), .string(let y)) where op == .add:
      return .string(x + y)
    case (.string(let x), _) where op == .multiply:
      guard let n = b.intValue else { break }
      try checkRepetition(x.count, n, at: span)
      return .string(String(repeating: x, count: Swift.max(n, 0)))
    case (_, .string(let y)) where op == .multiply:
      guard let n = a.intValue else { break }
      try checkRepetition(y.count, n, at: span)
      return .string(String(repeating: y, count: Swift.max(n, 0)))
    case (.string(let x), _) where op == .remainder:
      throw PythonError(.unsupported, "'%' formatting of strings is not supported here; use an f-string such as f\"{x:.3f}\" (for '\(x.prefix(20))')", at: span)
    case (.list(let x), .list(let y)) where op == .add:
      try checkSize(x.items.count + y.items.count, at: span)
      return .list(PyList(x.items + y.items))
    case (.tuple(let x), .tuple(let y)) where op == .add:
      return .tuple(x + y)
    case (.list(let x), _) where op == .multiply:
      guard let n = b.intValue else { break }
      try checkRepetition(x.items.count, n, at: span)
      return .list(PyList(Array(repeatElement(x.items, count: Swift.max(n, 0)).joined())))
    case (_, .list(let y)) where op == .multiply:
      guard let n = a.intValue else { break }
      try checkRepetition(y.items.count, n, at: span)
      return .list(PyList(Array(repeatElement(y.items, count: Swift.max(n, 0)).joined())))
    case (.tuple(let x), _) where op == .multiply:
      guard let n = b.intValue else { break }
      try checkRepetition(x.count, n, at: span)
      return .tuple(Array(repeatElement(x, count: Swift.max(n, 0)).joined()))
    default:
      break
    }
    throw PythonError(
      .type,
      "unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'",
      at: span)
  }

  /// Refuses `count` items repeated `times` times when that is more than the memory bound
  /// (counted without overflowing).
  private func checkRepetition(_ count: Int, _ times: Int, at span: SourceSpan) throws(PythonError) {
    let (total, overflow) = count.multipliedReportingOverflow(by: Swift.max(times, 0))
    try checkSize(overflow ? Int.max : total, at: span)
  }

  /// Python's integer arithmetic, stopping with a sentence where Python's unbounded
  /// integers would go beyond 64 bits.
  private func intBinary(_ op: BinaryOperator, _ x: Int, _ y: Int, at span: SourceSpan) throws(PythonError) -> PyValue {
    func checked(_ result: (partialValue: Int, overflow: Bool)) throws(PythonError) -> PyValue {
      if result.overflow {
        throw PythonError(.overflow, "integer result beyond 64 bits, which is as far as integers go here; use floats (write 2.0 for 2)", at: span)
      }
      return .int(result.partialValue)
    }
    switch op {
    case .add: return try checked(x.addingReportingOverflow(y))
    case .subtract: return try checked(x.subtractingReportingOverflow(y))
    case .multiply: return try checked(x.multipliedReportingOverflow(by: y))
    case .divide:
      guard y != 0 else { throw PythonError(.zeroDivision, "division by zero", at: span) }
      return .float(Self.trueDivide(x, y))
    case .floorDivide, .remainder:
      guard let (q, r) = NDArray.intDivMod(x, y) else {
        throw PythonError(.zeroDivision, op == .floorDivide ? "integer division or modulo by zero" : "integer modulo by zero", at: span)
      }
      if x == Int.min && y == -1 && op == .floorDivide { return try checked((0, true)) }
      return .int(op == .floorDivide ? q : r)
    case .power:
      if y < 0 {
        guard x != 0 else {
          throw PythonError(.zeroDivision, "0.0 cannot be raised to a negative power", at: span)
        }
        return .float(pow(Double(x), Double(y)))
      }
      var result = 1
      var base = x
      var e = y
      while e > 0 {
        if e & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o { return try checked((0, true)) }
          result = r
        }
        e >>= 1
        if e > 0 {
          let (b, o) = base.multipliedReportingOverflow(by: base)
          if o { return try checked((0, true)) }
          base = b
        }
      }
      return .int(result)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .shiftLeft, .shiftRight:
      throw PythonError(.unsupported, "bit shifts are not supported here", at: span)
    case .matrixMultiply:
      throw PythonError(.type, "unsupported operand type(s) for @: 'int' and 'int'", at: span)
    }
  }

  /// x / y for integers as Python rounds it: correctly rounded when both are exact in a
  /// double, which covers every integer up to 2^53.
  static func trueDivide(_ x: Int, _ y: Int) -> Double {
    Double(x) / Double(y)
  }

  /// Python's float arithmetic: dividing by zero is an error, as Python has it.
  private func floatBinary(_ op: BinaryOperator, _ x: Double, _ y: Double, at span: SourceSpan) throws(PythonError) -> PyValue {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .divide:
      guard y != 0 else { throw PythonError(.zeroDivision, "float division by zero", at: span) }
      return .float(x / y)
    case .floorDivide, .remainder:
      guard y != 0 else {
        throw PythonError(.zeroDivision, op == .floorDivide ? "float floor division by zero" : "float modulo", at: span)
      }
      let (q, r) = NDArray.floatDivMod(x, y)
      return .float(op == .floorDivide ? q : r)
    case .power:
      if x == 0 && y < 0 {
        throw PythonError(.zeroDivision, "0.0 cannot be raised to a negative power", at: span)
      }
      if x < 0 && y.isFinite && y != y.rounded() {
        throw PythonError(.value, "a negative number to a fractional power is a complex number, which is not supported here", at: span)
      }
      let result = pow(x, y)
      if result.isInfinite && x.isFinite && y.isFinite {
        throw PythonError(.overflow, "(34, 'Numerical result out of range')", at: span)
      }
      return .float(result)
    default:
      throw PythonError(
        .type, "unsupported operand type(s) for \(op.rawValue): 'float' and 'float'", at: span)
    }
  }

  /// An operation with an array or numpy scalar on either side, done by numpy's rules.
  private func arrayBinary(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue, at span: SourceSpan) throws(PythonError) -> PyValue {
    let x = try asArray(a, at: span)
    let y = try asArray(b, at: span)
    // The result's size is known from the shapes: refuse a huge one before building it.
    if op == .matrixMultiply {
      if x.rank == 2 && y.rank == 2 { try checkShape([x.shape[0], y.shape[1]], at: span) }
    } else if let shape = NDArray.broadcastShape(x.shape, y.shape) {
      try checkShape(shape, at: span)
    }
    let result: NDArray
    if op == .matrixMultiply {
      result = try NDArray.matmul(x, y, at: span)
    } else {
      result = try NDArray.binary(op, x, y, at: span)
    }
    try checkSize(result.count, at: span)
    return Self.wrap(result, scalarIfZeroD: true)
  }

  /// An array as a value: a 0-d result is a numpy scalar, as numpy returns.
  static func wrap(_ array: NDArray, scalarIfZeroD: Bool) -> PyValue {
    if scalarIfZeroD && array.rank == 0 {
      return .scalar(array.scalar(atPosition: array.offset))
    }
    return .array(array)
  }

  /// A value as an array: arrays as they are, numbers as 0-d arrays, lists as `np.array`.
  func asArray(_ value: PyValue, at span: SourceSpan) throws(PythonError) -> NDArray {
    switch value {
    case .array(let array): return array
    case .scalar(let s): return NDArray.filled(s, shape: [])
    case .bool(let b): return NDArray(bools: [b], shape: [])
    case .int(let i): return NDArray(ints: [i], shape: [])
    case .float(let x): return NDArray(floats: [x], shape: [])
    case .list, .tuple, .range: return try makeArray(value, dtype: nil, at: span)
    default:
      throw PythonError(.type, "a '\(value.typeName)' cannot be used as an array", at: span)
    }
  }

  /// `-x`, `+x`, `~x`, `not x`.
  func unary(_ op: UnaryOperator, _ value: PyValue, at span: SourceSpan) throws(PythonError) -> PyValue {
    if op == .not { return .bool(!(try truth(value, at: span))) }
    switch value {
    case .int(let i):
      switch op {
      case .negate:
        guard i != Int.min else { throw PythonError(.overflow, "integer result beyond 64 bits", at: span) }
        return .int(-i)
      case .plus: return .int(i)
      default: return .int(~i)
      }
    case .bool(let b):
      let i = b ? 1 : 0
      return op == .negate ? .int(-i) : op == .plus ? .int(i) : .int(~i)
    case .float(let x):
      switch op {
      case .negate: return .float(-x)
      case .plus: return .float(x)
      default: throw PythonError(.type, "bad operand type for unary ~: 'float'", at: span)
      }
    case .array, .scalar:
      let array = try asArray(value, at: span)
      let result: NDArray
      switch (op, array.dtype) {
      case (.negate, .float64): result = array.mapDoubles { -$0 }
      case (.negate, .int64): result = NDArray(ints: array.integers.map { 0 &- $0 }, shape: array.shape)
      case (.negate, .bool):
        throw PythonError(.type, "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.", at: span)
      case (.plus, _): result = array.copy()
      case (.invert, .bool): result = NDArray(bools: array.truths.map { !$0 }, shape: array.shape)
      case (.invert, .int64): result = NDArray(ints: array.integers.map { ~$0 }, shape: array.shape)
      default:
        throw PythonError(.type, "ufunc 'invert' not supported for the input types", at: span)
      }
      return Self.wrap(result, scalarIfZeroD: true)
    default:
      throw PythonError(.type, "bad operand type for unary \(op.rawValue): '\(value.typeName)'", at: span)
    }
  }

  /// One comparison of a chain.
  func compare(_ op: ComparisonOperator, _ a: PyValue, _ b: PyValue, at span: SourceSpan) throws(PythonError) -> PyValue {
    switch op {
    case .contains, .notContains:
      let found = try contains(b, a, at: span)
      return .bool(op == .contains ? found : !found)
    case .isIdentical, .isNotIdentical:
      let same = Self.identical(a, b)
      return .bool(op == .isIdentical ? same : !same)
    default:
      break
    }
    if a.isArrayLike || b.isArrayLike {
      let x = try asArray(a, at: span)
      let y = try asArray(b, at: span)
      if let shape = NDArray.broadcastShape(x.shape, y.shape) { try checkShape(shape, at: span) }
      let result = try NDArray.compare(op, x, y, at: span)
      return Self.wrap(result, scalarIfZeroD: true)
    }
    if let x = a.numericKey, let y = b.numericKey {
      return .bool(Self.compareNumbers(op, x, y))
    }
    switch (a, b) {
    case (.string(let x), .string(let y)):
      return .bool(Self.ordered(op, x, y))
    case (.list(let x), .list(let y)):
      return .bool(try compareSequences(op, x.items, y.items, at: span))
    case (.tuple(let x), .tuple(let y)):
      return .bool(try compareSequences(op, x, y, at: span))
    default:
      if op == .equal || op == .notEqual {
        let same = Self.identical(a, b)
        return .bool(op == .equal ? same : !same)
      }
      throw PythonError(
        .type,
        "'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'",
        at: span)
    }
  }

  /// Numbers compared as Python does: exactly, even an int against a float.
  static func compareNumbers(_ op: ComparisonOperator, _ x: NumericKey, _ y: NumericKey) -> Bool {
    switch (x, y) {
    case (.int(let p), .int(let q)):
      return ordered(op, p, q)
    default:
      return NDArray.doubleComparison(op)(x.double, y.double)
    }
  }

  static func ordered<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool {
    switch op {
    case .equal: return x == y
    case .notEqual: return x != y
    case .less: return x < y
    case .lessOrEqual: return x <= y
    case .greater: return x > y
    case .greaterOrEqual: return x >= y
    default: return false
    }
  }

  private func compareSequences(_ op: ComparisonOperator, _ x: [PyValue], _ y: [PyValue], at span: SourceSpan) throws(PythonError) -> Bool {
    comparisonDepth += 1
    defer { comparisonDepth -= 1 }
    if comparisonDepth > 100 {
      throw PythonError(.limit, "lists nested more than 100 deep were compared (does a list contain itself?)", at: span)
    }
    for (p, q) in zip(x, y) {
      let equal = try truth(try compare(.equal, p, q, at: span), at: span)
      if !equal {
        if op == .equal { return false }
        if op == .notEqual { return true }
        return try truth(try compare(op, p, q, at: span), at: span)
      }
    }
    return Self.ordered(op, x.count, y.count)
  }

  /// `item in container`.
  private func contains(_ container: PyValue, _ item: PyValue, at span: SourceSpan) throws(PythonError) -> Bool {
    switch container {
    case .string(let s):
      guard case .string(let sub) = item else {
        throw PythonError(.type, "'in <string>' requires string as left operand, not \(item.typeName)", at: span)
      }
      return sub.isEmpty || s.contains(sub)
    case .range(let start, let stop, let step):
      guard let v = item.numericKey else { return false }
      guard case .int(let i) = v else {
        let d = v.double
        guard d == d.rounded(), let i = Int(exactly: d) else { return false }
        return Self.rangeContains(start, stop, step, i)
      }
      return Self.rangeContains(start, stop, step, i)
    case .list, .tuple, .array:
      let sequence = try iterate(container, at: span)
      var index = 0
      while let element = try sequence.next(&index) {
        let equal = try compare(.equal, element, item, at: span)
        if case .array(let a) = equal {
          if a.truths.contains(true) { return true }
        } else if try truth(equal, at: span) {
          return true
        }
      }
      return false
    default:
      throw PythonError(.type, "argument of type '\(container.typeName)' is not iterable", at: span)
    }
  }

  static func rangeContains(_ start: Int, _ stop: Int, _ step: Int, _ i: Int) -> Bool {
    if step > 0 { return i >= start && i < stop && (i - start) % step == 0 }
    return i <= start && i > stop && (start - i) % (-step) == 0
  }

  /// `a is b`: the same object for shared values, the same value for immutable ones.
  static func identical(_ a: PyValue, _ b: PyValue) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.list(let x), .list(let y)): return x === y
    case (.array(let x), .array(let y)):
      return x.buffer === y.buffer && x.shape == y.shape && x.strides == y.strides && x.offset == y.offset
    case (.function(let x), .function(let y)): return x === y
    case (.module(let x), .module(let y)): return x === y
    case (.builtin(let x), .builtin(let y)): return x.name == y.name
    default: return false
    }
  }
}

/// A number as comparisons see it: exact integers apart from doubles.
enum NumericKey {
  case int(Int)
  case double(Double)

  var double: Double {
    switch self {
    case .int(let i): return Double(i)
    case .double(let x): return x
    }
  }
}

extension PyValue {
  /// Whether it is a Python or numpy number (bools included).
  var isNumber: Bool {
    switch self {
    case .int, .float, .scalar: return true
    default: return false
    }
  }

  /// A Python or numpy number as a numpy scalar (not arrays).
  var numpyScalar: NumpyScalar? {
    switch self {
    case .scalar(let s): return s
    case .int(let i): return .int(i)
    case .float(let x): return .float(x)
    case .bool(let b): return .bool(b)
    default: return nil
    }
  }

  /// Whether arithmetic on it goes by numpy's rules.
  var isArrayLike: Bool {
    switch self {
    case .array, .scalar: return true
    default: return false
    }
  }

  /// The value as an integer, for Python ints and bools (and numpy integers).
  var intValue: Int? {
    switch self {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .scalar(.int(let i)): return i
    case .scalar(.bool(let b)): return b ? 1 : 0
    default: return nil
    }
  }

  /// The value as a double, for any number.
  var doubleValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .float(let x): return x
    case .scalar(let s): return s.double
    default: return nil
    }
  }

  var numericKey: NumericKey? {
    switch self {
    case .int(let i): return .int(i)
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let x): return .double(x)
    case .scalar(.int(let i)): return .int(i)
    case .scalar(.bool(let b)): return .int(b ? 1 : 0)
    case .scalar(.float(let x)): return .double(x)
    default: return nil
    }
  }
}
