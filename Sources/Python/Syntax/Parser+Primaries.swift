/// Primaries: an atom and what follows it, `.name`, `(arguments)`, `[indices]` and `**`.
extension Parser {
  /// An atom followed by any number of `.name`, `(arguments)` and `[indices]`, then
  /// `** factor` if there: right-associative, and tighter than a sign on its left.
  mutating func parsePrimary() throws(ParseError) -> Node {
    let start = currentSpan
    var value = try parseAtom()
    while case .punctuation(let punctuation) = tag {
      switch punctuation {
      case .dot:
        advance()
        guard let name = currentName else { throw unexpected() }
        advance()
        value = try node(
          .attribute(value.expression, name: name), spanFrom(start), over: [value.height])
      case .leftParenthesis:
        value = try parseCall(of: value, start: start)
      case .leftBracket:
        value = try parseSubscript(of: value, start: start)
      case .doubleStar:
        return try parsePower(base: value, start: start)
      default:
        return value
      }
    }
    return value
  }

  /// `base ** exponent`, from `**`; the exponent may have a sign (`2**-1`).
  private mutating func parsePower(base: Node, start: SourceSpan) throws(ParseError) -> Node {
    let power = advance()
    try descend(at: power)
    defer { ascend() }
    let exponent = try parseOperators(from: .factor)
    return try node(
      .binary(.power, base.expression, exponent.expression), spanFrom(start),
      over: [base.height, exponent.height])
  }

  /// `callee(arguments)`: positional arguments, then `name=value` keywords; or one
  /// generator expression, `sum(x*x for x in xs)`, read as a list comprehension.
  private mutating func parseCall(of callee: Node, start: SourceSpan) throws(ParseError)
    -> Node
  {
    let open = advance()
    try descend(at: open)
    defer { ascend() }
    var arguments: [Expression] = []
    var keywords: [KeywordArgument] = []
    var keywordNames: Set<String> = []
    var heights = [callee.height]
    while !at(.rightParenthesis) {
      if peek(1) == .punctuation(.assign), let name = currentName {
        let nameSpan = advance()
        let equals = advance()
        let value = try parseExpression()
        guard keywordNames.insert(name).inserted else {
          throw repeatedKeyword(name, at: nameSpan)
        }
        keywords.append(
          KeywordArgument(
            name: name, value: value.expression, span: .covering(nameSpan, equals)))
        heights.append(value.height)
      } else {
        let isOnly = arguments.isEmpty && keywords.isEmpty
        let argument = try parsePositionalArgument(isFirst: isOnly)
        guard keywords.isEmpty else { throw positionalAfterKeyword(argument.span) }
        arguments.append(argument.expression)
        heights.append(argument.height)
      }
      if accept(.comma) == nil { break }
    }
    try expectClosing(.rightParenthesis)
    return try node(
      .call(callee.expression, arguments: arguments, keywords: keywords), spanFrom(start),
      over: heights)
  }

  /// A positional argument; when it is the first, it may be a generator expression that
  /// must then be the only one.
  private mutating func parsePositionalArgument(isFirst: Bool) throws(ParseError) -> Node {
    if at(.star) || at(.doubleStar) { throw unsupportedUnpacking() }
    let argument = try parseExpression()
    if at(.assign) { throw assignmentInArgument(argument.span) }
    guard at(.for) else { return argument }
    guard isFirst else { throw generatorNeedsParentheses(argument.span) }
    let generator = try parseComprehension(element: argument, start: argument.span)
    if !at(.rightParenthesis) {
      throw at(.comma) ? generatorNeedsParentheses(generator.span) : unexpected()
    }
    return generator
  }

  @inline(never)
  private func repeatedKeyword(_ name: String, at span: SourceSpan) -> ParseError {
    syntaxError("keyword argument repeated: \(name)", at: span)
  }

  @inline(never)
  private func positionalAfterKeyword(_ span: SourceSpan) -> ParseError {
    syntaxError("positional argument follows keyword argument", at: span)
  }

  @inline(never)
  private func unsupportedUnpacking() -> ParseError {
    unsupported(
      "unpacking arguments with * or ** is not supported here; pass each argument",
      at: currentSpan)
  }

  @inline(never)
  private func assignmentInArgument(_ span: SourceSpan) -> ParseError {
    syntaxError(
      "expression cannot contain assignment, perhaps you meant \"==\"?",
      at: .covering(span, currentSpan))
  }

  @inline(never)
  private func generatorNeedsParentheses(_ span: SourceSpan) -> ParseError {
    syntaxError("Generator expression must be parenthesized", at: span)
  }

  /// `value[slices]`: one index, a slice, or several of them as a tuple (`a[:, 0]`).
  private mutating func parseSubscript(of value: Node, start: SourceSpan) throws(ParseError)
    -> Node
  {
    let open = advance()
    try descend(at: open)
    defer { ascend() }
    let indexStart = currentSpan
    var items = [try parseSlice()]
    var isTuple = false
    while accept(.comma) != nil {
      isTuple = true
      if at(.rightBracket) { break }
      items.append(try parseSlice())
    }
    let index =
      isTuple
      ? try node(
        .tuple(items.map(\.expression)), spanFrom(indexStart), over: items.map(\.height))
      : items[0]
    try expectClosing(.rightBracket)
    return try node(
      .subscript(value.expression, index: index.expression), spanFrom(start),
      over: [value.height, index.height])
  }

  /// `expression` or `[lower] ':' [upper] [':' [step]]`.
  private mutating func parseSlice() throws(ParseError) -> Node {
    let start = currentSpan
    var lower: Node?
    if !at(.colon) {
      let expression = try parseExpression()
      guard at(.colon) else { return expression }
      lower = expression
    }
    advance()
    let upper = endsSlicePart ? nil : try parseExpression()
    var step: Node?
    if accept(.colon) != nil, !endsSlicePart {
      step = try parseExpression()
    }
    return try node(
      .slice(lower: lower?.expression, upper: upper?.expression, step: step?.expression),
      spanFrom(start), over: [lower?.height ?? 0, upper?.height ?? 0, step?.height ?? 0])
  }

  /// Whether a slice's part is left out here (`a[1:]`, `a[::2]`, `a[:, 0]`).
  private var endsSlicePart: Bool {
    at(.colon) || at(.rightBracket) || at(.comma)
  }

  /// Consumes the closing bracket, or explains why it is not there: a missing comma
  /// between two items (`[1, 2 3]`), as CPython suggests, or just invalid syntax.
  mutating func expectClosing(_ closing: Punctuation) throws(ParseError) {
    guard accept(closing) != nil else { throw missingClosing() }
  }

  /// Why the closing bracket is not where expected.
  @inline(never)
  private func missingClosing() -> ParseError {
    guard startsOperand(tag) else { return unexpected() }
    // The item before begins after the last comma or opening bracket at this level.
    var start = position - 1
    var level = 0
    scan: while start >= 0 {
      if case .punctuation(let punctuation) = tokens[start].kind {
        switch punctuation {
        case .rightParenthesis, .rightBracket, .rightBrace:
          level += 1
        case .leftParenthesis, .leftBracket, .leftBrace:
          if level == 0 { break scan }
          level -= 1
        case .comma where level == 0:
          break scan
        default:
          break
        }
      }
      start -= 1
    }
    start += 1
    return syntaxError(
      "invalid syntax. Perhaps you forgot a comma?",
      at: .covering(tokens[Swift.min(start, position)].span, currentSpan))
  }

  /// A token that can only begin an operand (not continue one): a name or a literal.
  private func startsOperand(_ tag: Token.Tag) -> Bool {
    switch tag {
    case .name, .int, .float, .string: return true
    case .keyword(.trueLiteral), .keyword(.falseLiteral), .keyword(.noneLiteral): return true
    default: return false
    }
  }
}
