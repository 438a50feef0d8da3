import Foundation

/// Grades a class: finds each submission's lesson (named with `--lesson`, else in the
/// submission's front matter) and grades it with one `Grader` a lesson, so each lesson is
/// walked once for the whole class. A file that cannot be read or matched to a lesson is
/// a grade with a problem; the others are still graded.
public struct ClassGrader {
  let library: LessonLibrary
  let checker: AnswerChecker
  /// Lessons named with --lesson, by id, with their files.
  var given: [(lesson: Lesson, file: String)] = []
  /// Lessons looked up by a submission's `lesson:`, by id (nil: not found).
  var found: [String: (lesson: Lesson, file: String)?] = [:]
  /// A grader a lesson, made once: it walks its lesson once for the whole class.
  var graders: [String: Grader] = [:]

  /// A grader over `library`, against the lessons `lessonArguments` name (paths, file
  /// names or ids; none: each submission's own), checking on states seeded with `seed`.
  public init(library: LessonLibrary, lessonArguments: [String], seed: UInt64) throws {
    self.library = library
    checker = AnswerChecker(seed: seed)
    for argument in lessonArguments {
      let file = try library.resolve(argument)
      given.append((try library.load(file), file))
    }
  }

  /// The submission files named: files as given, directories as their `.md` files.
  public static func files(in arguments: [String]) throws -> [String] {
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
  public mutating func report(for files: [String]) -> GradeReport {
    GradeReport(submissions: files.map { grade($0) }, seed: checker.seed)
  }

  /// One file's grades, or why it cannot be graded.
  public mutating func grade(_ file: String) -> SubmissionGrade {
    func unreadable(_ problem: String, lesson: String = "") -> SubmissionGrade {
      SubmissionGrade(
        student: Submission.fileName(file), source: file, lessonID: lesson, grades: [],
        problem: problem, unknownIDs: [])
    }
    let text: String
    do {
      text = try TextFile.read(file, limit: TextFile.documentLimit)
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
