import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `downhill check` on a class: right, wrong, partial, unparsable and hostile submissions
/// to two lessons, in every output format.
@Suite struct CheckCommandTests {
  let downhill: CommandRunner
  let folder: TemporaryDirectory
  let lessons: String
  let classFolder: String

  /// A second, small lesson: one exercise and one question.
  static let smallLesson = """
    ---
    format: 1
    id: small
    title: Small
    summary: One exercise and one question.
    dataset: houses
    model: linear
    ---

    ## Only

    ```exercise
    id: dc
    prompt: Write D_c.
    answer: D_c = (-2/n) * sum(Y - Y_pred)
    ```

    ```ask
    id: rows
    question: How many rows?
    number: 5
    ```
    """

  init() throws {
    downhill = try CommandRunner()
    folder = try TemporaryDirectory()
    let lessonsURL = folder.url.appendingPathComponent("Lessons")
    try FileManager.default.createDirectory(at: lessonsURL, withIntermediateDirectories: true)
    lessons = lessonsURL.path
    try FileManager.default.copyItem(
      atPath: LessonCommandTests.lessons.appendingPathComponent("02-linear-regression.md").path,
      toPath: lessonsURL.appendingPathComponent("02-linear-regression.md").path)
    try folder.write(Self.smallLesson, to: "Lessons/50-small.md")
    classFolder = folder.path("class")
    try FileManager.default.createDirectory(
      atPath: classFolder, withIntermediateDirectories: true)
  }

  func submit(_ name: String, lesson: String, _ answers: [(String, String)]) throws {
    var text = "---\nlesson: \(lesson)\nstudent: \(name)\n---\n"
    for (id, answer) in answers { text += "\n## \(id)\n\n```\n\(answer)\n```\n" }
    try folder.write(text, to: "class/\(name).md")
  }

  func check(_ arguments: [String]) throws -> CommandResult {
    try downhill.run(["check", "--lessons-folder", lessons] + arguments)
  }

  @Test func aFullyRightSubmissionPassesWithStatusZero() throws {
    try submit("ada", lesson: "small", [("dc", "D_c = -2 * mean(Y - Y_pred)"), ("rows", "5")])
    let result = try check([folder.path("class/ada.md")])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(
      result.stdout == """
        ada (\(folder.path("class/ada.md"))): 2/2 passed, 2/2 points
          ✓ dc
          ✓ rows

        1 submission, 1 with everything right (seed 20251127)

        """)
  }

  @Test func aClassIsGradedEachOnItsOwn() throws {
    try submit("ada", lesson: "small", [("dc", "D_c = -2 * mean(Y - Y_pred)"), ("rows", "5")])
    try submit("bob", lesson: "small", [("dc", "D_c = (2/n) * sum(Y - Y_pred)")])
    try submit(
      "cy", lesson: "linear-regression",
      [("gradient", "D_m = -2 * sum(X * (Y - Y_pred)); D_c = (-2/n) * sum(Y - Y_pred)")])
    try submit("dee", lesson: "small", [("dc", "D_c = sum(Y -")])
    // Hostile: nesting far past the sandbox's depth, a 625×3125 array, terminal escapes.
    let deep = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
    try submit("eve", lesson: "small", [("dc", "D_c = " + deep)])
    try submit(
      "fred", lesson: "small",
      [("dc", "A = outer(outer(X, X), outer(X, X)); D_c = sum(outer(A, outer(A, X)))")])
    try folder.write("\u{1B}[2J no front matter, no answers", to: "class/fay.md")
    try folder.write("---\nlesson: nosuch\n---\n", to: "class/gus.md")
    let result = try check([classFolder])
    #expect(result.exitStatus == 1, "\(result)")
    let text = result.stdout
    #expect(text.contains("ada (\(classFolder)/ada.md): 2/2 passed, 2/2 points"))
    #expect(
      text.contains(
        """
        bob (\(classFolder)/bob.md): 0/2 passed, 0/2 points
          ✗ dc [sign flip]
              at m = 0, c = 0 your D_c is 900; expected -900
        """), "\(text)")
    #expect(text.contains("  – rows: not attempted"))
    // A gradient n times too big is named, and the other blocks are not attempted.
    #expect(text.contains("  ✗ gradient [missing 1/n in D_m]"), "\(text)")
    #expect(text.contains("      at m = 0, c = 0 your D_m is -16500; expected -3300"))
    #expect(text.contains("      D_c = sum(Y -\n"), "\(text)")
    #expect(text.contains("eve (\(classFolder)/eve.md): 0/2 passed"))
    #expect(text.contains("^ the line is longer than 10000 characters"))
    #expect(text.contains("fred (\(classFolder)/fred.md): 0/2 passed"))
    #expect(text.contains("a 625×3125 matrix, more than the limit of 1000000 elements"))
    #expect(!text.contains("\u{1B}"))
    #expect(
      text.contains(
        "fay (\(classFolder)/fay.md): cannot be graded: the submission names no lesson"))
    #expect(
      text.contains(
        "gus (\(classFolder)/gus.md): cannot be graded: there is no lesson 'nosuch' among "),
      "\(text)")
    #expect(
      text.hasSuffix(
        "8 submissions, 1 with everything right (seed 20251127)\n"
          + "mistakes, by block:\n"
          + "  linear-regression/gradient: missing 1/n in D_m (1 student)\n"
          + "  small/dc: sign flip (1 student)\n"), "\(text)")
  }

  @Test func theJSONReportFollowsItsSchema() throws {
    try submit("ada", lesson: "small", [("dc", "D_c = 2 * mean(Y - Y_pred)"), ("rows", "5")])
    try folder.write("broken", to: "class/bob.md")
    let result = try check(["--format", "json", classFolder])
    #expect(result.exitStatus == 1)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["format"] as? Int == 2)
    #expect(json["seed"] as? Int == 20_251_127)
    #expect(json["all_passed"] as? Bool == false)
    let mistakes = try #require(json["misconceptions"] as? [[String: Any]])
    #expect(mistakes.count == 1)
    #expect(mistakes.first?["lesson"] as? String == "small")
    #expect(mistakes.first?["block"] as? String == "dc")
    #expect(mistakes.first?["name"] as? String == "sign flip")
    #expect(mistakes.first?["students"] as? Int == 1)
    let submissions = try #require(json["submissions"] as? [[String: Any]])
    #expect(submissions.map { $0["student"] as? String } == ["ada", "bob"])
    let ada = submissions[0]
    #expect(ada["passed"] as? Int == 1 && ada["total"] as? Int == 2)
    let blocks = try #require(ada["blocks"] as? [[String: Any]])
    #expect(blocks.map { $0["status"] as? String } == ["failed", "passed"])
    let example = try #require(blocks[0]["counterexample"] as? [String: Any])
    #expect(example["component"] as? String == "D_c")
    #expect(example["got"] as? String == "900")
    #expect(example["expected"] as? String == "-900")
    #expect(example["state"] as? [String] == ["m = 0", "c = 0"])
    #expect(submissions[1]["problem"] as? String != nil)
  }

  @Test func theJUnitReportHasTheRequiredElements() throws {
    try submit("ada", lesson: "small", [("dc", "D_c = 2 * mean(Y - Y_pred)")])
    try submit("bob", lesson: "small", [("dc", "D_c = -2 * mean(Y - Y_pred)"), ("rows", "5")])
    let result = try check(["--format", "junit", classFolder])
    let counter = XMLCounter()
    let parser = XMLParser(data: Data(result.stdout.utf8))
    parser.delegate = counter
    #expect(parser.parse(), "not well-formed XML:\n\(result.stdout)")
    #expect(counter.elements["testsuites"] == 1)
    #expect(counter.elements["testsuite"] == 2)
    #expect(counter.elements["testcase"] == 4)
    #expect(counter.elements["failure"] == 2)
    #expect(counter.missingNames == 0)
  }

  @Test func theTAPReportPlansEveryPoint() throws {
    try submit("ada", lesson: "small", [("dc", "D_c = 2 * mean(Y - Y_pred)"), ("rows", "5")])
    let result = try check(["--format", "tap", classFolder])
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.prefix(2) == ["TAP version 13", "1..2"])
    #expect(
      lines.filter { $0.hasPrefix("ok ") || $0.hasPrefix("not ok ") } == [
        "not ok 1 - ada: dc", "ok 2 - ada: rows",
      ])
    #expect(lines.contains("  misconception: 'sign flip'"))
  }

  @Test func theCSVGradebookHasAColumnAnExercise() throws {
    try submit("ada", lesson: "small", [("dc", "D_c = 2 * mean(Y - Y_pred)"), ("rows", "5")])
    try submit("bob, jr", lesson: "small", [("dc", "D_c = -2 * mean(Y - Y_pred)"), ("rows", "5")])
    let result = try check(["--format", "csv", classFolder])
    let rows = result.stdout.split(separator: "\n").map(String.init)
    #expect(rows.count == 3)
    #expect(rows[0] == "student,file,lesson,dc,rows,total,score,max_score,problem")
    #expect(rows[1] == "ada,\(classFolder)/ada.md,small,0,1,1,1,2,")
    #expect(
      rows[2]
        == "\"bob, jr\",\(classFolder)/bob, jr.md,small,1,1,2,2,2,".replacing(
          "\(classFolder)/bob, jr.md", with: "\"\(classFolder)/bob, jr.md\""))
  }

  @Test func badUsageAndUnknownLessonsExitTwo() throws {
    #expect(try check([]).exitStatus == 2)
    #expect(try check(["--format", "xml", classFolder]).exitStatus == 2)
    let result = try check(["--lesson", "nosuch", classFolder])
    #expect(result.exitStatus == 2)
    #expect(result.stderr.hasPrefix("Error: there is no lesson 'nosuch'"), "\(result)")
  }

  @Test func gradesReproduceAndTheSeedIsRecorded() throws {
    try submit("ada", lesson: "small", [("dc", "D_c = -2 * mean(Y - Y_pred) + m * c")])
    let first = try check(["--format", "json", "--seed", "7", classFolder])
    let second = try check(["--format", "json", "--seed", "7", classFolder])
    #expect(first.stdout == second.stdout)
    #expect(first.stdout.contains("\"seed\": 7"))
    // m * c is 0 on the session's own state: only a random state shows the difference.
    #expect(first.stdout.contains("\"status\": \"failed\""))
  }

  @Test func watchModeChecksAgainOnEverySave() throws {
    try submit("ada", lesson: "small", [("dc", "D_c = 2 * mean(Y - Y_pred)")])
    let file = folder.path("class/ada.md")
    let process = Process()
    process.executableURL = downhill.executable
    process.arguments = ["check", "--lessons-folder", lessons, "--watch", file]
    // Output to a file, read as it grows.
    let outputPath = folder.path("watch.out")
    _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer {
      // SIGKILL: the child inherits the test runner's blocked signals, SIGTERM among them.
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      try? output.close()
    }
    var seen: String {
      (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
    func waitFor(_ text: String, count: Int) -> Bool {
      let deadline = Date().addingTimeInterval(20)
      while Date() < deadline {
        if seen.components(separatedBy: text).count - 1 >= count { return true }
        usleep(20_000)
      }
      return false
    }
    #expect(waitFor("✗ dc", count: 1), "\(seen)")
    usleep(1_100_000)  // a new modification time, whatever the file system's resolution
    try submit("ada", lesson: "small", [("dc", "D_c = -2 * mean(Y - Y_pred)"), ("rows", "5")])
    #expect(waitFor("✓ dc", count: 1), "\(seen)")
    #expect(seen.components(separatedBy: "checked at").count - 1 == 2)
  }

  @Test func exportedProgressIsASubmissionThatChecks() throws {
    let progress = folder.path("progress.json")
    let tutor = try downhill.run(
      ["repl", "--lesson", "small", "--lessons-folder", lessons, "--progress", progress],
      input: "answer D_c = -2*mean(Y - Y_pred)\nanswer 5\nquit\n")
    #expect(tutor.exitStatus == 0, "\(tutor)")
    let exported = try downhill.run([
      "progress", "export", "small", "--student", "Ada", "--lessons-folder", lessons,
      "--progress", progress,
    ])
    #expect(
      exported.stdout == """
        ---
        lesson: small
        student: Ada
        ---

        ## dc

        <!-- attempts: 1 -->

        ```
        D_c = -2*mean(Y - Y_pred)
        ```

        ## rows

        <!-- attempts: 1 -->

        ```
        5
        ```

        """)
    try folder.write(exported.stdout, to: "class/ada.md")
    #expect(try check([folder.path("class/ada.md")]).exitStatus == 0)
    // With --id, the submission says who the student is, for a roster to match.
    let identified = try downhill.run([
      "progress", "export", "small", "--student", "Ada", "--id", "ada@school.edu",
      "--lessons-folder", lessons, "--progress", progress,
    ])
    #expect(identified.stdout.hasPrefix("---\nlesson: small\nstudent: Ada\nid: ada@school.edu\n---\n"))
    try folder.write(identified.stdout, to: "class/ada.md")
    let report = try check(["--format", "json", folder.path("class/ada.md")])
    #expect(report.stdout.contains("\"id\": \"ada@school.edu\""), "\(report)")
  }
}

/// Counts a JUnit document's elements and test cases without a name.
final class XMLCounter: NSObject, XMLParserDelegate {
  var elements: [String: Int] = [:]
  var missingNames = 0

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements[name, default: 0] += 1
    if name == "testcase" || name == "testsuite", attributes["name"] == nil { missingNames += 1 }
    if name == "testcase", attributes["classname"] == nil { missingNames += 1 }
  }
}
