/// Turns a line's tokens into postfix instructions, without recursion.
///
/// Precedence, loosest first, as in Python: `or`, `and`, `not`, comparisons (which do not
/// chain), `+ -`, `* / @`, unary `- +`, `** ^` (right-associative, so `-2**2` is −4 and
/// `2**-1` is 0.5), then indexing, calls, methods (`x.sum()`) and `.T`.
///
/// The parser is an operator-precedence ("shunting-yard") loop: operands are emitted as
/// they are read, and operators and open brackets wait on an explicit stack of frames
/// until something that binds more loosely, or a closing bracket, completes them. The
/// stack may hold at most `limits.maximumDepth` frames — each open bracket, call, unary
/// operator and pending binary operator is one — so a line nests at most that deep, and
/// however deep it tries to go, the parser's own call stack stays flat. A flat chain such
/// as `1 + 1 + … + 1` keeps reducing as it goes and never holds more than one frame.
struct ExpressionParser {
  let tokens: [ExpressionToken]
  let limits: ExpressionLimits
  /// The index of the current token; never past the final `end` token.
  var position = 0
  /// The instructions emitted so far.
  var program: [ExpressionInstruction] = []
  /// The variables the line reads.
  var referencedNames: Set<String> = []
  /// The functions the line calls, by their bare names (`ExpressionFunction.canonicalName`).
  var calledFunctions: Set<String> = []
  /// Operators and brackets waiting for their operands, innermost last.
  var frames: [Frame] = []
  /// The spans of the operands read and not yet consumed by an operator, last on top.
  var operands: [ExpressionSpan] = []

  /// Prepares to parse `tokens`, which must end with an `end` token.
  init(tokens: [ExpressionToken], limits: ExpressionLimits) {
    self.tokens = tokens
    self.limits = limits
  }

  // MARK: - Statements

  /// Parses `name = expression` or `expression`; returns the assigned name and its span.
  mutating func parseStatement() throws(ExpressionError) -> (name: String, span: ExpressionSpan)? {
    var assigned: (name: String, span: ExpressionSpan)? = nil
    if case .name(let name) = current.kind, peek(1).kind == .assign {
      if let function = ExpressionFunction(named: name) {
        throw ExpressionError(
          "'\(name)' is a function, as in \(function.usage); choose another name for the variable",
          at: current.span)
      }
      assigned = (name, current.span)
      advance()
      advance()
    }
    try parseExpression()
    return assigned
  }

  // MARK: - Expressions

  /// Parses tokens up to the end of the line into `program`.
  mutating func parseExpression() throws(ExpressionError) {
    var expectingOperand = true
    while true {
      let token = current
      if expectingOperand {
        // An operand, or the prefix operators and brackets that begin one.
        switch token.kind {
        case .minus, .plus, .not:
          try push(.prefix(token), at: token)
          advance()
        case .leftParenthesis:
          try push(.group(opener: token), at: token)
          advance()
        case .leftBracket:
          try push(.list(opener: token, elements: []), at: token)
          advance()
          if current.kind == .rightBracket {
            try closeList(by: current)
            expectingOperand = false
          }
        case .number(let value):
          advance()
          program.append(.constant(.number(value)))
          operands.append(token.span)
          expectingOperand = false
        case .name(let name):
          expectingOperand = try readName(token, name)
        default:
          throw missingOperand()
        }
        continue
      }
      // After an operand: a postfix, an operator, a separator, a closer or the end.
      switch token.kind {
      case .leftBracket:
        let base = try popOperand()
        try push(.index(opener: token, base: base, indices: []), at: token)
        advance()
        if current.kind == .rightBracket {
          throw ExpressionError(
            "an index is missing between '[' and ']'", at: .covering(token.span, current.span))
        }
        expectingOperand = true
      case .dot:
        expectingOperand = try readAttribute()
      case .comma:
        expectingOperand = try separate(at: token)
      case .rightParenthesis, .rightBracket:
        try close(by: token)
      case .end:
        try reduceOperators()
        if let open = frames.last {
          throw ExpressionError("this \(open.opener.quoted) is never closed", at: open.opener.span)
        }
        return
      default:
        guard let op = ExpressionOperator(token.kind) else { throw unexpectedAfterOperand(token) }
        try pushBinary(op, token)
        advance()
        expectingOperand = true
      }
    }
  }

  // MARK: - Tokens

  /// The token being looked at.
  var current: ExpressionToken { tokens[position] }

  /// The token before the current one, if any.
  var previous: ExpressionToken? { position > 0 ? tokens[position - 1] : nil }

  /// The token `offset` places after the current one, or the final `end` token.
  func peek(_ offset: Int) -> ExpressionToken {
    tokens[min(position + offset, tokens.count - 1)]
  }

  /// Moves to the next token, staying on the final `end` token.
  mutating func advance() {
    if position < tokens.count - 1 { position += 1 }
  }

  /// The span of the operand on top, which the caller consumes.
  mutating func popOperand() throws(ExpressionError) -> ExpressionSpan {
    guard let span = operands.popLast() else {
      throw ExpressionError("internal error: the parser lost an operand; please report this line")
    }
    return span
  }
}
