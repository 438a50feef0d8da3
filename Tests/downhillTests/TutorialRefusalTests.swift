import Testing

/// The refusals that need no terminal at all: `downhill` in a pipe, or with `TERM=dumb`.
@Suite struct TutorialRefusalTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  /// The one message a refusal prints, naming `reason`.
  func expectRefusal(_ result: CommandResult, reason: String) {
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    #expect(result.stderr.contains(reason), "\(result)")
    #expect(result.stderr.contains("downhill repl"), "\(result)")
    #expect(result.stderr.contains("downhill play LESSON"), "\(result)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
  }

  @Test func aDumbTerminalGetsTheMessageAndStatus2() throws {
    // The runner's environment has TERM=dumb.
    let result = try downhill.run(["--lessons-folder", LessonCommandTests.lessons.path])
    expectRefusal(result, reason: "TERM is 'dumb'")
  }

  @Test func pipedInputGetsTheMessageAndStatus2() throws {
    let result = try downhill.run(
      ["--lessons-folder", LessonCommandTests.lessons.path],
      environment: ["TERM": "xterm-256color"])
    expectRefusal(result, reason: "standard input is not a terminal")
  }

  @Test func presentInAPipeGetsTheMessageAndStatus2() throws {
    let result = try downhill.run(
      ["present", "linear-regression", "--lessons-folder", LessonCommandTests.lessons.path],
      environment: ["TERM": "xterm-256color"])
    expectRefusal(result, reason: "standard input is not a terminal")
  }

  @Test func anUnsetTermGetsTheMessageAndStatus2() throws {
    let result = try downhill.run(
      ["--lessons-folder", LessonCommandTests.lessons.path], environment: ["TERM": nil])
    expectRefusal(result, reason: "TERM is not set")
  }

  /// An unknown theme is refused while parsing, before the terminal is looked at, with
  /// the themes there are; an alias is read in any case.
  @Test(arguments: [["tutorial"], ["present", "linear-regression"]])
  func unknownThemeIsRefusedWithTheChoices(command: [String]) throws {
    let result = try downhill.run(command + ["--theme", "neon"])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    #expect(
      result.stderr.hasPrefix(
        "Error: The value 'neon' is invalid for '--theme <theme>'. Please provide one of "
          + "'default', 'high-contrast' or 'monochrome'.\n"), "\(result)")
    let alias = try downhill.run(
      command + ["--theme", "Mono", "--lessons-folder", LessonCommandTests.lessons.path])
    expectRefusal(alias, reason: "TERM is 'dumb'")
  }
}
