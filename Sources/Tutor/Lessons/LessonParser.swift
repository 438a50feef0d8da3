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

  /// The lesson in `text` as drawn for `student`; throws every problem found.
  public static func parse(
    _ text: String, file: String, student: String?, loader: DataLoader = .builtInOnly
  ) throws(LessonLoadError) -> Lesson {
    let (lesson, problems) = parseReportingProblems(
      text, file: file, student: student, loader: loader)
    guard let lesson, problems.isEmpty else {
      throw LessonLoadError(
        problems: problems.isEmpty
          ? [LessonProblem("the lesson could not be read", file: file, line: 1)] : problems)
    }
    return lesson
  }

  /// The lesson (when its front matter is readable) and every problem found.
  ///
  /// A lesson whose front matter declares `variant:` is drawn for `student` (the course's
  /// values without one, or `draw` when given, as lint walks them): each `{{name}}` of a
  /// variant or derived value is replaced in the whole file before it is read, and a
  /// derived value that runs commands runs them on the lesson's starting session, reading
  /// data with `loader`. With a student, choices are also shown in the student's own order.
  public static func parseReportingProblems(
    _ text: String, file: String, student: String? = nil,
    draw: LessonVariants.Draw? = nil, loader: DataLoader = .builtInOnly
  ) -> (lesson: Lesson?, problems: [LessonProblem]) {
    let (variants, declared) = LessonVariants.read(text, file: file)
    var values: [String: String] = [:]
    var drawn: [DrawnValue] = []
    for (name, value) in variants.values(of: draw ?? variants.draw(for: student)) {
      values[name] = value
      drawn.append(DrawnValue(name: name, value: value))
    }
    // Derived values are worked out on the session the front matter sets up, read from a
    // first pass with each derived name standing in as 0 (the front matter may use only
    // variant names, which lint checks); the second pass reports every problem.
    if !variants.derived.isEmpty {
      var standIns = values
      for entry in variants.derived { standIns[entry.name] = "0" }
      var scanner = LessonScanner(text: SubstitutedText(text, values: standIns).text, file: file)
      scanner.scan()
      if let lesson = scanner.lesson {
        let problems = derive(
          variants.derived, into: &values, drawn: &drawn, for: lesson, loader)
        guard problems.isEmpty else {
          return (nil, (declared + problems).sorted(by: LessonProblem.fileOrder))
        }
      }
    }
    let substituted = SubstitutedText(text, values: values)
    var scanner = LessonScanner(text: substituted.text, file: file)
    scanner.scan()
    var lesson = scanner.lesson
    lesson?.drawn = drawn
    if let student, let id = lesson?.id {
      lesson?.student = student
      lesson?.showChoices(inOrderOf: LessonVariants.seed(lesson: id, student: student))
    }
    let problems = declared + scanner.problems.map(substituted.located)
    return (lesson, problems.sorted(by: LessonProblem.fileOrder))
  }

  /// Works out each derived value in turn on `lesson`'s starting session (each after its
  /// own commands, on a fresh copy), adding it to `values` as the text shows numbers (6
  /// significant digits); the problems are located at each value's line.
  static func derive(
    _ derived: [LessonVariants.Derived], into values: inout [String: String],
    drawn: inout [DrawnValue], for lesson: Lesson, _ loader: DataLoader
  ) -> [LessonProblem] {
    var start: Session
    do {
      start = try LessonWalk(lesson, loader: loader, options: LessonOptions()).session
    } catch {
      return error.problems
    }
    // The commands run on the session alone, as at the prompt, not in a lesson's step.
    start.lesson = nil
    var problems: [LessonProblem] = []
    for entry in derived {
      func problem(_ message: String) {
        problems.append(
          LessonProblem("derived '\(entry.name)': " + message, file: lesson.source, line: entry.line))
      }
      var session = start
      var failed = false
      for command in entry.run {
        let line = SubstitutedText(command, values: values).text
        if let failure = session.apply(line: line).failure {
          problem("'\(line)' fails: " + failure.message)
          failed = true
          break
        }
      }
      if failed { continue }
      // The values so far are variables of the expression (a name the session already
      // has keeps the session's meaning; lint refuses such a name).
      for (name, value) in values {
        if let number = Double(value) { session.workspace.scratchpad.variables[name] = .number(number) }
      }
      let expression = SubstitutedText(entry.expression, values: values).text
      do {
        let value = try session.workspace.value(of: expression)
        guard case .number(let number) = value, number.isFinite else {
          problem("'\(expression)' is \(value.formatted), not a finite number")
          continue
        }
        let shown = number.formatted(significantDigits: 6)
        values[entry.name] = shown
        drawn.append(DrawnValue(name: entry.name, value: shown, isDerived: true))
      } catch {
        problem("'\(expression)': \(error.message)")
      }
    }
    return problems
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
