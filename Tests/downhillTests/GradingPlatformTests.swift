import Foundation
import Testing

/// Points in every report, `--min-score`, and the grading platforms: Gradescope's
/// results.json and autograder zip, PrairieLearn's external grader result, and a Canvas
/// gradebook matched to a roster.
@Suite struct GradingPlatformTests {
  let downhill: CommandRunner
  let folder: TemporaryDirectory
  let lessons: String
  let classFolder: String

  /// A lesson with a block worth 2 points, one worth 1, and an optional one.
  static let weightedLesson = """
    ---
    format: 1
    id: weighted
    title: Weighted
    summary: Blocks worth different points.
    dataset: houses
    model: linear
    ---

    ## Only

    ```exercise
    id: dc
    prompt: Write D_c.
    answer: D_c = (-2/n) * sum(Y - Y_pred)
    points: 2
    ```

    ```ask
    id: rows
    question: How many rows?
    number: 5
    ```

    ```ask
    id: bonus
    question: How many columns?
    number: 2
    optional: true
    ```
    """

  static let signFlip =
    "at m = 0, c = 0 your D_c is 900; expected -900\nyour answer has the right shape but "
    + "it has the wrong sign: the gradient points uphill, and descent moves against it"

  init() throws {
    downhill = try CommandRunner()
    folder = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: folder.path("Lessons"), withIntermediateDirectories: true)
    lessons = folder.path("Lessons")
    try folder.write(Self.weightedLesson, to: "Lessons/60-weighted.md")
    classFolder = folder.path("class")
    try FileManager.default.createDirectory(atPath: classFolder, withIntermediateDirectories: true)
  }

  /// Writes `class/FILE.md` with `front` lines in its front matter.
  func submit(_ file: String, front: [String], _ answers: [(String, String)]) throws {
    var text = "---\nlesson: weighted\n" + front.map { $0 + "\n" }.joined() + "---\n"
    for (id, answer) in answers { text += "\n## \(id)\n\n```\n\(answer)\n```\n" }
    try folder.write(text, to: "class/\(file).md")
  }

  /// Ada: everything right, the optional block too (4 of 3 points). Bob: a sign flip,
  /// 1 of 3 points.
  func submitAdaAndBob() throws {
    try submit(
      "ada", front: ["student: Ada Lovelace", "id: ada@school.edu"],
      [("dc", "D_c = -2 * mean(Y - Y_pred)"), ("rows", "5"), ("bonus", "2")])
    try submit(
      "bob", front: ["student: \"Byron, Bob\""],
      [("dc", "D_c = (2/n) * sum(Y - Y_pred)"), ("rows", "5")])
  }

  func check(_ arguments: [String]) throws -> CommandResult {
    try downhill.run(["check", "--lessons-folder", lessons] + arguments)
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  // MARK: - Points

  @Test func theTextReportGivesPointsAndMarksWeightedAndOptionalBlocks() throws {
    try submitAdaAndBob()
    let result = try check([classFolder])
    #expect(result.exitStatus == 1)
    #expect(
      result.stdout == """
        Ada Lovelace (\(classFolder)/ada.md): 3/3 passed, 4/3 points
          ✓ dc (2 points)
          ✓ rows
          ✓ bonus (optional)
        Byron, Bob (\(classFolder)/bob.md): 1/3 passed, 1/3 points
          ✗ dc (2 points) [sign flip]
              \(Self.signFlip.replacing("\n", with: "\n      "))
          ✓ rows
          – bonus (optional): not attempted

        2 submissions, 1 with everything right (seed 20251127)
        mistakes, by block:
          dc: sign flip (1 student)

        """, "\(result)")
  }

  @Test func tapCSVAndJUnitGivePoints() throws {
    try submitAdaAndBob()
    let tap = try check(["--format", "tap", classFolder]).stdout
    #expect(
      tap.split(separator: "\n").filter { $0.hasPrefix("#") } == [
        "# Ada Lovelace: 4/3 points", "# Byron, Bob: 1/3 points",
      ])
    #expect(
      try check(["--format", "csv", classFolder]).stdout == """
        student,file,lesson,dc,rows,bonus,total,score,max_score,problem
        Ada Lovelace,\(classFolder)/ada.md,weighted,2,1,1,3,4,3,
        "Byron, Bob",\(classFolder)/bob.md,weighted,0,1,0,1,1,3,

        """)
    let junit = try check(["--format", "junit", classFolder]).stdout
    #expect(
      junit.contains(
        """
          <testsuite name="Byron, Bob" tests="3" failures="2" errors="0">
            <properties>
              <property name="score" value="1"/>
              <property name="max_score" value="3"/>
            </properties>
            <testcase classname="weighted" name="dc">
        """), "\(junit)")
  }

  @Test func theJSONReportGivesScoresAndEachBlocksPoints() throws {
    try submitAdaAndBob()
    let report = try json(try check(["--format", "json", classFolder]).stdout)
    let submissions = try #require(report["submissions"] as? [[String: Any]])
    #expect(submissions.map { $0["score"] as? Double } == [4, 1])
    #expect(submissions.map { $0["max_score"] as? Double } == [3, 3])
    #expect(submissions.map { $0["id"] as? String } == ["ada@school.edu", nil])
    let blocks = try #require(submissions[1]["blocks"] as? [[String: Any]])
    #expect(blocks.map { $0["points"] as? Double } == [2, 1, 1])
    #expect(blocks.map { $0["optional"] as? Bool } == [false, false, true])
    #expect(blocks.map { $0["score"] as? Double } == [0, 1, 0])
  }

  @Test func minScoreSetsWhatPassesForTheExitStatus() throws {
    try submitAdaAndBob()
    // Bob has 1 of 3 points: a third.
    #expect(try check(["--min-score", "0.33", classFolder]).exitStatus == 0)
    #expect(try check(["--min-score", "0.34", classFolder]).exitStatus == 1)
    // Ada's optional point makes up for nothing missing: she passes at 1.
    #expect(try check(["--min-score", "1", "\(classFolder)/ada.md"]).exitStatus == 0)
    let bad = try check(["--min-score", "60", classFolder])
    #expect(bad.exitStatus == 2, "\(bad)")
    #expect(
      bad.stderr.contains(
        "--min-score is a fraction of the points from 0 to 1, such as 0.6, not 60.0"), "\(bad)")
  }

  // MARK: - Gradescope

  /// Checks `results` against Gradescope's specification: the fields, their types and
  /// the values they may take.
  func expectGradescopeShape(_ results: [String: Any]) throws {
    #expect(
      Set(results.keys) == [
        "score", "execution_time", "output", "output_format", "visibility", "stdout_visibility",
        "tests",
      ])
    #expect(results["score"] is Double)
    #expect(results["execution_time"] is Double)
    #expect(results["output"] is String)
    #expect(results["output_format"] as? String == "text")
    #expect(results["visibility"] as? String == "visible")
    #expect(results["stdout_visibility"] as? String == "hidden")
    let tests = try #require(results["tests"] as? [[String: Any]])
    for test in tests {
      #expect(
        Set(test.keys) == [
          "name", "number", "score", "max_score", "status", "output", "output_format", "tags",
          "visibility",
        ])
      #expect(test["name"] is String)
      #expect(test["number"] is String)
      #expect(test["score"] is Double)
      #expect(test["max_score"] is Double)
      #expect(["passed", "failed"].contains(test["status"] as? String))
      #expect(test["output"] is String)
      #expect(test["output_format"] as? String == "text")
      #expect(test["tags"] is [String])
      #expect(test["visibility"] as? String == "visible")
    }
  }

  @Test func gradescopeResultsFollowTheSpecification() throws {
    try submitAdaAndBob()
    let result = try check(["--format", "gradescope", "\(classFolder)/bob.md"])
    #expect(result.exitStatus == 1)
    let results = try json(result.stdout)
    try expectGradescopeShape(results)
    #expect(results["score"] as? Double == 1)
    #expect(
      results["output"] as? String == "Byron, Bob, weighted: 1 of 3 points, 1 of 3 blocks right")
    let tests = try #require(results["tests"] as? [[String: Any]])
    #expect(tests.map { $0["name"] as? String } == ["dc (2 points)", "rows", "bonus (optional)"])
    #expect(tests.map { $0["number"] as? String } == ["1.1", "1.2", "1.3"])
    #expect(tests.map { $0["score"] as? Double } == [0, 1, 0])
    #expect(tests.map { $0["max_score"] as? Double } == [2, 1, 0])
    #expect(tests.map { $0["status"] as? String } == ["failed", "passed", "failed"])
    #expect(
      tests.map { $0["output"] as? String } == [
        Self.signFlip + "\nKnown mistake: sign flip", "right: 5",
        "Not attempted: write your answer in a fenced block under '## bonus'.",
      ])
    #expect(
      tests.map { $0["tags"] as? [String] } == [
        ["exercise", "sign flip"], ["ask"], ["ask", "optional"],
      ])
  }

  /// Parses a zip of stored entries: each local header's name and bytes, checked against
  /// the central directory's count.
  func entries(ofZip data: [UInt8]) throws -> [(name: String, bytes: [UInt8], crc: UInt32)] {
    func u16(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
    func u32(_ at: Int) -> UInt32 {
      UInt32(data[at]) | UInt32(data[at + 1]) << 8 | UInt32(data[at + 2]) << 16
        | UInt32(data[at + 3]) << 24
    }
    var entries: [(String, [UInt8], UInt32)] = []
    var offset = 0
    while offset + 30 <= data.count, u32(offset) == 0x0403_4b50 {
      #expect(u16(offset + 8) == 0)  // stored
      let crc = u32(offset + 14)
      let size = Int(u32(offset + 18))
      let nameLength = u16(offset + 26)
      let extra = u16(offset + 28)
      let name = String(decoding: data[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
      let start = offset + 30 + nameLength + extra
      entries.append((name, Array(data[start..<(start + size)]), crc))
      offset = start + size
    }
    #expect(u32(offset) == 0x0201_4b50)  // the central directory follows
    let end = data.count - 22
    #expect(u32(end) == 0x0605_4b50)
    #expect(u16(end + 10) == entries.count)
    return entries
  }

  /// CRC-32 written out bit by bit, independent of the one the archive uses.
  func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  @Test func theAutograderZipGradesASubmissionLaidOutAsGradescopeLaysItOut() throws {
    let zip = folder.path("autograder.zip")
    let made = try downhill.run([
      "autograder", "weighted", "normalization", "--platform", "gradescope", "-o", zip,
      "--lessons-folder", lessons,
    ])
    #expect(made.exitStatus == 0, "\(made)")
    let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: zip)))
    let entries = try entries(ofZip: data)
    #expect(
      entries.map(\.name) == [
        "setup.sh", "run_autograder", "downhill", "lessons/60-weighted.md",
        // The flats of every student's draw of the normalization lesson.
        "lessons/04-normalization.md", "lessons/data/flats.csv", "lessons/data/flats-z.csv",
        "lessons/data/normalization-flats-b.csv", "lessons/data/normalization-flats-b-z.csv",
        "lessons/data/normalization-flats-c.csv", "lessons/data/normalization-flats-c-z.csv",
        "lessons/data/normalization-flats-d.csv", "lessons/data/normalization-flats-d-z.csv",
      ])
    for entry in entries where entry.name != "downhill" {
      #expect(entry.crc == crc32(entry.bytes), "\(entry.name)")
    }
    let binary = try #require(entries.first { $0.name == "downhill" })
    #expect(binary.bytes == [UInt8](try Data(contentsOf: downhill.executable)))
    #expect(
      String(
        decoding: try #require(entries.first { $0.name == "lessons/60-weighted.md" }).bytes,
        as: UTF8.self) == Self.weightedLesson)
    let setup = String(decoding: entries[0].bytes, as: UTF8.self)
    #expect(setup.contains("apt-get install -y --no-install-recommends libtinfo6 libncursesw6"))
    #expect(!setup.contains("curl") && !setup.contains("wget") && !setup.contains("pip"))

    // Gradescope's layout: source (the zip unpacked), submission, metadata, results.
    let root = folder.path("autograder")
    for entry in entries {
      let path = root + "/source/" + entry.name
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      #expect(FileManager.default.createFile(atPath: path, contents: Data(entry.bytes)))
    }
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: root + "/source/downhill")
    try FileManager.default.createDirectory(
      atPath: root + "/submission", withIntermediateDirectories: true)
    // The file claims to be Ada; Gradescope knows it came from Mallory.
    try folder.write(
      """
      ---
      lesson: weighted
      student: Ada Lovelace
      id: ada@school.edu
      ---

      ## dc

      ```
      D_c = -2 * mean(Y - Y_pred)
      ```

      ## rows

      ```
      6
      ```

      """, to: "autograder/submission/answers.md")
    try folder.write(
      """
      {"created_at": "2026-12-01T10:00:00.000000-07:00",
       "assignment": {"id": 25828, "title": "Weighted", "total_points": "3.0"},
       "users": [{"email": "mallory@school.edu", "id": 4321, "name": "Mallory"}],
       "previous_submissions": []}
      """, to: "autograder/submission_metadata.json")
    let run = Process()
    run.executableURL = URL(fileURLWithPath: "/bin/sh")
    run.arguments = [root + "/source/run_autograder"]
    var environment = ProcessInfo.processInfo.environment
    environment["DOWNHILL_AUTOGRADER_ROOT"] = root
    run.environment = environment
    try run.run()
    run.waitUntilExit()
    #expect(run.terminationStatus == 0)
    let results = try json(
      String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: root + "/results/results.json")),
        as: UTF8.self))
    try expectGradescopeShape(results)
    #expect(results["score"] as? Double == 2)
    #expect(
      results["output"] as? String == """
        Ada Lovelace (mallory@school.edu), weighted: 2 of 3 points, 1 of 3 blocks right
        Note: the file says id: ada@school.edu, but Gradescope received it from \
        mallory@school.edu: graded as mallory@school.edu
        """)
    let tests = try #require(results["tests"] as? [[String: Any]])
    #expect(tests.map { $0["status"] as? String } == ["passed", "failed", "failed"])
    #expect(tests[1]["output"] as? String == "not 6; answers are accepted exactly")

    // When check cannot run (here: metadata that is not JSON), the student still gets a
    // results.json that says so, with no points.
    try folder.write("not json", to: "autograder/submission_metadata.json")
    let again = Process()
    again.executableURL = URL(fileURLWithPath: "/bin/sh")
    again.arguments = [root + "/source/run_autograder"]
    again.environment = environment
    try again.run()
    again.waitUntilExit()
    #expect(again.terminationStatus == 0)
    let fallback = try json(
      String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: root + "/results/results.json")),
        as: UTF8.self))
    #expect(fallback["score"] as? Double == 0)
    #expect(
      fallback["output"] as? String
        == "The autograder could not grade this submission (downhill check stopped with "
        + "status 2); please tell your teacher.")
    #expect(fallback["tests"] as? [Any] != nil)
  }

  @Test func aGradescopeIdentityOverridesAForgedIDInTheJSONReport() throws {
    try submitAdaAndBob()
    try folder.write(#"{"users": [{"email": "", "id": 77, "name": "Bob"}]}"#, to: "meta.json")
    let result = try check([
      "--format", "json", "--gradescope-metadata", folder.path("meta.json"),
      "\(classFolder)/ada.md",
    ])
    let submission = try #require(
      (try json(result.stdout)["submissions"] as? [[String: Any]])?.first)
    #expect(submission["id"] as? String == "77")
    #expect(
      submission["identity_note"] as? String
        == "the file says id: ada@school.edu, but Gradescope received it from 77: graded as 77")
    try folder.write(#"{"users": []}"#, to: "empty.json")
    let refused = try check(["--gradescope-metadata", folder.path("empty.json"), classFolder])
    #expect(refused.exitStatus == 2)
    #expect(
      refused.stderr
        == "Error: \(folder.path("empty.json")) names no account: Gradescope's submission "
        + "metadata lists them in 'users', each with an 'email' or an 'id'\n")
  }

  // MARK: - PrairieLearn

  @Test func prairieLearnResultsFollowTheSpecification() throws {
    try submitAdaAndBob()
    let result = try check(["--format", "prairielearn", "\(classFolder)/bob.md"])
    let results = try json(result.stdout)
    #expect(Set(results.keys) == ["gradable", "score", "message", "output", "tests"])
    #expect(results["gradable"] as? Bool == true)
    #expect(results["score"] as? Double == 1.0 / 3.0)
    #expect(results["message"] as? String == "1 of 3 points")
    #expect(
      results["output"] as? String == "Byron, Bob, weighted: 1 of 3 points, 1 of 3 blocks right")
    let tests = try #require(results["tests"] as? [[String: Any]])
    for test in tests {
      #expect(
        Set(test.keys) == ["name", "description", "points", "max_points", "message", "output"])
    }
    #expect(tests.map { $0["name"] as? String } == ["dc", "rows", "bonus"])
    #expect(
      tests.map { $0["description"] as? String } == [
        "exercise (2 points)", "ask (1 point)", "ask, optional (1 point)",
      ])
    #expect(tests.map { $0["points"] as? Double } == [0, 1, 0])
    #expect(tests.map { $0["max_points"] as? Double } == [2, 1, 0])
    #expect(
      tests.map { $0["message"] as? String } == [
        "at m = 0, c = 0 your D_c is 900; expected -900", "Right.",
        "Not attempted: write your answer in a fenced block under '## bonus'.",
      ])
  }

  @Test func anUnreadableSubmissionIsNotGradableForPrairieLearn() throws {
    try folder.write("---\nlesson: weighted\nnope: 1\n---\n", to: "class/eve.md")
    let results = try json(
      try check(["--format", "prairielearn", "\(classFolder)/eve.md"]).stdout)
    #expect(results["gradable"] as? Bool == false)
    #expect(results["score"] as? Double == 0)
    let errors = try #require(results["format_errors"] as? [String])
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("eve: \(classFolder)/eve.md:3") == true, "\(errors)")
  }

  // MARK: - Canvas

  static let roster = """
    Student,ID,SIS User ID,SIS Login ID,Section,Current Score
        Points Possible,,,,,
    Ada Lovelace,101,S1,ADA@school.edu,A,90
    "Byron, Bob",102,S2,bob@school.edu,B,80
    Dee Dee,103,S3,dee@school.edu,A,70

    """

  @Test func aCanvasGradebookMatchesTheRosterAndListsEveryoneElseLast() throws {
    try submitAdaAndBob()
    try submit("cy", front: ["student: Cy", "id: cy@school.edu"], [("rows", "4")])
    try folder.write(Self.roster, to: "roster.csv")
    let result = try check([
      "--format", "canvas-csv", "--roster", folder.path("roster.csv"),
      "--canvas-assignment", "weighted=4242", "--lesson", "weighted", classFolder,
    ])
    #expect(result.exitStatus == 1)
    // Ada by her login (in any case), Bob by his exact name, Dee submitted nothing, Cy
    // is not on the roster.
    #expect(
      result.stdout == """
        Student,ID,SIS User ID,SIS Login ID,Section,Weighted (4242)
            Points Possible,,,,,3
        Ada Lovelace,101,S1,ADA@school.edu,A,4
        "Byron, Bob",102,S2,bob@school.edu,B,1
        Dee Dee,103,S3,dee@school.edu,A,
        Cy,,,cy@school.edu,(not on the roster),0

        """, "\(result)")
    #expect(
      result.stderr
        == "not on the roster: Cy (\(classFolder)/cy.md); listed in the gradebook's last rows, "
        + "Section (not on the roster)\n")
    // Without an assignment id, the column is a new one, headed by the title alone.
    let fresh = try check([
      "--format", "canvas-csv", "--roster", folder.path("roster.csv"), classFolder,
    ])
    #expect(fresh.stdout.hasPrefix("Student,ID,SIS User ID,SIS Login ID,Section,Weighted\n"))
  }

  @Test func aRosterWithoutTheColumnsIsRefusedWithItsPlace() throws {
    try submitAdaAndBob()
    try folder.write("Student,ID,SIS User ID,Section\nAda,1,S1,A\n", to: "roster.csv")
    let result = try check([
      "--format", "canvas-csv", "--roster", folder.path("roster.csv"), classFolder,
    ])
    #expect(result.exitStatus == 2)
    #expect(
      result.stderr
        == "Error: \(folder.path("roster.csv")):1: the roster has no 'SIS Login ID' column; a "
        + "Canvas gradebook export starts with Student, ID, SIS User ID, SIS Login ID, Section\n")
    let missing = try check(["--format", "canvas-csv", classFolder])
    #expect(missing.exitStatus == 2)
    #expect(missing.stderr.contains("--format canvas-csv needs --roster FILE"), "\(missing)")
  }
}
