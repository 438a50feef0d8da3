import ArgumentParser
import Descent
import Foundation
import Tutor

/// `downhill check`: grades submissions against their lessons, for teachers and
/// autograders, with the checker the tutorial uses.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Grade submissions (one file a student) against their lessons.",
    discussion: """
      A submission is Markdown: a front matter naming the lesson (lesson: ID) and the \
      student (student: NAME, else the file name), then one '## ID' heading for each \
      checked block, each followed by a fenced block holding the answer. A directory \
      means every .md file in it (a class). Grading always uses the teacher's copy of \
      the lesson.

      Blocks carry points (points: N in the lesson, default 1); optional blocks add \
      their points when right and never count in the maximum. Every format gives each \
      student's score in points. --format gradescope writes Gradescope's results.json, \
      prairielearn PrairieLearn's external grader result, and canvas-csv (with --roster) \
      a Canvas gradebook import.

      Exit status: 0 everything passed (with --min-score: every submission scored at \
      least that fraction of its points); 1 something failed, was not attempted, or a \
      submission could not be read; 2 bad usage or a lesson that cannot be loaded.
      """
  )

  @Argument(
    help: "Submission files or directories of them.", completion: .file(extensions: ["md"]))
  var submissions: [String] = []

  @Option(
    name: .customLong("lesson"),
    help: "A lesson to grade against (repeatable); default: each submission's own.",
    completion: LessonCompletion.kind)
  var lessons: [String] = []

  @OptionGroup var source: LessonSource

  @Option(help: "The report's format.")
  var format: GradeReport.Format = .text

  @Option(help: "The seed of the random states answers are checked on.")
  var seed: UInt64 = AnswerChecker.defaultSeed

  @Flag(help: "Check one submission again every time it is saved.")
  var watch = false

  @Option(
    help: ArgumentHelp(
      "The fraction of its points (0 to 1) a submission needs for exit status 0 "
        + "(default: every required block right).", valueName: "fraction"))
  var minScore: Double?

  @Option(
    help: ArgumentHelp(
      "A Canvas gradebook export (Student, ID, SIS User ID, SIS Login ID, Section): the "
        + "class for --format canvas-csv, and whose identities match submissions.",
      valueName: "file"),
    completion: .file(extensions: ["csv"]))
  var roster: String?

  @Option(
    help: ArgumentHelp(
      "The Canvas assignment id of a lesson's column (repeatable), as LESSON=ID.",
      valueName: "lesson=id"))
  var canvasAssignment: [String] = []

  @Option(
    help: ArgumentHelp(
      "Gradescope's submission_metadata.json: who made the submission, which overrides "
        + "the file's own id:.", valueName: "file"),
    completion: .file(extensions: ["json"]))
  var gradescopeMetadata: String?

  @Option(help: "The largest submission read, in bytes; a larger one is reported as too large.")
  var maxBytes = 1 << 20

  @Option(
    help: "Seconds one submission may take; blocks not graded by then are reported as timed out.")
  var timeLimit = 10.0

  @Flag(help: "Leave each block's answer out of the JSON report (for large classes).")
  var noAnswers = false

  @Flag(
    help: ArgumentHelp(
      "Grade each submission against its student's own numbers and order of choices, as the "
        + "tutorial showed them with --student; a submission without an identity is then "
        + "not gradable."))
  var variants = false

  func validate() throws {
    guard !submissions.isEmpty else {
      throw ValidationError("name at least one submission file or directory")
    }
    guard maxBytes >= 1 else {
      throw ValidationError("--max-bytes is a number of bytes, 1 or more")
    }
    guard timeLimit > 0, timeLimit.isFinite else {
      throw ValidationError("--time-limit is a number of seconds, more than 0")
    }
    if watch && (submissions.count != 1 || format != .text) {
      throw ValidationError("--watch checks one submission file, in text")
    }
    if let minScore, !(0...1).contains(minScore) {
      throw ValidationError(
        "--min-score is a fraction of the points from 0 to 1, such as 0.6, not \(minScore)")
    }
    if format == .canvasCSV && roster == nil {
      throw ValidationError(
        "--format canvas-csv needs --roster FILE, the class exported from Canvas's gradebook")
    }
    for pair in canvasAssignment {
      let parts = pair.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw ValidationError(
          "--canvas-assignment is LESSON=ID, such as linear-regression=12345, not '\(pair)'")
      }
    }
  }

  func run() throws {
    var grading = try ClassGrader(
      library: source.library, lessonArguments: lessons, seed: seed)
    grading.maxBytes = maxBytes
    grading.timeLimit = timeLimit
    grading.variants = variants
    let roster = try self.roster.map { file in
      try Roster.parse(
        TextFile.read(file, limit: TextFile.documentLimit, advice: TextFile.csvAdvice),
        file: file)
    }
    let platform = try gradescopeMetadata.map { file in
      try PlatformIdentity.gradescope(
        metadata: TextFile.read(file, limit: TextFile.documentLimit), file: file)
    }
    grading.roster = roster
    grading.platform = platform
    if watch {
      try Watching.watch(submissions[0]) { print(grading.report(for: [$0]).rendered(.text)) }
      return
    }
    let started = Clock.now()
    let files = try ClassGrader.files(in: submissions)
    var result = grading.report(for: files)
    describe(&result, roster: roster, platform: platform)
    result.executionTime = Clock.now() - started

    result.includesAnswers = !noAnswers
    print(result.rendered(format), terminator: "")
    if format == .canvasCSV {
      for submission in result.submissionsNotOnRoster {
        printError(
          "not on the roster: \(submission.student) (\(submission.source)); listed in the "
            + "gradebook's last rows, Section \(GradeReport.notOnRoster)")
      }
    }
    let passed =
      minScore.map { minimum in
        !result.submissions.isEmpty
          && result.submissions.allSatisfy { $0.problem == nil && $0.fraction >= minimum }
      } ?? result.allPassed
    if !passed { throw ExitCode(1) }
  }

  /// Adds what the platforms' formats need to `report`: the lessons (titles and
  /// maxima), the roster, Canvas assignment ids, and each submission's identity.
  func describe(_ report: inout GradeReport, roster: Roster?, platform: PlatformIdentity?) {
    let library = source.library
    var lessons: [GradedLesson] = []
    func add(_ argument: String) {
      guard let file = try? library.resolve(argument), let lesson = try? library.load(file),
        !lessons.contains(where: { $0.id == lesson.id })
      else { return }
      lessons.append(GradedLesson(lesson))
    }
    self.lessons.forEach(add)
    for submission in report.submissions where !submission.lessonID.isEmpty {
      add(submission.lessonID)
    }
    report.lessons = lessons
    for pair in canvasAssignment {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      let id = (try? library.load(try library.resolve(parts[0])).id) ?? parts[0]
      report.canvasAssignments[id] = parts[1]
    }
    report.roster = roster
    report.settleIdentities(platform: platform)
  }
}
