/// Expressions, in Python 3.11's precedence, loosest first:
///
///     a if c else b                        conditional       parseExpression
///     or, and, not                         logical           parseDisjunction …
///     < > == >= <= != in, not in, is, is not (chained)       parseComparison
///     |   ^   &   << >>   + -   * / // % @                   parseBinary (climbing)
///     + - ~ (prefix)                                         parseUnary
///     **  (right-associative; its right operand may be -x)   parsePower
///     x.name  f(…)  x[…]                                     parsePrimary
///     names, numbers, strings, (…), […]                      parseAtom
///
/// So `-2**2` is `-(2**2)`, `2**-1` works, `not a == b` is `not (a == b)`.
///
/// Each rule returns a `Node`: the expression and its height, which `node` checks against
/// `maximumHeight`. A composite expression's span runs from its first token to its last
/// (parentheses included, as in CPython's `(a + b).T`).
extension Parser {
  /// An expression and the height of its tree (a leaf is 1).
  struct Node {
    var expression: Expression
    var height: Int

    var span: SourceSpan { expression.span }
  }

  /// A new node over children of the given heights, or a `.limit` error when it would
  /// make the tree too deep.
  func node(_ kind: Expression.Kind, _ span: SourceSpan, over heights: [Int]) throws(PythonError)
    -> Node
  {
    let height = (heights.max() ?? 0) + 1
    guard height <= Self.maximumHeight else {
      throw PythonError(
        .limit, "too deeply nested; split the expression into smaller steps", at: span)
    }
    return Node(expression: Expression(kind, span), height: height)
  }

  /// A leaf: a name or a literal.
  func leaf(_ kind: Expression.Kind, _ span: SourceSpan) -> Node {
    Node(expression: Expression(kind, span), height: 1)
  }

  /// From `start` to the end of the last token consumed.
  func spanFrom(_ start: SourceSpan) -> SourceSpan {
    .covering(start, previousSpan)
  }

  // MARK: - Lists of expressions

  /// `expression (',' expression)* [',']`: a tuple when there is a comma (`return m, c`,
  /// `a, b = b, a`, `x = 1,`).
  mutating func parseExpressionList() throws(PythonError) -> Node {
    let start = current.span
    let first = try parseExpression()
    guard at(.comma) else { return first }
    var items = [first]
    while accept(.comma) != nil, canStartExpression(current) {
      items.append(try parseExpression())
    }
    return try node(
      .tuple(items.map(\.expression)), spanFrom(start), over: items.map(\.height))
  }

  /// Whether `token` can begin an expression.
  func canStartExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .name, .int, .float, .string: return true
    case .keyword(let keyword):
      switch keyword {
      case .trueLiteral, .falseLiteral, .noneLiteral, .not, .lambda, .await, .yield: return true
      default: return false
      }
    case .punctuation(let punctuation):
      switch punctuation {
      case .leftParenthesis, .leftBracket, .leftBrace, .minus, .plus, .tilde, .star,
        .doubleStar, .ellipsis:
        return true
      default: return false
      }
    case .newline, .indent, .dedent, .end: return false
    }
  }

  // MARK: - Conditional and logical

  /// `disjunction ['if' disjunction 'else' expression]`.
  mutating func parseExpression() throws(PythonError) -> Node {
    let start = current.span
    let then = try parseDisjunction()
    if at(.walrus) { throw unexpected() }
    guard at(.if) else { return then }
    advance()
    let condition = try parseDisjunction()
    guard accept(.else) != nil else {
      throw syntaxError("expected 'else' after 'if' expression", at: current.span)
    }
    try descend(at: previousSpan)
    defer { ascend() }
    let otherwise = try parseExpression()
    return try node(
      .conditional(
        condition: condition.expression, then: then.expression,
        otherwise: otherwise.expression),
      spanFrom(start), over: [then.height, condition.height, otherwise.height])
  }

  /// `conjunction ('or' conjunction)*`.
  mutating func parseDisjunction() throws(PythonError) -> Node {
    try parseLogical(isAnd: false)
  }

  /// `a and b and c` (or `or`): one node for the whole chain.
  private mutating func parseLogical(isAnd: Bool) throws(PythonError) -> Node {
    let start = current.span
    let first = isAnd ? try parseInversion() : try parseLogical(isAnd: true)
    let keyword: Keyword = isAnd ? .and : .or
    guard at(keyword) else { return first }
    var operands = [first]
    while accept(keyword) != nil {
      operands.append(isAnd ? try parseInversion() : try parseLogical(isAnd: true))
    }
    return try node(
      .logical(isAnd: isAnd, operands.map(\.expression)), spanFrom(start),
      over: operands.map(\.height))
  }

  /// `'not' inversion | comparison`.
  private mutating func parseInversion() throws(PythonError) -> Node {
    guard let not = accept(.not) else { return try parseComparison() }
    try descend(at: not.span)
    defer { ascend() }
    let operand = try parseInversion()
    return try node(
      .unary(.not, operand.expression), spanFrom(not.span), over: [operand.height])
  }

  /// `bitwise_or (comparison_operator bitwise_or)*`, one node for a chain (`0 < x < 1`).
  private mutating func parseComparison() throws(PythonError) -> Node {
    let start = current.span
    let first = try parseBinary(minimum: 0)
    var rest: [(ComparisonOperator, Expression)] = []
    var heights = [first.height]
    while let comparison = acceptComparisonOperator() {
      let operand = try parseBinary(minimum: 0)
      rest.append((comparison, operand.expression))
      heights.append(operand.height)
    }
    guard !rest.isEmpty else { return first }
    return try node(.comparison(first.expression, rest), spanFrom(start), over: heights)
  }

  /// Consumes a comparison operator, two tokens for `not in` and `is not`.
  private mutating func acceptComparisonOperator() -> ComparisonOperator? {
    switch current.kind {
    case .punctuation(let punctuation):
      let comparison: ComparisonOperator
      switch punctuation {
      case .equalEqual: comparison = .equal
      case .notEqual: comparison = .notEqual
      case .less: comparison = .less
      case .lessEqual: comparison = .lessOrEqual
      case .greater: comparison = .greater
      case .greaterEqual: comparison = .greaterOrEqual
      default: return nil
      }
      advance()
      return comparison
    case .keyword(.in):
      advance()
      return .contains
    case .keyword(.not) where peek(1).isKeyword(.in):
      advance()
      advance()
      return .notContains
    case .keyword(.is):
      advance()
      return accept(.not) != nil ? .isNotIdentical : .isIdentical
    default:
      return nil
    }
  }

  // MARK: - Arithmetic and bitwise operators

  /// The binary operators from `|` to `*`, by precedence climbing: one loop, recursing
  /// only for a right operand that binds tighter, so `a + b + c` is `(a + b) + c` and
  /// `a + b * c` is `a + (b * c)`.
  mutating func parseBinary(minimum: Int) throws(PythonError) -> Node {
    let start = current.span
    var left = try parseUnary()
    while case .punctuation(let punctuation) = current.kind,
      let (binary, precedence) = Self.binaryOperator(punctuation), precedence >= minimum
    {
      advance()
      let right = try parseBinary(minimum: precedence + 1)
      left = try node(
        .binary(binary, left.expression, right.expression), spanFrom(start),
        over: [left.height, right.height])
    }
    return left
  }

  /// The operator `punctuation` spells between operands and its precedence (0 for `|`
  /// up to 5 for `*`), or nil.
  private static func binaryOperator(_ punctuation: Punctuation) -> (BinaryOperator, Int)? {
    switch punctuation {
    case .pipe: return (.bitOr, 0)
    case .caret: return (.bitXor, 1)
    case .ampersand: return (.bitAnd, 2)
    case .shiftLeft: return (.shiftLeft, 3)
    case .shiftRight: return (.shiftRight, 3)
    case .plus: return (.add, 4)
    case .minus: return (.subtract, 4)
    case .star: return (.multiply, 5)
    case .slash: return (.divide, 5)
    case .doubleSlash: return (.floorDivide, 5)
    case .percent: return (.remainder, 5)
    case .at: return (.matrixMultiply, 5)
    default: return nil
    }
  }

  /// `('+' | '-' | '~') factor | power`.
  private mutating func parseUnary() throws(PythonError) -> Node {
    let unary: UnaryOperator
    switch current.kind {
    case .punctuation(.minus): unary = .negate
    case .punctuation(.plus): unary = .plus
    case .punctuation(.tilde): unary = .invert
    default: return try parsePower()
    }
    let sign = advance()
    try descend(at: sign.span)
    defer { ascend() }
    let operand = try parseUnary()
    return try node(
      .unary(unary, operand.expression), spanFrom(sign.span), over: [operand.height])
  }

  /// `primary ['**' factor]`: right-associative, and tighter than a sign on its left.
  private mutating func parsePower() throws(PythonError) -> Node {
    let start = current.span
    let base = try parsePrimary()
    guard let power = accept(.doubleStar) else { return base }
    try descend(at: power.span)
    defer { ascend() }
    let exponent = try parseUnary()
    return try node(
      .binary(.power, base.expression, exponent.expression), spanFrom(start),
      over: [base.height, exponent.height])
  }

  // MARK: - Primaries

  /// An atom followed by any number of `.name`, `(arguments)` and `[indices]`.
  mutating func parsePrimary() throws(PythonError) -> Node {
    let start = current.span
    var value = try parseAtom()
    while case .punctuation(let punctuation) = current.kind {
      switch punctuation {
      case .dot:
        advance()
        guard case .name(let name) = current.kind else { throw unexpected() }
        advance()
        value = try node(
          .attribute(value.expression, name: name), spanFrom(start), over: [value.height])
      case .leftParenthesis:
        value = try parseCall(of: value, start: start)
      case .leftBracket:
        value = try parseSubscript(of: value, start: start)
      default:
        return value
      }
    }
    return value
  }

  /// `callee(arguments)`: positional arguments, then `name=value` keywords; or one
  /// generator expression, `sum(x*x for x in xs)`, read as a list comprehension.
  private mutating func parseCall(of callee: Node, start: SourceSpan) throws(PythonError)
    -> Node
  {
    let open = advance()
    try descend(at: open.span)
    defer { ascend() }
    var arguments: [Node] = []
    var keywords: [KeywordArgument] = []
    var heights = [callee.height]
    while !at(.rightParenthesis) {
      if at(.star) || at(.doubleStar) {
        throw unsupported(
          "unpacking arguments with * or ** is not supported here; pass each argument",
          at: current.span)
      }
      if case .name(let name) = current.kind, peek(1).isPunctuation(.assign) {
        let nameToken = advance()
        let equals = advance()
        let value = try parseExpression()
        if keywords.contains(where: { $0.name == name }) {
          throw syntaxError("keyword argument repeated: \(name)", at: nameToken.span)
        }
        keywords.append(
          KeywordArgument(
            name: name, value: value.expression, span: .covering(nameToken.span, equals.span)))
        heights.append(value.height)
      } else {
        var argument = try parseExpression()
        if let equals = accept(.assign) {
          throw syntaxError(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            at: .covering(argument.span, equals.span))
        }
        if at(.for) {
          guard arguments.isEmpty && keywords.isEmpty else {
            throw syntaxError("Generator expression must be parenthesized", at: argument.span)
          }
          argument = try parseComprehension(element: argument, start: argument.span)
          guard at(.rightParenthesis) else {
            if at(.comma) {
              throw syntaxError(
                "Generator expression must be parenthesized", at: argument.span)
            }
            throw unexpected()
          }
        }
        guard keywords.isEmpty else {
          throw syntaxError(
            "positional argument follows keyword argument", at: argument.span)
        }
        arguments.append(argument)
        heights.append(argument.height)
      }
      if accept(.comma) == nil { break }
    }
    try expectClosing(.rightParenthesis)
    return try node(
      .call(callee.expression, arguments: arguments.map(\.expression), keywords: keywords),
      spanFrom(start), over: heights)
  }

  /// `value[slices]`: one index, a slice, or several of them as a tuple (`a[:, 0]`).
  private mutating func parseSubscript(of value: Node, start: SourceSpan) throws(PythonError)
    -> Node
  {
    let open = advance()
    try descend(at: open.span)
    defer { ascend() }
    let indexStart = current.span
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
  private mutating func parseSlice() throws(PythonError) -> Node {
    let start = current.span
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
  mutating func expectClosing(_ closing: Punctuation) throws(PythonError) {
    if accept(closing) != nil { return }
    guard startsOperand(current) else { throw unexpected() }
    // The item before begins after the last comma or opening bracket at this level.
    var start = position - 1
    var level = 0
    scan: while start > 0 {
      if case .punctuation(let punctuation) = tokens[start - 1].kind {
        switch punctuation {
        case .leftParenthesis, .leftBracket, .leftBrace:
          if level == 0 { break scan }
          level -= 1
        case .rightParenthesis, .rightBracket, .rightBrace:
          level += 1
        case .comma where level == 0:
          break scan
        default:
          break
        }
      }
      start -= 1
    }
    throw syntaxError(
      "invalid syntax. Perhaps you forgot a comma?",
      at: .covering(tokens[Swift.max(start, 0)].span, current.span))
  }

  /// A token that can only begin an operand (not continue one): a name or a literal.
  private func startsOperand(_ token: Token) -> Bool {
    switch token.kind {
    case .name, .int, .float, .string: return true
    case .keyword(.trueLiteral), .keyword(.falseLiteral), .keyword(.noneLiteral): return true
    default: return false
    }
  }

  // MARK: - Atoms

  /// A name, number, string (adjacent ones joined), `True`/`False`/`None`, a parenthesized
  /// expression or tuple, or a list or list comprehension.
  mutating func parseAtom() throws(PythonError) -> Node {
    let token = current
    switch token.kind {
    case .name(let name):
      advance()
      return leaf(.name(name), token.span)
    case .int(let value):
      advance()
      return leaf(.int(value), token.span)
    case .float(let value):
      advance()
      return leaf(.float(value), token.span)
    case .string:
      return try parseStrings()
    case .keyword(let keyword):
      return try parseKeywordAtom(keyword, token)
    case .punctuation(.leftParenthesis):
      return try parseParenthesized()
    case .punctuation(.leftBracket):
      return try parseList()
    case .punctuation(.leftBrace):
      throw unsupportedBraces()
    case .punctuation(.ellipsis):
      throw unsupported("'...' (Ellipsis) is not supported here", at: token.span)
    case .punctuation(.star), .punctuation(.doubleStar):
      throw unsupported(
        "unpacking with * or ** is not supported here; write the items out", at: token.span)
    default:
      throw unexpected()
    }
  }

  /// `True`, `False`, `None`; the keywords that begin expressions this sandbox lacks.
  private mutating func parseKeywordAtom(_ keyword: Keyword, _ token: Token) throws(PythonError)
    -> Node
  {
    switch keyword {
    case .trueLiteral:
      advance()
      return leaf(.bool(true), token.span)
    case .falseLiteral:
      advance()
      return leaf(.bool(false), token.span)
    case .noneLiteral:
      advance()
      return leaf(.none, token.span)
    case .lambda:
      throw unsupported("lambda is not supported here; use def", at: token.span)
    case .yield:
      throw unsupported(
        "generators (yield) are not supported here; build a list and return it",
        at: token.span)
    case .await:
      throw unsupported("async and await are not supported here", at: token.span)
    default:
      throw unexpected()
    }
  }

  /// `{…}`: a dictionary or a set, by whether a `:` sits at its top level.
  private func unsupportedBraces() -> PythonError {
    let open = current
    var index = position + 1
    var level = 0
    var isDictionary = tokens[Swift.min(index, tokens.count - 1)].isPunctuation(.rightBrace)
    scan: while index < tokens.count {
      switch tokens[index].kind {
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
      return unsupported("dictionaries are not supported here; use lists", at: open.span)
    }
    return unsupported("sets are not supported here; use lists", at: open.span)
  }

  /// `()`, `(expression)`, `(a, b)`, `(a,)`.
  private mutating func parseParenthesized() throws(PythonError) -> Node {
    let open = advance()
    try descend(at: open.span)
    defer { ascend() }
    if let close = accept(.rightParenthesis) {
      return leaf(.tuple([]), .covering(open.span, close.span))
    }
    let first = try parseExpression()
    if at(.for) {
      throw unsupported(
        "generator expressions are not supported here; use a list comprehension, "
          + "[x for x in xs]",
        at: current.span)
    }
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
      .tuple(items.map(\.expression)), spanFrom(open.span), over: items.map(\.height))
  }

  /// `[]`, `[a, b]`, `[element for target in iterable if condition …]`.
  private mutating func parseList() throws(PythonError) -> Node {
    let open = advance()
    try descend(at: open.span)
    defer { ascend() }
    if let close = accept(.rightBracket) {
      return leaf(.list([]), .covering(open.span, close.span))
    }
    let first = try parseExpression()
    if at(.for) {
      let comprehension = try parseComprehension(element: first, start: open.span)
      try expectClosing(.rightBracket)
      return Node(
        expression: Expression(comprehension.expression.kind, spanFrom(open.span)),
        height: comprehension.height)
    }
    var items = [first]
    while accept(.comma) != nil, !at(.rightBracket) {
      items.append(try parseExpression())
    }
    try expectClosing(.rightBracket)
    return try node(
      .list(items.map(\.expression)), spanFrom(open.span), over: items.map(\.height))
  }

  /// The `for … in … if …` clauses after a comprehension's element.
  mutating func parseComprehension(element: Node, start: SourceSpan) throws(PythonError)
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
  mutating func parseTargetList() throws(PythonError) -> Node {
    let start = current.span
    let first = try parseBinary(minimum: 0)
    guard at(.comma) else { return first }
    var items = [first]
    while accept(.comma) != nil, !at(.in), !at(.assign) {
      items.append(try parseBinary(minimum: 0))
    }
    return try node(
      .tuple(items.map(\.expression)), spanFrom(start), over: items.map(\.height))
  }
}
