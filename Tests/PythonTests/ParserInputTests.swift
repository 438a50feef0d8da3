import Testing

@testable import Python

/// `needsMoreInput`: whether an interactive prompt should read another line. The text is
/// the lines typed so far joined with `\n`; a blank line typed is an empty last line.
@Suite struct ParserInputTests {
  @Test(arguments: [
    "if x:",
    "for i in range(3):",
    "def f(x):",
    "while True:  # forever",
    "x = (1,",
    "x = [",
    "print('a',\n",
    "x = [\n\n",
    "m = f(a,\n      b",
    "s = '''abc",
    "s = '''abc\n",
    "s = f\"\"\"{x}\n\n",
    "x = 1 + \\",
    "if x:\n    y = 1",
    "for i in y:\n    print(i)",
    "if x: y = 1",
    "if x:\n    pass\nelse:",
    "if x:\n    y\nelif z:\n    w",
    "def f():\n    return 1",
    "while x:\n    if y:\n        z",
    "def f():\n    x = [1,\n2]",
    "for i in y:\n    # a comment",
  ])
  func incomplete(source: String) {
    #expect(PythonParser.needsMoreInput(source))
  }

  @Test(arguments: [
    "",
    "x = 1",
    "print(x)",
    "# a comment",
    "x = [1,\n2]",
    "s = '''a\nb'''",
    "if x:\n    y = 1\n",
    "for i in y:\n    print(i)\n    ",
    "def f():\n    return 1\n",
    "if x:\n",
    "x = 1 +",
    "x = )",
    "x = $",
    "x = (1, $",
    "x = 'abc",
    "print(1 2,",
    "  x = 1",
    "x = \\\n",
    "class A:",
    "if x:\n    pass\n  y",
    "x = 1\n",
    "else:",
  ])
  func completeOrWrong(source: String) {
    #expect(!PythonParser.needsMoreInput(source))
  }

  @Test func whatNeedsNoMoreInputParsesOrFails() {
    // The caller parses once more input is not needed: that must give a tree or an error.
    for source in ["x = 1", "if x:\n", "x = 1 +", "if x:\n    y = 1\n"] {
      #expect(!PythonParser.needsMoreInput(source))
      _ = parsedTree(source)
    }
  }
}
