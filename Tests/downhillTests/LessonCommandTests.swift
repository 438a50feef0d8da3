import Foundation
import Testing

/// `downhill lint`, `downhill play` and `downhill repl --lesson` on the real lessons and on
/// broken ones.
@Suite struct LessonCommandTests {
  let downhill: CommandRunner
  /// The repository's `Lessons` folder.
  static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")

  init() throws {
    downhill = try CommandRunner()
  }

  @Test func everyLessonInTheRepositoryPassesLint() throws {
    let result = try downhill.run(["lint", "--lessons-folder", Self.lessons.path])
    #expect(result.exitStatus == 0, "\(result)")
    #expect(result.stdout == "")
    #expect(result.stderr.hasSuffix(" checked: no problems\n"), "\(result)")
  }

  @Test func lintListsEveryProblemWithItsPlaceAndExitsOne() throws {
    let folder = try TemporaryDirectory()
    try folder.write(
      """
      ---
      format: 1
      id: broken
      title: Broken
      summary: Two problems.
      dataset: nosuch
      ---

      ## Only step

      ```exercize
      id: x
      ```
      """, to: "01-broken.md")
    let result = try downhill.run(["lint", "--lessons-folder", folder.url.path])
    #expect(result.exitStatus == 1, "\(result)")
    let file = folder.path("01-broken.md")
    #expect(
      result.stdout == """
        \(file):11:4: unknown directive 'exercize'; did you mean 'exercise'? the directives \
        are run, ask, task, exercise, predict, hint, plot (use ```text for a block shown as is)

        """)
    #expect(result.stderr == "1 lesson checked: 1 problem\n")
    // Once the syntax is right, the walk finds the dataset.
    try folder.write(
      """
      ---
      format: 1
      id: broken
      title: Broken
      summary: One problem.
      dataset: nosuch
      ---

      ## Only step
      """, to: "01-broken.md")
    let second = try downhill.run(["lint", "--lessons-folder", folder.url.path])
    #expect(second.exitStatus == 1)
    #expect(second.stdout.hasPrefix("\(file):6:1: "), "\(second)")
  }

  @Test func anUnknownLessonIsABadArgument() throws {
    let result = try downhill.run([
      "play", "no-such-lesson", "--lessons-folder", Self.lessons.path,
    ])
    #expect(result.exitStatus == 2)
    #expect(
      result.stderr.hasPrefix(
        "Error: there is no lesson 'no-such-lesson' among the built-in lessons or in "),
      "\(result)")
  }

  @Test func theLineReplFollowsALessonAndResumesIt() throws {
    let folder = try TemporaryDirectory()
    let progress = folder.path("progress.json")
    let arguments = [
      "repl", "--lesson", "linear-regression", "--lessons-folder", Self.lessons.path,
      "--progress", progress,
    ]
    let first = try downhill.run(arguments, input: "answer a\nanswer b\nnext\nquit\n")
    #expect(first.exitStatus == 0, "\(first)")
    #expect(
      first.stdout.hasPrefix(
        """

        ── Linear regression, one epoch at a time · step 1 of 9: The data and a flat line ──

        Five houses: sizes X = 1 to 5, prices Y = 150 to 750. We fit a line Y_pred = m*X + c, \
        starting from m = 0 and c = 0. Type show data to see the table.

        With m = 0 and c = 0, what does the line predict for every house?
          a) 450, the mean price
          b) 0, whatever the size
          c) 150, the cheapest price
        (answer with a letter)
        > view fit
        view fit

        ✗ not a: The mean would be a sensible guess, but the model only knows m and c, and \
        both are 0.
        try again
        ✓ right: b
        """), "\(first.stdout)")
    let second = try downhill.run(arguments, input: "quit\n")
    #expect(
      second.stdout.hasPrefix(
        "\n── Linear regression, one epoch at a time · step 2 of 9: How wrong is the line? ──"),
      "\(second.stdout)")
    let saved =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: progress))) as? [String: Any]
    let lessons = saved?["lessons"] as? [String: Any]
    let lesson = lessons?["linear-regression"] as? [String: Any]
    #expect(lesson?["step"] as? String == "the-loss")
    let answers = lesson?["answers"] as? [String: Any]
    let first_ = answers?["start-prediction"] as? [String: Any]
    #expect(first_?["attempts"] as? Int == 2)
    #expect(first_?["verdict"] as? String == "passed")
  }

  /// A tutor killed at any moment leaves a progress file that parses: the save is a
  /// rename of a synced temporary file.
  @Test func killingTheTutorMidSaveNeverCorruptsProgress() throws {
    let folder = try TemporaryDirectory()
    let progress = folder.path("progress.json")
    for round in 0..<12 {
      let process = Process()
      process.executableURL = downhill.executable
      process.arguments = [
        "repl", "--lesson", "linear-regression", "--lessons-folder", Self.lessons.path,
        "--progress", progress,
      ]
      let input = Pipe()
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Wrong answers, each saved, as fast as the tutor reads them.
      let lines = String(repeating: "answer c\nback\nnext\n", count: 400)
      input.fileHandleForWriting.write(Data(lines.utf8))
      // Wait for the first save of this run, then let it run a varying while.
      let start = Date()
      let before =
        (try? FileManager.default.attributesOfItem(atPath: progress))?[.modificationDate] as? Date
      while Date().timeIntervalSince(start) < 10 {
        let now =
          (try? FileManager.default.attributesOfItem(atPath: progress))?[.modificationDate] as? Date
        if now != nil && now != before { break }
        usleep(1_000)
      }
      usleep(UInt32(3_000 * round))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      try? input.fileHandleForWriting.close()
      let data = try Data(contentsOf: URL(fileURLWithPath: progress))
      let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      #expect(parsed?["format"] as? Int == 1, "round \(round)")
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
      .filter { $0.contains(".tmp") }
    // A killed writer may leave one temporary file; the next save clears it.
    #expect(leftovers.count <= 1)
  }
}
