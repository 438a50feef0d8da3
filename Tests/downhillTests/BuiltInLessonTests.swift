import Foundation
import Testing

/// The binary as a student installs it: run from a folder with no `Lessons/` and no
/// environment but a home, it still has its eleven lessons; a lessons folder given adds
/// lessons or replaces one by id.
@Suite(.serialized) struct BuiltInLessonTests {
  let downhill: CommandRunner
  let home: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    home = try TemporaryDirectory()
  }

  /// The built-in lessons' ids, in order.
  static let ids = [
    "the-valley", "linear-regression", "learning-rate", "normalization",
    "polynomial-regression", "logistic-regression", "loss-functions", "backprop-by-hand",
    "neural-network", "optimizers", "review",
  ]

  /// `downhill arguments…` in the empty home folder, with HOME the only variable.
  func run(_ arguments: [String], input: String? = nil) throws -> CommandResult {
    try downhill.run(
      arguments, in: home.url, input: input, environment: ["HOME": home.url.path])
  }

  @Test func theLessonsAreListedWithNoFolderAtAll() throws {
    #expect(!FileManager.default.fileExists(atPath: home.path("Lessons")))
    let result = try run(["lessons"])
    #expect(result.exitStatus == 0, "\(result)")
    let rows = result.stdout.split(separator: "\n")
    #expect(rows.map { String($0.split(separator: " ")[0]) } == Self.ids)
    #expect(rows.allSatisfy { $0.contains(" built in ") })
  }

  @Test func playAndTheLineReplOpenABuiltInLesson() throws {
    let played = try run(["play", "linear-regression", "--script", "answer b"])
    #expect(played.exitStatus == 0, "\(played)")
    #expect(played.stdout.contains("Linear regression, one epoch at a time"))
    #expect(played.stdout.contains("right: b"), "\(played)")
    // normalization's data file is built in too.
    let repl = try run(["repl", "--lesson", "normalization"], input: "show data\nquit\n")
    #expect(repl.exitStatus == 0, "\(repl)")
    #expect(repl.stdout.contains("size"), "\(repl)")
    #expect(repl.stdout.contains("140"), "\(repl)")
  }

  @Test func checkGradesAgainstABuiltInLesson() throws {
    let submission = "---\nlesson: the-valley\nstudent: Ada\n---\n\n## bottom\n\n```\n3\n```\n"
    try submission.write(
      to: home.url.appendingPathComponent("ada.md"), atomically: true, encoding: .utf8)
    let result = try run(["check", "ada.md", "--format", "csv"])
    let rows = result.stdout.split(separator: "\n")
    #expect(rows.first?.hasPrefix("student,file,lesson,bottom,derivative,") == true, "\(result)")
    // The bottom of the valley, x = 3, is right; nothing else was answered.
    #expect(rows.last?.hasPrefix("Ada,ada.md,the-valley,1,0,0,") == true, "\(result)")
  }

  @Test func lintChecksTheBuiltInLessons() throws {
    let result = try run(["lint"])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.stderr == "11 lessons checked: no problems\n")
  }

  @Test func aFolderGivenReplacesOneLessonByIdAndAddsAnother() throws {
    let exported = try run(["lessons", "export", "mine"])
    #expect(exported.exitStatus == 0, "\(exported)")
    #expect(
      exported.stderr
        == "wrote 11 lessons and 22 other files to mine; open them with --lessons-folder mine\n")
    let folder = home.url.appendingPathComponent("mine")
    let original = try String(
      contentsOf: folder.appendingPathComponent("02-linear-regression.md"), encoding: .utf8)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    for file in files where file.hasSuffix(".md") && file != "README.md" {
      try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
    }
    // The same id under another file name, with another title; and a new lesson.
    let edited = original.replacingOccurrences(
      of: "title: Linear regression, one epoch at a time", with: "title: Our houses")
    try edited.write(
      to: folder.appendingPathComponent("02-houses.md"), atomically: true, encoding: .utf8)
    let extra = original.replacingOccurrences(
      of: "id: linear-regression", with: "id: extra-houses")
    try extra.write(
      to: folder.appendingPathComponent("12-extra.md"), atomically: true, encoding: .utf8)

    let listed = try run(["lessons", "--lessons-folder", "mine"])
    let rows = listed.stdout.split(separator: "\n").map(String.init)
    #expect(rows.count == 12, "\(listed)")
    #expect(rows[1].hasPrefix("linear-regression ") && rows[1].hasSuffix("mine      Our houses"))
    #expect(rows[11].hasPrefix("extra-houses ") && rows[11].contains(" mine "))
    #expect(rows[0].contains(" built in "))
    let played = try run(["play", "linear-regression", "--lessons-folder", "mine"])
    #expect(played.stdout.hasPrefix(" Our houses"), "\(played)")
    // lint with a folder checks the folder's lessons only.
    let linted = try run(["lint", "--lessons-folder", "mine"])
    #expect(linted.stderr == "2 lessons checked: no problems\n", "\(linted)")
  }

  @Test func exportNeverOverwritesWithoutForce() throws {
    #expect(try run(["lessons", "export", "mine"]).exitStatus == 0)
    let again = try run(["lessons", "export", "mine"])
    #expect(again.exitStatus == 2)
    #expect(
      again.stderr
        == "Error: 33 of the files exist already (mine/01-the-valley.md first); nothing was "
        + "written: give --force to overwrite them, or another folder\n")
    #expect(try run(["lessons", "export", "mine", "--force"]).exitStatus == 0)
  }

  @Test func lintOnAFolderWithoutLessonsIsAnError() throws {
    try FileManager.default.createDirectory(
      at: home.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
    let result = try run(["lint", "--lessons-folder", "empty"])
    #expect(result.exitStatus == 2)
    #expect(
      result.stderr == "Error: there are no lessons (NN-name.md files) in 'empty' to check\n")
  }

  @Test func aMisspeltLessonGetsASuggestion() throws {
    let result = try run(["play", "linear-regresion"])
    #expect(result.exitStatus == 2)
    #expect(
      result.stderr
        == "Error: there is no lesson 'linear-regresion' among the built-in lessons; did you "
        + "mean 'linear-regression'?\n")
  }

  /// The full-screen menu, in tmux, started where there is no `Lessons/`.
  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func theMenuListsEveryBuiltInLesson() throws {
    let line =
      "cd " + TmuxSession.quoted(home.url.path) + " && env -i HOME=" + TmuxSession.quoted(
        home.url.path) + " TERM=xterm-256color " + TmuxSession.quoted(downhill.executable.path)
      + " --progress progress.json; sleep 60"
    let tmux = try TmuxSession(command: "sh -c " + TmuxSession.quoted(line), width: 100, height: 30)
    let screen = try tmux.waitFor("review")
    for id in Self.ids { #expect(screen.contains(id), "\(id): \(screen)") }
    #expect(screen.contains("built-in lessons"), "\(screen)")
    try tmux.send("q")
  }
}
