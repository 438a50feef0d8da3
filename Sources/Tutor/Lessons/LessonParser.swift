import Descent

/// Reads a lesson file: Markdown with a YAML front matter, one step per `## ` heading, and
/// fenced blocks whose info string names a directive.
///
/// Parsing never stops at the first problem: it collects every one it can find, located
/// at `file:line:col`, so `downhill lint` can list them all. Checks that need a running
/// session (a command that fails, an answer that fails its own check) are `LessonLinter`'s.
public enum LessonParser {
  /// The directives a fenced block may name.
  public static let directives = Directive.allCases.map(\.rawValue)
  /// Info strings of code shown to the student as is.
  public static let displayLanguages = ["", "text", "python", "math", "console", "sh"]

  /// The lesson in `text`, read from `file`; throws every problem found.
  public static func parse(_ text: String, file: String) throws(LessonLoadError) -> Lesson {
    let (lesson, problems) = parseReportingProblems(text, file: file)
    guard let lesson, problems.isEmpty else {
      throw LessonLoadError(
        problems: problems.isEmpty
          ? [LessonProblem("the lesson could not be read", file: file, line: 1)] : problems)
    }
    return lesson
  }

  /// The lesson (when its front matter is readable) and every problem found.
  public static func parseReportingProblems(
    _ text: String, file: String
  ) -> (lesson: Lesson?, problems: [LessonProblem]) {
    var scanner = LessonScanner(text: text, file: file)
    scanner.scan()
    return (scanner.lesson, scanner.problems.sorted(by: LessonProblem.fileOrder))
  }
}

extension LessonProblem {
  /// Orders problems by line, then column.
  static func fileOrder(_ a: LessonProblem, _ b: LessonProblem) -> Bool {
    let left = (a.location.line ?? 0, a.location.column ?? 0)
    let right = (b.location.line ?? 0, b.location.column ?? 0)
    return left < right
  }
}
