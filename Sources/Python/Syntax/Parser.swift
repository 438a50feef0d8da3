/// A recursive-descent parser over the lexer's tokens, one function a grammar rule, in
/// Python 3.11's precedence (see `Parser+Expressions.swift`).
///
/// Hostile input cannot exhaust the stack: every bracket, block, prefix operator and
/// right-nested operand goes one level deeper, and more than `maximumDepth` levels is a
/// `.limit` error. Every expression tree is also at most `maximumHeight` nodes deep (a chain
/// such as `1 + 1 + … + 1` is as deep as it is long), so that freeing or evaluating one
/// recursively is safe too.
struct Parser {
  /// The most brackets, blocks and prefix operators that may enclose one another.
  static let maximumDepth = 100
  /// The most levels an expression tree may have, counting a leaf as one.
  static let maximumHeight = 200

  let tokens: [Token]
  /// The index of the current token; never past the final `end` token.
  var position = 0
  /// How many brackets, blocks and prefix operators enclose the current token.
  var depth: Int
  /// How many loops enclose the current statement within its function.
  var loopDepth = 0
  /// How many function definitions enclose the current statement.
  var functionDepth = 0

  init(tokens: [Token], depth: Int = 0) {
    self.tokens = tokens
    self.depth = depth
  }

  // MARK: - Tokens

  /// The token being looked at.
  var current: Token { tokens[position] }

  /// The token `offset` places on, or the final `end` token.
  func peek(_ offset: Int) -> Token {
    tokens[Swift.min(position + offset, tokens.count - 1)]
  }

  /// The span of the last token consumed (the current one's before any is).
  var previousSpan: SourceSpan {
    position > 0 ? tokens[position - 1].span : current.span
  }

  /// Whether the parser stands on the final token, where the lexer stopped.
  var isAtLastToken: Bool { position >= tokens.count - 1 }

  /// Moves to the next token, staying on the final one; returns the one left behind.
  @discardableResult
  mutating func advance() -> Token {
    let token = current
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  func at(_ punctuation: Punctuation) -> Bool {
    current.isPunctuation(punctuation)
  }

  func at(_ keyword: Keyword) -> Bool {
    current.isKeyword(keyword)
  }

  /// Consumes the current token if it is `punctuation`.
  mutating func accept(_ punctuation: Punctuation) -> Token? {
    at(punctuation) ? advance() : nil
  }

  /// Consumes the current token if it is `keyword`.
  mutating func accept(_ keyword: Keyword) -> Token? {
    at(keyword) ? advance() : nil
  }

  /// Whether the current token is a `newline`.
  var atNewline: Bool {
    if case .newline = current.kind { return true }
    return false
  }

  // MARK: - Depth

  /// Goes one level deeper, or throws when that is more than `maximumDepth`.
  mutating func descend(at span: SourceSpan) throws(PythonError) {
    guard depth < Self.maximumDepth else {
      throw PythonError(.limit, "too deeply nested", at: span)
    }
    depth += 1
  }

  mutating func ascend() {
    depth -= 1
  }

  // MARK: - Errors

  /// A syntax error at `span`.
  func syntaxError(_ message: String, at span: SourceSpan) -> PythonError {
    PythonError(.syntax, message, at: span)
  }

  /// Something this sandbox does not run, with what to do instead.
  func unsupported(_ message: String, at span: SourceSpan) -> PythonError {
    PythonError(.unsupported, message, at: span)
  }

  /// The error for a current token that nothing expects.
  func unexpected() -> PythonError {
    switch current.kind {
    case .indent:
      return syntaxError("unexpected indent", at: current.span)
    case .punctuation(.walrus):
      return unsupported(
        "the walrus operator ':=' is not supported here; assign on a line of its own",
        at: current.span)
    default:
      return syntaxError("invalid syntax", at: current.span)
    }
  }

  /// Consumes `punctuation`, or throws `message` at the current token.
  @discardableResult
  mutating func expect(_ punctuation: Punctuation, _ message: String) throws(PythonError)
    -> Token
  {
    guard let token = accept(punctuation) else {
      if case .indent = current.kind { throw unexpected() }
      throw syntaxError(message, at: current.span)
    }
    return token
  }

  /// The error to report when parsing `tokens` failed with `error` at `position`, given
  /// the lexer's own error, if it stopped early.
  ///
  /// As in CPython, an error the lexer found wins over a syntax error the parser found
  /// earlier in the text (the text is wrong as written there, whatever the grammar says),
  /// except that an unclosed bracket wins only over errors on later lines (which it likely
  /// caused), and an indentation error only when the parser got that far.
  static func resolve(
    _ error: PythonError, atLastToken: Bool, lexerFailure: Lexer.Failure?
  ) -> PythonError {
    guard let failure = lexerFailure else { return error }
    if atLastToken { return failure.error }
    guard error.kind == .syntax else { return error }
    switch failure.reason {
    case .unclosedBracket(let line):
      return (error.span?.line ?? 0) > line ? failure.error : error
    case .indentation:
      return error
    case .unterminatedTripleQuote, .continuationAtEnd, .other:
      return failure.error
    }
  }
}
