import Testing

/// Options that only make sense together, or exclude each other, are refused before a
/// command runs (by its `validate()`), with the usage: exit status 2, nothing on stdout.
@Suite struct OptionCombinationTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  /// Runs `arguments` and expects a refusal whose first line is `Error: message`, followed
  /// by the command's usage.
  func expectRefusal(
    _ arguments: [String], message: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try downhill.run(arguments)
    #expect(result.exitStatus == 2, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
    #expect(
      result.stderr.hasPrefix("Error: \(message)\nUsage: downhill \(arguments[0]) "),
      "\(result)", sourceLocation: sourceLocation)
  }

  @Test func replProgressWithoutALessonIsRefused() throws {
    try expectRefusal(
      ["repl", "--progress", "progress.json"],
      message: "--progress saves a lesson's progress; give --lesson too")
  }

  @Test func replLessonsFolderWithoutALessonIsRefused() throws {
    try expectRefusal(
      ["repl", "--lessons-folder", "Lessons"],
      message: "--lessons-folder is where --lesson is looked up; give --lesson too")
  }

  @Test func playScriptAndScriptFileAreRefusedTogether() throws {
    try expectRefusal(
      ["play", "some-lesson", "--script", "next", "--script-file", "script.txt"],
      message: "give --script or --script-file, not both")
  }

  @Test func plotLogarithmicBarChartIsRefused() throws {
    try expectRefusal(
      ["plot", "data.csv", "--kind", "bar", "--logy"],
      message: "--logy is for line and scatter charts; a bar chart's axis is linear")
  }

  @Test(arguments: [["a.md", "b.md"], ["a.md", "--format", "json"]])
  func checkWatchTakesOneSubmissionInText(arguments: [String]) throws {
    try expectRefusal(
      ["check", "--watch"] + arguments, message: "--watch checks one submission file, in text")
  }

  @Test func checkWithoutASubmissionIsRefused() throws {
    try expectRefusal(["check"], message: "name at least one submission file or directory")
  }

  @Test(arguments: ["0", "-1", "3601", "nan"])
  func presentAutoplayOutOfRangeIsRefused(seconds: String) throws {
    try expectRefusal(
      ["present", "some-lesson", "--autoplay=\(seconds)"],
      message: "--autoplay is a number of seconds from above 0 to 3600")
  }

  /// `train`'s refusals stay one sentence with no usage, as scripts read them.
  @Test func trainMomentumWithAdamIsOneSentence() throws {
    try downhill.expectBadInput(
      ["train", "--optimizer", "adam", "--momentum", "0.5"],
      message:
        "Error: --momentum sets the momentum of the momentum and nesterov optimizers; adam has "
        + "none")
  }
}
