#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Python's built-in functions that the course uses.
enum Builtins {
  /// `table`, for looking names up at every use.
  static let names = NameTable(table)

  static let table: [String: PyValue] = {
    var table: [String: PyValue] = [:]
    func add(_ name: String, _ call: @escaping (inout CallContext) throws(PythonError) -> PyValue) {
      table[name] = .builtin(Builtin(name, call))
    }
    add("print", printFunction)
    add("len", length)
    add("range", range)
    table["sum"] = .builtin(Builtin("sum", sum, quick: quickSum))
    add("min") { c throws(PythonError) in try extreme(&c, isMax: false) }
    add("max") { c throws(PythonError) in try extreme(&c, isMax: true) }
    add("abs", absolute)
    add("round", round)
    add("float", toFloat)
    add("int", toInt)
    add("bool") { c throws(PythonError) in
      let value = try c.take(0, "x")
      try c.finish(positional: 1)
      guard let value else { return .bool(false) }
      return .bool(try c.interpreter.truth(value, at: c.span))
    }
    add("str") { c throws(PythonError) in
      let value = try c.take(0, "object")
      try c.finish(positional: 1)
      guard let value else { return .string("") }
      return .string(try c.interpreter.str(value, at: c.span))
    }
    add("repr") { c throws(PythonError) in
      let value = try c.require(0, "obj")
      try c.finish(positional: 1)
      return .string(try c.interpreter.repr(value, at: c.span))
    }
    add("list") { c throws(PythonError) in
      let value = try c.take(0, "iterable")
      try c.finish(positional: 1)
      guard let value else { return .list(PyList([])) }
      return .list(PyList(try c.interpreter.sequenceItems(value, at: c.span(of: 0))))
    }
    add("tuple") { c throws(PythonError) in
      let value = try c.take(0, "iterable")
      try c.finish(positional: 1)
      guard let value else { return .tuple([]) }
      return .tuple(try c.interpreter.sequenceItems(value, at: c.span(of: 0)))
    }
    add("zip") { c throws(PythonError) in
      try c.finish(positional: c.arguments.count)
      var columns: [[PyValue]] = []
      for (k, argument) in c.arguments.enumerated() {
        columns.append(try c.interpreter.sequenceItems(argument, at: c.span(of: k)))
      }
      let count = columns.map(\.count).min() ?? 0
      return .list(PyList((0..<count).map { i in .tuple(columns.map { $0[i] }) }))
    }
    add("enumerate") { c throws(PythonError) in
      let value = try c.require(0, "iterable")
      let start = try c.take(1, "start").map { v throws(PythonError) in try c.int(v, "start", at: 1) } ?? 0
      try c.finish(positional: 2)
      let items = try c.interpreter.sequenceItems(value, at: c.span(of: 0))
      return .list(PyList(items.enumerated().map { .tuple([.int(start + $0.offset), $0.element]) }))
    }
    add("sorted") { c throws(PythonError) in
      let value = try c.require(0, "iterable")
      let reverse = try c.keyword("reverse").map { v throws(PythonError) in try c.interpreter.truth(v, at: c.span) } ?? false
      try c.finish(positional: 1)
      let items = try c.interpreter.sequenceItems(value, at: c.span(of: 0))
      return .list(PyList(try c.interpreter.sorted(items, reverse: reverse, at: c.span)))
    }
    add("reversed") { c throws(PythonError) in
      let value = try c.require(0, "sequence")
      try c.finish(positional: 1)
      return .list(PyList(try c.interpreter.sequenceItems(value, at: c.span(of: 0)).reversed()))
    }
    add("any") { c throws(PythonError) in try anyAll(&c, isAny: true) }
    add("all") { c throws(PythonError) in try anyAll(&c, isAny: false) }
    add("pow") { c throws(PythonError) in
      let base = try c.require(0, "base")
      let exponent = try c.require(1, "exp")
      try c.finish(positional: 2)
      return try c.interpreter.binary(.power, base, exponent, at: c.span)
    }
    add("isinstance") { c throws(PythonError) in
      throw PythonError(.unsupported, "isinstance is not supported here", at: c.span)
    }
    for name in ["open", "input", "eval", "exec", "compile", "__import__", "globals", "locals", "vars", "getattr", "setattr", "exit", "quit"] {
      add(name) { c throws(PythonError) in
        throw PythonError(
          .unsupported,
          "\(name)() is not available here: programs cannot reach files, input or the system",
          at: c.span)
      }
    }
    return table
  }()

  private static func printFunction(_ c: inout CallContext) throws(PythonError) -> PyValue {
    var separator = " "
    var end = "\n"
    if let value = c.keyword("sep"), !value.isNone {
      guard case .string(let s) = value else {
        throw PythonError(.type, "sep must be None or a string, not \(value.typeName)", at: c.span)
      }
      separator = s
    }
    if let value = c.keyword("end"), !value.isNone {
      guard case .string(let s) = value else {
        throw PythonError(.type, "end must be None or a string, not \(value.typeName)", at: c.span)
      }
      end = s
    }
    _ = c.keyword("flush")
    try c.finish(positional: c.arguments.count)
    var parts: [String] = []
    for argument in c.arguments { parts.append(try c.interpreter.str(argument, at: c.span)) }
    c.interpreter.write(parts.joined(separator: separator) + end)
    return .none
  }

  private static func length(_ c: inout CallContext) throws(PythonError) -> PyValue {
    let value = try c.require(0, "obj")
    try c.finish(positional: 1)
    switch value {
    case .list(let list): return .int(list.items.count)
    case .tuple(let items): return .int(items.count)
    case .string(let s): return .int(s.count)
    case .range(let start, let stop, let step): return .int(Interpreter.rangeCount(start, stop, step))
    case .array(let array):
      guard array.rank > 0 else { throw PythonError(.type, "len() of unsized object", at: c.span) }
      return .int(array.shape[0])
    default:
      throw PythonError(.type, "object of type '\(value.typeName)' has no len()", at: c.span)
    }
  }

  private static func range(_ c: inout CallContext) throws(PythonError) -> PyValue {
    try c.finish(positional: 3)
    guard !c.arguments.isEmpty else {
      throw PythonError(.type, "range expected at least 1 argument, got 0", at: c.span)
    }
    var bounds: [Int] = []
    for (k, argument) in c.arguments.enumerated() {
      guard let i = argument.intValue else {
        throw PythonError(
          .type, "'\(argument.typeName)' object cannot be interpreted as an integer" + (argument.doubleValue != nil ? "; write int(…) or use np.arange for steps of floats" : ""),
          at: c.span(of: k))
      }
      bounds.append(i)
    }
    switch bounds.count {
    case 1: return .range(start: 0, stop: bounds[0], step: 1)
    case 2: return .range(start: bounds[0], stop: bounds[1], step: 1)
    default:
      guard bounds[2] != 0 else { throw PythonError(.value, "range() arg 3 must not be zero", at: c.span(of: 2)) }
      return .range(start: bounds[0], stop: bounds[1], step: bounds[2])
    }
  }

  /// Python's `sum`: `start` plus each item, left to right, with Python's and numpy's
  /// addition (so over a 2-D array it adds rows).
  private static func sum(_ c: inout CallContext) throws(PythonError) -> PyValue {
    let iterable = try c.require(0, "iterable")
    let start = try c.take(1, "start")
    try c.finish(positional: 2)
    if start == nil, let total = quickSum(iterable) { return total }
    var total = start ?? .int(0)
    let interpreter = c.interpreter
    let sequence = try interpreter.iterate(iterable, at: c.span(of: 0))
    var index = 0
    while let item = try sequence.next(&index) {
      if case .string = item {
        throw PythonError(.type, "sum() can't sum strings [use ''.join(seq) instead]", at: c.span)
      }
      total = try interpreter.binary(.add, total, item, at: c.span)
    }
    return total
  }

  /// `sum(x)` of a 1-D numeric array, the same sum as adding its items one by one from
  /// 0; nil for anything else.
  static func quickSum(_ iterable: PyValue) -> PyValue? {
    guard case .array(let array) = iterable else { return nil }
    return array.sumLeftToRight()
  }

  private static func extreme(_ c: inout CallContext, isMax: Bool) throws(PythonError) -> PyValue {
    let name = isMax ? "max" : "min"
    let defaultValue = c.keyword("default")
    try c.finish(positional: c.arguments.count)
    let items: [PyValue]
    if c.arguments.count == 1 {
      items = try c.interpreter.sequenceItems(c.arguments[0], at: c.span(of: 0))
    } else if c.arguments.isEmpty {
      throw PythonError(.type, "\(name) expected at least 1 argument, got 0", at: c.span)
    } else {
      items = c.arguments
    }
    guard var best = items.first else {
      if let defaultValue { return defaultValue }
      throw PythonError(.value, "\(name)() iterable argument is empty", at: c.span)
    }
    for item in items.dropFirst() {
      let better = try c.interpreter.compare(isMax ? .greater : .less, item, best, at: c.span)
      if try c.interpreter.truth(better, at: c.span) { best = item }
    }
    return best
  }

  private static func absolute(_ c: inout CallContext) throws(PythonError) -> PyValue {
    let value = try c.require(0, "x")
    try c.finish(positional: 1)
    switch value {
    case .int(let i):
      guard i != Int.min else { throw PythonError(.overflow, "integer result beyond 64 bits", at: c.span) }
      return .int(Swift.abs(i))
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let x): return .float(Swift.abs(x))
    case .array, .scalar:
      return try NumpyModule.absolute(try c.interpreter.asArray(value, at: c.span))
    default:
      throw PythonError(.type, "bad operand type for abs(): '\(value.typeName)'", at: c.span)
    }
  }

  /// Python's `round`: half to even on the exact value; with digits, a float; without,
  /// an int. A numpy float rounds as numpy does.
  private static func round(_ c: inout CallContext) throws(PythonError) -> PyValue {
    let value = try c.require(0, "number")
    let digits = try c.take(1, "ndigits")
    try c.finish(positional: 2)
    let n: Int? = try digits.flatMap { v throws(PythonError) -> Int? in v.isNone ? nil : try c.int(v, "ndigits", at: 1) }
    switch value {
    case .int(let i), .scalar(.int(let i)):
      guard let n, n < 0 else { return value.isArrayLike ? value : .int(i) }
      // Rounding to 10^19 or coarser leaves 0 for any 64-bit integer.
      guard n > -19 else { return .int(0) }
      let scale = NDArray.wrappingPower(10, -n)
      let (q, r) = NDArray.intDivMod(i, scale) ?? (0, 0)
      let twice = 2 * r
      let up = twice > scale || (twice == scale && q & 1 == 1)
      return .int((q + (up ? 1 : 0)) * scale)
    case .bool(let b):
      return .int(b ? 1 : 0)
    case .float(let x):
      guard let n else {
        guard x.isFinite else {
          throw PythonError(x.isNaN ? .value : .overflow, x.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer", at: c.span)
        }
        return .int(NDArray.truncated(x.rounded(.toNearestOrEven)))
      }
      guard let rounded = PythonFormatting.round(x, ndigits: n) else {
        throw PythonError(.overflow, "rounded value too large to represent", at: c.span)
      }
      return .float(rounded)
    case .scalar(.float(let x)):
      guard let n else {
        guard x.isFinite else { throw PythonError(.value, "cannot convert float NaN or infinity to integer", at: c.span) }
        return .int(NDArray.truncated(x.rounded(.toNearestOrEven)))
      }
      return .scalar(.float(PythonFormatting.numpyRound(x, decimals: n)))
    case .array(let array):
      return .array(NDArray.rounded(array, decimals: n ?? 0))
    default:
      throw PythonError(.type, "type \(value.typeName) doesn't define __round__ method", at: c.span)
    }
  }

  private static func toFloat(_ c: inout CallContext) throws(PythonError) -> PyValue {
    let value = try c.take(0, "x")
    try c.finish(positional: 1)
    guard let value else { return .float(0) }
    switch value {
    case .string(let s):
      let trimmed = s.trimmingWhitespace().replacingUnderscoresInNumber()
      switch trimmed.lowercased() {
      case "inf", "+inf", "infinity", "+infinity": return .float(.infinity)
      case "-inf", "-infinity": return .float(-.infinity)
      case "nan", "+nan", "-nan": return .float(.nan)
      default: break
      }
      guard let x = Double(trimmed), !trimmed.isEmpty else {
        throw PythonError(.value, "could not convert string to float: \(try c.interpreter.repr(value, at: c.span))", at: c.span)
      }
      return .float(x)
    case .array(let array):
      guard array.count == 1 else {
        throw PythonError(.type, "only length-1 arrays can be converted to Python scalars", at: c.span)
      }
      return .float(array.doubles[0])
    default:
      guard let x = value.doubleValue else {
        throw PythonError(.type, "float() argument must be a string or a real number, not '\(value.typeName)'", at: c.span)
      }
      return .float(x)
    }
  }

  private static func toInt(_ c: inout CallContext) throws(PythonError) -> PyValue {
    let value = try c.take(0, "x")
    try c.finish(positional: 1)
    guard let value else { return .int(0) }
    switch value {
    case .string(let s):
      let trimmed = s.trimmingWhitespace().replacingUnderscoresInNumber()
      guard let i = Int(trimmed) else {
        throw PythonError(.value, "invalid literal for int() with base 10: \(try c.interpreter.repr(value, at: c.span))", at: c.span)
      }
      return .int(i)
    case .array(let array):
      guard array.count == 1 else {
        throw PythonError(.type, "only length-1 arrays can be converted to Python scalars", at: c.span)
      }
      return try toIntValue(array.scalars[0].pythonValue, c)
    default:
      return try toIntValue(value, c)
    }
  }

  private static func toIntValue(_ value: PyValue, _ c: CallContext) throws(PythonError) -> PyValue {
    if let i = value.intValue { return .int(i) }
    guard let x = value.doubleValue else {
      throw PythonError(.type, "int() argument must be a string or a real number, not '\(value.typeName)'", at: c.span)
    }
    guard x.isFinite else {
      throw PythonError(x.isNaN ? .value : .overflow, x.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer", at: c.span)
    }
    guard Swift.abs(x) < 9.2e18 else {
      throw PythonError(.overflow, "integer result beyond 64 bits", at: c.span)
    }
    return .int(Int(x.rounded(.towardZero)))
  }

  private static func anyAll(_ c: inout CallContext, isAny: Bool) throws(PythonError) -> PyValue {
    let value = try c.require(0, "iterable")
    try c.finish(positional: 1)
    for item in try c.interpreter.sequenceItems(value, at: c.span(of: 0)) {
      if try c.interpreter.truth(item, at: c.span) == isAny { return .bool(isAny) }
    }
    return .bool(!isAny)
  }
}

extension NumpyScalar {
  /// The Python number with the same value.
  var pythonValue: PyValue { Interpreter.python(self) }
}

extension String {
  func trimmingWhitespace() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }

  /// Python accepts `1_000` in numbers it reads from strings (between digits only).
  func replacingUnderscoresInNumber() -> String {
    let characters = Array(self)
    var result = ""
    for (k, c) in characters.enumerated() {
      if c == "_", k > 0, k + 1 < characters.count, characters[k - 1].isNumber, characters[k + 1].isNumber {
        continue
      }
      result.append(c)
    }
    return result
  }
}
