import Testing

@testable import Python

/// Trees of valid programs, as S-expressions (see `SExpression`).
@Suite struct ParserTests {
  // MARK: - Precedence

  @Test(arguments: [
    ("-2**2", "(- (** 2 2))"),
    ("2**3**2", "(** 2 (** 3 2))"),
    ("2**-1", "(** 2 (- 1))"),
    ("-x**-y", "(- (** x (- y)))"),
    ("a @ b * c", "(* (@ a b) c)"),
    ("lr * H.T @ dZ2", "(@ (* lr (. H T)) dZ2)"),
    ("not a == b", "(not (== a b))"),
    ("a < b < c", "(chain a < b < c)"),
    ("a < b", "(< a b)"),
    ("a + b * c - d / e", "(- (+ a (* b c)) (/ d e))"),
    ("a - b - c", "(- (- a b) c)"),
    ("a // b % c", "(% (// a b) c)"),
    ("a | b ^ c & d << e + f", "(| a (^ b (& c (<< d (+ e f)))))"),
    ("a >> 1 << 2", "(<< (>> a 1) 2)"),
    ("~a + -b", "(+ (~ a) (- b))"),
    ("+a", "(+ a)"),
    ("- - a", "(- (- a))"),
    ("a or b and not c", "(or a (and b (not c)))"),
    ("a and b and c", "(and a b c)"),
    ("a or b or c", "(or a b c)"),
    ("not not a", "(not (not a))"),
    ("a if b else c", "(if b a c)"),
    ("a if b else c if d else e", "(if b a (if d c e))"),
    ("a or b if c or d else e", "(if (or c d) (or a b) e)"),
    ("x in xs", "(in x xs)"),
    ("x not in xs", "(not in x xs)"),
    ("x is None", "(is x None)"),
    ("x is not None", "(is not x None)"),
    ("a == b != c <= d >= e > f", "(chain a == b != c <= d >= e > f)"),
    ("a + b < c * d", "(< (+ a b) (* c d))"),
    ("(a + b) * c", "(* (+ a b) c)"),
    ("-a.b(c)[d] ** 2", "(- (** ([] (call (. a b) c) d) 2))"),
    ("2 ** f(x).T", "(** 2 (. (call f x) T))"),
  ])
  func precedence(source: String, expected: String) {
    #expect(parsedTree(source) == expected)
  }

  // MARK: - Atoms

  @Test(arguments: [
    ("x", "x"),
    ("αβ_1", "αβ_1"),
    ("None", "None"),
    ("True", "True"),
    ("False", "False"),
    ("42", "42"),
    ("1_000_000", "1000000"),
    ("0x1F", "31"),
    ("0o17", "15"),
    ("0b1010", "10"),
    ("0_0", "0"),
    ("9223372036854775807", "9223372036854775807"),
    ("1.5", "1.5"),
    ("1.", "1.0"),
    (".5", "0.5"),
    ("1e-3", "0.001"),
    ("1E3", "1000.0"),
    ("1_000.5", "1000.5"),
    ("1e400", "inf"),
    ("'hi'", "'hi'"),
    ("\"hi\"", "'hi'"),
    ("'a' 'b' \"c\"", "'abc'"),
    ("()", "(tuple)"),
    ("(1,)", "(tuple 1)"),
    ("(1, 2)", "(tuple 1 2)"),
    ("(1, 2,)", "(tuple 1 2)"),
    ("(x)", "x"),
    ("((x))", "x"),
    ("[]", "[]"),
    ("[1, 2, 3]", "[1 2 3]"),
    ("[1, 2, 3,]", "[1 2 3]"),
    ("[[1], [2]]", "[[1] [2]]"),
    ("1, 2", "(tuple 1 2)"),
    ("1,", "(tuple 1)"),
  ])
  func atoms(source: String, expected: String) {
    #expect(parsedTree(source) == expected)
  }

  // MARK: - Primaries

  @Test(arguments: [
    ("f()", "(call f)"),
    ("f(x)", "(call f x)"),
    ("f(x, y,)", "(call f x y)"),
    ("plt.scatter(X, Y, color='blue')", "(call (. plt scatter) X Y color='blue')"),
    ("f(a=1, b=2)", "(call f a=1 b=2)"),
    ("f(a == 1)", "(call f (== a 1))"),
    ("np.random.seed(0)", "(call (. (. np random) seed) 0)"),
    ("f(x)(y)", "(call (call f x) y)"),
    ("a[0]", "([] a 0)"),
    ("a[1:2]", "([] a (: 1 2 _))"),
    ("a[::2]", "([] a (: _ _ 2))"),
    ("a[:]", "([] a (: _ _ _))"),
    ("a[1:]", "([] a (: 1 _ _))"),
    ("a[:-1]", "([] a (: _ (- 1) _))"),
    ("a[::-1]", "([] a (: _ _ (- 1)))"),
    ("a[1:2:3]", "([] a (: 1 2 3))"),
    ("a[1, 2]", "([] a (tuple 1 2))"),
    ("a[:, 0]", "([] a (tuple (: _ _ _) 0))"),
    ("a[1:, ::2]", "([] a (tuple (: 1 _ _) (: _ _ 2)))"),
    ("a[0,]", "([] a (tuple 0))"),
    ("a[i][j]", "([] ([] a i) j)"),
    ("a[b[0]]", "([] a ([] b 0))"),
    ("X.T @ X", "(@ (. X T) X)"),
    ("(a + b).T", "(. (+ a b) T)"),
    ("[1, 2][0]", "([] [1 2] 0)"),
    ("'a,b'.split(',')", "(call (. 'a,b' split) ',')"),
  ])
  func primaries(source: String, expected: String) {
    #expect(parsedTree(source) == expected)
  }

  @Test(arguments: [
    ("[x * x for x in xs]", "(listcomp (* x x) (for x xs))"),
    ("[x for x in xs if x > 0]", "(listcomp x (for x xs (if (> x 0))))"),
    ("[x for x in xs if a if b]", "(listcomp x (for x xs (if a) (if b)))"),
    (
      "[e for x in xs if c for y in ys]",
      "(listcomp e (for x xs (if c)) (for y ys))"
    ),
    (
      "[i * x for i, x in enumerate(xs)]",
      "(listcomp (* i x) (for (tuple i x) (call enumerate xs)))"
    ),
    (
      "[a for i, (a, b) in pairs]",
      "(listcomp a (for (tuple i (tuple a b)) pairs))"
    ),
    ("[a if c else b for x in xs]", "(listcomp (if c a b) (for x xs))"),
    ("[x for x in a or b]", "(listcomp x (for x (or a b)))"),
    ("sum(x*x for x in xs)", "(call sum (listcomp (* x x) (for x xs)))"),
    ("max(x for x in xs if x)", "(call max (listcomp x (for x xs (if x))))"),
    (
      "[[r[i] for r in m] for i in range(3)]",
      "(listcomp (listcomp ([] r i) (for r m)) (for i (call range 3)))"
    ),
  ])
  func comprehensions(source: String, expected: String) {
    #expect(parsedTree(source) == expected)
  }

  // MARK: - Statements

  @Test(arguments: [
    ("Y_pred = m*X + c", "(assign [Y_pred] (+ (* m X) c))"),
    ("a = b = 0", "(assign [a b] 0)"),
    ("a, b = b, a", "(assign [(tuple a b)] (tuple b a))"),
    ("(a, b) = [c, d] = t", "(assign [(tuple a b) [c d]] t)"),
    ("x = 1, 2", "(assign [x] (tuple 1 2))"),
    ("a.b = 1", "(assign [(. a b)] 1)"),
    ("a[0] = 1", "(assign [([] a 0)] 1)"),
    ("a[:, 0] = 1", "(assign [([] a (tuple (: _ _ _) 0))] 1)"),
    ("x += 1", "(+= x 1)"),
    ("x -= 1", "(-= x 1)"),
    ("x *= 2", "(*= x 2)"),
    ("x /= 2", "(/= x 2)"),
    ("x //= 2", "(//= x 2)"),
    ("x %= 2", "(%= x 2)"),
    ("x **= 2", "(**= x 2)"),
    ("x @= w", "(@= x w)"),
    ("x &= 1", "(&= x 1)"),
    ("x |= 1", "(|= x 1)"),
    ("x ^= 1", "(^= x 1)"),
    ("x <<= 1", "(<<= x 1)"),
    ("x >>= 1", "(>>= x 1)"),
    ("w.grad -= lr * g", "(-= (. w grad) (* lr g))"),
    ("W[0] += 1", "(+= ([] W 0) 1)"),
    ("x: int = 5", "(assign [x] 5)"),
    ("x: float", "pass"),
    ("pass", "pass"),
    ("del a, b[0]", "(del a ([] b 0))"),
    ("del (a)", "(del a)"),
    ("import numpy", "(import numpy)"),
    ("import numpy as np", "(import numpy as np)"),
    ("import matplotlib.pyplot as plt", "(import matplotlib.pyplot as plt)"),
    ("import math", "(import math)"),
    ("import numpy, math as m", "(import numpy)\n(import math as m)"),
    ("from numpy import array, mean as m", "(from numpy import array, mean as m)"),
    ("from numpy import (array,\n  mean,)", "(from numpy import array, mean)"),
    ("from matplotlib import pyplot as plt", "(from matplotlib import pyplot as plt)"),
    ("x = 1; y = 2", "(assign [x] 1)\n(assign [y] 2)"),
    ("x = 1; y = 2;", "(assign [x] 1)\n(assign [y] 2)"),
    ("print(x)", "(call print x)"),
    ("f(x) == 1", "(== (call f x) 1)"),
  ])
  func simpleStatements(source: String, expected: String) {
    #expect(parsedTree(source) == expected)
  }

  @Test func ifElifElse() {
    let source = """
      if x > 0:
          y = 1
      elif x < 0:
          y = -1
      elif x == 0:
          pass
      else:
          y = 0
          z = 0
      """
    #expect(
      parsedTree(source)
        == "(if (> x 0) [(assign [y] 1)] elif (< x 0) [(assign [y] (- 1))] "
        + "elif (== x 0) [pass] else [(assign [y] 0) (assign [z] 0)])")
  }

  @Test func whileWithBreakAndContinue() {
    let source = """
      while True:
          i += 1
          if i > 10:
              break
          if i % 2:
              continue
      """
    #expect(
      parsedTree(source)
        == "(while True [(+= i 1) (if (> i 10) [break]) (if (% i 2) [continue])])")
  }

  @Test func forLoops() {
    #expect(
      parsedTree("for i in range(epochs):\n    m = m - L * D_m\n")
        == "(for i (call range epochs) [(assign [m] (- m (* L D_m)))])")
    #expect(
      parsedTree("for i, (a, b) in enumerate(pairs):\n    pass\n")
        == "(for (tuple i (tuple a b)) (call enumerate pairs) [pass])")
    #expect(
      parsedTree("for x in 1, 2, 3:\n    print(x)") == "(for x (tuple 1 2 3) [(call print x)])")
    #expect(parsedTree("for a.b in xs: pass") == "(for (. a b) xs [pass])")
    #expect(parsedTree("for [a, b] in xs: pass") == "(for [a b] xs [pass])")
  }

  @Test func functionDefinitions() {
    #expect(
      parsedTree("def f(a, b=1, c=2.0):\n    return a + b + c\n")
        == "(def f (a b=1 c=2.0) [(return (+ (+ a b) c))])")
    #expect(
      parsedTree("def loss(w: float, xs: list = None) -> float:\n    return\n")
        == "(def loss (w xs=None) [(return)])")
    #expect(parsedTree("def f(): return m, c") == "(def f () [(return (tuple m c))])")
    #expect(parsedTree("def f(x,): pass") == "(def f (x) [pass])")
    #expect(
      parsedTree("def f():\n    def g():\n        return 1\n    return g()\n")
        == "(def f () [(def g () [(return 1)]) (return (call g))])")
  }

  @Test func breakInsideAFunctionInsideALoopIsOutsideTheLoop() {
    #expect(
      parseFailure("for x in y:\n    def f():\n        break\n")
        == "line 3, column 9: SyntaxError: 'break' outside loop ~5")
  }

  @Test func compoundBodiesOnTheHeaderLine() {
    #expect(parsedTree("if x: y = 1") == "(if x [(assign [y] 1)])")
    #expect(parsedTree("if x: y = 1; z = 2") == "(if x [(assign [y] 1) (assign [z] 2)])")
    #expect(parsedTree("if x: pass\nelse: y = 2") == "(if x [pass] else [(assign [y] 2)])")
    #expect(parsedTree("while x: x -= 1") == "(while x [(-= x 1)])")
    #expect(parsedTree("for x in y: print(x)") == "(for x y [(call print x)])")
    #expect(parsedTree("def f(x): return x") == "(def f (x) [(return x)])")
  }

  @Test func statementSpansAreTheirHeaders() throws {
    let program = try PythonParser.parse("x = 1\nif x > 0:\n    y = 2\n")
    #expect(
      program.statements.map(\.span) == [
        SourceSpan(line: 1, column: 1, length: 5),
        SourceSpan(line: 2, column: 1, length: 9),
      ])
    #expect(program.lines == ["x = 1", "if x > 0:", "    y = 2"])
  }

  @Test func expressionSpansCoverTheirTokens() throws {
    let program = try PythonParser.parse("y = (a + b).T * f(x, k=2)[0]")
    guard case .assign(let targets, let value) = program.statements.first?.kind,
      case .binary(_, let left, let right) = value.kind,
      case .subscript(let call, _) = right.kind,
      case .call(_, _, let keywords) = call.kind
    else {
      Issue.record("unexpected tree")
      return
    }
    #expect(targets.first?.span == SourceSpan(line: 1, column: 1, length: 1))
    #expect(value.span == SourceSpan(line: 1, column: 5, length: 24))
    #expect(left.span == SourceSpan(line: 1, column: 5, length: 9))
    #expect(right.span == SourceSpan(line: 1, column: 17, length: 12))
    #expect(call.span == SourceSpan(line: 1, column: 17, length: 9))
    #expect(keywords.first?.span == SourceSpan(line: 1, column: 22, length: 2))
  }

  @Test func parametersHaveSpans() throws {
    let program = try PythonParser.parse("def f(a, bb=1):\n    pass")
    guard case .function(_, let parameters, _) = program.statements.first?.kind else {
      Issue.record("not a function")
      return
    }
    #expect(
      parameters.map(\.span) == [
        SourceSpan(line: 1, column: 7, length: 1),
        SourceSpan(line: 1, column: 10, length: 2),
      ])
  }

  // MARK: - Indentation

  @Test(arguments: [
    // Tabs, which reach column 8.
    (
      "for x in y:\n\tif x:\n\t\tz = 1\n\tw = 2\n",
      "(for x y [(if x [(assign [z] 1)]) (assign [w] 2)])"
    ),
    // Comments at odd indentation, and blank and blank-looking lines inside a block.
    (
      "def f():\n    a = 1\n\n  # odd\n        # odder\n   \n\t\n    return a\n",
      "(def f () [(assign [a] 1) (return a)])"
    ),
    // A block that ends at the end of the text, without a line end.
    ("if x:\n    if y:\n        z = 1", "(if x [(if y [(assign [z] 1)])])"),
    // Windows and old Mac line ends.
    (
      "if x:\r\n    y = 1\r\nelse:\r\n    y = 2\r\n",
      "(if x [(assign [y] 1)] else [(assign [y] 2)])"
    ),
    ("if x:\r    y = 1\rz = 2", "(if x [(assign [y] 1)])\n(assign [z] 2)"),
    // Lines joined inside brackets and after a backslash keep no indentation.
    (
      "x = [1,\n        2,\n  3]\ny = 1 + \\\n      2", "(assign [x] [1 2 3])\n(assign [y] (+ 1 2))"
    ),
    ("if (a and\nb):\n    pass", "(if (and a b) [pass])"),
    // Dedenting several blocks at once.
    ("if a:\n  if b:\n    if c:\n      x\ny", "(if a [(if b [(if c [x])])])\ny"),
    // A form feed at the start of a line resets its indentation, as in CPython.
    ("if a:\n    x\n\u{0C}y", "(if a [x])\ny"),
  ])
  func indentationEdgeCases(source: String, expected: String) {
    #expect(parsedTree(source) == expected)
  }

  @Test func programLinesAreTheSourceLinesWithoutTheirEnds() throws {
    #expect(
      try PythonParser.parse("a = 1\r\nb = 2\rc = 3\n\n").lines == ["a = 1", "b = 2", "c = 3", ""])
    #expect(try PythonParser.parse("").lines == [])
    #expect(try PythonParser.parse("x").lines == ["x"])
  }

  // MARK: - Soft keywords and names

  @Test func softKeywordsAreNames() {
    #expect(parsedTree("match = 1\ncase = match") == "(assign [match] 1)\n(assign [case] match)")
    #expect(parsedTree("_ = 2") == "(assign [_] 2)")
    #expect(parsedTree("print(match(x))") == "(call print (call match x))")
  }

  @Test func numberDirectlyBeforeAKeyword() {
    #expect(parsedTree("x = 1if y else 2") == "(assign [x] (if y 1 2))")
    #expect(parsedTree("[1for x in y]") == "(listcomp 1 (for x y))")
    // As in CPython: the hexadecimal digits run on into `f`, leaving `or`.
    #expect(parsedTree("[0x1for x in y]") == "[(or 31 (in x y))]")
  }
}
