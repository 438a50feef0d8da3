import Foundation
import Python
import Testing

/// The sandbox's limits and refusals: each ends a program with a sentence at its place,
/// and the interpreter stays usable.
@Suite struct SandboxTests {
  /// The error `source` stops with (nil if it runs to the end).
  private func failure(_ source: String, limits: Interpreter.Limits = .init()) -> PythonError? {
    let python = Interpreter(limits: limits)
    do {
      try python.run(source)
      return nil
    } catch {
      return error
    }
  }

  @Test func anEndlessLoopStopsAtTheStepBudget() throws {
    let error = try #require(failure("n = 0\nwhile True:\n    n += 1\n", limits: .init(steps: 10_000)))
    #expect(error.kind == .limit)
    #expect(error.message == "stopped after 10000 steps: the program ran too long (a loop that never ends?)")
    // At the loop that would not end.
    #expect(error.span?.line == 2)
    #expect(error.span?.column == 1)
  }

  @Test func theBudgetCountsAcrossNestedLoopsAndCalls() throws {
    let source = """
      def f(k):
          t = 0
          for i in range(k):
              t += i
          return t
      total = 0
      for j in range(1000):
          total += f(1000)
      """
    let error = try #require(failure(source, limits: .init(steps: 100_000)))
    #expect(error.kind == .limit)
  }

  @Test func runawayRecursionStopsAtTheRecursionLimit() throws {
    let error = try #require(failure("def f(n):\n    return f(n + 1)\nf(0)\n", limits: .init(recursion: 50)))
    #expect(error.kind == .limit)
    #expect(error.message == "maximum recursion depth exceeded: calls nested more than 50 deep")
    #expect(error.span?.line == 2)
  }

  @Test(arguments: [
    ("import numpy as np\nA = np.zeros(10**8)\n", "an array of shape (100000000,) is more than the 10000000 elements allowed here", 2),
    ("xs = [0] * 20000000\n", "an array of 20000000 elements is more than the 10000000 allowed here", 1),
    ("xs = [0, 1] * 2**62\n", "an array of 9223372036854775807 elements is more than the 10000000 allowed here", 1),
    ("import numpy as np\nA = np.ones((5000, 5000))\n", "an array of shape (5000, 5000) is more than the 10000000 elements allowed here", 2),
    ("import numpy as np\nA = np.zeros((2**40, 2**40))\n", "an array of shape (1099511627776, 1099511627776) is more than the 10000000 elements allowed here", 2),
    ("import numpy as np\nA = np.arange(10**9)\n", "an array of 1000000000 elements is more than the 10000000 allowed here", 2),
    ("import numpy as np\nA = np.eye(10**6)\n", "an array of shape (1000000, 1000000) is more than the 10000000 elements allowed here", 2),
  ] as [(String, String, Int)])
  func aHugeArrayIsRefused(source: String, message: String, line: Int) throws {
    let error = try #require(failure(source))
    #expect(error.kind == .limit)
    #expect(error.message == message)
    #expect(error.span?.line == line)
  }

  @Test func aListInsideItselfStopsWithASentence() throws {
    let compared = try #require(failure("a = [1]\na.append(a)\nprint(a == a)\n"))
    #expect(compared.kind == .limit)
    let printed = try #require(failure("a = [1]\na.append(a)\nprint(a)\n"))
    #expect(printed.kind == .limit)
    // [1, [1, [...]]] is ragged at once; [[[...]]] is refused past the largest rank.
    let ragged = try #require(failure("import numpy as np\na = [1]\na.append(a)\nnp.array(a)\n"))
    #expect(ragged.kind == .value)
    let endless = try #require(failure("import numpy as np\na = []\na.append(a)\nnp.array(a)\n"))
    #expect(endless.kind == .unsupported)
    #expect(endless.message == "arrays of more than 3 dimensions are not supported here (is a list inside itself?)")
  }

  @Test(arguments: [
    "import numpy as np\nnp.zeros(-1)", "import numpy as np\nnp.full(3, np.array([]))",
    "print(round(5, -(2**63)))", "print(len(range(-2**63, 2**63 - 1)))",
    "import numpy as np\nnp.random.randint(-2**63, 2**63 - 1)",
    "import numpy as np\nnp.ones(3).reshape(2**40, 2**40, -1)",
  ])
  func edgeArgumentsEndWithASentenceNotATrap(source: String) {
    // Each either runs or stops with a PythonError; a trap would end the test process.
    _ = failure(source)
  }

  @Test func anInterruptFromAnotherThreadStopsARunningLoop() throws {
    let python = Interpreter(limits: .init(steps: Int.max))
    let interruption = python.interruption
    let thread = Thread {
      Thread.sleep(forTimeInterval: 0.05)
      interruption.interrupt()
    }
    thread.start()
    var caught: PythonError?
    do {
      try python.run("while True:\n    pass\n")
    } catch {
      caught = error
    }
    let error = try #require(caught)
    #expect(error.kind == .interrupted)
    // The next run starts afresh.
    try python.run("x = 1\n")
    #expect(python.globals["x"].map { if case .int(1) = $0 { true } else { false } } == true)
  }

  @Test(arguments: ["x = 2 ^ 3", "x = 2.0 ^ 2", "import numpy as np\nx = np.array([1, 2]) ^ 2"])
  func caretIsRefusedOnNumbers(source: String) throws {
    let error = try #require(failure(source))
    #expect(error.kind == .type)
    #expect(error.message == "in Python ^ is XOR; write ** for a power")
  }

  @Test func caretStillXorsBooleanMasks() throws {
    let python = Interpreter()
    try python.run("import numpy as np\nX = np.array([1, 2, 3])\nprint((X > 1) ^ (X > 2))\n")
    #expect(python.output == "[False  True False]\n")
  }

  @Test(arguments: [
    ("import os", "module 'os' is not available here; programs can import numpy (as np), matplotlib.pyplot (as plt) and math"),
    ("open('grades.csv')", "open() is not available here: programs cannot reach files, input or the system"),
    ("x = input()", "input() is not available here: programs cannot reach files, input or the system"),
    ("eval('1 + 1')", "eval() is not available here: programs cannot reach files, input or the system"),
    ("import matplotlib.pyplot as plt\nplt.savefig('a.png')", "plt.savefig is not available here; plots are drawn in the terminal with plt.show()"),
  ])
  func theOutsideWorldIsOutOfReach(source: String, message: String) throws {
    let error = try #require(failure(source))
    #expect(error.kind == .unsupported)
    #expect(error.message == message)
  }

  @Test func anErrorIsShownUnderItsLine() throws {
    let source = "X = 3\nY_pred = 2 * X\nloss = (X - Ypred) ** 2\n"
    let error = try #require(failure(source))
    #expect(error.kind == .name)
    #expect(error.message == "name 'Ypred' is not defined; did you mean 'Y_pred'?")
    #expect(error.span == SourceSpan(line: 3, column: 13, length: 5))
    #expect(
      error.rendered(lines: source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        == "line 3: loss = (X - Ypred) ** 2\n                    ^~~~~ name 'Ypred' is not defined; did you mean 'Y_pred'?")
  }

  @Test func whatRanBeforeAnErrorIsKept() throws {
    let python = Interpreter()
    #expect(throws: PythonError.self) { try python.run("a = 1\nprint('before')\nb = 1 / 0\nc = 3\n") }
    #expect(python.output == "before\n")
    #expect(python.globals["a"] != nil)
    #expect(python.globals["c"] == nil)
  }
}
