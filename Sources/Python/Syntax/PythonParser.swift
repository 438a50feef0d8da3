/// Reads the course's subset of Python into a `Program`, and tells an interactive prompt
/// whether what was typed so far is complete.
///
/// The grammar is Python 3.11's for the statements and expressions the course uses;
/// the rest of Python is recognised far enough to say, as a `.unsupported` error, that it
/// does not run here and what to write instead (`classes are not supported here; use
/// functions`). Errors are CPython's where CPython's are clear (`expected ':'`,
/// `'(' was never closed`), each at the token it is about, columns counted in characters.
///
/// Any text is safe to parse: brackets, blocks and prefix operators may nest at most 100
/// deep and an expression's tree at most 200 (both `.limit` errors, "too deeply nested"),
/// and the work is linear in the length of the text.
///
///     let program = try PythonParser.parse("m = 0\nfor i in range(10):\n    m = m + 1\n")
///     program.statements.count  // 2
public enum PythonParser {
  /// The program `source` spells, or the first problem with it.
  ///
  /// Line ends may be `\n`, `\r\n` or `\r`. An error the lexer finds (a character Python
  /// has no use for, an unterminated string) is reported in preference to a syntax error
  /// earlier on, as CPython does.
  public static func parse(_ source: String) throws(PythonError) -> Program {
    let characters = Array(source)
    let lexed = Lexer.tokenize(characters)
    var parser = Parser(tokens: lexed.tokens)
    let statements: [Statement]
    do {
      statements = try parser.parseFile()
    } catch {
      throw Parser.resolve(
        error.error, atLastToken: parser.isAtLastToken, lexerFailure: lexed.failure)
    }
    if let failure = lexed.failure { throw failure.error }
    return Program(statements: statements, lines: lines(of: source))
  }

  /// Whether an interactive prompt should read another line before running `source`.
  ///
  /// `source` is the lines typed so far joined with `\n`, no line end after the last (as
  /// Python's `code` module does): so a blank line just typed is an empty string, or only
  /// spaces and tabs, after the last `\n`.
  ///
  /// True while the text is incomplete: a bracket or triple-quoted string is open, the
  /// text ends with a backslash, the last line ends with `:` or is inside a block (a
  /// block, or a compound statement on one line, ends with a blank line, since `elif`,
  /// `else` or more of the body could follow). False when it is complete, or wrong in a
  /// way more lines cannot mend, so that the caller parses it and shows the error: as in
  /// CPython's prompt, `if x:` followed by a blank line is an error, not more input.
  ///
  ///     PythonParser.needsMoreInput("for i in range(3):")               // true
  ///     PythonParser.needsMoreInput("for i in range(3):\n    print(i)")  // true
  ///     PythonParser.needsMoreInput("for i in range(3):\n    print(i)\n")  // false
  ///     PythonParser.needsMoreInput("x = [1,")                          // true
  ///     PythonParser.needsMoreInput("x = )")                            // false
  public static func needsMoreInput(_ source: String) -> Bool {
    let characters = Array(source)
    let lexed = Lexer.tokenize(characters)
    if let failure = lexed.failure {
      switch failure.reason {
      case .unclosedBracket, .unterminatedTripleQuote, .continuationAtEnd: break
      case .indentation, .other: return false
      }
    }
    var parser = Parser(tokens: lexed.tokens)
    do {
      _ = try parser.parseFile()
    } catch {
      // Wrong before the end: no more input can mend it. Wrong only at the end: more
      // input could, unless a blank line has already closed everything.
      guard parser.isAtLastToken else { return false }
      return lexed.failure != nil || !endsWithBlankLine(characters)
    }
    if lexed.failure != nil { return true }
    if endsWithBlankLine(characters) { return false }
    return lastLogicalLineIsOpen(lexed.tokens)
  }

  /// Whether the text has more than one line and its last holds only blanks.
  private static func endsWithBlankLine(_ characters: [Character]) -> Bool {
    guard let lastEnd = characters.lastIndex(where: Lexer.isLineEnd) else { return false }
    return characters[(lastEnd + 1)...].allSatisfy(Lexer.isBlank)
  }

  /// Whether the last logical line is inside a block or is a compound statement, so that
  /// more of the block, or `elif`/`else`, may follow.
  private static func lastLogicalLineIsOpen(_ tokens: [Token]) -> Bool {
    guard let end = tokens.lastIndex(where: { if case .newline = $0.kind { true } else { false } })
    else { return false }
    var start = end
    while start > 0 {
      switch tokens[start - 1].kind {
      case .newline, .indent, .dedent: break
      default:
        start -= 1
        continue
      }
      break
    }
    let first = tokens[start]
    if first.span.column > 1 { return true }
    switch first.kind {
    case .keyword(.if), .keyword(.elif), .keyword(.else), .keyword(.for), .keyword(.while),
      .keyword(.def):
      return true
    default:
      return false
    }
  }

  /// The text's lines without their line ends, as Python's `str.splitlines` gives them.
  private static func lines(of source: String) -> [String] {
    var lines = source.split(
      omittingEmptySubsequences: false, whereSeparator: Lexer.isLineEnd
    ).map(String.init)
    if lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }
}
