import Descent
import Interchange
import TermPlot

/// A student's answers to a lesson's checked blocks, as a plain-text file: Markdown whose
/// front matter names the lesson and the student, then one `## ID` heading a block, each
/// followed by a fenced block holding the answer.
///
/// ````markdown
/// ---
/// lesson: linear-regression
/// student: Ada
/// ---
///
/// ## gradient
///
/// ```
/// D_m = (-2/n) * sum(X * (Y - Y_pred))
/// D_c = (-2/n) * sum(Y - Y_pred)
/// ```
/// ````
public struct Submission: Sendable, Hashable {
  /// One answer: its text (lines joined by `; `), the line of its heading and, for one
  /// exported from the tutorial, how many tries it took and whether it was revealed or
  /// skipped there.
  public struct Answer: Sendable, Hashable {
    /// The answer as the student wrote it, one statement a line joined by `; `.
    public var text: String
    /// The fenced block as written, its lines and their indentation kept: how a program
    /// (an exercise answered with code) is read.
    public var code: String
    /// The line of the `## ID` heading.
    public var line: Int
    /// The answers given in the tutorial (`<!-- attempts: 3 -->`), when known.
    public var attempts: Int?
    /// Whether the tutorial revealed or skipped the block (`<!-- revealed -->`).
    public var settled: AnswerRecord.Verdict?

    /// An answer; `attempts` and `settled` come from an exported file.
    public init(
      text: String, line: Int, attempts: Int? = nil, settled: AnswerRecord.Verdict? = nil,
      code: String? = nil
    ) {
      self.text = text
      self.code = code ?? text
      self.line = line
      self.attempts = attempts
      self.settled = settled
    }
  }

  /// The lesson id the front matter names, if any.
  public var lessonID: String?
  /// The student's name: the front matter's `student`, else the file's name.
  public var student: String
  /// The student's login or email as the front matter gives it (`id:`), if any.
  public var id: String? = nil
  /// The answers by block id.
  public var answers: [String: Answer]
  /// The file it was read from.
  public var source: String
  /// Blocks whose heading is followed by text but no fenced block, by id, with the
  /// heading's line: answered, but not where an answer is read, so the grade says how.
  public var unfenced: [String: Int] = [:]

  /// Reads a submission; throws every problem that stops it being graded, located.
  public static func parse(_ text: String, file: String) throws(LessonLoadError) -> Submission {
    var problems: [LessonProblem] = []
    // Read as a lesson is: "\r\n" is one Character, so a CRLF file needs its endings made
    // "\n" before it is split into lines.
    let lines = LessonScanner.lines(of: text)
    var lessonID: String?
    var student: String?
    var identity: String?
    var index = 0
    if lines.first?.trimmingSpaces == "---" {
      guard
        let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingSpaces == "---" })
      else {
        throw LessonLoadError(problems: [
          LessonProblem(
            "the front matter opened on line 1 is never closed with '---'", file: file, line: 1)
        ])
      }
      var fields = YAMLFields(
        yaml: lines[1..<close].joined(separator: "\n"), file: file, firstLine: 2,
        directive: "front matter", allowed: ["lesson", "student", "id"])
      lessonID = fields.string("lesson")?.trimmingSpaces
      student = fields.string("student")?.trimmingSpaces
      identity = fields.string("id")?.trimmingSpaces
      problems += fields.problems
      index = close + 1
    }
    var answers: [String: Answer] = [:]
    var unfenced: [String: Int] = [:]
    var current: (id: String, line: Int)?
    var note: (attempts: Int?, settled: AnswerRecord.Verdict?) = (nil, nil)
    while index < lines.count {
      let line = lines[index]
      if line.hasPrefix("## ") {
        let id = String(line.dropFirst(3)).trimmingSpaces
        if answers[id] != nil {
          problems.append(
            LessonProblem("the answer to '\(id)' is given twice", file: file, line: index + 1))
        }
        current = (id, index + 1)
        note = (nil, nil)
        index += 1
        continue
      }
      if current != nil, let read = Self.note(line) {
        switch read {
        case .success(let value): note = value
        case .failure(let problem):
          problems.append(LessonProblem(problem.description, file: file, line: index + 1))
        }
        index += 1
        continue
      }
      if let fence = Fence(opening: line) {
        var end = index + 1
        while end < lines.count, !fence.isClosed(by: lines[end]) { end += 1 }
        if end == lines.count {
          problems.append(
            LessonProblem("the ``` block opened here is never closed", file: file, line: index + 1))
        }
        if let (id, headingLine) = current {
          let written = lines[(index + 1)..<Swift.min(end, lines.count)]
          let body = written.map(\.trimmingSpaces).filter { !$0.isEmpty }
          if answers[id] == nil {
            answers[id] = Answer(
              text: body.joined(separator: "; "), line: headingLine, attempts: note.attempts,
              settled: note.settled, code: written.joined(separator: "\n").codeLines
                .drop { $0.trimmingSpaces.isEmpty }.joined(separator: "\n"))
          }
          current = nil
        }
        index = end + 1
        continue
      }
      if let (id, headingLine) = current, answers[id] == nil, !line.trimmingSpaces.isEmpty {
        unfenced[id] = unfenced[id] ?? headingLine
      }
      index += 1
    }
    guard problems.isEmpty else { throw LessonLoadError(problems: problems) }
    let name = student.flatMap { $0.isEmpty ? nil : $0 } ?? Self.fileName(file)
    var submission = Submission(
      lessonID: lessonID, student: name, answers: answers, source: file,
      unfenced: unfenced.filter { answers[$0.key] == nil })
    submission.id = identity.flatMap { $0.isEmpty ? nil : $0 }
    return submission
  }

  /// `ada.md` for `class/ada.md`, without the extension.
  public static func fileName(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  /// What an exported answer's note says: `<!-- revealed; attempts: 3 -->`. Nil for a
  /// line that is not such a note.
  static func note(_ line: String) -> Result<(Int?, AnswerRecord.Verdict?), NoteProblem>? {
    let trimmed = line.trimmingSpaces
    guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
    let inner = trimmed.dropFirst(4).dropLast(3)
    var attempts: Int?
    var settled: AnswerRecord.Verdict?
    for part in inner.split(separator: ";").map({ String($0).trimmingSpaces }) {
      if part == "revealed" || part == "skipped" {
        settled = AnswerRecord.Verdict(rawValue: part)
      } else if part.hasPrefix("attempts:"),
        let count = Int(String(part.dropFirst("attempts:".count)).trimmingSpaces), count >= 0
      {
        attempts = count
      } else if !part.isEmpty {
        return .failure(
          NoteProblem(
            "a note under an answer says 'revealed', 'skipped' or 'attempts: N', not "
              + part.quotedForMessage))
      }
    }
    return .success((attempts, settled))
  }

  /// Why a note under an answer cannot be read.
  struct NoteProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  /// The submission's text: what `downhill progress export` writes and `parse` reads.
  public static func text(lesson: String, student: String, answers: [(id: String, text: String)])
    -> String
  {
    text(
      lesson: lesson, student: student,
      answers: answers.map { ($0.id, Answer(text: $0.text, line: 0)) })
  }

  /// The submission's text with each answer's tries and whether the tutorial revealed or
  /// skipped it, in a note under its heading.
  public static func text(
    lesson: String, student: String, id: String? = nil, answers: [(id: String, answer: Answer)]
  ) -> String {
    // Sanitized, so a tampered progress file cannot print an escape sequence through it.
    var lines = [
      "---", "lesson: \(lesson.sanitizedForDisplay)", "student: \(student.sanitizedForDisplay)",
    ]
    if let id, !id.isEmpty { lines.append("id: \(id.sanitizedForDisplay)") }
    lines.append("---")
    for (id, answer) in answers {
      let text = answer.text
      lines += ["", "## \(id.sanitizedForDisplay)", ""]
      let parts =
        (answer.settled.map { [$0.rawValue] } ?? [])
        + (answer.attempts.map { ["attempts: \($0)"] } ?? [])
      if !parts.isEmpty { lines += ["<!-- " + parts.joined(separator: "; ") + " -->", ""] }
      lines.append("```")
      if text.contains("\n") {
        // Code: its lines as typed, indentation kept.
        lines += text.split(separator: "\n").map { String($0).sanitizedForDisplay }
      } else {
        let statements = Statement.split(text)
        lines +=
          statements.isEmpty
          ? [text.sanitizedForDisplay] : statements.map(\.sanitizedForDisplay)
      }
      lines.append("```")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
