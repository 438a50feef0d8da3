/// The arguments of one call of a built-in, and the interpreter it runs in.
struct CallContext {
  let name: String
  var arguments: [PyValue]
  var keywords: [(name: String, value: PyValue)]
  let span: SourceSpan
  /// The arguments as written, for pointing at one of them.
  let argumentExpressions: [Expression]
  unowned let interpreter: Interpreter

  /// Where argument `index` is, or the call when it was not written.
  func span(of index: Int) -> SourceSpan {
    index < argumentExpressions.count ? argumentExpressions[index].span : span
  }

  /// The argument at `index` or given as `name=`, if any; taking it marks it used.
  mutating func take(_ index: Int, _ name: String) throws(PythonError) -> PyValue? {
    if let k = keywords.firstIndex(where: { $0.name == name }) {
      if index < arguments.count {
        throw PythonError(.type, "\(self.name)() got multiple values for argument '\(name)'", at: span)
      }
      return keywords.remove(at: k).value
    }
    return index < arguments.count ? arguments[index] : nil
  }

  /// The argument given only as `name=` (a keyword-only parameter), if any; taking it
  /// marks it used.
  mutating func keyword(_ name: String) -> PyValue? {
    guard let k = keywords.firstIndex(where: { $0.name == name }) else { return nil }
    return keywords.remove(at: k).value
  }

  /// The argument at `index` or `name=`, which must be given.
  mutating func require(_ index: Int, _ name: String) throws(PythonError) -> PyValue {
    guard let value = try take(index, name) else {
      throw PythonError(.type, "\(self.name)() missing required argument: '\(name)'", at: span)
    }
    return value
  }

  /// Refuses arguments beyond `count` positional ones and keywords not taken.
  func finish(positional count: Int) throws(PythonError) {
    if arguments.count > count {
      throw PythonError(
        .type, "\(name)() takes at most \(count) positional argument\(count == 1 ? "" : "s") (\(arguments.count) given)",
        at: span(of: count))
    }
    if let extra = keywords.first {
      throw PythonError(.type, "\(name)() got an unexpected keyword argument '\(extra.name)'", at: span)
    }
  }

  /// A number argument as a double.
  func double(_ value: PyValue, _ what: String, at index: Int) throws(PythonError) -> Double {
    guard let x = value.doubleValue else {
      throw PythonError(.type, "\(name)(): \(what) must be a number, not '\(value.typeName)'", at: span(of: index))
    }
    return x
  }

  /// An integer argument.
  func int(_ value: PyValue, _ what: String, at index: Int) throws(PythonError) -> Int {
    guard let i = value.intValue else {
      throw PythonError(
        .type, "\(name)(): \(what) must be an integer, not '\(value.typeName)'", at: span(of: index))
    }
    return i
  }
}

extension Interpreter {
  /// Calls a function value with evaluated arguments.
  func call(
    _ function: PyValue, _ arguments: [PyValue], _ keywords: [(String, PyValue)],
    at span: SourceSpan, argumentExpressions: [Expression] = []
  ) throws(PythonError) -> PyValue {
    switch function {
    case .function(let f):
      return try callFunction(f, arguments, keywords, at: span)
    case .builtin(let builtin):
      var context = CallContext(
        name: builtin.name, arguments: arguments, keywords: keywords.map { (name: $0.0, value: $0.1) },
        span: span, argumentExpressions: argumentExpressions, interpreter: self)
      return try builtin.call(&context)
    case .method(let method):
      var context = CallContext(
        name: method.name, arguments: arguments, keywords: keywords.map { (name: $0.0, value: $0.1) },
        span: span, argumentExpressions: argumentExpressions, interpreter: self)
      return try callMethod(method.receiver, method.name, &context)
    default:
      throw PythonError(.type, "'\(function.typeName)' object is not callable", at: span)
    }
  }

  /// Runs a program's function in a new frame.
  private func callFunction(
    _ f: PyFunction, _ arguments: [PyValue], _ keywords: [(String, PyValue)], at span: SourceSpan
  ) throws(PythonError) -> PyValue {
    let frame = Frame(localNames: f.locals)
    let parameters = f.parameters
    if arguments.count > parameters.count {
      throw PythonError(
        .type,
        "\(f.name)() takes \(parameters.count) positional argument\(parameters.count == 1 ? "" : "s") but \(arguments.count) \(arguments.count == 1 ? "was" : "were") given",
        at: span)
    }
    for (k, argument) in arguments.enumerated() {
      frame.locals[parameters[k].name] = argument
    }
    for (name, value) in keywords {
      guard parameters.contains(where: { $0.name == name }) else {
        throw PythonError(.type, "\(f.name)() got an unexpected keyword argument '\(name)'", at: span)
      }
      if frame.locals[name] != nil {
        throw PythonError(.type, "\(f.name)() got multiple values for argument '\(name)'", at: span)
      }
      frame.locals[name] = value
    }
    var missing: [String] = []
    for (k, parameter) in parameters.enumerated() where frame.locals[parameter.name] == nil {
      if let value = f.defaults[k] {
        frame.locals[parameter.name] = value
      } else {
        missing.append("'\(parameter.name)'")
      }
    }
    if !missing.isEmpty {
      throw PythonError(
        .type,
        "\(f.name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(missing.joined(separator: " and "))",
        at: span)
    }
    depth += 1
    defer { depth -= 1 }
    if depth > limits.recursion {
      throw PythonError(
        .limit,
        "maximum recursion depth exceeded: calls nested more than \(limits.recursion) deep",
        at: span)
    }
    switch try execute(f.body, in: frame) {
    case .returned(let value): return value
    default: return .none
    }
  }
}
