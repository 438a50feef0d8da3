import Testing

/// `downhill`, `downhill --help` and `downhill train --help` explain themselves on stdout and
/// exit 0.
@Suite struct HelpTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  /// Bare `downhill` is the full-screen tutorial; the tests' terminal is `dumb`, so it says
  /// what to use instead and exits 2 (the tutorial itself is tested in tmux).
  @Test func bareCommandWithoutATerminalSuggestsTheLineModes() throws {
    let result = try downhill.run([])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.stderr.contains("downhill repl"), "\(result)")
    #expect(result.stderr.contains("downhill play"), "\(result)")
  }

  @Test func helpFlagPrintsTheOverview() throws {
    let result = try downhill.expectSuccess(["--help"])
    #expect(
      result.stdout.hasPrefix(
        "OVERVIEW: Learn gradient descent and backpropagation in the terminal."), "\(result)")
    #expect(result.stdout.contains("USAGE: downhill <subcommand>"), "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    for command in ["tutorial", "present", "train", "plot", "repl", "play", "lint", "check"] {
      #expect(lines.contains { $0.hasPrefix("  \(command) ") }, "no \(command) in \(result)")
    }
    #expect(
      lines.contains { $0.hasPrefix("  train ") && $0.contains("Train one model") }, "\(result)")
  }

  @Test func trainHelpListsEveryOption() throws {
    let result = try downhill.expectSuccess(["train", "--help"])
    #expect(result.stdout.contains("USAGE: downhill train <options>"), "\(result)")
    for option in [
      "--data", "--target", "--model", "--activation", "--output", "--loss", "--optimizer",
      "--lr", "--momentum", "--batch-size", "--seed", "--epochs", "--solver", "--init",
      "--normalize", "--split", "--record-every", "--json",
    ] {
      #expect(result.stdout.contains("  \(option) "), "no \(option) in:\n\(result)")
    }
    #expect(result.stdout.contains("Exit status: 0 trained, 3 diverged, 2 bad input."))
  }

  /// The discussion is wrapped to the terminal once, not broken mid-sentence at its own
  /// line ends as well (a line holding only "0." or "prices").
  @Test func trainHelpKeepsTheDiscussionReadable() throws {
    let result = try downhill.expectSuccess(["train", "--help"])
    #expect(result.stdout.contains("from m = c = 0, plain"), "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(!lines.contains("0."), "\(result)")
    #expect(!lines.contains("prices"), "\(result)")
  }

  /// Every subcommand's help reads as prose: no backslash from a line continuation that
  /// was written as a literal one. (`CommandHelpTests` asks the parser for every command's
  /// help; this is the built binary's.)
  @Test(arguments: [
    "tutorial", "present", "train", "plot", "repl", "play", "lint", "check", "progress",
    "progress list", "progress export", "progress reset",
  ])
  func subcommandHelpHasNoStrayBackslashes(command: String) throws {
    let words = command.split(separator: " ").map(String.init)
    let result = try downhill.expectSuccess(words + ["--help"])
    #expect(!result.stdout.contains("\\"), "\(result)")
    #expect(result.stdout.contains("OVERVIEW: "), "\(result)")
  }

  @Test func versionIsPrinted() throws {
    let result = try downhill.expectSuccess(["--version"])
    #expect(result.stdout == "0.2.0 (lesson format 1)\n")
  }
}
