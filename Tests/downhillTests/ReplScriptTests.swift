import Foundation
import Testing

/// `downhill repl script.py`: a Python file run whole, its prints and figures in order.
@Suite struct ReplScriptTests {
  let downhill: CommandRunner
  let folder: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    folder = try TemporaryDirectory()
  }

  @Test func theCoursesExampleOnePrintsItsNumbersThenDrawsItsFigure() throws {
    let path = try folder.write(
      """
      import numpy as np
      import matplotlib.pyplot as plt
      X = np.array([1, 2, 3, 4, 5])
      Y = np.array([150, 300, 450, 600, 750])
      m = 0
      c = 0
      L = 0.01
      epochs = 1000
      n = float(len(X))
      for i in range(epochs):
          Y_pred = m*X + c
          D_m = (-2/n) * sum(X * (Y - Y_pred))
          D_c = (-2/n) * sum(Y - Y_pred)
          m = m - L * D_m
          c = c - L * D_c
      print(f"Slope (m): {m}")
      print(f"Intercept (c): {c}")
      plt.scatter(X, Y, color='blue')
      plt.plot(X, m*X + c, color='red')
      plt.xlabel('Size of the house')
      plt.ylabel('Price of the house')
      plt.show()
      print("done")
      """, to: "example1.py")
    let result = try downhill.run(["repl", path, "--width", "60", "--height", "16"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.stderr == "", "\(result)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    try #require(lines.count == 2 + 16 + 2)
    #expect(lines[0] == "Slope (m): 149.63852630039835")
    #expect(lines[1] == "Intercept (c): 1.3050347505457929")
    // The figure: its legend, its y title, and its x title under the axis.
    #expect(lines[2].contains("points (blue)") && lines[2].contains("line (red)"))
    #expect(lines[3] == "Price of the house")
    #expect(lines[17].trimmingCharacters(in: .whitespaces) == "Size of the house")
    // The text printed after plt.show() comes after the figure.
    #expect(lines[18] == "done")
    #expect(lines[19] == "")
  }

  @Test func anErrorIsShownUnderItsLineWithExitStatusOne() throws {
    let path = try folder.write(
      "import numpy as np\nX = np.array([1, 2, 3])\nY_pred = 2 * X\nprint(Y_pred)\nloss = np.mean((X - Ypred) ** 2)\n",
      to: "typo.py")
    let result = try downhill.run(["repl", path])
    #expect(result.exitStatus == 1, "\(result)")
    #expect(result.stdout == "[2 4 6]\n")
    let shown = "\(path):5: "
    #expect(
      result.stderr == """
        \(shown)loss = np.mean((X - Ypred) ** 2)
        \(String(repeating: " ", count: shown.count + 20))^~~~~ name 'Ypred' is not defined; did you mean 'Y_pred'?

        """)
  }

  @Test(arguments: ["/dev/zero", "no-such-file.py"])
  func aFileThatCannotBeReadIsRefusedWithStatusTwo(path: String) throws {
    let result = try downhill.run(["repl", path])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("Error: cannot read '\(path)'"))
  }

  @Test func aScriptAndALessonAreRefusedTogether() throws {
    let result = try downhill.run(["repl", "x.py", "--lesson", "linear-regression"])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("Error: a script runs on its own; give either a file or --lesson\nUsage: downhill repl "))
  }
}
