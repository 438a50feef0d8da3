import Testing

@testable import Python

/// The lexer: layout tokens from indentation, line joining, numbers, strings, names,
/// operators, and where each token is.
@Suite struct LexerTests {
  /// The tokens of `source`, space-separated: layout tokens in capitals, strings quoted
  /// (`f'…'` for an f-string's body as written), and `ERROR: message` when lexing stopped.
  static func lexed(_ source: String) -> String {
    let output = Lexer.tokenize(Array(source))
    var words = output.tokens.map(describe)
    if let failure = output.failure { words.append("ERROR: " + failure.error.message) }
    return words.joined(separator: " ")
  }

  static func describe(_ token: Token) -> String {
    switch token.kind {
    case .name(let name): return name
    case .keyword(let keyword): return keyword.rawValue
    case .int(let value): return String(value)
    case .float(let value): return String(value)
    case .string(let literal):
      if literal.isFormatted { return "f'" + String(literal.body) + "'" }
      return "'" + literal.value + "'"
    case .punctuation(let punctuation): return punctuation.rawValue
    case .newline: return "NEWLINE"
    case .indent: return "INDENT"
    case .dedent: return "DEDENT"
    case .end: return "END"
    }
  }

  static func spans(_ source: String) -> [SourceSpan] {
    Lexer.tokenize(Array(source)).tokens.map(\.span)
  }

  // MARK: - Layout

  @Test(arguments: [
    ("x = 1\n", "x = 1 NEWLINE END"),
    ("x = 1", "x = 1 NEWLINE END"),
    ("", "END"),
    ("\n\n   \n# only a comment\n", "END"),
    ("if x:\n    y\n", "if x : NEWLINE INDENT y NEWLINE DEDENT END"),
    ("if x:\n    y", "if x : NEWLINE INDENT y NEWLINE DEDENT END"),
    (
      "if x:\n    if y:\n        z\nw\n",
      "if x : NEWLINE INDENT if y : NEWLINE INDENT z NEWLINE DEDENT DEDENT w NEWLINE END"
    ),
    (
      "if x:\n    if y:\n        z\n    w\n",
      "if x : NEWLINE INDENT if y : NEWLINE INDENT z NEWLINE DEDENT w NEWLINE DEDENT END"
    ),
    (
      "if x:\n    y\n\n  # a comment at an odd indentation\n        \n\t\n    z\nw",
      "if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT w NEWLINE END"
    ),
    ("if x:\n\ty\n\tz\n", "if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT END"),
    ("if x:\n  \ty\n  \tz\n", "if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT END"),
    // Two spaces and a tab reach column 8, as a tab does; but counting a tab as one
    // column they differ, so the indentation depends on the tab width (CPython's TabError).
    (
      "if x:\n  \ty\n\tz\n",
      "if x : NEWLINE INDENT y NEWLINE END ERROR: inconsistent use of tabs and spaces in "
        + "indentation"
    ),
    (
      "if x:\n\tif y:\n\t    z\n",
      "if x : NEWLINE INDENT if y : NEWLINE INDENT z NEWLINE DEDENT DEDENT END"
    ),
    ("if x:\r\n    y = 1\r\nz\r\n", "if x : NEWLINE INDENT y = 1 NEWLINE DEDENT z NEWLINE END"),
    ("if x:\r    y\rz", "if x : NEWLINE INDENT y NEWLINE DEDENT z NEWLINE END"),
    ("x = (1,\n  2)\ny", "x = ( 1 , 2 ) NEWLINE y NEWLINE END"),
    ("x = [\n\n1,\n# c\n    2]\n", "x = [ 1 , 2 ] NEWLINE END"),
    ("x = 1 + \\\n    2\n", "x = 1 + 2 NEWLINE END"),
    ("if a and \\\n  b:\n    c\n", "if a and b : NEWLINE INDENT c NEWLINE DEDENT END"),
    ("x = 1  # comment\n", "x = 1 NEWLINE END"),
    ("x\u{0C}= 1", "x = 1 NEWLINE END"),
    ("\u{0C}x = 1", "x = 1 NEWLINE END"),
    ("x = 1;", "x = 1 ; NEWLINE END"),
  ])
  func layout(source: String, expected: String) {
    #expect(Self.lexed(source) == expected)
  }

  @Test func newlineAndEndPointPastTheLastCharacterOrAtTheComment() {
    #expect(
      Self.spans("ab = 1\n") == [
        SourceSpan(line: 1, column: 1, length: 2),
        SourceSpan(line: 1, column: 4, length: 1),
        SourceSpan(line: 1, column: 6, length: 1),
        SourceSpan(line: 1, column: 7, length: 1),
        SourceSpan(line: 1, column: 7, length: 1),
      ])
    // Without a final line end, and with blank lines after the last statement.
    #expect(Self.spans("x").last == SourceSpan(line: 1, column: 2, length: 1))
    #expect(Self.spans("x\n\n  \n").last == SourceSpan(line: 1, column: 2, length: 1))
    // With a comment, at the comment, as CPython has it.
    #expect(Self.spans("x = 1  # one\n")[3] == SourceSpan(line: 1, column: 8, length: 1))
    #expect(Self.spans("x = 1  # one").last == SourceSpan(line: 1, column: 8, length: 1))
  }

  @Test func indentAndDedentPointAtTheLinesFirstToken() {
    let spans = Self.spans("if x:\n   y\nz")
    #expect(spans[5] == SourceSpan(line: 2, column: 4, length: 1))  // INDENT
    #expect(spans[8] == SourceSpan(line: 3, column: 1, length: 1))  // DEDENT
  }

  @Test func columnsCountCharacters() {
    // `é` written as e and a combining accent is one character, and `\r\n` is one.
    #expect(Self.spans("e\u{301}t\u{E9} = 1")[1] == SourceSpan(line: 1, column: 5, length: 1))
    #expect(Self.spans("a\r\n🙂b = 1").count == 3)
    #expect(
      parseFailure("\u{E9}\u{E9} = 1 + $")
        == "line 1, column 10: SyntaxError: invalid character '$' (U+0024); "
        + "names use letters, digits and '_'")
    #expect(
      parseFailure("x = 1\r\ny = )")
        == "line 2, column 5: SyntaxError: unmatched ')'")
  }

  // MARK: - Names and keywords

  @Test(arguments: [
    ("café = π", "café = π NEWLINE END"),
    ("e\u{301}tat", "e\u{301}tat NEWLINE END"),
    ("_x1 __init__", "_x1 __init__ NEWLINE END"),
    (
      "if elif else for while in not and or is",
      "if elif else for while in not and or is NEWLINE END"
    ),
    ("True False None", "True False None NEWLINE END"),
    ("match case _ type", "match case _ type NEWLINE END"),
    ("iffy forward", "iffy forward NEWLINE END"),
  ])
  func names(source: String, expected: String) {
    #expect(Self.lexed(source) == expected)
  }

  // MARK: - Operators

  @Test func everyOperatorAndDelimiter() {
    let all =
      "+ - * / // % ** @ & | ^ ~ << >> < > <= >= == != = += -= *= /= //= %= **= @= &= |= ^= "
      + "<<= >>= ( ) [ ] { } , : . ; -> := ..."
    #expect(Self.lexed(all) == all + " NEWLINE END")
  }

  @Test func operatorsAreReadLongestFirst() {
    #expect(Self.lexed("a**=b//c<=d>>=e") == "a **= b // c <= d >>= e NEWLINE END")
    #expect(Self.lexed("a->b") == "a -> b NEWLINE END")
    #expect(Self.lexed("a.b") == "a . b NEWLINE END")
    #expect(Self.lexed("x=-1") == "x = - 1 NEWLINE END")
    #expect(Self.lexed("a<>b") == "a < > b NEWLINE END")
  }

  // MARK: - Numbers

  @Test(arguments: [
    ("0", "0"),
    ("00", "0"),
    ("7", "7"),
    ("1_000", "1000"),
    ("0xff", "255"),
    ("0XFF", "255"),
    ("0x_f", "15"),
    ("0o777", "511"),
    ("0b1_0", "2"),
    ("0x7FFFFFFFFFFFFFFF", "9223372036854775807"),
    ("1.0", "1.0"),
    ("1.", "1.0"),
    (".5", "0.5"),
    ("1.e2", "100.0"),
    ("1e5", "100000.0"),
    ("1e+5", "100000.0"),
    ("2.5E-3", "0.0025"),
    ("1_0.0_1", "10.01"),
    ("0.1", "0.1"),
    ("00.5", "0.5"),
    ("09.5", "9.5"),
    ("1e309", "inf"),
    ("1e-400", "0.0"),
  ])
  func numbers(source: String, expected: String) {
    #expect(Self.lexed(source) == expected + " NEWLINE END")
  }

  @Test func aNumberThatStopsBeforeAName() {
    #expect(Self.lexed("1e") == "END ERROR: invalid decimal literal")
    #expect(Self.lexed("1 if x else 2") == "1 if x else 2 NEWLINE END")
    #expect(Self.lexed("1.real") == "END ERROR: invalid decimal literal")
    #expect(Self.lexed("1 .real") == "1 . real NEWLINE END")
  }

  // MARK: - Strings

  @Test(arguments: [
    ("'abc'", "'abc'"),
    ("\"abc\"", "'abc'"),
    ("'it\\'s'", "'it's'"),
    ("\"say \\\"hi\\\"\"", "'say \"hi\"'"),
    ("'a\\nb\\tc\\\\d\\re'", "'a\nb\tc\\d\re'"),
    ("'\\0'", "'\u{0}'"),
    ("'\\101\\60'", "'A0'"),
    ("'\\x41\\u00e9\\U0001F600'", "'A\u{E9}\u{1F600}'"),
    ("'\\a\\b\\f\\v'", "'\u{07}\u{08}\u{0C}\u{0B}'"),
    ("'\\d\\w'", "'\\d\\w'"),
    ("'\\{'", "'\\{'"),
    ("r'\\n\\''", "'\\n\\''"),
    ("R'\\d'", "'\\d'"),
    ("u'abc'", "'abc'"),
    ("U'abc'", "'abc'"),
    ("'a\\\nb'", "'ab'"),
    ("'''a\nb'''", "'a\nb'"),
    ("\"\"\"a\r\nb\"\"\"", "'a\nb'"),
    ("'''it's'''", "'it's'"),
    ("'''a''b'''", "'a''b'"),
    ("''", "''"),
    ("''''''", "''"),
    ("'#not a comment'", "'#not a comment'"),
  ])
  func strings(source: String, expected: String) {
    #expect(Self.lexed(source) == expected + " NEWLINE END")
  }

  @Test func fStringsKeepTheirBodyAsWritten() {
    #expect(Self.lexed("f'{x!r}\\n'") == "f'{x!r}\\n' NEWLINE END")
    #expect(Self.lexed("rf'{x}' FR'a'") == "f'{x}' f'a' NEWLINE END")
    #expect(Self.lexed("fr'\\''") == "f'\\'' NEWLINE END")
  }

  @Test func aStringSpanningLinesPointsAtItsFirstLine() {
    let spans = Self.spans("x = '''a\nb'''\ny")
    #expect(spans[2] == SourceSpan(line: 1, column: 5, length: Int(Int16.max)))
    #expect(spans[4] == SourceSpan(line: 3, column: 1, length: 1))
    #expect(Self.spans("s = 'ab'")[2] == SourceSpan(line: 1, column: 5, length: 4))
    #expect(Self.spans("s = rf'ab'")[2] == SourceSpan(line: 1, column: 5, length: 6))
  }

  @Test func aNameThatIsNotAPrefixIsANameBeforeAString() {
    #expect(Self.lexed("ur'x'") == "ur 'x' NEWLINE END")
    #expect(Self.lexed("print'x'") == "print 'x' NEWLINE END")
  }

  @Test func lexingStopsAtTheFirstErrorKeepingTheTokensBefore() {
    #expect(
      Self.lexed("x = 1\ny = $ + 2")
        == "x = 1 NEWLINE y = END ERROR: invalid character '$' (U+0024); names use letters, "
        + "digits and '_'"
    )
    #expect(Self.lexed("f(1,\n") == "f ( 1 , END ERROR: '(' was never closed")
  }
}
