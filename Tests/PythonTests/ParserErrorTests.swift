import Testing

@testable import Python

/// Every error the parser and lexer report: its kind, exact sentence and span, written as
/// `line L, column C: Kind: message ~length` (the length only when more than 1).
@Suite struct ParserErrorTests {
  @Test(arguments: [
    ("x = ", "line 1, column 5: SyntaxError: invalid syntax"),
    ("x = 1 +", "line 1, column 8: SyntaxError: invalid syntax"),
    ("x = 1 2", "line 1, column 7: SyntaxError: invalid syntax"),
    ("f(x) y", "line 1, column 6: SyntaxError: invalid syntax"),
    ("else:\n  pass", "line 1, column 1: SyntaxError: invalid syntax ~4"),
    ("def (x): pass", "line 1, column 5: SyntaxError: invalid syntax"),
    ("a.1", "line 1, column 2: SyntaxError: invalid syntax ~2"),
    ("if x: for y in z: pass", "line 1, column 7: SyntaxError: invalid syntax ~3"),
    ("x = 1 if y", "line 1, column 11: SyntaxError: expected 'else' after 'if' expression"),
    ("if x\n    y = 1", "line 1, column 5: SyntaxError: expected ':'"),
    ("while x  # loop\n    pass", "line 1, column 10: SyntaxError: expected ':'"),
    ("def f(x) pass", "line 1, column 10: SyntaxError: expected ':' ~4"),
    ("def f:\n  pass", "line 1, column 6: SyntaxError: expected '('"),
    ("from numpy import ()", "line 1, column 20: SyntaxError: invalid syntax"),
    ("from numpy import", "line 1, column 18: SyntaxError: invalid syntax"),
    ("import numpy as", "line 1, column 16: SyntaxError: invalid syntax"),
    ("import", "line 1, column 7: SyntaxError: invalid syntax"),
    ("x.", "line 1, column 3: SyntaxError: invalid syntax"),
    ("x.if", "line 1, column 3: SyntaxError: invalid syntax ~2"),
    ("a == not b", "line 1, column 6: SyntaxError: invalid syntax ~3"),
    ("f(a for a in b for)", "line 1, column 19: SyntaxError: invalid syntax"),
    ("a[]", "line 1, column 3: SyntaxError: invalid syntax"),
    (
      "if x = 1:\n  pass",
      "line 1, column 6: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    ),
    (
      "print 'hi'",
      "line 1, column 1: SyntaxError: Missing parentheses in call to 'print'. "
        + "Did you mean print(...)? ~10"
    ),
    (
      "lambda = 0.1",
      "line 1, column 1: SyntaxError: 'lambda' is a keyword and cannot be used as a name ~6"
    ),
  ])
  func invalidSyntax(source: String, expected: String) {
    #expect(parseFailure(source) == expected)
  }

  // MARK: - Brackets

  @Test(arguments: [
    ("print((1, 2)", "line 1, column 6: SyntaxError: '(' was never closed"),
    ("x = [1, 2", "line 1, column 5: SyntaxError: '[' was never closed"),
    ("x = (1 +\ny = 2\n", "line 1, column 5: SyntaxError: '(' was never closed"),
    ("f(\n  1,\n  2\n\nz = 3", "line 1, column 2: SyntaxError: '(' was never closed"),
    ("x = )", "line 1, column 5: SyntaxError: unmatched ')'"),
    (
      "x = (]",
      "line 1, column 6: SyntaxError: closing parenthesis ']' does not match opening "
        + "parenthesis '('"
    ),
    (
      "x = (\n]",
      "line 2, column 1: SyntaxError: closing parenthesis ']' does not match opening "
        + "parenthesis '(' on line 1"
    ),
    ("[1, 2 3]", "line 1, column 5: SyntaxError: invalid syntax. Perhaps you forgot a comma? ~3"),
    (
      "print(a b)",
      "line 1, column 7: SyntaxError: invalid syntax. Perhaps you forgot a comma? ~3"
    ),
    (
      "f(x, g(1) 'a')",
      "line 1, column 6: SyntaxError: invalid syntax. Perhaps you forgot a comma? ~8"
    ),
  ])
  func brackets(source: String, expected: String) {
    #expect(parseFailure(source) == expected)
  }

  @Test func aSyntaxErrorBeforeAnUnclosedBracketOnItsLineIsReportedFirst() {
    #expect(parseFailure("x = = (") == "line 1, column 5: SyntaxError: invalid syntax")
  }

  // MARK: - Indentation

  @Test(arguments: [
    ("x = 1\n    y = 2", "line 2, column 5: SyntaxError: unexpected indent"),
    ("  x = 1", "line 1, column 3: SyntaxError: unexpected indent"),
    (
      "if x:\n    y = 1\n  z = 2",
      "line 3, column 1: SyntaxError: unindent does not match any outer indentation level ~2"
    ),
    (
      "if x:\n    pass\n  else:\n    pass",
      "line 3, column 1: SyntaxError: unindent does not match any outer indentation level ~2"
    ),
    (
      "if x:\ny = 1",
      "line 2, column 1: SyntaxError: expected an indented block after 'if' statement on line 1"
    ),
    (
      "if x:",
      "line 1, column 6: SyntaxError: expected an indented block after 'if' statement on line 1"
    ),
    (
      "x = 1\n\nif x:\n# nothing\n",
      "line 3, column 6: SyntaxError: expected an indented block after 'if' statement on line 3"
    ),
    (
      "def f():\n",
      "line 1, column 9: SyntaxError: expected an indented block after function definition "
        + "on line 1"
    ),
    (
      "for x in y:\nprint(x)",
      "line 2, column 1: SyntaxError: expected an indented block after 'for' statement on "
        + "line 1 ~5"
    ),
    (
      "while x:\n\nz",
      "line 3, column 1: SyntaxError: expected an indented block after 'while' statement on "
        + "line 1"
    ),
    (
      "if x:\n  pass\nelif y:\nz",
      "line 4, column 1: SyntaxError: expected an indented block after 'elif' statement on "
        + "line 3"
    ),
    (
      "if x:\n  pass\nelse:\nz",
      "line 4, column 1: SyntaxError: expected an indented block after 'else' statement on "
        + "line 3"
    ),
    (
      "if x:\n\tpass\n        pass",
      "line 3, column 1: SyntaxError: inconsistent use of tabs and spaces in indentation ~8"
    ),
  ])
  func indentation(source: String, expected: String) {
    #expect(parseFailure(source) == expected)
  }

  // MARK: - Statements in the wrong place, and targets

  @Test(arguments: [
    ("break", "line 1, column 1: SyntaxError: 'break' outside loop ~5"),
    ("continue", "line 1, column 1: SyntaxError: 'continue' not properly in loop ~8"),
    ("if x:\n    break", "line 2, column 5: SyntaxError: 'break' outside loop ~5"),
    ("return 1", "line 1, column 1: SyntaxError: 'return' outside function ~6"),
    ("for x in y:\n    return", "line 2, column 5: SyntaxError: 'return' outside function ~6"),
    (
      "f() = 1",
      "line 1, column 1: SyntaxError: cannot assign to function call here. "
        + "Maybe you meant '==' instead of '='? ~3"
    ),
    (
      "1 = x",
      "line 1, column 1: SyntaxError: cannot assign to literal here. "
        + "Maybe you meant '==' instead of '='?"
    ),
    (
      "a + b = 1",
      "line 1, column 1: SyntaxError: cannot assign to expression here. "
        + "Maybe you meant '==' instead of '='? ~5"
    ),
    (
      "a < b = 1",
      "line 1, column 1: SyntaxError: cannot assign to comparison here. "
        + "Maybe you meant '==' instead of '='? ~5"
    ),
    (
      "x, f() = 1, 2",
      "line 1, column 4: SyntaxError: cannot assign to function call here. "
        + "Maybe you meant '==' instead of '='? ~3"
    ),
    (
      "x = f'{a}' = 1",
      "line 1, column 5: SyntaxError: cannot assign to f-string expression here. "
        + "Maybe you meant '==' instead of '='? ~6"
    ),
    ("None = 1", "line 1, column 1: SyntaxError: cannot assign to None ~4"),
    ("True = 1", "line 1, column 1: SyntaxError: cannot assign to True ~4"),
    ("for f() in x: pass", "line 1, column 5: SyntaxError: cannot assign to function call ~3"),
    ("[x for 1 in y]", "line 1, column 8: SyntaxError: cannot assign to literal"),
    (
      "x, y += 1",
      "line 1, column 1: SyntaxError: 'tuple' is an illegal expression for augmented "
        + "assignment ~4"
    ),
    (
      "f() += 1",
      "line 1, column 1: SyntaxError: 'function call' is an illegal expression for augmented "
        + "assignment ~3"
    ),
    ("del f()", "line 1, column 5: SyntaxError: cannot delete function call ~3"),
    ("del 1", "line 1, column 5: SyntaxError: cannot delete literal"),
    (
      "x, y: int = 1, 2",
      "line 1, column 1: SyntaxError: only single target (not tuple) can be annotated ~4"
    ),
    ("f(): int = 1", "line 1, column 1: SyntaxError: illegal target for annotation ~3"),
  ])
  func misplacedStatementsAndTargets(source: String, expected: String) {
    #expect(parseFailure(source) == expected)
  }

  // MARK: - Calls and definitions

  @Test(arguments: [
    ("f(a=1, 2)", "line 1, column 8: SyntaxError: positional argument follows keyword argument"),
    ("f(a=1, a=2)", "line 1, column 8: SyntaxError: keyword argument repeated: a"),
    (
      "f(x+1=2)",
      "line 1, column 3: SyntaxError: expression cannot contain assignment, perhaps you meant "
        + "\"==\"? ~4"
    ),
    (
      "f(x for x in y, 1)",
      "line 1, column 3: SyntaxError: Generator expression must be parenthesized ~12"
    ),
    (
      "f(1, x for x in y)",
      "line 1, column 6: SyntaxError: Generator expression must be parenthesized"
    ),
    (
      "def f(a=1, b):\n  pass",
      "line 1, column 12: SyntaxError: non-default argument follows default argument"
    ),
    (
      "def f(a, a): pass",
      "line 1, column 10: SyntaxError: duplicate argument 'a' in function definition"
    ),
  ])
  func callsAndDefinitions(source: String, expected: String) {
    #expect(parseFailure(source) == expected)
  }

  // MARK: - Characters, numbers and strings

  @Test(arguments: [
    (
      "x = $",
      "line 1, column 5: SyntaxError: invalid character '$' (U+0024); "
        + "names use letters, digits and '_'"
    ),
    ("x = a ? b : c", "line 1, column 7: SyntaxError: invalid character '?' (U+003F)"),
    ("x = `a`", "line 1, column 5: SyntaxError: invalid character '`' (U+0060)"),
    (
      "x = a ! b",
      "line 1, column 7: SyntaxError: invalid syntax; write 'not x' for logical not, "
        + "or '!=' for 'not equal'"
    ),
    (
      "x = \u{2018}a\u{2019}",
      "line 1, column 5: SyntaxError: invalid character '\u{2018}' (U+2018); "
        + "use straight quotes, ' or \""
    ),
    (
      "x = 1 \u{2212} 2",
      "line 1, column 7: SyntaxError: invalid character '\u{2212}' (U+2212); type '-' for minus"
    ),
    ("x = \u{200B}1", "line 1, column 5: SyntaxError: invalid non-printable character U+200B"),
    ("x = \u{1B}", "line 1, column 5: SyntaxError: invalid non-printable character U+001B"),
    (
      "x = 1 \\ 2",
      "line 1, column 7: SyntaxError: unexpected character after line continuation character"
    ),
    ("x = 1 + \\", "line 1, column 9: SyntaxError: unexpected end of input after '\\'"),
    ("x = 'abc", "line 1, column 5: SyntaxError: unterminated string literal (detected at line 1)"),
    (
      "x = 'abc\ny = 1",
      "line 1, column 5: SyntaxError: unterminated string literal (detected at line 1)"
    ),
    (
      "x = '''abc\n\ndef",
      "line 1, column 5: SyntaxError: unterminated triple-quoted string literal "
        + "(detected at line 3) ~3"
    ),
    ("x = 1j", "line 1, column 5: NotSupported: complex numbers are not supported here ~2"),
    ("x = 1.5J", "line 1, column 5: NotSupported: complex numbers are not supported here ~4"),
    (
      "x = 99999999999999999999",
      "line 1, column 5: SyntaxError: integers beyond 64 bits are not supported here ~20"
    ),
    (
      "x = 9223372036854775808",
      "line 1, column 5: SyntaxError: integers beyond 64 bits are not supported here ~19"
    ),
    (
      "x = 0x1FFFFFFFFFFFFFFFF",
      "line 1, column 5: SyntaxError: integers beyond 64 bits are not supported here ~19"
    ),
    ("x = 0x", "line 1, column 5: SyntaxError: invalid hexadecimal literal ~2"),
    ("x = 0xZ", "line 1, column 5: SyntaxError: invalid hexadecimal literal ~2"),
    ("x = 0x1g", "line 1, column 5: SyntaxError: invalid hexadecimal literal ~4"),
    ("x = 0b102", "line 1, column 9: SyntaxError: invalid digit '2' in binary literal"),
    ("x = 0o8", "line 1, column 7: SyntaxError: invalid digit '8' in octal literal"),
    (
      "x = 012",
      "line 1, column 5: SyntaxError: leading zeros in decimal integer literals are not "
        + "permitted; use an 0o prefix for octal integers ~3"
    ),
    ("x = 1_", "line 1, column 5: SyntaxError: invalid decimal literal ~2"),
    ("x = 1__0", "line 1, column 5: SyntaxError: invalid decimal literal ~2"),
    ("x = 1abc", "line 1, column 5: SyntaxError: invalid decimal literal ~4"),
    ("x = 1.5x", "line 1, column 5: SyntaxError: invalid decimal literal ~4"),
    (
      "x = b'abc'",
      "line 1, column 5: NotSupported: bytes literals are not supported here; "
        + "use a plain string ~2"
    ),
    (
      "x = Rb'abc'",
      "line 1, column 5: NotSupported: bytes literals are not supported here; "
        + "use a plain string ~3"
    ),
    (
      "x = '\\N{EM DASH}'",
      "line 1, column 6: NotSupported: \\N{...} escapes are not supported here; "
        + "type the character, or use \\u and its code ~2"
    ),
    ("x = '\\x4'", "line 1, column 6: SyntaxError: truncated \\xXX escape ~3"),
    ("x = '\\u12'", "line 1, column 6: SyntaxError: truncated \\uXXXX escape ~4"),
    (
      "x = '\\U00110000'",
      "line 1, column 6: SyntaxError: illegal Unicode character in \\UXXXXXXXX escape ~10"
    ),
  ])
  func lexical(source: String, expected: String) {
    #expect(parseFailure(source) == expected)
  }

  @Test func aLexicalErrorLaterWinsOverASyntaxErrorEarlier() {
    // As in CPython, which tokenizes the rest of the text on a syntax error.
    #expect(
      parseFailure("x = = 1\ny = $")
        == "line 2, column 5: SyntaxError: invalid character '$' (U+0024); "
        + "names use letters, digits and '_'")
    // But not over an unsupported feature, which is no syntax error.
    #expect(
      parseFailure("class A: pass\ny = $")
        == "line 1, column 1: NotSupported: classes are not supported here; use functions ~5")
    // Nor does an indentation error, unless the parser gets that far.
    #expect(
      parseFailure("x = = 1\nif y:\n    z\n  w")
        == "line 1, column 5: SyntaxError: invalid syntax")
  }

  @Test func aMessageQuotesAStrangeCharacterSafely() {
    #expect(
      parseFailure("x = \u{202E}")
        == "line 1, column 5: SyntaxError: invalid non-printable character U+202E")
    #expect(
      parseFailure("x = 🙂")
        == "line 1, column 5: SyntaxError: invalid character '🙂' (U+1F642)")
  }

  // MARK: - Unsupported

  @Test(arguments: [
    (
      "class A: pass",
      "line 1, column 1: NotSupported: classes are not supported here; use functions ~5"
    ),
    ("f = lambda x: x", "line 1, column 5: NotSupported: lambda is not supported here; use def ~6"),
    (
      "try:\n  pass\nexcept: pass",
      "line 1, column 1: NotSupported: try/except is not supported here; check values with if "
        + "before using them ~3"
    ),
    (
      "with open('f') as f: pass",
      "line 1, column 1: NotSupported: with statements are not supported here ~4"
    ),
    (
      "global x",
      "line 1, column 1: NotSupported: 'global' is not supported here; pass values to the "
        + "function and return the results ~6"
    ),
    (
      "def f():\n    nonlocal x",
      "line 2, column 5: NotSupported: 'nonlocal' is not supported here; pass values to the "
        + "function and return the results ~8"
    ),
    (
      "def f():\n    yield 1",
      "line 2, column 5: NotSupported: generators (yield) are not supported here; build a list "
        + "and return it ~5"
    ),
    (
      "def f():\n    x = yield",
      "line 2, column 9: NotSupported: generators (yield) are not supported here; build a list "
        + "and return it ~5"
    ),
    (
      "async def f(): pass",
      "line 1, column 1: NotSupported: async and await are not supported here ~5"
    ),
    ("x = await f()", "line 1, column 5: NotSupported: async and await are not supported here ~5"),
    (
      "assert x > 0",
      "line 1, column 1: NotSupported: assert is not supported here; check with if and print "
        + "a message ~6"
    ),
    (
      "raise ValueError('no')",
      "line 1, column 1: NotSupported: raise is not supported here; print a message and return "
        + "instead ~5"
    ),
    (
      "match x:\n    case 1:\n        pass",
      "line 1, column 1: NotSupported: match statements are not supported here; use "
        + "if/elif/else ~5"
    ),
    (
      "if (n := 10) > 5: pass",
      "line 1, column 7: NotSupported: the walrus operator ':=' is not supported here; assign "
        + "on a line of its own ~2"
    ),
    ("@cache\ndef f(): pass", "line 1, column 1: NotSupported: decorators are not supported here"),
    ("d = {}", "line 1, column 5: NotSupported: dictionaries are not supported here; use lists"),
    (
      "d = {'a': [1, 2]}",
      "line 1, column 5: NotSupported: dictionaries are not supported here; use lists"
    ),
    (
      "d = {k: v for k, v in xs}",
      "line 1, column 5: NotSupported: dictionaries are not supported here; use lists"
    ),
    ("s = {1, (2, 3)}", "line 1, column 5: NotSupported: sets are not supported here; use lists"),
    (
      "s = {x for x in y}", "line 1, column 5: NotSupported: sets are not supported here; use lists"
    ),
    (
      "while x:\n    pass\nelse:\n    pass",
      "line 3, column 1: NotSupported: 'else' after a loop is not supported here; use a "
        + "variable that records a break ~4"
    ),
    (
      "for x in y:\n    pass\nelse:\n    pass",
      "line 3, column 1: NotSupported: 'else' after a loop is not supported here; use a "
        + "variable that records a break ~4"
    ),
    (
      "def f(*args): pass",
      "line 1, column 7: NotSupported: *args and **kwargs are not supported here; list each "
        + "parameter by name"
    ),
    (
      "def f(**kwargs): pass",
      "line 1, column 7: NotSupported: *args and **kwargs are not supported here; list each "
        + "parameter by name ~2"
    ),
    (
      "def f(a, *, b): pass",
      "line 1, column 10: NotSupported: keyword-only parameters ('*') are not supported here; "
        + "list each parameter"
    ),
    (
      "def f(a, /, b): pass",
      "line 1, column 10: NotSupported: positional-only parameters ('/') are not supported "
        + "here; list each parameter"
    ),
    (
      "f(*xs)",
      "line 1, column 3: NotSupported: unpacking arguments with * or ** is not supported here; "
        + "pass each argument"
    ),
    (
      "f(1, **kw)",
      "line 1, column 6: NotSupported: unpacking arguments with * or ** is not supported here; "
        + "pass each argument ~2"
    ),
    (
      "from numpy import *",
      "line 1, column 19: NotSupported: 'from numpy import *' is not supported here; name what "
        + "you import"
    ),
    ("from . import x", "line 1, column 6: NotSupported: relative imports are not supported here"),
    (
      "a, *b = xs",
      "line 1, column 4: NotSupported: unpacking with * or ** is not supported here; write the "
        + "items out"
    ),
    (
      "x = [*a, *b]",
      "line 1, column 6: NotSupported: unpacking with * or ** is not supported here; write the "
        + "items out"
    ),
    (
      "x = (i for i in y)",
      "line 1, column 8: NotSupported: generator expressions are not supported here; use a list "
        + "comprehension, [x for x in xs] ~3"
    ),
    ("x = a[..., 0]", "line 1, column 7: NotSupported: '...' (Ellipsis) is not supported here ~3"),
  ])
  func unsupported(source: String, expected: String) {
    #expect(parseFailure(source) == expected)
  }

  // MARK: - F-strings

  @Test(arguments: [
    ("f'{}'", "line 1, column 3: SyntaxError: f-string: empty expression not allowed ~2"),
    ("x = f'a{ }b'", "line 1, column 8: SyntaxError: f-string: empty expression not allowed ~3"),
    ("f'}'", "line 1, column 3: SyntaxError: f-string: single '}' is not allowed"),
    ("f'a } b'", "line 1, column 5: SyntaxError: f-string: single '}' is not allowed"),
    ("f'{x'", "line 1, column 3: SyntaxError: f-string: expecting '}'"),
    ("f'{x:>10'", "line 1, column 3: SyntaxError: f-string: expecting '}'"),
    ("f'{x!r'", "line 1, column 3: SyntaxError: f-string: expecting '}'"),
    ("f'{x!rr}'", "line 1, column 3: SyntaxError: f-string: expecting '}'"),
    (
      "f'{x!z}'",
      "line 1, column 5: SyntaxError: f-string: invalid conversion character: expected 's', "
        + "'r', or 'a'"
    ),
    ("f'{x:{y:{z}}}'", "line 1, column 8: SyntaxError: f-string: expressions nested too deeply"),
    (
      "f'{a\\n}'",
      "line 1, column 5: SyntaxError: f-string expression part cannot include a backslash"
    ),
    ("f'{a#}'", "line 1, column 5: SyntaxError: f-string expression part cannot include '#'"),
    ("x = f'{1abc}'", "line 1, column 8: SyntaxError: invalid decimal literal ~4"),
    ("x = f'{a +}'", "line 1, column 11: SyntaxError: invalid syntax"),
    ("x = f'{a b}'", "line 1, column 10: SyntaxError: invalid syntax"),
    ("x = f'{(a}'", "line 1, column 7: SyntaxError: f-string: expecting '}'"),
    ("x = f'{a)}'", "line 1, column 9: SyntaxError: unmatched ')'"),
    (
      "print(f'{x=}')",
      "line 1, column 11: NotSupported: self-documenting f-string fields ('{x=}') are not "
        + "supported here; write the name out, as in f'x={x}'"
    ),
    (
      "f'{x = }'",
      "line 1, column 6: NotSupported: self-documenting f-string fields ('{x=}') are not "
        + "supported here; write the name out, as in f'x={x}'"
    ),
    ("f'{lambda: 1}'", "line 1, column 4: NotSupported: lambda is not supported here; use def ~6"),
    (
      "f'\\N{DASH}'",
      "line 1, column 3: NotSupported: \\N{...} escapes are not supported here; type the "
        + "character, or use \\u and its code ~2"
    ),
  ])
  func fStrings(source: String, expected: String) {
    #expect(parseFailure(source) == expected)
  }

  // MARK: - Limits

  @Test func bracketsNestOneHundredDeep() {
    let deep = String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)
    let deeper = String(repeating: "(", count: 101) + "1" + String(repeating: ")", count: 101)
    let lists = String(repeating: "[", count: 101) + String(repeating: "]", count: 101)
    let calls = "f" + String(repeating: "(f", count: 101) + String(repeating: ")", count: 101)
    #expect(
      parseFailuresOnLargeStack([deep, deeper, lists, calls]) == [
        "parsed: 1",
        "line 1, column 101: LimitReached: too deeply nested",
        "line 1, column 101: LimitReached: too deeply nested",
        "line 1, column 202: LimitReached: too deeply nested",
      ])
  }

  @Test func prefixOperatorsAndRightNestedOperandsCountAsNesting() {
    let outcomes = parseFailuresOnLargeStack([
      "x = " + String(repeating: "-", count: 101) + "1",
      "x = " + String(repeating: "not ", count: 101) + "1",
      "x = 2" + String(repeating: "**2", count: 101),
      "x = 1" + String(repeating: " if c else 1", count: 101),
    ])
    #expect(
      outcomes == [
        "line 1, column 105: LimitReached: too deeply nested",
        "line 1, column 405: LimitReached: too deeply nested ~3",
        "line 1, column 306: LimitReached: too deeply nested ~2",
        "line 1, column 1212: LimitReached: too deeply nested ~4",
      ])
  }

  @Test func blocksNestOneHundredDeep() {
    func nested(_ count: Int) -> String {
      (0..<count).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
        + String(repeating: " ", count: count) + "pass\n"
    }
    let outcomes = parseFailuresOnLargeStack([nested(100), nested(101)])
    #expect(outcomes.first?.hasPrefix("parsed: ") == true)
    #expect(outcomes.last == "line 101, column 105: LimitReached: too deeply nested")
  }

  @Test func longChainsAreLimitedInHeightButFlatOnesAreNot() {
    let outcomes = parseFailuresOnLargeStack([
      "x = 1" + String(repeating: " + 1", count: 199),
      "x = 1" + String(repeating: " + 1", count: 200),
      "x = a" + String(repeating: ".b", count: 300),
      "x = f" + String(repeating: "()", count: 300),
      // Lists, logical chains and comparison chains are one node, however long.
      "x = [" + String(repeating: "1, ", count: 10_000) + "]",
      "x = a" + String(repeating: " and a", count: 10_000),
      "x = a" + String(repeating: " < a", count: 10_000),
    ])
    #expect(outcomes.count == 7)
    #expect(outcomes[0].hasPrefix("parsed: "))
    #expect(
      outcomes[1] == "line 1, column 5: LimitReached: too deeply nested; split the expression "
        + "into smaller steps ~801")
    #expect(outcomes[2].contains("LimitReached: too deeply nested; split"))
    #expect(outcomes[3].contains("LimitReached: too deeply nested; split"))
    #expect(outcomes[4...].allSatisfy { $0.hasPrefix("parsed: ") })
  }

  @Test func hugeNestingFailsQuicklyWithoutOverflowingTheStack() {
    let outcomes = parseFailuresOnLargeStack([
      String(repeating: "(", count: 100_000),
      String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000),
      "x = " + String(repeating: "-", count: 100_000) + "1",
      "x = 1" + String(repeating: "+1", count: 100_000),
      String(repeating: "f'{", count: 1_000) + String(repeating: "}'", count: 1_000),
    ])
    #expect(
      Array(outcomes.prefix(3)) == [
        "line 1, column 101: LimitReached: too deeply nested",
        "line 1, column 101: LimitReached: too deeply nested",
        "line 1, column 105: LimitReached: too deeply nested",
      ])
    #expect(outcomes.count == 5)
    #expect(outcomes.dropFirst(3).allSatisfy { $0.contains("Error") || $0.contains("Limit") })
  }
}
