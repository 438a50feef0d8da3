extension ExpressionParser {
  /// Something is missing where an operand should start: at the end, or a wrong token.
  func missingOperand() -> ExpressionError {
    let found = current
    guard let previous else {
      if found.kind == .end {
        return ExpressionError(
          "the line is empty; type an expression such as 2 * x", at: found.span)
      }
      return ExpressionError("the expression can't start with \(found.quoted)", at: found.span)
    }
    if found.kind == .end {
      return ExpressionError(
        "the expression ends after \(previous.quoted); something is missing",
        column: previous.span.end, length: 1)
    }
    if previous.kind == .leftParenthesis, found.kind == .rightParenthesis {
      return ExpressionError(
        "empty parentheses '()'; put an expression inside", at: .covering(previous.span, found.span)
      )
    }
    return ExpressionError(
      "expected a number, a name, '(' or '[' after \(previous.quoted), but found \(found.quoted)",
      at: found.span)
  }

  /// A token that cannot follow a complete operand.
  func unexpectedAfterOperand(_ found: ExpressionToken) -> ExpressionError {
    // Operators still waiting don't matter; the innermost open bracket does.
    switch frames.last(where: { $0.bindingPower == nil }) {
    case .none:
      if found.kind == .assign {
        return ExpressionError(
          "'=' can only follow a name at the start of the line, as in 'm = 0.5'; "
            + "to compare, write '=='", at: found.span)
      }
      return unexpected(found, hint: "is an operator such as '*' missing?")
    case .group:
      return unexpected(found, hint: "is an operator such as '*' missing?")
    default:
      return unexpected(found, hint: "is a ',' or an operator missing?")
    }
  }

  /// "unexpected 'x' after '2'; is an operator such as '*' missing?"
  private func unexpected(_ found: ExpressionToken, hint: String) -> ExpressionError {
    guard let previous else { return ExpressionError("unexpected \(found.quoted)", at: found.span) }
    return ExpressionError(
      "unexpected \(found.quoted) after \(previous.quoted); \(hint)", at: found.span)
  }
}
