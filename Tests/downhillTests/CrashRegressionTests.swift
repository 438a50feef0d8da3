import Foundation
import TestSupport
import Testing

/// What once crashed or hung the built `downhill`, run as a user would, plus a sample of
/// the command space (see `CommandSpace`) through `downhill repl`: every run must end with
/// status 0 and no runtime error.
@Suite struct CrashRegressionTests {
  let downhill: CommandRunner
  static let lessonsFolder = RepositoryPaths.lessons

  init() throws {
    downhill = try CommandRunner()
  }

  /// Expects a clean run: status 0, and no trap's report on standard error.
  func expectNoCrash(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.exitStatus == 0, "\(result)", sourceLocation: sourceLocation)
    #expect(!result.stderr.contains("Fatal error"), "\(result)", sourceLocation: sourceLocation)
    #expect(!result.stderr.contains("crashed"), "\(result)", sourceLocation: sourceLocation)
  }

  // MARK: - A polynomial model's graph

  @Test func aPolynomialsGraphShowsItsPowersAsNodes() throws {
    let result = try downhill.run(
      ["repl"], input: "model poly:2\nview graph\nbackstep\nbackstep\nsolve\nbackstep\n")
    expectNoCrash(result)
    // Raw x = 1 and x² = 1 feed the weights, each a box of the diagram; at zero weights
    // ŷ = 0 and the loss is 150² = 22.5k.
    #expect(result.stdout.contains("─x1²─"), "\(result)")
    #expect(result.stdout.contains("│22.5k│"), "\(result)")
    #expect(result.stdout.contains("∂loss/∂(loss) = 1, passed on to ŷ - y"), "\(result)")
    // ∂(ŷ − y)²/∂(ŷ − y) = 2(ŷ − y) = 2(0 − 150).
    #expect(result.stdout.contains("∂loss/∂(ŷ - y) = -300, passed on to z and y"), "\(result)")
  }

  @Test func playBackstepsThroughThePolynomialLesson() throws {
    let result = try downhill.run([
      "play", "polynomial-regression", "--lessons-folder", Self.lessonsFolder, "--script",
      "backstep; view graph; backstep; solve; backstep",
    ])
    expectNoCrash(result)
    #expect(result.stdout.contains("∂loss/∂(loss) = 1, passed on to ŷ - y"), "\(result)")
  }

  @Test func lintReportsNoCrashForARunBlockThatBacksteps() throws {
    let folder = try TemporaryDirectory()
    _ = try folder.write(
      """
      ---
      format: 1
      id: curve-graph
      title: Graphs of curves
      summary: The computation graph of a polynomial's loss.
      dataset: squares
      model: poly:2
      ---

      ## The graph

      ```run
      view graph
      backstep
      backstep
      ```

      The graph of a curve's loss.
      """, to: "01-curve-graph.md")
    let result = try downhill.run(["lint", "--lessons-folder", folder.url.path])
    expectNoCrash(result)
    #expect(result.stderr.contains("checked: no problems"), "\(result)")
  }

  @Test func checkGradesEveryStudentWhenOneTaskAnswerBacksteps() throws {
    let folder = try TemporaryDirectory()
    let crash = """
      ---
      lesson: polynomial-regression
      student: Grace
      ---

      ## \(try Self.firstTaskID(of: "05-polynomial-regression.md"))

      ```
      model poly:2
      view graph
      backstep
      ```
      """
    _ = try folder.write(crash, to: "grace.md")
    _ = try folder.write(
      "---\nlesson: polynomial-regression\nstudent: Ada\n---\n", to: "ada.md")
    let result = try downhill.run([
      "check", "--lessons-folder", Self.lessonsFolder, "--format", "csv", folder.url.path,
    ])
    #expect(!result.stderr.contains("Fatal error"), "\(result)")
    #expect(result.stdout.contains("Grace"), "\(result)")
    #expect(result.stdout.contains("Ada"), "\(result)")
  }

  static func firstTaskID(of lesson: String) throws -> String {
    let text = try String(
      contentsOfFile: lessonsFolder + "/" + lesson, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let fence = lines.firstIndex(of: "```task") else { return "missing" }
    for line in lines[fence...] where line.hasPrefix("id: ") {
      return String(line.dropFirst(4))
    }
    return "missing"
  }

  // MARK: - Bar charts of extreme values

  @Test(arguments: ["5e-324", "1e308", "-1e308", "-5e-324"])
  func barChartsOfExtremeValuesDraw(value: String) throws {
    let folder = try TemporaryDirectory()
    let file = try folder.write("x,y\n1,\(value)\n2,1\n", to: "m.csv")
    for extra in [[], ["--ascii"]] {
      let result = try downhill.run(
        ["plot", "--kind", "bar", file, "--width", "40", "--height", "6"] + extra)
      expectNoCrash(result)
      #expect(result.stdout.contains(value), "\(result)")
    }
  }

  // MARK: - Special files

  @Test func theReplRefusesSpecialFilesAtOnce() throws {
    let folder = try TemporaryDirectory()
    let fifo = folder.path("pipe.csv")
    #expect(mkfifo(fifo, 0o600) == 0)
    let result = try downhill.run(
      ["repl"], input: "data /dev/zero\ndata \(fifo)\ndata \(folder.url.path)\nshow data\n")
    expectNoCrash(result)
    #expect(
      result.stdout.hasPrefix(
        """
        cannot read '/dev/zero': it is a device, not a regular file
        cannot read '\(fifo)': it is a pipe (FIFO), not a regular file
        cannot read '\(folder.url.path)': it is a folder, not a regular file
        houses: 5 rows
        """), "\(result)")
  }

  @Test func trainAndPlotRefuseSpecialFiles() throws {
    try downhill.expectBadInput(
      ["train", "--data", "/dev/zero"],
      message: "Error: cannot read '/dev/zero': it is a device, not a regular file")
    try downhill.expectBadInput(
      ["plot", "/dev/zero"],
      message: "Error: cannot read '/dev/zero': it is a device, not a regular file")
  }

  // MARK: - Line ends

  @Test func theReplTakesEveryLineEnd() throws {
    let result = try downhill.run(["repl"], input: "lr 0.05\rstep\r\nlr\nlr 0.01\r")
    expectNoCrash(result)
    #expect(
      result.stdout == """
        learning rate 0.05; the run starts over at epoch 0
        epoch 1: loss 247500 before the update
        m = 165, c = 45
        learning rate 0.05
        learning rate 0.01; the run starts over at epoch 0

        """, "\(result)")
  }

  // MARK: - The command space, through the binary

  /// Each set-up, then every view with a command sample after it, as one REPL session a
  /// set-up: a sample of the in-process sweep, through the real binary.
  @Test(arguments: CommandSpace.setups)
  func aSampleOfTheCommandSpaceRunsThroughTheBinary(setup: CommandSpace.Setup) throws {
    var generator = SplitMix64(seed: UInt64(setup.name.utf8.count) &* 7919)
    var lines = setup.lines
    for view in CommandSpace.views {
      lines.append("view \(view)")
      for _ in 0..<6 {
        let command = CommandSpace.commands.randomElement(using: &generator) ?? "step"
        // quit would end the sample early; lessons needs the lessons folder.
        if command == "quit" { continue }
        lines.append(command)
      }
      lines.append("backstep")
    }
    let result = try downhill.run(["repl"], input: lines.joined(separator: "\n") + "\n")
    expectNoCrash(result)
  }
}
