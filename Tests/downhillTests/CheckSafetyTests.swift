import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `downhill check` on uploads meant to harm: links out of the class folder, pipes,
/// devices, escape sequences in names, lesson ids and file names, files too large to
/// read, answers that would run past their time, and tampered progress files.
@Suite struct CheckSafetyTests {
  let downhill: CommandRunner
  let folder: TemporaryDirectory
  let lessons: String
  let classFolder: String

  init() throws {
    downhill = try CommandRunner()
    folder = try TemporaryDirectory()
    let lessonsURL = folder.url.appendingPathComponent("Lessons")
    try FileManager.default.createDirectory(at: lessonsURL, withIntermediateDirectories: true)
    lessons = lessonsURL.path
    try FileManager.default.copyItem(
      atPath: LessonCommandTests.lessons.appendingPathComponent("02-linear-regression.md").path,
      toPath: lessonsURL.appendingPathComponent("02-linear-regression.md").path)
    try folder.write(CheckCommandTests.smallLesson, to: "Lessons/50-small.md")
    classFolder = folder.path("class")
    try FileManager.default.createDirectory(
      atPath: classFolder, withIntermediateDirectories: true)
  }

  func check(_ arguments: [String]) throws -> CommandResult {
    try downhill.run(["check", "--lessons-folder", lessons] + arguments)
  }

  /// The characters that could act on a terminal: C0 controls but line feed, DEL, C1.
  static func controls(in text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value).filter {
      ($0 < 0x20 && $0 != 0x0A) || (0x7F..<0xA0).contains($0)
    }
  }

  // MARK: - Links and special files

  @Test func linksAndSpecialFilesAreRefusedNeverFollowed() throws {
    try folder.write("---\nlesson: small\n---\n\n## rows\n\n```\n5\n```\n", to: "class/ada.md")
    try folder.write("TOP SECRET", to: "secret.md")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("class/out.md"), withDestinationPath: folder.path("secret.md"))
    // A link to a file inside the folder is refused too: links are never read through.
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("class/twin.md"), withDestinationPath: "ada.md")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("class/dir.md"), withDestinationPath: folder.url.path)
    #expect(mkfifo(folder.path("class/pipe.md"), 0o644) == 0)
    let started = Date()
    let result = try check([classFolder, "/dev/null", folder.path("class/out.md")])
    #expect(Date().timeIntervalSince(started) < 10)  // the pipe does not hang the run
    #expect(result.exitStatus == 1)
    #expect(!result.stdout.contains("TOP SECRET"))
    let problems = result.stdout.split(separator: "\n").filter { $0.contains("cannot be graded") }
    let link =
      "cannot be graded: it is a symbolic link, and links are not followed: it was not read"
    #expect(
      problems == [
        "dir (\(classFolder)/dir.md): \(link)",
        "out (\(classFolder)/out.md): \(link)",
        "pipe (\(classFolder)/pipe.md): cannot be graded: it is a pipe (FIFO), not a regular "
          + "file: it was not read",
        "twin (\(classFolder)/twin.md): \(link)",
        "null (/dev/null): cannot be graded: it is a device, not a regular file: it was not read",
        "out (\(classFolder)/out.md): \(link)",
      ], "\(result)")
    #expect(result.stdout.contains("ada (\(classFolder)/ada.md): 1/2 passed"))
  }

  // MARK: - Escapes

  @Test func escapesReachNoFormatRawOrYAMLEscaped() throws {
    // YAML-escaped in the name, raw in an answer, in a lesson id with no student, and in a
    // file name with no student.
    try folder.write(
      "---\nlesson: small\nstudent: \"\\e[31mRED\\e]0;TITLE\\a\\e[2J\"\n---\n\n## rows\n\n"
        + "```\n5\u{1B}[2J\n```\n", to: "class/a.md")
    try folder.write("---\nlesson: \"\\e[2Jnosuch\\a\"\n---\n", to: "class/b.md")
    try folder.write(
      "---\nlesson: small\n---\n\n## rows\n\n```\n5\n```\n", to: "class/c\u{1B}[31mx.md")
    for format in ["text", "tap", "csv", "json", "junit"] {
      let result = try check(["--format", format, classFolder])
      #expect(result.exitStatus == 1, "\(format): \(result)")
      #expect(Self.controls(in: result.stdout) == [], "\(format): \(result.stdout)")
      let output = result.stdout
      #expect(output.contains("\u{FFFD}[31mRED\u{FFFD}]0;TITLE\u{FFFD}\u{FFFD}[2J"), "\(format)")
      #expect(output.contains("\u{FFFD}[2Jnosuch\u{FFFD}"), "\(format): \(output)")
      #expect(output.contains("c\u{FFFD}[31mx"), "\(format): \(output)")
      if format == "json" { #expect(output.contains("\"answer\": \"5\u{FFFD}[2J\"")) }
    }
    let text = try check([classFolder]).stdout
    #expect(
      text.contains(
        "c\u{FFFD}[31mx (\(classFolder)/c\u{FFFD}[31mx.md): 1/2 passed, 1/2 points\n"
          + "  – dc: not attempted\n"
          + "  ✓ rows\n"), "\(text)")
  }

  @Test func exportedProgressPrintsNoEscapesFromATamperedFile() throws {
    let progress = folder.path("progress.json")
    let tutor = try downhill.run(
      ["repl", "--lesson", "small", "--lessons-folder", lessons, "--progress", progress],
      input: "answer 5\nquit\n")
    #expect(tutor.exitStatus == 0, "\(tutor)")
    let saved = try String(contentsOfFile: progress, encoding: .utf8)
    #expect(saved.contains("\"5\""), "\(saved)")
    try saved.replacing("\"5\"", with: "\"5\\u001b]0:pwned\\u0007\\u001b[2J\"")
      .write(toFile: progress, atomically: true, encoding: .utf8)
    let exported = try downhill.run([
      "progress", "export", "small", "--student", "Ada\u{1B}[31m", "--lessons-folder", lessons,
      "--progress", progress,
    ])
    #expect(exported.exitStatus == 0, "\(exported)")
    #expect(
      exported.stdout == """
        ---
        lesson: small
        student: Ada\u{FFFD}[31m
        ---

        ## dc

        <!-- attempts: 1 -->

        ```
        5\u{FFFD}]0:pwned\u{FFFD}\u{FFFD}[2J
        ```

        """)
  }

  // MARK: - TAP

  @Test func tapIsInSequenceAfterAnUnreadableFile() throws {
    try folder.write("---\nlesson: small\n---\n\n## rows\n\n```\n5\n```\n", to: "class/a.md")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("class/b.md"), withDestinationPath: folder.path("class/a.md"))
    try folder.write(String(repeating: "x", count: 2000), to: "class/c.md")
    try folder.write(
      "---\nlesson: small\nstudent: \"d\\nok 9 - forged # SKIP\"\n---\n", to: "class/d.md")
    let result = try check(["--format", "tap", "--max-bytes", "1000", classFolder])
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let tests = lines.filter { $0.hasPrefix("ok ") || $0.hasPrefix("not ok ") }
    let numbers = tests.map { line in
      Int(line.drop { !$0.isNumber }.prefix { $0.isNumber }) ?? 0
    }
    #expect(lines.prefix(2) == ["TAP version 13", "1..\(tests.count)"])
    #expect(numbers == Array(1...tests.count))
    #expect(
      tests == [
        "not ok 1 - a: dc", "ok 2 - a: rows", "not ok 3 - b: submission",
        "not ok 4 - c: submission", "not ok 5 - d ok 9 - forged \\# SKIP: dc",
        "not ok 6 - d ok 9 - forged \\# SKIP: rows",
      ], "\(result.stdout)")
  }

  // MARK: - Size and time

  @Test func aFileOverTheSizeLimitIsReportedNotRead() throws {
    // The reported case: 800 lines of 9,600 characters, each under the line limit.
    let line = "D_c = " + String(repeating: "1+", count: 4797) + "1"
    let body = Array(repeating: line, count: 800).joined(separator: "\n")
    try folder.write("---\nlesson: small\n---\n\n## dc\n\n```\n\(body)\n```\n", to: "class/big.md")
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: folder.path("class/big.md"))[.size] as? Int)
    #expect(size == 7_681_638)
    let started = Date()
    let result = try check([classFolder])
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(
      result.stdout.hasPrefix(
        "big (\(classFolder)/big.md): cannot be graded: the file is too large: 7681638 bytes, "
          + "over the limit of 1048576 (--max-bytes); it was not read\n"), "\(result)")
    let smaller = try check(["--max-bytes", "100", classFolder])
    #expect(smaller.stdout.contains("over the limit of 100 (--max-bytes)"))
    #expect(try check(["--max-bytes", "0", classFolder]).exitStatus == 2)
  }

  @Test func aSubmissionPastItsTimeHasItsBlocksTimedOut() throws {
    try folder.write(
      "---\nlesson: linear-regression\n---\n\n## loss-goal\n\n```\nmodel mlp:1-60-60-1\n"
        + "lr 0\nstep 100000\n```\n", to: "class/slow.md")
    let started = Date()
    let result = try check(["--time-limit", "0.5", classFolder])
    #expect(Date().timeIntervalSince(started) < 6)
    #expect(
      result.stdout.contains(
        "  ✗ loss-goal\n      not graded: the submission ran past its time limit (--time-limit)\n"),
      "\(result)")
    #expect(try check(["--time-limit", "0", classFolder]).exitStatus == 2)
  }

  // MARK: - Lessons and answers

  @Test func aMisspeltLessonGetsTheClosestID() throws {
    try folder.write("---\nlesson: smal\n---\n", to: "class/a.md")
    let result = try check([classFolder])
    #expect(result.stdout.contains("did you mean 'small'?"), "\(result)")
    let given = try check(["--lesson", "smal", classFolder])
    #expect(given.exitStatus == 2)
    #expect(given.stderr.contains("did you mean 'small'?"), "\(given)")
    try folder.write("---\nlesson: smal\n---\n", to: "class/a.md")
    let other = try check(["--lesson", "small", classFolder])
    #expect(
      other.stdout.contains(
        "cannot be graded: the submission is for the lesson 'smal', which is not among those "
          + "given with --lesson; did you mean 'small'?"), "\(other)")
  }

  @Test func aLessonCannotBeNamedByPath() throws {
    try folder.write("---\nlesson: ../Lessons/50-small.md\n---\n", to: "class/a.md")
    let result = try check([classFolder])
    #expect(
      result.stdout.contains(
        "cannot be graded: the lesson is named by its id, not a path: '../Lessons/50-small.md' "
          + "is not a lesson id"), "\(result)")
  }

  @Test func answersCanBeLeftOutOfTheJSONReport() throws {
    try folder.write("---\nlesson: small\n---\n\n## rows\n\n```\n5\n```\n", to: "class/a.md")
    let full = try check(["--format", "json", classFolder]).stdout
    let lean = try check(["--format", "json", "--no-answers", classFolder]).stdout
    #expect(full.contains("\"answer\": \"5\""))
    #expect(!lean.contains("\"answer\""))
    #expect(lean.contains("\"status\": \"passed\""))
  }
}
