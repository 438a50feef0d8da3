/// Statements: simple ones separated by `;` on a logical line, and compound ones (`if`,
/// `while`, `for`, `def`) whose body is an indented block or simple statements after the
/// colon. Python's other statements are read far enough to say they are not supported.
extension Parser {
  /// The statements of a whole program, up to the `end` token.
  mutating func parseFile() throws(ParseError) -> [Statement] {
    var statements: [Statement] = []
    while true {
      switch tag {
      case .end:
        return statements
      case .newline:
        advance()
      default:
        statements += try parseStatement()
      }
    }
  }

  /// One statement (several for `import a, b` and `x = 1; y = 2`).
  mutating func parseStatement() throws(ParseError) -> [Statement] {
    switch tag {
    case .keyword(.if): return [try parseIf()]
    case .keyword(.while): return [try parseWhile()]
    case .keyword(.for): return [try parseFor()]
    case .keyword(.def): return [try parseFunction()]
    case .keyword(.class), .keyword(.try), .keyword(.with), .keyword(.async),
      .punctuation(.at):
      throw unsupportedStatement()
    case .name where currentName == "match" && isMatchStatement():
      throw unsupportedStatement()
    default:
      return try parseSimpleStatements()
    }
  }

  /// The error for a statement Python has and this sandbox does not, saying what to do
  /// instead.
  @inline(never)
  private func unsupportedStatement() -> ParseError {
    let message: String
    switch tag {
    case .keyword(.class):
      message = "classes are not supported here; use functions"
    case .keyword(.try):
      message = "try/except is not supported here; check values with if before using them"
    case .keyword(.with):
      message = "with statements are not supported here"
    case .keyword(.async):
      message = "async and await are not supported here"
    case .punctuation(.at):
      message = "decorators are not supported here"
    case .keyword(.global), .keyword(.nonlocal):
      message =
        "\(current.quoted) is not supported here; pass values to the function and return "
        + "the results"
    case .keyword(.assert):
      message = "assert is not supported here; check with if and print a message"
    case .keyword(.raise):
      message = "raise is not supported here; print a message and return instead"
    default:
      message = "match statements are not supported here; use if/elif/else"
    }
    return unsupported(message, at: currentSpan)
  }

  /// Simple statements separated by `;`, up to and including the `newline`.
  mutating func parseSimpleStatements() throws(ParseError) -> [Statement] {
    var statements = try parseSimpleStatement()
    while accept(.semicolon) != nil, !atNewline {
      statements += try parseSimpleStatement()
    }
    guard atNewline else { throw unexpected() }
    advance()
    return statements
  }

  /// `match subject:` at the start of a statement: the line begins with the soft keyword
  /// `match` and ends with `:`, which no expression statement does.
  private func isMatchStatement() -> Bool {
    var index = position + 1
    while index < tokens.count {
      switch tags[index] {
      case .newline, .end:
        return index > position + 1 && tags[index - 1] == .punctuation(.colon)
      default:
        index += 1
      }
    }
    return false
  }

  // MARK: - Simple statements

  /// One simple statement (several for `import a, b`).
  private mutating func parseSimpleStatement() throws(ParseError) -> [Statement] {
    let span = currentSpan
    switch tag {
    case .keyword(.pass):
      advance()
      return [Statement(.pass, span)]
    case .keyword(.break):
      advance()
      guard loopDepth > 0 else { throw syntaxError("'break' outside loop", at: span) }
      return [Statement(.break, span)]
    case .keyword(.continue):
      advance()
      guard loopDepth > 0 else { throw syntaxError("'continue' not properly in loop", at: span) }
      return [Statement(.continue, span)]
    case .keyword(.return):
      return [try parseReturn()]
    case .keyword(.del):
      return [try parseDelete()]
    case .keyword(.import):
      return try parseImport()
    case .keyword(.from):
      return [try parseFromImport()]
    case .keyword(.global), .keyword(.nonlocal), .keyword(.assert), .keyword(.raise):
      throw unsupportedStatement()
    case .keyword(let keyword)
    where peek(1) == .punctuation(.assign) && Self.isReservedName(keyword):
      throw syntaxError("\(current.quoted) is a keyword and cannot be used as a name", at: span)
    case .name where currentName == "print" && Self.beginsPrintArgument(peek(1)):
      throw syntaxError(
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        at: .covering(span, tokens[position + 1].span))
    default:
      return [try parseExpressionStatement()]
    }
  }

  /// A keyword that is not a value (so `True = 1` keeps CPython's "cannot assign to True").
  private static func isReservedName(_ keyword: Keyword) -> Bool {
    switch keyword {
    case .trueLiteral, .falseLiteral, .noneLiteral: return false
    default: return true
    }
  }

  /// Python 2's `print x`: a name, number or string straight after `print`.
  private static func beginsPrintArgument(_ tag: Token.Tag) -> Bool {
    switch tag {
    case .name, .int, .float, .string: return true
    default: return false
    }
  }

  /// An expression, an assignment `a = b = value`, an augmented assignment `a += value`, or
  /// an annotated one `a: int = value` (the annotation is read and dropped).
  private mutating func parseExpressionStatement() throws(ParseError) -> Statement {
    let start = currentSpan
    let first = try parseExpressionList()
    if at(.assign) {
      var items = [first.expression]
      while accept(.assign) != nil {
        items.append(try parseAssignedValue().expression)
      }
      let value = items.removeLast()
      for target in items { try checkTarget(target, .assignment) }
      return Statement(.assign(targets: items, value: value), spanFrom(start))
    }
    if case .punctuation(let punctuation) = tag,
      let binary = punctuation.augmentedOperator
    {
      try checkTarget(first.expression, .augmented)
      advance()
      let value = try parseAssignedValue()
      return Statement(
        .augmentedAssign(target: first.expression, binary, value: value.expression),
        spanFrom(start))
    }
    if at(.colon) {
      return try parseAnnotatedAssignment(first.expression, start: start)
    }
    return Statement(.expression(first.expression), spanFrom(start))
  }

  /// The right of `=`: an expression list (a `yield` is not supported).
  private mutating func parseAssignedValue() throws(ParseError) -> Node {
    try parseExpressionList()
  }

  /// `target: annotation [= value]`, as an assignment, or `pass` without a value (which
  /// declares, and so does nothing when run).
  private mutating func parseAnnotatedAssignment(_ target: Expression, start: SourceSpan)
    throws(ParseError) -> Statement
  {
    switch target.kind {
    case .name, .attribute, .subscript:
      break
    case .tuple:
      throw syntaxError("only single target (not tuple) can be annotated", at: target.span)
    case .list:
      throw syntaxError("only single target (not list) can be annotated", at: target.span)
    default:
      throw syntaxError("illegal target for annotation", at: target.span)
    }
    advance()
    _ = try parseExpression()
    guard accept(.assign) != nil else { return Statement(.pass, spanFrom(start)) }
    let value = try parseAssignedValue()
    return Statement(.assign(targets: [target], value: value.expression), spanFrom(start))
  }

  /// `return [expressions]`, only inside a `def`.
  private mutating func parseReturn() throws(ParseError) -> Statement {
    let keyword = advance()
    var value: Expression?
    if canStartExpression(tag) {
      value = try parseExpressionList().expression
    }
    guard functionDepth > 0 else {
      throw syntaxError("'return' outside function", at: keyword)
    }
    return Statement(.return(value), spanFrom(keyword))
  }

  /// `del target, …`.
  private mutating func parseDelete() throws(ParseError) -> Statement {
    let keyword = advance()
    var targets: [Expression] = []
    repeat {
      let target = try parseExpression().expression
      try checkTarget(target, .deletion)
      targets.append(target)
    } while accept(.comma) != nil && canStartExpression(tag)
    return Statement(.delete(targets), spanFrom(keyword))
  }

  /// `import a.b [as c], …`: one statement a module.
  private mutating func parseImport() throws(ParseError) -> [Statement] {
    let keyword = advance()
    var statements: [Statement] = []
    repeat {
      let start = statements.isEmpty ? keyword : currentSpan
      let module = try parseDottedName()
      let alias = try parseAlias()
      statements.append(Statement(.import(module: module, alias: alias), spanFrom(start)))
    } while accept(.comma) != nil
    return statements
  }

  /// `from module import name [as alias], …`, with or without parentheses.
  private mutating func parseFromImport() throws(ParseError) -> Statement {
    let keyword = advance()
    if at(.dot) || at(.ellipsis) {
      throw unsupported("relative imports are not supported here", at: currentSpan)
    }
    let module = try parseDottedName()
    guard accept(.import) != nil else { throw unexpected() }
    if at(.star) {
      throw unsupported(
        "'from \(module) import *' is not supported here; name what you import",
        at: currentSpan)
    }
    let parenthesis = accept(.leftParenthesis)
    var names: [(name: String, alias: String?)] = []
    repeat {
      if parenthesis != nil && at(.rightParenthesis) { break }
      guard let name = currentName else { throw unexpected() }
      advance()
      names.append((name, try parseAlias()))
    } while accept(.comma) != nil
    if names.isEmpty { throw unexpected() }
    if parenthesis != nil {
      try expect(.rightParenthesis, "invalid syntax")
    }
    return Statement(.importFrom(module: module, names: names), spanFrom(keyword))
  }

  /// `name (. name)*`.
  private mutating func parseDottedName() throws(ParseError) -> String {
    guard let first = currentName else { throw unexpected() }
    advance()
    var name = first
    while accept(.dot) != nil {
      guard let part = currentName else { throw unexpected() }
      advance()
      name += "." + part
    }
    return name
  }

  /// `as name`, if there.
  private mutating func parseAlias() throws(ParseError) -> String? {
    guard accept(.as) != nil else { return nil }
    guard let alias = currentName else { throw unexpected() }
    advance()
    return alias
  }

  // MARK: - Compound statements

  /// `if c: … elif c: … else: …`.
  private mutating func parseIf() throws(ParseError) -> Statement {
    let keyword = advance()
    let condition = try parseCondition()
    try expectColon()
    let header = spanFrom(keyword)
    var branches = [(condition, try parseBlock(after: "'if' statement", on: keyword.line))]
    while let elif = accept(.elif) {
      let condition = try parseCondition()
      try expectColon()
      branches.append((condition, try parseBlock(after: "'elif' statement", on: elif.line)))
    }
    var otherwise: [Statement] = []
    if let elseSpan = accept(.else) {
      try expectColon()
      otherwise = try parseBlock(after: "'else' statement", on: elseSpan.line)
    }
    return Statement(.if(branches: branches, otherwise: otherwise), header)
  }

  /// `while c: …` (without `else`).
  private mutating func parseWhile() throws(ParseError) -> Statement {
    let keyword = advance()
    let condition = try parseCondition()
    try expectColon()
    let header = spanFrom(keyword)
    let body = try parseLoopBody(after: "'while' statement", on: keyword.line)
    return Statement(.while(condition: condition, body: body), header)
  }

  /// `for targets in expressions: …` (without `else`).
  private mutating func parseFor() throws(ParseError) -> Statement {
    let keyword = advance()
    let target = try parseTargetList()
    try checkTarget(target.expression, .forLoop)
    guard accept(.in) != nil else { throw unexpected() }
    let iterable = try parseExpressionList()
    try expectColon()
    let header = spanFrom(keyword)
    let body = try parseLoopBody(after: "'for' statement", on: keyword.line)
    return Statement(
      .for(target: target.expression, iterable: iterable.expression, body: body), header)
  }

  /// A loop's body, where `break` and `continue` may appear; an `else:` after it is not
  /// supported.
  private mutating func parseLoopBody(after description: String, on line: Int)
    throws(ParseError) -> [Statement]
  {
    loopDepth += 1
    let body = try parseBlock(after: description, on: line)
    loopDepth -= 1
    if at(.else) {
      throw unsupported(
        "'else' after a loop is not supported here; use a variable that records a break",
        at: currentSpan)
    }
    return body
  }

  /// `def name(a, b=1, c: float = 2.0) -> float: …`; annotations are read and dropped.
  private mutating func parseFunction() throws(ParseError) -> Statement {
    let keyword = advance()
    guard let name = currentName else { throw unexpected() }
    advance()
    try expect(.leftParenthesis, "expected '('")
    let parameters = try parseParameters()
    if accept(.arrow) != nil {
      _ = try parseExpression()
    }
    try expectColon()
    let header = spanFrom(keyword)
    let outerLoopDepth = loopDepth
    loopDepth = 0
    functionDepth += 1
    let body = try parseBlock(after: "function definition", on: keyword.line)
    functionDepth -= 1
    loopDepth = outerLoopDepth
    return Statement(.function(name: name, parameters: parameters, body: body), header)
  }

  /// The parameters up to and including `)`.
  private mutating func parseParameters() throws(ParseError) -> [Parameter] {
    var parameters: [Parameter] = []
    var names: Set<String> = []
    while !at(.rightParenthesis) {
      if at(.star) || at(.doubleStar) {
        let isBare =
          at(.star)
          && (peek(1) == .punctuation(.comma) || peek(1) == .punctuation(.rightParenthesis))
        throw unsupported(
          isBare
            ? "keyword-only parameters ('*') are not supported here; list each parameter"
            : "*args and **kwargs are not supported here; list each parameter by name",
          at: currentSpan)
      }
      if at(.slash) {
        throw unsupported(
          "positional-only parameters ('/') are not supported here; list each parameter",
          at: currentSpan)
      }
      guard let name = currentName else { throw unexpected() }
      let nameSpan = advance()
      if accept(.colon) != nil {
        _ = try parseExpression()
      }
      var defaultValue: Expression?
      if accept(.assign) != nil {
        defaultValue = try parseExpression().expression
      } else if parameters.last?.defaultValue != nil {
        throw syntaxError("non-default argument follows default argument", at: nameSpan)
      }
      guard names.insert(name).inserted else {
        throw syntaxError(
          "duplicate argument '\(name)' in function definition", at: nameSpan)
      }
      parameters.append(Parameter(name: name, defaultValue: defaultValue, span: nameSpan))
      if accept(.comma) == nil { break }
    }
    try expectClosing(.rightParenthesis)
    return parameters
  }

  /// The condition of `if`, `elif` or `while`, where `=` is a likely slip for `==`.
  private mutating func parseCondition() throws(ParseError) -> Expression {
    let condition = try parseExpression()
    if at(.assign) {
      throw syntaxError(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: currentSpan)
    }
    return condition.expression
  }

  private mutating func expectColon() throws(ParseError) {
    try expect(.colon, "expected ':'")
  }

  /// A compound statement's body: an indented block after the line's end, or simple
  /// statements on the same line (`if x: y = 1`).
  private mutating func parseBlock(after description: String, on line: Int)
    throws(ParseError) -> [Statement]
  {
    try descend(at: previousSpan)
    defer { ascend() }
    guard atNewline else {
      if Self.beginsCompoundStatement(tag) { throw unexpected() }
      return try parseSimpleStatements()
    }
    advance()
    guard tag == .indent else {
      throw syntaxError(
        "expected an indented block after \(description) on line \(line)", at: currentSpan)
    }
    advance()
    var body: [Statement] = []
    while true {
      switch tag {
      case .dedent:
        advance()
        return body
      case .end:
        // Only after a lexer error; the caller reports it.
        return body
      default:
        body += try parseStatement()
      }
    }
  }

  private static func beginsCompoundStatement(_ tag: Token.Tag) -> Bool {
    switch tag {
    case .keyword(.if), .keyword(.while), .keyword(.for), .keyword(.def), .keyword(.class),
      .keyword(.try), .keyword(.with), .keyword(.async):
      return true
    default:
      return false
    }
  }
}
