extension Interpreter {
  /// The value of an expression.
  func evaluate(_ expression: Expression, in frame: Frame) throws(PythonError) -> PyValue {
    switch expression.kind {
    case .name(let name):
      return try lookup(name, in: frame, at: expression.span)
    case .none:
      return .none
    case .bool(let b):
      return .bool(b)
    case .int(let i):
      return .int(i)
    case .float(let x):
      return .float(x)
    case .string(let s):
      return .string(s)
    case .formattedString(let parts):
      return .string(try format(parts, in: frame))
    case .list(let items):
      var values: [PyValue] = []
      values.reserveCapacity(items.count)
      for item in items { values.append(try evaluate(item, in: frame)) }
      return .list(PyList(values))
    case .tuple(let items):
      var values: [PyValue] = []
      values.reserveCapacity(items.count)
      for item in items { values.append(try evaluate(item, in: frame)) }
      return .tuple(values)
    case .listComprehension(let element, let clauses):
      var values: [PyValue] = []
      try comprehend(element, clauses[...], into: &values, in: frame)
      return .list(PyList(values))
    case .unary(let op, let operand):
      return try unary(op, try evaluate(operand, in: frame), at: expression.span)
    case .binary(let op, let left, let right):
      let a = try evaluate(left, in: frame)
      let b = try evaluate(right, in: frame)
      return try binary(op, a, b, at: expression.span)
    case .logical(let isAnd, let operands):
      var value = PyValue.none
      for operand in operands {
        value = try evaluate(operand, in: frame)
        let isTrue = try truth(value, at: operand.span)
        if isAnd != isTrue { return value }
      }
      return value
    case .comparison(let first, let rest):
      var left = try evaluate(first, in: frame)
      var result = PyValue.bool(true)
      for (op, rightExpression) in rest {
        let right = try evaluate(rightExpression, in: frame)
        result = try compare(op, left, right, at: expression.span)
        if rest.count > 1 {
          guard try truth(result, at: expression.span) else { return result }
        }
        left = right
      }
      return result
    case .conditional(let condition, let then, let otherwise):
      if try truth(try evaluate(condition, in: frame), at: condition.span) {
        return try evaluate(then, in: frame)
      }
      return try evaluate(otherwise, in: frame)
    case .call(let callee, let arguments, let keywords):
      let function = try evaluate(callee, in: frame)
      if keywords.isEmpty, arguments.count == 1, case .builtin(let builtin) = function,
        let quick = builtin.quick
      {
        let argument = try evaluate(arguments[0], in: frame)
        if let result = quick(argument) { return result }
        return try call(function, [argument], [], at: expression.span, argumentExpressions: arguments)
      }
      var values: [PyValue] = []
      values.reserveCapacity(arguments.count)
      for argument in arguments { values.append(try evaluate(argument, in: frame)) }
      var named: [(String, PyValue)] = []
      for keyword in keywords {
        named.append((keyword.name, try evaluate(keyword.value, in: frame)))
      }
      return try call(
        function, values, named, at: expression.span, argumentExpressions: arguments)
    case .attribute(let object, let name):
      return try attribute(try evaluate(object, in: frame), name, at: expression.span)
    case .subscript(let container, let index):
      let object = try evaluate(container, in: frame)
      let key = try evaluateIndex(index, in: frame)
      return try getItem(object, key, at: expression.span)
    case .slice:
      throw PythonError(.syntax, "a slice 'a:b' only goes inside brackets", at: expression.span)
    }
  }

  /// A name's value: the function's local, else the module's global, else a built-in.
  func lookup(_ name: String, in frame: Frame, at span: SourceSpan) throws(PythonError) -> PyValue {
    if let locals = frame.localNames, locals.contains(name) {
      if let value = frame.locals[name] { return value }
      throw PythonError(
        .name, "cannot access local variable '\(name)' where it is not associated with a value",
        at: span)
    }
    if let value = globalNames[name] { return value }
    if let value = host?.value(of: name) { return value }
    if let value = Builtins.names[name] { return value }
    var hint = suggestion(for: name, in: frame)
    if hint.isEmpty, let listed = host?.listedNames, !listed.isEmpty {
      let shown = listed.prefix(12).joined(separator: ", ")
      hint = "; the session's names are \(shown)" + (listed.count > 12 ? ", …" : "")
    }
    throw PythonError(.name, "name '\(name)' is not defined" + hint, at: span)
  }

  /// "; did you mean 'Y_pred'?" when a known name is one edit away.
  func suggestion(for name: String, in frame: Frame) -> String {
    var candidates = globalNames.names + Array(Builtins.table.keys) + (host?.lentNames ?? [])
    candidates += frame.locals.keys
    let lowered = name.lowercased()
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, candidate.lowercased(), limit: 2)
      guard distance <= (name.count > 3 ? 2 : 1) else { continue }
      if let current = best,
        current.distance < distance || (current.distance == distance && current.name <= candidate)
      {
        continue
      }
      best = (candidate, distance)
    }
    return best.map { "; did you mean '\($0.name)'?" } ?? ""
  }

  /// The Levenshtein distance of two short strings, or `limit + 1` once it exceeds `limit`.
  private func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a)
    let y = Array(b)
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.count > 64 || y.count > 64 { return limit + 1 }
    var previous = Array(0...y.count)
    for i in 1...Swift.max(x.count, 1) where !x.isEmpty {
      var current = [i] + Array(repeating: 0, count: y.count)
      for j in 1...Swift.max(y.count, 1) where !y.isEmpty {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[y.count]
  }

  /// Runs a comprehension's clauses from the first, appending each element.
  private func comprehend(
    _ element: Expression, _ clauses: ArraySlice<ComprehensionClause>, into values: inout [PyValue],
    in frame: Frame
  ) throws(PythonError) {
    guard let clause = clauses.first else {
      values.append(try evaluate(element, in: frame))
      try checkSize(values.count, at: element.span)
      return
    }
    let sequence = try iterate(try evaluate(clause.iterable, in: frame), at: clause.iterable.span)
    var index = 0
    next: while let item = try sequence.next(&index) {
      try tick(clause.iterable.span)
      try assign(item, to: clause.target, in: frame)
      for condition in clause.conditions {
        guard try truth(try evaluate(condition, in: frame), at: condition.span) else { continue next }
      }
      try comprehend(element, clauses.dropFirst(), into: &values, in: frame)
    }
  }

  /// Whether a value counts as true in `if` and `while`, as Python decides.
  func truth(_ value: PyValue, at span: SourceSpan) throws(PythonError) -> Bool {
    switch value {
    case .none: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let x): return x != 0
    case .string(let s): return !s.isEmpty
    case .list(let list): return !list.items.isEmpty
    case .tuple(let items): return !items.isEmpty
    case .range(let start, let stop, let step): return Self.rangeCount(start, stop, step) > 0
    case .scalar(let s): return s.double != 0
    case .array(let array):
      guard array.count == 1 else {
        if array.count == 0 { return false }
        throw PythonError(
          .value,
          "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()",
          at: span)
      }
      return array.truths[0]
    case .function, .builtin, .module, .method, .opaque, .slice, .dtype: return true
    }
  }

  /// How many values `range(start, stop, step)` holds (at most Int.max, computed without
  /// overflowing for any bounds).
  static func rangeCount(_ start: Int, _ stop: Int, _ step: Int) -> Int {
    let low = step > 0 ? start : stop
    let high = step > 0 ? stop : start
    guard high > low else { return 0 }
    let distance = UInt(bitPattern: high) &- UInt(bitPattern: low) &- 1
    let size = UInt(step.magnitude)
    return Int(clamping: distance / size + 1)
  }

  /// Evaluates a subscript's index: slices become `.slice` markers, tuples of indices a
  /// tuple.
  func evaluateIndex(_ index: Expression, in frame: Frame) throws(PythonError) -> PyValue {
    switch index.kind {
    case .slice(let lower, let upper, let step):
      func bound(_ e: Expression?) throws(PythonError) -> Int? {
        guard let e else { return nil }
        let value = try evaluate(e, in: frame)
        if case .none = value { return nil }
        guard let i = Self.indexValue(value) else {
          throw PythonError(
            .type, "slice indices must be integers or None, not \(value.typeName)", at: e.span)
        }
        return i
      }
      let slice = PySlice(lower: try bound(lower), upper: try bound(upper), step: try bound(step))
      if slice.step == 0 {
        throw PythonError(.value, "slice step cannot be zero", at: index.span)
      }
      return .slice(slice)
    case .tuple(let items):
      var values: [PyValue] = []
      for item in items { values.append(try evaluateIndex(item, in: frame)) }
      return .tuple(values)
    default:
      return try evaluate(index, in: frame)
    }
  }
}

extension Interpreter {
  /// An integer index from a value Python accepts as one: int, bool, a numpy integer.
  static func indexValue(_ value: PyValue) -> Int? {
    switch value {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .scalar(.int(let i)): return i
    case .scalar(.bool(let b)): return b ? 1 : 0
    default: return nil
    }
  }
}
