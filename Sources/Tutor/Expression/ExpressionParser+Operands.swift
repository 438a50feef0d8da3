import Interchange

extension ExpressionParser {
  /// A name where an operand starts: a variable, a call if `(` follows, numpy's `np.sum(`,
  /// or `axis=` inside a call. Returns whether an operand is still expected (after an
  /// opening `(` with arguments to come, or after `axis=`).
  mutating func readName(_ token: ExpressionToken, _ name: String) throws(ExpressionError) -> Bool {
    if peek(1).kind == .assign, case .call(let call) = frames.last {
      try readKeyword(token, name, of: call)
      return true
    }
    advance()
    if current.kind == .leftParenthesis {
      let function = try knownFunction(name, at: token)
      return try openCall(
        Call(
          function: function, spelling: .bare, name: token.span, opener: current,
          start: token.span, arguments: []))
    }
    if name == "np" || name == "numpy", current.kind == .dot {
      return try readNumpyCall(prefix: token)
    }
    if let function = ExpressionFunction(named: name) {
      throw ExpressionError("'\(name)' is a function; call it as \(function.usage)", at: token.span)
    }
    referencedNames.insert(name)
    program.append(.load(name: name, span: token.span))
    operands.append(token.span)
    return false
  }

  /// Pushes `call` at its `(`; a call with no arguments ends at once. Returns whether an
  /// argument is expected.
  private mutating func openCall(_ call: Call) throws(ExpressionError) -> Bool {
    try push(.call(call), at: call.opener)
    advance()
    if current.kind == .rightParenthesis {
      try closeCall(by: current)
      return false
    }
    return true
  }

  /// The function a bare name calls, or an error listing them.
  private func knownFunction(
    _ name: String, at token: ExpressionToken
  ) throws(ExpressionError) -> ExpressionFunction {
    if let function = ExpressionFunction(named: name) { return function }
    var message = "unknown function \(token.quoted); "
    let names = ExpressionFunction.allCases.filter(\.isNamed).map(\.rawValue)
    if let suggestion = ExpressionSuggestion.closest(to: name, among: names) {
      message += "did you mean '\(suggestion)'? The functions are "
    } else {
      message += "the functions are "
    }
    throw ExpressionError(message + ExpressionFunction.list, at: token.span)
  }

  // MARK: - Keywords

  /// `axis=` at the start of an argument of `call`: the next argument is the axis. The
  /// keyword is not a variable, so it stays out of `referencedNames`.
  private mutating func readKeyword(
    _ token: ExpressionToken, _ name: String, of call: Call
  ) throws(ExpressionError) {
    let span = ExpressionSpan.covering(token.span, peek(1).span)
    guard call.function.reducesAlongAxis else {
      throw ExpressionError(
        "\(call.displayName) takes no keyword arguments such as "
          + "\((name + "=…").quotedForMessage); call it as \(call.usage)", at: span)
    }
    guard name == "axis" else {
      throw ExpressionError(
        "\(call.displayName) takes axis= only, as in \(call.axisUsage); "
          + "\((name + "=…").quotedForMessage) isn't supported", at: span)
    }
    guard call.axisKeyword == nil else {
      throw ExpressionError("axis is given twice; keep one", at: span)
    }
    if case .name("None") = peek(2).kind {
      throw ExpressionError(
        "axis=None is the default: leave axis out to reduce every element, as in "
          + (call.spelling == .method ? "x.\(call.function.rawValue)()" : call.displayName + "(x)"),
        at: .covering(token.span, peek(2).span))
    }
    var call = call
    call.axisKeyword = token
    frames[frames.count - 1] = .call(call)
    advance()
    advance()
  }

  // MARK: - numpy's prefix

  /// `np.name(` with the current token on the `.` after `np`: the same function as the
  /// bare name, where numpy has it.
  private mutating func readNumpyCall(prefix: ExpressionToken) throws(ExpressionError) -> Bool {
    advance()
    let attributeToken = current
    guard case .name(let attribute) = attributeToken.kind else {
      throw ExpressionError(
        "expected a function after '\(prefix.text).', as in \(prefix.text).sum(x)",
        at: attributeToken.span)
    }
    let span = ExpressionSpan.covering(prefix.span, attributeToken.span)
    guard let function = ExpressionFunction(numpyName: attribute) else {
      throw numpyUnavailable(prefix.text, attribute, at: span)
    }
    advance()
    let call = Call(
      function: function, spelling: .numpy(prefix: prefix.text), name: span, opener: current,
      start: span, arguments: [])
    guard current.kind == .leftParenthesis else {
      throw ExpressionError(
        "'\(call.displayName)' is a function; call it as \(call.usage)", at: span)
    }
    return try openCall(call)
  }

  /// `np.name` where numpy's `name` isn't offered: what to write instead.
  private func numpyUnavailable(
    _ prefix: String, _ attribute: String, at span: ExpressionSpan
  ) -> ExpressionError {
    let typed = (prefix + "." + attribute).quotedForMessage
    if attribute == "array" {
      return ExpressionError(
        "write the list itself, as in [1, 2, 3], instead of \(prefix).array(…)", at: span)
    }
    if let function = ExpressionFunction(named: attribute) {
      return ExpressionError(
        "numpy has no \(typed); it is built in here: write \(function.usage)", at: span)
    }
    var message = "\(typed) isn't available; "
    let names = ExpressionFunction.numpyFunctions.map(\.rawValue)
    if let suggestion = ExpressionSuggestion.closest(to: attribute, among: names) {
      message += "did you mean '\(prefix).\(suggestion)'? "
    }
    return ExpressionError(
      message + "\(prefix). can come before " + ExpressionFunction.numpyList, at: span)
  }

  // MARK: - Attributes and methods

  /// `.T`, or a method such as `.sum(`, after an operand. Returns whether an operand is
  /// expected (after a method's `(` with arguments to come).
  mutating func readAttribute() throws(ExpressionError) -> Bool {
    let dot = current
    advance()
    guard case .name(let attribute) = current.kind else {
      if current.kind == .end { throw missingOperand() }
      throw ExpressionError(
        "expected 'T' (transpose) or a method such as sum() after '.', but found "
          + current.quoted, at: current.span)
    }
    let span = ExpressionSpan.covering(dot.span, current.span)
    if attribute == "T" {
      advance()
      program.append(.transpose(span))
      operands.append(.covering(try popOperand(), span))
      return false
    }
    let typed = ("." + attribute).quotedForMessage
    guard let function = ExpressionFunction(methodName: attribute) else {
      if let function = ExpressionFunction(named: attribute) {
        throw ExpressionError(
          "\(typed) isn't a method here; call \(function.usage) instead. Arrays here have "
            + ExpressionFunction.methodList, at: span)
      }
      throw ExpressionError(
        "\(typed) isn't supported; arrays here have \(ExpressionFunction.methodList)", at: span)
    }
    advance()
    let receiver = try popOperand()
    let call = Call(
      function: function, spelling: .method, name: span, opener: current, start: receiver,
      arguments: [receiver])
    guard current.kind == .leftParenthesis else {
      throw ExpressionError("\(typed) is a method; call it, as in \(call.usage)", at: span)
    }
    return try openCall(call)
  }
}
