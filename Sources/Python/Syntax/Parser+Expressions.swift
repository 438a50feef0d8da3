/// Expressions, in Python 3.11's precedence, loosest first:
///
///     a if c else b                             conditional    parseExpression
///     or                                        logical ┐
///     and                                       logical │
///     not (prefix)                                      │
///     < > == >= <= != in, not in, is, is not (chained)  │      parseOperators
///     |   ^   &   << >>   + -   * / // % @              │      (precedence climbing)
///     + - ~ (prefix)                                    ┘
///     **  (right-associative; its right operand may be -x)     parsePrimary
///     x.name  f(…)  x[…]                                       parsePrimary
///     names, numbers, strings, (…), […]                        parseAtom
///
/// So `-2**2` is `-(2**2)`, `2**-1` works, `not a == b` is `not (a == b)`.
///
/// All the operator levels are one function climbing precedences, so that a bracket costs
/// few stack frames (parseExpression, parseOperators, parsePrimary, parseAtom and the
/// bracket's own): the deepest nesting allowed fits in a small thread stack.
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

  /// How tightly an operator binds, loosest first.
  enum Level: Int, Comparable {
    case any = 0
    case or, and, not, comparison, bitOr, bitXor, bitAnd, shift, sum, product
    /// A prefix `-`, `+` or `~`, and the right operand of `**`.
    case factor

    static func < (left: Level, right: Level) -> Bool { left.rawValue < right.rawValue }

    /// The next tighter level.
    var tighter: Level { Level(rawValue: rawValue + 1) ?? .factor }
  }

  /// A new node over children of the given heights, or a `.limit` error when it would
  /// make the tree too deep.
  func node(_ kind: Expression.Kind, _ span: SourceSpan, over heights: [Int]) throws(ParseError)
    -> Node
  {
    let height = (heights.max() ?? 0) + 1
    guard height <= Self.maximumHeight else { throw tooHigh(span) }
    return Node(expression: Expression(kind, span), height: height)
  }

  @inline(never)
  private func tooHigh(_ span: SourceSpan) -> ParseError {
    ParseError(
      PythonError(.limit, "too deeply nested; split the expression into smaller steps", at: span))
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
  mutating func parseExpressionList() throws(ParseError) -> Node {
    let start = currentSpan
    let first = try parseExpression()
    guard at(.comma) else { return first }
    var items = [first]
    while accept(.comma) != nil, canStartExpression(tag) {
      items.append(try parseExpression())
    }
    return try node(
      .tuple(items.map(\.expression)), spanFrom(start), over: items.map(\.height))
  }

  /// Whether a token with `tag` can begin an expression.
  func canStartExpression(_ tag: Token.Tag) -> Bool {
    switch tag {
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

  // MARK: - Conditional

  /// `disjunction ['if' disjunction 'else' expression]`.
  mutating func parseExpression() throws(ParseError) -> Node {
    let start = currentSpan
    let then = try parseOperators(from: .or)
    guard at(.if) else {
      if at(.walrus) { throw unexpected() }
      return then
    }
    return try parseConditional(then: then, start: start)
  }

  /// The rest of `then if condition else otherwise`, from `if`.
  private mutating func parseConditional(then: Node, start: SourceSpan) throws(ParseError)
    -> Node
  {
    advance()
    let condition = try parseOperators(from: .or)
    guard accept(.else) != nil else { throw missingElse() }
    try descend(at: previousSpan)
    defer { ascend() }
    let otherwise = try parseExpression()
    return try node(
      .conditional(
        condition: condition.expression, then: then.expression,
        otherwise: otherwise.expression),
      spanFrom(start), over: [then.height, condition.height, otherwise.height])
  }

  @inline(never)
  private func missingElse() -> ParseError {
    syntaxError("expected 'else' after 'if' expression", at: currentSpan)
  }

  /// `a or b`, and everything tighter: a comprehension's iterable and conditions.
  mutating func parseDisjunction() throws(ParseError) -> Node {
    try parseOperators(from: .or)
  }

  // MARK: - Operators

  /// The operators binding at least as tightly as `minimum`, by precedence climbing: one
  /// loop that reads an operand, then while the next operator binds at least `minimum`,
  /// its right operand at the next tighter level. So `a - b - c` is `(a - b) - c` and
  /// `a + b * c` is `a + (b * c)`. A chain of `and`, of `or` or of comparisons becomes one
  /// node (`0 < x < 1`), as in Python.
  mutating func parseOperators(from minimum: Level) throws(ParseError) -> Node {
    let start = currentSpan
    var left = try parsePrefixed(minimum)
    while let level = operatorLevel(), level >= minimum {
      switch level {
      case .or, .and:
        left = try parseLogical(first: left, isAnd: level == .and, start: start)
      case .comparison:
        left = try parseComparisons(first: left, start: start)
      default:
        guard case .punctuation(let punctuation) = tag,
          let binary = Self.binaryOperator(punctuation)
        else { throw unexpected() }
        advance()
        let right = try parseOperators(from: level.tighter)
        left = try node(
          .binary(binary, left.expression, right.expression), spanFrom(start),
          over: [left.height, right.height])
      }
    }
    return left
  }

  /// An operand with its prefix operators: `not` (where the level allows it), `-`, `+`,
  /// `~`, or none.
  private mutating func parsePrefixed(_ minimum: Level) throws(ParseError) -> Node {
    let prefix: UnaryOperator
    let operandLevel: Level
    switch tag {
    case .keyword(.not) where minimum <= .not:
      prefix = .not
      operandLevel = .not
    case .punctuation(.minus):
      prefix = .negate
      operandLevel = .factor
    case .punctuation(.plus):
      prefix = .plus
      operandLevel = .factor
    case .punctuation(.tilde):
      prefix = .invert
      operandLevel = .factor
    default:
      return try parsePrimary()
    }
    let sign = advance()
    try descend(at: sign)
    defer { ascend() }
    let operand = try parseOperators(from: operandLevel)
    return try node(
      .unary(prefix, operand.expression), spanFrom(sign), over: [operand.height])
  }

  /// `first and b and c` (or `or`): one node for the chain.
  private mutating func parseLogical(first: Node, isAnd: Bool, start: SourceSpan)
    throws(ParseError) -> Node
  {
    let keyword: Keyword = isAnd ? .and : .or
    var operands = [first]
    while accept(keyword) != nil {
      operands.append(try parseOperators(from: isAnd ? .not : .and))
    }
    return try node(
      .logical(isAnd: isAnd, operands.map(\.expression)), spanFrom(start),
      over: operands.map(\.height))
  }

  /// `first < b <= c …`: one node for the chain.
  private mutating func parseComparisons(first: Node, start: SourceSpan) throws(ParseError)
    -> Node
  {
    var rest: [(ComparisonOperator, Expression)] = []
    var heights = [first.height]
    while let comparison = acceptComparisonOperator() {
      let operand = try parseOperators(from: .bitOr)
      rest.append((comparison, operand.expression))
      heights.append(operand.height)
    }
    return try node(.comparison(first.expression, rest), spanFrom(start), over: heights)
  }

  /// The level of the operator at the current token, if it is one between operands.
  private func operatorLevel() -> Level? {
    switch tag {
    case .keyword(.or): return .or
    case .keyword(.and): return .and
    case .keyword(.in), .keyword(.is): return .comparison
    case .keyword(.not): return peek(1) == .keyword(.in) ? .comparison : nil
    case .punctuation(let punctuation):
      switch punctuation {
      case .equalEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
        return .comparison
      default:
        return Self.binaryOperator(punctuation).map { Self.level(of: $0) }
      }
    default:
      return nil
    }
  }

  /// Consumes a comparison operator, two tokens for `not in` and `is not`.
  private mutating func acceptComparisonOperator() -> ComparisonOperator? {
    switch tag {
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
    case .keyword(.not) where peek(1) == .keyword(.in):
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

  /// The operator `punctuation` spells between two operands, if any.
  private static func binaryOperator(_ punctuation: Punctuation) -> BinaryOperator? {
    switch punctuation {
    case .pipe: return .bitOr
    case .caret: return .bitXor
    case .ampersand: return .bitAnd
    case .shiftLeft: return .shiftLeft
    case .shiftRight: return .shiftRight
    case .plus: return .add
    case .minus: return .subtract
    case .star: return .multiply
    case .slash: return .divide
    case .doubleSlash: return .floorDivide
    case .percent: return .remainder
    case .at: return .matrixMultiply
    default: return nil
    }
  }

  /// How tightly a binary operator binds (`**` is read by `parsePrimary`).
  private static func level(of binary: BinaryOperator) -> Level {
    switch binary {
    case .bitOr: return .bitOr
    case .bitXor: return .bitXor
    case .bitAnd: return .bitAnd
    case .shiftLeft, .shiftRight: return .shift
    case .add, .subtract: return .sum
    case .multiply, .divide, .floorDivide, .remainder, .matrixMultiply: return .product
    case .power: return .factor
    }
  }
}
