import Foundation
import Testing
import TestSupport

/// What an install puts beside the binary: the manual page and shell completions, both made
/// from the commands themselves.
@Suite struct InstallTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  @Test func theManualInDocsIsTheOneTheCommandsMake() throws {
    let result = try downhill.run(["manual"])
    #expect(result.exitStatus == 0)
    let committed = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("docs/downhill.1"), encoding: .utf8)
    // After changing a command's help: .build/debug/downhill manual > docs/downhill.1
    #expect(result.stdout == committed, "docs/downhill.1 is out of date")
    for command in ["tutorial", "present", "train", "plot", "repl", "play", "lint", "check",
      "progress export", "lessons export"]
    {
      #expect(committed.contains("\n.SS \(command.replacingOccurrences(of: "-", with: "\\-"))\n"))
    }
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptsCoverTheCommands(shell: String) throws {
    let result = try downhill.run(["--generate-completion-script", shell])
    #expect(result.exitStatus == 0)
    for word in ["lessons", "export", "lessons-folder", "---completion play -- positional@0"] {
      #expect(result.stdout.contains(word), "\(shell): \(word)")
    }
  }

  /// What the shell's completion asks the binary for a LESSON argument: lesson ids, those of
  /// the folder named on the line too.
  @Test func aLessonArgumentCompletesToLessonIds() throws {
    let home = try TemporaryDirectory()
    let plain = try downhill.run(
      ["---completion", "play", "--", "positional@0", "2", "1", "downhill", "play", "l"],
      in: home.url, environment: ["HOME": home.url.path])
    #expect(
      plain.stdout.split(separator: "\n") == [
        "linear-regression", "learning-rate", "logistic-regression", "loss-functions",
      ])
    #expect(try downhill.run(["lessons", "export", "mine"], in: home.url).exitStatus == 0)
    let lesson = try String(contentsOfFile: home.path("mine/01-the-valley.md"), encoding: .utf8)
    try lesson.replacingOccurrences(of: "id: the-valley", with: "id: lakes").write(
      toFile: home.path("mine/12-lakes.md"), atomically: true, encoding: .utf8)
    let words = ["downhill", "play", "--lessons-folder", "mine", "la"]
    let withFolder = try downhill.run(
      ["---completion", "play", "--", "positional@0", "4", "2"] + words, in: home.url,
      environment: ["HOME": home.url.path])
    #expect(withFolder.stdout == "lakes\n", "\(withFolder)")
  }
}
