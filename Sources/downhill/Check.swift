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

      Exit status: 0 everything passed; 1 something failed, was not attempted, or a \
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

  @Option(help: "The largest submission read, in bytes; a larger one is reported as too large.")
  var maxBytes = 1 << 20

  @Option(
    help: "Seconds one submission may take; blocks not graded by then are reported as timed out.")
  var timeLimit = 10.0

  @Flag(help: "Leave each block's answer out of the JSON report (for large classes).")
  var noAnswers = false

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
  }

  func run() throws {
    var grading = try ClassGrader(
      library: source.library, lessonArguments: lessons, seed: seed)
    grading.maxBytes = maxBytes
    grading.timeLimit = timeLimit
    if watch {
      try Watching.watch(submissions[0]) { print(grading.report(for: [$0]).rendered(.text)) }
      return
    }
    let files = try ClassGrader.files(in: submissions)
    var result = grading.report(for: files)
    result.includesAnswers = !noAnswers
    print(result.rendered(format), terminator: "")
    if !result.allPassed { throw ExitCode(1) }
  }
}
