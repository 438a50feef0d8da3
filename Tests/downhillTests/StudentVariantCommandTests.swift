import Foundation
import Testing

/// `--student` on the commands that open lessons, kept in the progress file, written by
/// `progress export`, and graded by `check --variants`.
@Suite struct StudentVariantCommandTests {
  let downhill: CommandRunner
  let folder: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    folder = try TemporaryDirectory()
  }

  /// The first step of the valley as `play` prints it, for `student` (none: the course's).
  func valley(_ extra: [String]) throws -> CommandResult {
    try downhill.run(
      ["play", "the-valley", "--width", "100", "--height", "30"] + extra, in: folder.url)
  }

  /// The valley's first step as the lesson pane shows it: its left column's lines joined
  /// into one paragraph.
  func curveLine(_ result: CommandResult) -> String {
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.contains("The curve is") }) else { return "" }
    var words: [String] = []
    for line in lines[start...] {
      let left = line.split(separator: "│", maxSplits: 1, omittingEmptySubsequences: false)[0]
        .trimmingCharacters(in: .whitespaces)
      if left.isEmpty { break }
      words.append(left)
    }
    return words.joined(separator: " ")
  }

  @Test func withoutAStudentTheValleyIsTheCourses() throws {
    let result = try valley([])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(
      curveLine(result).hasPrefix(
        "The curve is f(x) = (x - 3)². The dot is where we stand: x = 6, f = 9."))
  }

  @Test func twoStudentsSeeTwoValleysAndEachAlwaysTheSame() throws {
    let alice = curveLine(try valley(["--student", "alice"]))
    let bob = curveLine(try valley(["--student", "bob"]))
    // f at the start is (start - bottom)², whichever they drew.
    #expect(alice.hasPrefix("The curve is f(x) = (x - 4)². The dot is where we stand: x = 9, f = 25."))
    #expect(bob.hasPrefix("The curve is f(x) = (x - 1)². The dot is where we stand: x = 9, f = 64."))
    #expect(curveLine(try valley(["--student", "Alice "])) == alice)
  }

  @Test func theProgressFileKeepsTheStudentAndRefusesAnother() throws {
    let progress = folder.path("progress.json")
    try downhill.expectSuccess(
      ["play", "the-valley", "--student", "alice", "--progress", progress, "--script", "next"],
      in: folder)
    let saved = try String(contentsOfFile: progress, encoding: .utf8)
    #expect(saved.contains("\"student\": \"alice\""), "\(saved)")
    // Given once: later runs draw for alice without --student.
    #expect(curveLine(try valley(["--progress", progress])).contains("(x - 4)²"))
    let refused = try valley(["--student", "carol", "--progress", progress])
    #expect(refused.exitStatus != 0)
    #expect(
      refused.stderr
        == "Error: the progress file \(progress) is alice's, not carol's: give each student a "
        + "progress file of their own (--progress FILE)\n")
    // progress export writes the student as the submission's id.
    let exported = try downhill.expectSuccess(
      ["progress", "export", "the-valley", "--progress", progress, "--student", "Alice A"],
      in: folder)
    #expect(exported.stdout.hasPrefix("---\nlesson: the-valley\nstudent: Alice A\nid: alice\n---\n"))
  }

  @Test func replTakesAStudentOnlyWithALesson() throws {
    try downhill.expectBadInput(
      ["repl", "--student", "alice"],
      message: "Error: --student draws a lesson for a student; give --lesson too\n"
        + "Usage: downhill repl [<script>] [--lesson <lesson>] [--lessons-folder <dir>] [--progress <progress>] [--width <width>] [--height <height>] [--ascii] [--student <id>]\n"
        + "  See 'downhill repl --help' for more information.",
      in: folder)
    let result = try downhill.run(
      ["repl", "--lesson", "the-valley", "--student", "bob", "--progress", folder.path("p.json")],
      in: folder.url, input: "x\n")
    #expect(result.stdout.contains("The curve is f(x) = (x - 1)²."), "\(result)")
    #expect(result.stdout.contains("\n9.0\n"), "bob starts at x = 9: \(result)")
  }

  @Test func checkWithVariantsGradesEachAgainstTheirOwnDraw() throws {
    let classFolder = folder.path("class")
    try FileManager.default.createDirectory(atPath: classFolder, withIntermediateDirectories: true)
    // The valley's bottom, as each drew it: alice 4, bob 1; the course's is 3.
    func submission(_ id: String?, bottom: String) -> String {
      "---\nlesson: the-valley\nstudent: S\n" + (id.map { "id: \($0)\n" } ?? "") + "---\n\n"
        + "## bottom\n\n```\n\(bottom)\n```\n"
    }
    _ = try folder.write(submission("alice", bottom: "4"), to: "class/alice.md")
    _ = try folder.write(submission("bob", bottom: "4"), to: "class/bob.md")
    _ = try folder.write(submission(nil, bottom: "3"), to: "class/nobody.md")
    let result = try downhill.run(
      ["check", "--variants", "--format", "csv", classFolder], in: folder.url)
    let rows = result.stdout.split(separator: "\n").map(String.init)
    let header = rows[0].split(separator: ",").map(String.init)
    let bottom = try #require(header.firstIndex(of: "bottom"))
    func cell(_ name: String) -> String? {
      rows.first { $0.contains("/\(name).md") }.map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)[bottom]
      }
    }
    #expect(cell("alice") == "1")
    #expect(cell("bob") == "0")
    #expect(rows.first { $0.contains("/nobody.md") }?.contains("not gradable with variants on") == true)
    // Without --variants, the course's bottom 3 is right and 4 is not.
    let plain = try downhill.run(["check", "--format", "csv", classFolder], in: folder.url)
    let plainRows = plain.stdout.split(separator: "\n").map(String.init)
    #expect(plainRows.first { $0.contains("/nobody.md") }?.split(separator: ",", omittingEmptySubsequences: false)[bottom] == "1")
    #expect(plainRows.first { $0.contains("/alice.md") }?.split(separator: ",", omittingEmptySubsequences: false)[bottom] == "0")
  }
}
