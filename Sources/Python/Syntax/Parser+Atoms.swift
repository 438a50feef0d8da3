/// Atoms: names, numbers, strings, `True`/`False`/`None`, parenthesized expressions and
/// tuples, lists and list comprehensions; and the targets of a `for`.
extension Parser {
  /// A name, number, string (adjacent ones joined), `True`/`False`/`None`, a parenthesized
  /// expression or tuple, or a list or list comprehension.
  mutating func parseAtom() throws(ParseError) -> Node {
    switch tag {
    case .name, .int, .float:
      return parseNameOrNumber()
    case .string:
      return try parseStrings()
    case .keyword(.trueLiteral):
      return leaf(.bool(true), advance())
    case .keyword(.falseLiteral):
      return leaf(.bool(false), advance())
    case .keyword(.noneLiteral):
      return leaf(.none, advance())
    case .punctuation(.leftParenthesis):
      return try parseParenthesized()
    case .punctuation(.leftBracket):
      return try parseList()
    default:
      throw unexpectedAtom()
    }
  }

  /// A name or a number, with its payload.
  private mutating func parseNameOrNumber() -> Node {
    let kind: Expression.Kind
    switch current.kind {
    case .name(let name): kind = .name(name)
    case .int(let value): kind = .int(value)
    case .float(let value): kind = .float(value)
    default: kind = .none
    }
    return leaf(kind, advance())
  }

  /// The error for a token that cannot begin an operand: what Python would read there
  /// if this sandbox does not, else invalid syntax.
  @inline(never)
  private func unexpectedAtom() -> ParseError {
    let span = currentSpan
    switch tag {
    case .keyword(.lambda):
      return unsupported("lambda is not supported here; use def", at: span)
    case .keyword(.yield):
      return unsupported(
        "generators (yield) are not supported here; build a list and return it", at: span)
    case .keyword(.await):
      return unsupported("async and await are not supported here", at: span)
    case .punctuation(.leftBrace):
      return unsupportedBraces()
    case .punctuation(.ellipsis):
      return unsupported("'...' (Ellipsis) is not supported here", at: span)
    case .punctuation(.star), .punctuation(.doubleStar):
      return unsupported(
        "unpacking with * or ** is not supported here; write the items out", at: span)
    default:
      return unexpected()
    }
  }

  /// `{…}`: a dictionary or a set, by whether a `:` sits at its top level.
  private func unsupportedBraces() -> ParseError {
    let open = currentSpan
    var index = position + 1
    var level = 0
    var isDictionary = peek(1) == .punctuation(.rightBrace)
    scan: while index < tags.count {
      switch tags[index] {
      case .punctuation(.leftParenthesis), .punctuation(.leftBracket),
        .punctuation(.leftBrace):
        level += 1
      case .punctuation(.rightParenthesis), .punctuation(.rightBracket),
        .punctuation(.rightBrace):
        if level == 0 { break scan }
        level -= 1
      case .punctuation(.colon) where level == 0:
        isDictionary = true
        break scan
      case .end:
        break scan
      default:
        break
      }
      index += 1
    }
    if isDictionary {
      return unsupported("dictionaries are not supported here; use lists", at: open)
    }
    return unsupported("sets are not supported here; use lists", at: open)
  }

  /// `()`, `(expression)`, `(a, b)`, `(a,)`.
  private mutating func parseParenthesized() throws(ParseError) -> Node {
    let open = advance()
    try descend(at: open)
    defer { ascend() }
    if let close = accept(.rightParenthesis) {
      return leaf(.tuple([]), .covering(open, close))
    }
    let first = try parseExpression()
    if at(.for) { throw unsupportedGenerator() }
    guard at(.comma) else {
      try expectClosing(.rightParenthesis)
      return first
    }
    var items = [first]
    while accept(.comma) != nil, !at(.rightParenthesis) {
      items.append(try parseExpression())
    }
    try expectClosing(.rightParenthesis)
    return try node(
      .tuple(items.map(\.expression)), spanFrom(open), over: items.map(\.height))
  }

  @inline(never)
  private func unsupportedGenerator() -> ParseError {
    unsupported(
      "generator expressions are not supported here; use a list comprehension, "
        + "[x for x in xs]",
      at: currentSpan)
  }

  /// `[]`, `[a, b]`, `[element for target in iterable if condition …]`.
  private mutating func parseList() throws(ParseError) -> Node {
    let open = advance()
    try descend(at: open)
    defer { ascend() }
    if let close = accept(.rightBracket) {
      return leaf(.list([]), .covering(open, close))
    }
    let first = try parseExpression()
    if at(.for) {
      let comprehension = try parseComprehension(element: first, start: open)
      try expectClosing(.rightBracket)
      return Node(
        expression: Expression(comprehension.expression.kind, spanFrom(open)),
        height: comprehension.height)
    }
    var items = [first]
    while accept(.comma) != nil, !at(.rightBracket) {
      items.append(try parseExpression())
    }
    try expectClosing(.rightBracket)
    return try node(
      .list(items.map(\.expression)), spanFrom(open), over: items.map(\.height))
  }

  /// The `for … in … if …` clauses after a comprehension's element.
  mutating func parseComprehension(element: Node, start: SourceSpan) throws(ParseError)
    -> Node
  {
    var clauses: [ComprehensionClause] = []
    var heights = [element.height]
    while accept(.for) != nil {
      let target = try parseTargetList()
      try checkTarget(target.expression, .forLoop)
      guard accept(.in) != nil else { throw unexpected() }
      let iterable = try parseDisjunction()
      var conditions: [Expression] = []
      heights += [target.height, iterable.height]
      while accept(.if) != nil {
        let condition = try parseDisjunction()
        conditions.append(condition.expression)
        heights.append(condition.height)
      }
      clauses.append(
        ComprehensionClause(
          target: target.expression, iterable: iterable.expression, conditions: conditions))
    }
    return try node(
      .listComprehension(element: element.expression, clauses: clauses), spanFrom(start),
      over: heights)
  }

  /// The targets of a `for` or a comprehension: `x`, `i, x`, `i, (a, b)`, stopping
  /// before `in` (which is why they are not read as expressions, where `in` compares).
  mutating func parseTargetList() throws(ParseError) -> Node {
    let start = currentSpan
    let first = try parseOperators(from: .bitOr)
    guard at(.comma) else { return first }
    var items = [first]
    while accept(.comma) != nil, !at(.in), !at(.assign) {
      items.append(try parseOperators(from: .bitOr))
    }
    return try node(
      .tuple(items.map(\.expression)), spanFrom(start), over: items.map(\.height))
  }
}
