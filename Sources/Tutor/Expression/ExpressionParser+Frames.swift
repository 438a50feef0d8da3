extension ExpressionParser {
  /// Something waiting on the parser's stack for the rest of its operands.
  enum Frame {
    /// `-`, `+` or `not`, waiting for its operand.
    case prefix(ExpressionToken)
    /// A binary operator whose left operand is done; `jump` is the index of the
    /// short-circuit instruction of `and` / `or`, to be pointed past the right side.
    case binary(ExpressionOperator, ExpressionToken, jump: Int?)
    /// `(` of a parenthesized expression.
    case group(opener: ExpressionToken)
    /// `name(`, `np.name(` or `x.name(` of a call, with the arguments read so far.
    case call(Call)
    /// `[` of a vector or matrix literal, with its elements so far.
    case list(opener: ExpressionToken, elements: [ExpressionSpan])
    /// `[` of an index after `base`, with the indices so far.
    case index(opener: ExpressionToken, base: ExpressionSpan, indices: [ExpressionSpan])

    /// How tightly a waiting operator binds (see `ExpressionOperator.bindingPower`): unary
    /// `-`/`+` 7, `not` 3; brackets are nil, as operators never complete them.
    var bindingPower: Int? {
      switch self {
      case .prefix(let token): return token.kind == .not ? 3 : 7
      case .binary(let op, _, _): return op.bindingPower
      case .group, .call, .list, .index: return nil
      }
    }

    /// The token that began the frame.
    var opener: ExpressionToken {
      switch self {
      case .prefix(let token), .binary(_, let token, _): return token
      case .call(let call):
        return call.opener
      case .group(let opener), .list(let opener, _), .index(let opener, _, _):
        return opener
      }
    }
  }

  // MARK: - Pushing

  /// Pushes a frame, unless the line would nest deeper than the limit.
  mutating func push(_ frame: Frame, at token: ExpressionToken) throws(ExpressionError) {
    guard frames.count < limits.maximumDepth else {
      throw ExpressionError(
        "the expression is nested more than \(limits.maximumDepth) deep", at: token.span)
    }
    frames.append(frame)
  }

  /// Completes the operators that bind at least as tightly as `op` (more tightly, for the
  /// right-associative `**`), then pushes `op` to wait for its right side.
  mutating func pushBinary(_ op: ExpressionOperator, _ token: ExpressionToken)
    throws(ExpressionError)
  {
    let power = op.bindingPower
    while let waiting = frames.last?.bindingPower,
      op == .power ? waiting > power : waiting >= power
    {
      if op.isComparison, case .binary(let previous, _, _) = frames.last, previous.isComparison {
        throw ExpressionError(
          "comparisons can't be chained; write 'a < b and b < c'", at: token.span)
      }
      try reduce()
    }
    var jump: Int? = nil
    if op == .and || op == .or {
      // Short-circuit as Python does: the right side runs only when it decides.
      jump = program.count
      program.append(.shortCircuit(op, target: 0, span: token.span))
    }
    try push(.binary(op, token, jump: jump), at: token)
  }

  // MARK: - Completing

  /// Completes every waiting operator down to the innermost open bracket.
  mutating func reduceOperators() throws(ExpressionError) {
    while frames.last?.bindingPower != nil { try reduce() }
  }

  /// Completes the operator on top of the stack with the operands on top of theirs.
  private mutating func reduce() throws(ExpressionError) {
    guard let frame = frames.popLast() else { return }
    switch frame {
    case .prefix(let token):
      let operand = try popOperand()
      if token.kind == .minus { program.append(.negate(token.span)) }
      if token.kind == .not { program.append(.not(token.span)) }
      operands.append(.covering(token.span, operand))
    case .binary(let op, let token, let jump):
      let right = try popOperand()
      let left = try popOperand()
      if let jump {
        program.append(.truth(op, span: token.span))
        program[jump] = .shortCircuit(op, target: program.count, span: token.span)
      } else {
        program.append(.binary(op, symbol: token.text, span: token.span))
      }
      operands.append(.covering(left, right))
    case .group, .call, .list, .index:
      frames.append(frame)
    }
  }

  /// `,` after an operand: the operand is an argument, element or index. Returns whether
  /// an operand must follow (not after a trailing comma that closes the brackets).
  mutating func separate(at comma: ExpressionToken) throws(ExpressionError) -> Bool {
    try reduceOperators()
    guard var frame = frames.popLast() else {
      throw ExpressionError("unexpected ','; a vector needs brackets, as in [1, 2]", at: comma.span)
    }
    let item = try popOperand()
    switch frame {
    case .group:
      throw ExpressionError(
        "tuples such as '(1, 2)' aren't supported; write a vector in brackets: [1, 2]",
        at: comma.span)
    case .call(var call):
      try call.add(item)
      frame = .call(call)
    case .list(let opener, var elements):
      elements.append(item)
      frame = .list(opener: opener, elements: elements)
    case .index(let opener, let base, var indices):
      indices.append(item)
      frame = .index(opener: opener, base: base, indices: indices)
    case .prefix, .binary:
      break
    }
    frames.append(frame)
    advance()
    // A trailing comma, as Python allows: `[1, 2,]`, `f(x,)`.
    if current.kind == .rightParenthesis || current.kind == .rightBracket {
      switch (frame, current.kind) {
      case (.call, .rightParenthesis): try closeCall(by: current)
      case (.list, .rightBracket): try closeList(by: current)
      case (.index, .rightBracket): try closeIndex(by: current)
      default: throw missingOperand()
      }
      return false
    }
    return true
  }

  /// `)` or `]` after an operand: completes the innermost bracket, which must match.
  mutating func close(by closer: ExpressionToken) throws(ExpressionError) {
    try reduceOperators()
    guard let frame = frames.last else {
      let opening = closer.kind == .rightParenthesis ? "'('" : "'['"
      throw ExpressionError("this \(closer.quoted) has no matching \(opening)", at: closer.span)
    }
    let item = try popOperand()
    switch (frame, closer.kind) {
    case (.group(let opener), .rightParenthesis):
      frames.removeLast()
      operands.append(.covering(opener.span, closer.span))
      advance()
    case (.call(var call), .rightParenthesis):
      try call.add(item)
      frames[frames.count - 1] = .call(call)
      try closeCall(by: closer)
    case (.list(let opener, var elements), .rightBracket):
      elements.append(item)
      frames[frames.count - 1] = .list(opener: opener, elements: elements)
      try closeList(by: closer)
    case (.index(let opener, let base, var indices), .rightBracket):
      indices.append(item)
      frames[frames.count - 1] = .index(opener: opener, base: base, indices: indices)
      try closeIndex(by: closer)
    default:
      throw ExpressionError(
        "this \(closer.quoted) doesn't match the \(frame.opener.quoted) at column "
          + "\(frame.opener.span.column)", at: closer.span)
    }
  }

  /// Ends the call on top of the stack at `closer`, checking its arguments.
  mutating func closeCall(by closer: ExpressionToken) throws(ExpressionError) {
    guard case .call(let call) = frames.popLast() else { return }
    let (function, arguments) = try call.compiled()
    program.append(.call(function, arguments: arguments, name: call.name))
    calledFunctions.insert(function.canonicalName)
    operands.append(.covering(call.start, closer.span))
    advance()
  }

  /// Ends the `[ … ]` literal on top of the stack at `closer`.
  mutating func closeList(by closer: ExpressionToken) throws(ExpressionError) {
    guard case .list(let opener, let elements) = frames.popLast() else { return }
    program.append(.array(elements: elements, opener: opener.span))
    operands.append(.covering(opener.span, closer.span))
    advance()
  }

  /// Ends the index on top of the stack at `closer`: one or two indices.
  mutating func closeIndex(by closer: ExpressionToken) throws(ExpressionError) {
    guard case .index(_, let base, let indices) = frames.popLast() else { return }
    if indices.count > 2 {
      throw ExpressionError(
        "too many indices: a matrix takes at most two, as in W[row, column]", at: indices[2])
    }
    program.append(.index(base: base, indices: indices))
    operands.append(.covering(base, closer.span))
    advance()
  }
}
