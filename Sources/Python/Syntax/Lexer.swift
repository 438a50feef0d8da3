import Interchange

/// Splits Python source into tokens by Python's lexical rules.
///
/// A logical line ends with a `newline` token; lines that hold only blanks or a comment are
/// skipped. At the start of a logical line the indentation (spaces count one column, a tab
/// moves to the next multiple of 8, as in CPython) is compared with the open blocks':
/// deeper opens one with `indent`, shallower closes blocks with one `dedent` each. Inside
/// `()`, `[]` and `{}`, and after a backslash that ends a line, lines join and indentation
/// means nothing.
///
/// Lexing stops at the first error. The tokens up to it are kept, ending with an `end` token
/// at the place it stopped, so the parser can report an earlier mistake of its own first.
///
/// Columns count `Character`s (so `\r\n` is one, and a letter with a combining accent is
/// one). One pass over the characters; every token is read once.
struct Lexer {
  /// Why lexing stopped early, for deciding whether more input could complete the text.
  enum FailureReason: Sendable, Equatable {
    /// A bracket still open at the end of the text, opened on `line`.
    case unclosedBracket(line: Int)
    /// A triple-quoted string still open at the end of the text.
    case unterminatedTripleQuote
    /// A backslash that is the text's very last character.
    case continuationAtEnd
    /// Indentation that matches no open block, or mixes tabs and spaces inconsistently.
    case indentation
    /// Anything else: a character, number or string that is wrong as written.
    case other
  }

  /// A lexer error and why it happened.
  struct Failure: Error, Sendable {
    var error: PythonError
    var reason: FailureReason
  }

  /// The tokens read (ending with `end`), and the error that stopped the lexer, if any.
  struct Output: Sendable {
    var tokens: [Token]
    var failure: Failure?
  }

  let characters: [Character]
  /// Lexing one f-string field: no layout tokens, line ends are blanks.
  private let isExpression: Bool
  /// The index of the character being read.
  var index = 0
  /// The line of `characters[index]`, from 1.
  var line: Int
  /// The index of the first character of the current line.
  var lineStart = 0
  /// The line `characters` begins on, and the column of its first character, less 1.
  private let firstLine: Int
  private let firstColumnOffset: Int
  var tokens: [Token] = []
  /// The open brackets, innermost last.
  private var brackets: [Token] = []
  /// The columns of the open blocks' indentation, outermost (0) first; tabs to multiples of 8.
  private var indents: [Int] = [0]
  /// The same with a tab counted as one column: where the two disagree about which is
  /// deeper, the indentation depends on the tab width, which CPython refuses (TabError).
  private var alternateIndents: [Int] = [0]
  /// Whether the next character begins a line whose indentation has not been read.
  private var atLineStart = true
  /// The span of the last `newline` token: where `end` and the final `dedent`s point.
  private var lastNewlineSpan: SourceSpan?
  /// Where the comment on the current line begins, once one has.
  private var commentStart: Int?

  private init(characters: [Character], origin: SourceSpan?, isExpression: Bool) {
    self.characters = characters
    self.isExpression = isExpression
    self.line = origin?.line ?? 1
    self.firstLine = origin?.line ?? 1
    self.firstColumnOffset = (origin?.column ?? 1) - 1
    self.atLineStart = !isExpression
  }

  /// The tokens of a whole program.
  static func tokenize(_ characters: [Character]) -> Output {
    var lexer = Lexer(characters: characters, origin: nil, isExpression: false)
    return lexer.output()
  }

  /// The tokens of one f-string replacement field's expression, whose first character is at
  /// `origin` in the program: as if in brackets, so lines join and there are no layout tokens.
  static func tokenizeExpression(_ characters: [Character], origin: SourceSpan) -> Output {
    var lexer = Lexer(characters: characters, origin: origin, isExpression: true)
    return lexer.output()
  }

  private mutating func output() -> Output {
    do {
      try run()
      return Output(tokens: tokens, failure: nil)
    } catch {
      tokens.append(Token(kind: .end, span: span(index, 1)))
      return Output(tokens: tokens, failure: error)
    }
  }

  // MARK: - The main loop

  private mutating func run() throws(Failure) {
    while true {
      if atLineStart {
        try readIndentation()
      }
      guard index < characters.count else { break }
      let character = characters[index]
      if Self.isLineEnd(character) {
        if brackets.isEmpty && !isExpression {
          endLogicalLine()
          atLineStart = true
        }
        commentStart = nil
        startNextLine()
      } else if Self.isBlank(character) {
        index += 1
      } else if character == "#" {
        commentStart = index
        skipComment()
      } else if character == "\\" {
        try readContinuation()
      } else if Self.isDigit(character) || (character == "." && Self.isDigit(peek(1))) {
        try readNumber()
      } else if character == "'" || character == "\"" {
        try readString(prefixStart: index, isFormatted: false, isRaw: false)
      } else if Self.isNameStart(character) {
        try readName()
      } else {
        try readPunctuation(character)
      }
    }
    try finish()
  }

  /// At the end: unclosed brackets are an error; otherwise the last logical line ends and
  /// every open block closes.
  private mutating func finish() throws(Failure) {
    if let open = brackets.last {
      throw Failure(
        error: PythonError(.syntax, "\(open.quoted) was never closed", at: open.span),
        reason: .unclosedBracket(line: open.span.line))
    }
    if !isExpression {
      if let last = tokens.last, !Self.isLayout(last) { endLogicalLine() }
      let closing = lastNewlineSpan ?? span(index, 1)
      for _ in indents.dropFirst() {
        tokens.append(Token(kind: .dedent, span: closing))
      }
      indents = [0]
      tokens.append(Token(kind: .end, span: closing))
    } else {
      tokens.append(Token(kind: .end, span: span(index, 1)))
    }
  }

  // MARK: - Lines and indentation

  /// Emits the `newline` that ends a logical line, where CPython puts it: at a comment
  /// that ends the line, else just past the line's last character.
  private mutating func endLogicalLine() {
    let newline = span(commentStart ?? index, 1)
    tokens.append(Token(kind: .newline, span: newline))
    lastNewlineSpan = newline
  }

  /// Reads the blanks at the start of a line and emits `indent` or `dedent`s; skips lines
  /// that hold only blanks or a comment.
  private mutating func readIndentation() throws(Failure) {
    while index < characters.count {
      var column = 0
      var alternateColumn = 0
      let start = index
      scan: while index < characters.count {
        switch characters[index].asciiValue {
        case 0x20:
          column += 1
          alternateColumn += 1
        case 0x09:
          column = (column / 8 + 1) * 8
          alternateColumn += 1
        case 0x0C:
          // A form feed resets the count, as in CPython.
          column = 0
          alternateColumn = 0
        default:
          break scan
        }
        index += 1
      }
      guard index < characters.count else { return }
      let character = characters[index]
      if character == "#" {
        skipComment()
        continue
      }
      if Self.isLineEnd(character) {
        startNextLine()
        continue
      }
      atLineStart = false
      try indent(to: column, alternateColumn, blanks: span(start, index - start))
      return
    }
  }

  /// Compares a line's indentation with the open blocks' and emits the layout tokens.
  private mutating func indent(
    to column: Int, _ alternateColumn: Int, blanks: SourceSpan
  ) throws(Failure) {
    let first = span(index, 1)
    let current = indents.last ?? 0
    let alternate = alternateIndents.last ?? 0
    if column == current {
      guard alternateColumn == alternate else { throw tabError(blanks) }
    } else if column > current {
      guard alternateColumn > alternate else { throw tabError(blanks) }
      indents.append(column)
      alternateIndents.append(alternateColumn)
      tokens.append(Token(kind: .indent, span: first))
    } else {
      while indents.count > 1, let last = indents.last, column < last {
        indents.removeLast()
        alternateIndents.removeLast()
        tokens.append(Token(kind: .dedent, span: first))
      }
      guard column == indents.last else {
        throw Failure(
          error: PythonError(
            .syntax, "unindent does not match any outer indentation level", at: blanks),
          reason: .indentation)
      }
      guard alternateColumn == alternateIndents.last else { throw tabError(blanks) }
    }
  }

  private func tabError(_ blanks: SourceSpan) -> Failure {
    Failure(
      error: PythonError(.syntax, "inconsistent use of tabs and spaces in indentation", at: blanks),
      reason: .indentation)
  }

  /// A backslash: with a line end after it, the next line continues this one.
  private mutating func readContinuation() throws(Failure) {
    let backslash = span(index, 1)
    guard index + 1 < characters.count else {
      throw Failure(
        error: PythonError(.syntax, "unexpected end of input after '\\'", at: backslash),
        reason: .continuationAtEnd)
    }
    guard Self.isLineEnd(characters[index + 1]) else {
      throw Failure(
        error: PythonError(
          .syntax, "unexpected character after line continuation character", at: backslash),
        reason: .other)
    }
    index += 1
    startNextLine()
    if index >= characters.count {
      throw Failure(
        error: PythonError(.syntax, "unexpected end of input after '\\'", at: backslash),
        reason: .other)
    }
  }

  /// Steps over the line end at `index`.
  mutating func startNextLine() {
    index += 1
    line += 1
    lineStart = index
  }

  private mutating func skipComment() {
    while index < characters.count, !Self.isLineEnd(characters[index]) { index += 1 }
  }

  // MARK: - Names

  private mutating func readName() throws(Failure) {
    let start = index
    index += 1
    while index < characters.count, Self.isNamePart(characters[index]) { index += 1 }
    let name = text(from: start, to: index)
    if index < characters.count, characters[index] == "'" || characters[index] == "\"",
      let prefix = StringPrefix(name)
    {
      guard !prefix.isBytes else {
        throw Failure(
          error: PythonError(
            .unsupported, "bytes literals are not supported here; use a plain string",
            at: span(start, index - start + 1)),
          reason: .other)
      }
      try readString(prefixStart: start, isFormatted: prefix.isFormatted, isRaw: prefix.isRaw)
      return
    }
    let kind: Token.Kind = Keyword.named(name).map { .keyword($0) } ?? .name(name)
    tokens.append(Token(kind: kind, span: span(start, index - start)))
  }

  // MARK: - Operators and delimiters

  private mutating func readPunctuation(_ character: Character) throws(Failure) {
    let start = index
    guard
      let punctuation = Punctuation.longest(
        character.asciiValue ?? 0, peek(1).asciiValue ?? 0, peek(2).asciiValue ?? 0)
    else {
      throw Failure(error: invalidCharacter(character), reason: .other)
    }
    index += punctuation.rawValue.count
    let token = Token(kind: .punctuation(punctuation), span: span(start, index - start))
    switch punctuation {
    case .leftParenthesis, .leftBracket, .leftBrace:
      brackets.append(token)
    case .rightParenthesis, .rightBracket, .rightBrace:
      try close(token, punctuation)
    default:
      break
    }
    tokens.append(token)
  }

  /// Checks a closing bracket against the innermost open one.
  private mutating func close(_ token: Token, _ punctuation: Punctuation) throws(Failure) {
    guard let open = brackets.popLast() else {
      throw Failure(
        error: PythonError(.syntax, "unmatched \(token.quoted)", at: token.span), reason: .other)
    }
    guard case .punctuation(let opener) = open.kind, opener.closingBracket == punctuation else {
      var message =
        "closing parenthesis \(token.quoted) does not match opening parenthesis "
        + open.quoted
      if open.span.line != token.span.line { message += " on line \(open.span.line)" }
      throw Failure(error: PythonError(.syntax, message, at: token.span), reason: .other)
    }
  }

  /// "invalid character '$' (U+0024)", with a hint for look-alikes of what Python uses.
  private func invalidCharacter(_ character: Character) -> PythonError {
    let at = span(index, 1)
    if character == "!" {
      return PythonError(
        .syntax, "invalid syntax; write 'not x' for logical not, or '!=' for 'not equal'", at: at)
    }
    let code = character.unicodeScalars.first?.codePoint ?? "U+FFFD"
    if character.sanitizedForDisplay != character {
      return PythonError(.syntax, "invalid non-printable character \(code)", at: at)
    }
    let head = "invalid character \(String(character).quotedForMessage) (\(code))"
    let hint: String
    switch character {
    case "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{00B4}":
      hint = "; use straight quotes, ' or \""
    case "\u{2212}", "\u{2013}", "\u{2014}": hint = "; type '-' for minus"
    case "\u{00D7}", "\u{00B7}", "\u{22C5}", "\u{2217}": hint = "; type '*' to multiply"
    case "\u{00F7}", "\u{2215}": hint = "; type '/' to divide"
    case "\u{00B2}": hint = "; type '**2' for a square"
    case "\u{2264}": hint = "; type '<='"
    case "\u{2265}": hint = "; type '>='"
    case "\u{2260}": hint = "; type '!='"
    case "$": hint = "; names use letters, digits and '_'"
    default: hint = ""
    }
    return PythonError(.syntax, head + hint, at: at)
  }

  // MARK: - Helpers

  /// The character `offset` places after the current one, or a space past the end.
  func peek(_ offset: Int) -> Character {
    let position = index + offset
    return position < characters.count ? characters[position] : " "
  }

  /// The span of `length` characters from the 0-based `start`, on the current line.
  func span(_ start: Int, _ length: Int) -> SourceSpan {
    SourceSpan(line: line, column: column(of: start), length: length)
  }

  /// The 1-based column of the character at `position` on the current line.
  func column(of position: Int) -> Int {
    position - lineStart + 1 + (line == firstLine ? firstColumnOffset : 0)
  }

  /// The error for a token that is wrong as written.
  func failure(_ message: String, at span: SourceSpan, kind: PythonError.Kind = .syntax)
    -> Failure
  {
    Failure(error: PythonError(kind, message, at: span), reason: .other)
  }

  private static func isLayout(_ token: Token) -> Bool {
    switch token.kind {
    case .newline, .indent, .dedent: return true
    default: return false
    }
  }

  /// The characters from `start` up to `end` as a string.
  func text(from start: Int, to end: Int) -> String {
    var text = ""
    for position in start..<end { text.append(characters[position]) }
    return text
  }

  // Character classes test the ASCII value first: comparing `Character`s, or asking for
  // Unicode properties, is many times slower, and nearly every character is ASCII.

  /// A line end as Python reads one: `\n`, `\r\n` (one `Character`, whose ASCII value is
  /// `\n`'s) or a lone `\r`.
  static func isLineEnd(_ character: Character) -> Bool {
    let ascii = character.asciiValue
    return ascii == 0x0A || ascii == 0x0D
  }

  /// A blank between tokens: space, tab or form feed.
  static func isBlank(_ character: Character) -> Bool {
    let ascii = character.asciiValue
    return ascii == 0x20 || ascii == 0x09 || ascii == 0x0C
  }

  static func isDigit(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return false }
    return ascii >= 0x30 && ascii <= 0x39
  }

  /// A letter or `_`: Python's identifier start (XID_Start), so `α` and `é` begin names.
  static func isNameStart(_ character: Character) -> Bool {
    if let ascii = character.asciiValue { return isASCIILetter(ascii) || ascii == 0x5F }
    guard let first = character.unicodeScalars.first, first.properties.isXIDStart else {
      return false
    }
    return character.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
  }

  /// A character that may continue a name (XID_Continue): letters, digits, `_`, marks.
  static func isNamePart(_ character: Character) -> Bool {
    if let ascii = character.asciiValue {
      return isASCIILetter(ascii) || (ascii >= 0x30 && ascii <= 0x39) || ascii == 0x5F
    }
    return character.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
  }

  private static func isASCIILetter(_ ascii: UInt8) -> Bool {
    (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A)
  }
}
