import Interchange

extension ExpressionParser {
  /// A name where an operand starts: a variable, or a call if `(` follows. Returns whether
  /// an operand is still expected (after an opening `(` with arguments to come).
  mutating func readName(_ token: ExpressionToken, _ name: String) throws(ExpressionError) -> Bool {
    if peek(1).kind == .assign, case .call(let function, _, _, _) = frames.last {
      throw ExpressionError(
        "keyword arguments such as \((name + "=…").quotedForMessage) aren't "
          + "supported; call it as \(function.usage)", at: .covering(token.span, peek(1).span))
    }
    advance()
    if current.kind == .leftParenthesis {
      let opener = current
      let function = try knownFunction(name, at: token)
      try push(.call(function, name: token, opener: opener, arguments: []), at: opener)
      advance()
      if current.kind == .rightParenthesis {
        try closeCall(by: current)
        return false
      }
      return true
    }
    if name == "np" || name == "numpy", current.kind == .dot { throw numpyPrefix(token) }
    if let function = ExpressionFunction(rawValue: name) {
      throw ExpressionError("'\(name)' is a function; call it as \(function.usage)", at: token.span)
    }
    referencedNames.insert(name)
    program.append(.load(name: name, span: token.span))
    operands.append(token.span)
    return false
  }

  /// The built-in function called `name`, or an error listing them.
  private func knownFunction(
    _ name: String, at token: ExpressionToken
  ) throws(ExpressionError) -> ExpressionFunction {
    if let function = ExpressionFunction(rawValue: name) { return function }
    var message = "unknown function \(token.quoted); "
    let names = ExpressionFunction.allCases.map(\.rawValue)
    if let suggestion = ExpressionSuggestion.closest(to: name, among: names) {
      message += "did you mean '\(suggestion)'? The functions are "
    } else {
      message += "the functions are "
    }
    throw ExpressionError(message + ExpressionFunction.list, at: token.span)
  }

  /// `.T` after an operand; anything else after a `.` is an error with a hint.
  mutating func readAttribute() throws(ExpressionError) {
    let dot = current
    advance()
    guard case .name(let attribute) = current.kind else {
      if current.kind == .end { throw missingOperand() }
      throw ExpressionError(
        "expected 'T' (transpose) after '.', but found \(current.quoted)", at: current.span)
    }
    let span = ExpressionSpan.covering(dot.span, current.span)
    guard attribute == "T" else {
      if let function = ExpressionFunction(rawValue: attribute) {
        throw ExpressionError(
          "methods such as '.\(attribute)()' aren't supported; call \(function.usage) instead",
          at: span)
      }
      throw ExpressionError(
        "only '.T' (transpose) can follow a value; \(("." + attribute).quotedForMessage) "
          + "isn't supported", at: span)
    }
    advance()
    program.append(.transpose(span))
    operands.append(.covering(try popOperand(), span))
  }

  /// `np.sum(…)`: numpy's prefix, with the way to write it here.
  private func numpyPrefix(_ prefix: ExpressionToken) -> ExpressionError {
    let attributeToken = peek(1)
    guard case .name(let attribute) = attributeToken.kind else {
      return ExpressionError(
        "numpy isn't available here; its functions are built in, as in sum(x)", at: prefix.span)
    }
    let span = ExpressionSpan.covering(prefix.span, attributeToken.span)
    if let function = ExpressionFunction(rawValue: attribute) {
      return ExpressionError("drop the '\(prefix.text).' prefix: write \(function.usage)", at: span)
    }
    if attribute == "array" {
      return ExpressionError(
        "write the list itself, as in [1, 2, 3], instead of \(prefix.text).array(…)", at: span)
    }
    return ExpressionError(
      "\((prefix.text + "." + attribute).quotedForMessage) isn't available; the "
        + "functions are " + ExpressionFunction.list, at: span)
  }
}
