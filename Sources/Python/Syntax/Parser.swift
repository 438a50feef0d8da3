/// A recursive-descent parser over the lexer's tokens, one function a grammar rule, in
/// Python 3.11's precedence (see `Parser+Expressions.swift`).
///
/// Hostile input cannot exhaust the stack: every bracket, block, prefix operator and
/// right-nested operand goes one level deeper, and more than `maximumDepth` levels is a
/// `.limit` error. Every expression tree is also at most `maximumHeight` nodes deep (a chain
/// such as `1 + 1 + … + 1` is as deep as it is long), so that freeing or evaluating one
/// recursively is safe too.
///
/// The recursive rules keep their stack frames small: they look ahead at two-byte `tags`
/// rather than copying tokens, throw a one-word `ParseError`, and build error messages out
/// of line. At the limits a release build needs under 300 KB of stack (`ParserStackTests`).
struct Parser {
  /// The most brackets, blocks and prefix operators that may enclose one another.
  static let maximumDepth = 100
  /// The most levels an expression tree may have, counting a leaf as one.
  static let maximumHeight = 200

  let tokens: [Token]
  /// Each token's tag, which look-ahead reads without copying the token.
  let tags: [Token.Tag]
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
    self.tags = tokens.map(\.tag)
    self.depth = depth
  }

  // MARK: - Tokens

  /// The token being looked at.
  var current: Token { tokens[position] }

  /// The current token's tag.
  var tag: Token.Tag { tags[position] }

  /// The current token's place.
  var currentSpan: SourceSpan { tokens[position].span }

  /// The current token's name, if it is one.
  var currentName: String? {
    if case .name(let name) = tokens[position].kind { return name }
    return nil
  }

  /// The tag of the token `offset` places on, or of the final `end` token.
  func peek(_ offset: Int) -> Token.Tag {
    tags[Swift.min(position + offset, tags.count - 1)]
  }

  /// The span of the last token consumed (the current one's before any is).
  var previousSpan: SourceSpan {
    tokens[position > 0 ? position - 1 : 0].span
  }

  /// Whether the parser stands on the final token, where the lexer stopped.
  var isAtLastToken: Bool { position >= tokens.count - 1 }

  /// Moves to the next token, staying on the final one; returns the place of the one left
  /// behind.
  @discardableResult
  mutating func advance() -> SourceSpan {
    let span = currentSpan
    if position < tokens.count - 1 { position += 1 }
    return span
  }

  func at(_ punctuation: Punctuation) -> Bool {
    tags[position] == .punctuation(punctuation)
  }

  func at(_ keyword: Keyword) -> Bool {
    tags[position] == .keyword(keyword)
  }

  /// Consumes the current token if it is `punctuation`; returns its place.
  mutating func accept(_ punctuation: Punctuation) -> SourceSpan? {
    at(punctuation) ? advance() : nil
  }

  /// Consumes the current token if it is `keyword`; returns its place.
  mutating func accept(_ keyword: Keyword) -> SourceSpan? {
    at(keyword) ? advance() : nil
  }

  /// Whether the current token is a `newline`.
  var atNewline: Bool { tags[position] == .newline }

  // MARK: - Depth

  /// Goes one level deeper, or throws when that is more than `maximumDepth`.
  mutating func descend(at span: SourceSpan) throws(ParseError) {
    guard depth < Self.maximumDepth else { throw tooDeep(span) }
    depth += 1
  }

  /// Comes back up a level.
  mutating func ascend() {
    depth -= 1
  }

  // Error paths are kept out of line, here and throughout the parser, so that the stack
  // frames of the recursive rules stay small.
  @inline(never)
  private func tooDeep(_ span: SourceSpan) -> ParseError {
    ParseError(PythonError(.limit, "too deeply nested", at: span))
  }

  // MARK: - Errors

  /// A syntax error at `span`.
  @inline(never)
  func syntaxError(_ message: String, at span: SourceSpan) -> ParseError {
    ParseError(PythonError(.syntax, message, at: span))
  }

  /// Something this sandbox does not run, with what to do instead.
  @inline(never)
  func unsupported(_ message: String, at span: SourceSpan) -> ParseError {
    ParseError(PythonError(.unsupported, message, at: span))
  }

  /// The error for a current token that nothing expects.
  @inline(never)
  func unexpected() -> ParseError {
    switch tag {
    case .indent:
      return syntaxError("unexpected indent", at: currentSpan)
    case .punctuation(.walrus):
      return unsupported(
        "the walrus operator ':=' is not supported here; assign on a line of its own",
        at: currentSpan)
    default:
      return syntaxError("invalid syntax", at: currentSpan)
    }
  }

  /// Consumes `punctuation`, or throws `message` at the current token.
  mutating func expect(_ punctuation: Punctuation, _ message: String) throws(ParseError) {
    guard accept(punctuation) != nil else {
      if tag == .indent { throw unexpected() }
      throw syntaxError(message, at: currentSpan)
    }
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
