import Testing

@testable import Python

/// F-strings: literal text and replacement fields, conversions, specs with fields of
/// their own, adjacent literals, and spans that point into the line.
@Suite struct ParserFStringTests {
  @Test(arguments: [
    ("f\"Slope (m): {m}\"", "(f 'Slope (m): ' {m})"),
    ("f'{x:.2f}'", "(f {x :'.2f'})"),
    ("f'{x!r}'", "(f {x !r})"),
    ("f'{x!s:>10}'", "(f {x !s :'>10'})"),
    ("f'{x!a}'", "(f {x !a})"),
    ("f'{x:{w}.{p}f}'", "(f {x :{w} '.' {p} 'f'})"),
    ("f'{x:{w}}'", "(f {x :{w}})"),
    ("f'{x:}'", "(f {x})"),
    ("f'{{literal}} {x}'", "(f '{literal} ' {x})"),
    ("f'{{}}'", "(f '{}')"),
    ("f'{a + b * 2}'", "(f {(+ a (* b 2))})"),
    ("f'{a, b}'", "(f {(tuple a b)})"),
    ("f\"{d['k']}\"", "(f {([] d 'k')})"),
    ("f'{x if x != 1 else y}'", "(f {(if (!= x 1) x y)})"),
    (
      "f'{a == b} {a <= b} {a >= b} {a < b} {a > b}'",
      "(f {(== a b)} ' ' {(<= a b)} ' ' {(>= a b)} ' ' {(< a b)} ' ' {(> a b)})"
    ),
    ("f'{x[1:2]}'", "(f {([] x (: 1 2 _))})"),
    ("f'{f(a=1)}'", "(f {(call f a=1)})"),
    ("f'{ x }'", "(f {x})"),
    ("f'{x:%Y-%m}'", "(f {x :'%Y-%m'})"),
    ("f''", "(f)"),
    ("f'plain'", "(f 'plain')"),
    ("'abc' f'{x}' 'def'", "(f 'abc' {x} 'def')"),
    ("'a' f'b' 'c'", "(f 'abc')"),
    ("f'{x}' f'{y}'", "(f {x} {y})"),
    ("f'\\n{x}\\t'", "(f '\\n' {x} '\\t')"),
    ("f'\\{x}'", "(f '\\\\' {x})"),
    ("rf'\\n{x}'", "(f '\\\\n' {x})"),
    ("fR'\\d{x}'", "(f '\\\\d' {x})"),
    ("F'{x}'", "(f {x})"),
    ("Rf'{x}'", "(f {x})"),
    ("f\"{f'{x}'}\"", "(f {(f {x})})"),
    ("f'''a\n{x}\nb'''", "(f 'a\\n' {x} '\\nb')"),
    ("f'''{a +\nb}'''", "(f {(+ a b)})"),
    ("f'{x!r:{w}}'", "(f {x !r :{w}})"),
    ("f'{\"a\" + \"}\"}'", "(f {(+ 'a' '}')})"),
  ])
  func fStringTrees(source: String, expected: String) {
    #expect(parsedTree(source) == expected)
  }

  @Test func fieldExpressionsPointIntoTheLine() throws {
    let program = try PythonParser.parse("print(f\"Slope (m): {m:.{digits}f} and {a + bc}\")")
    guard case .expression(let call) = program.statements.first?.kind,
      case .call(_, let arguments, _) = call.kind,
      case .formattedString(let parts) = arguments.first?.kind
    else {
      Issue.record("not an f-string call")
      return
    }
    var spans: [SourceSpan] = []
    for part in parts {
      guard case .field(let expression, _, let spec) = part else { continue }
      spans.append(expression.span)
      for case .field(let nested, _, _) in spec ?? [] { spans.append(nested.span) }
    }
    #expect(
      spans == [
        SourceSpan(line: 1, column: 21, length: 1),
        SourceSpan(line: 1, column: 25, length: 6),
        SourceSpan(line: 1, column: 40, length: 6),
      ])
    #expect(arguments.first?.span == SourceSpan(line: 1, column: 7, length: 41))
  }

  @Test func fieldSpansFollowTheLinesOfATripleQuotedString() throws {
    let source = "x = f\"\"\"first\n  {value + 1}\n{a +\n   b}\"\"\""
    let program = try PythonParser.parse(source)
    guard case .assign(_, let value) = program.statements.first?.kind,
      case .formattedString(let parts) = value.kind
    else {
      Issue.record("not an f-string")
      return
    }
    var spans: [SourceSpan] = []
    for case .field(let expression, _, _) in parts {
      guard case .binary(_, let left, let right) = expression.kind else { continue }
      spans += [left.span, right.span]
    }
    #expect(
      spans == [
        SourceSpan(line: 2, column: 4, length: 5),
        SourceSpan(line: 2, column: 12, length: 1),
        SourceSpan(line: 3, column: 2, length: 1),
        SourceSpan(line: 4, column: 4, length: 1),
      ])
  }

  @Test func anErrorInAFieldPointsIntoTheLine() {
    #expect(
      parseFailure("x = 1\ny = f'{a} {b $ c}'")
        == "line 2, column 14: SyntaxError: invalid character '$' (U+0024); "
        + "names use letters, digits and '_'")
    #expect(
      parseFailure("y = f'''\n   {a ++}'''")
        == "line 2, column 9: SyntaxError: invalid syntax")
  }
}
