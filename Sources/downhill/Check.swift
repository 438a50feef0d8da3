import ArgumentParser
import Descent
import Foundation
import Tutor

/// `downhill check`: grades submissions against their lessons, for teachers and
/// autograders, with the checker the tutorial uses.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
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

  @Argument(help: "Submission files or directories of them.")
  var submissions: [String] = []

  @Option(
    name: .customLong("lesson"),
    help: "A lesson to grade against (repeatable); default: each submission's own.")
  var lessons: [String] = []

  @Option(help: "The lessons folder (default: $DOWNHILL_LESSONS, else ./Lessons).")
  var lessonsFolder: String?

  @Option(help: "text, json, junit, tap or csv.")
  var format = "text"

  @Option(help: "The seed of the random states answers are checked on.")
  var seed: UInt64 = AnswerChecker.defaultSeed

  @Flag(help: "Check one submission again every time it is saved.")
  var watch = false

  func validate() throws {
    guard GradeReport.Format(rawValue: format) != nil else {
      throw ValidationError("--format is text, json, junit, tap or csv; not '\(format)'")
    }
    guard !submissions.isEmpty else {
      throw ValidationError("name at least one submission file or directory")
    }
    if watch && (submissions.count != 1 || format != "text") {
      throw ValidationError("--watch checks one submission file, in text")
    }
  }

  func run() throws {
    var grading = try Grading(
      library: LessonLibrary(option: lessonsFolder, environment: Environment.variables()),
      lessonArguments: lessons, seed: seed)
    let report = GradeReport.Format(rawValue: format) ?? .text
    if watch {
      try Watching.watch(submissions[0]) { print(grading.report(for: [$0]).rendered(.text)) }
      return
    }
    let files = try Grading.files(in: submissions)
    let result = grading.report(for: files)
    print(result.rendered(report), terminator: "")
    if !result.allPassed { throw ExitCode(1) }
  }
}

/// Finding each submission's lesson and grading it.
struct Grading {
  let library: LessonLibrary
  let checker: AnswerChecker
  /// Lessons named with --lesson, by id, with their files.
  var given: [(lesson: Lesson, file: String)] = []
  /// Lessons looked up by a submission's `lesson:`, by id (nil: not found).
  var found: [String: (lesson: Lesson, file: String)?] = [:]
  /// A grader a lesson, made once: it walks its lesson once for the whole class.
  var graders: [String: Grader] = [:]

  init(library: LessonLibrary, lessonArguments: [String], seed: UInt64) throws {
    self.library = library
    checker = AnswerChecker(seed: seed)
    for argument in lessonArguments {
      let file = try library.resolve(argument)
      given.append((try library.load(file), file))
    }
  }

  /// The submission files named: files as given, directories as their `.md` files.
  static func files(in arguments: [String]) throws -> [String] {
    var files: [String] = []
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        files.append(argument)  // reported as unreadable, the others still graded
        continue
      }
      if isDirectory.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
        files += names.filter { $0.hasSuffix(".md") }.sorted().map {
          (argument as NSString).appendingPathComponent($0)
        }
      } else {
        files.append(argument)
      }
    }
    return files
  }

  /// The grades of every file.
  mutating func report(for files: [String]) -> GradeReport {
    GradeReport(submissions: files.map { grade($0) }, seed: checker.seed)
  }

  /// One file's grades, or why it cannot be graded.
  mutating func grade(_ file: String) -> SubmissionGrade {
    func unreadable(_ problem: String, lesson: String = "") -> SubmissionGrade {
      SubmissionGrade(
        student: Submission.fileName(file), source: file, lessonID: lesson, grades: [],
        problem: problem, unknownIDs: [])
    }
    let text: String
    do {
      text = try DataFiles.readText(file)
    } catch {
      return unreadable("\(error)")
    }
    let submission: Submission
    do {
      submission = try Submission.parse(text, file: file)
    } catch {
      return unreadable(error.description)
    }
    guard let (lesson, lessonFile) = lesson(for: submission) else {
      let named = submission.lessonID ?? ""
      return unreadable(
        named.isEmpty
          ? "the submission names no lesson (lesson: ID in its front matter) and no --lesson "
            + "was given"
          : "there is no lesson '\(named)' to grade against", lesson: named)
    }
    let grader =
      graders[lesson.id]
      ?? Grader(lesson: lesson, loader: library.loader(forLessonAt: lessonFile), checker: checker)
    graders[lesson.id] = grader
    return grader.grade(submission)
  }

  /// The lesson a submission is graded against.
  mutating func lesson(for submission: Submission) -> (Lesson, String)? {
    if let id = submission.lessonID {
      if let match = given.first(where: { $0.lesson.id == id }) { return match }
      if !given.isEmpty { return nil }
      if let cached = found[id] { return cached }
      let loaded = (try? library.resolve(id)).flatMap { file in
        (try? library.load(file)).map { ($0, file) }
      }
      found[id] = loaded
      return loaded
    }
    return given.count == 1 ? given[0] : nil
  }
}
