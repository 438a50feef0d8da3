import Descent
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
  /// One answer: its text (lines joined by `; `) and the line of its heading.
  public struct Answer: Sendable, Hashable {
    /// The answer as the student wrote it, one statement a line joined by `; `.
    public var text: String
    /// The line of the `## ID` heading.
    public var line: Int
  }

  /// The lesson id the front matter names, if any.
  public var lessonID: String?
  /// The student's name: the front matter's `student`, else the file's name.
  public var student: String
  /// The answers by block id.
  public var answers: [String: Answer]
  /// The file it was read from.
  public var source: String

  /// Reads a submission; throws every problem that stops it being graded, located.
  public static func parse(_ text: String, file: String) throws(LessonLoadError) -> Submission {
    var problems: [LessonProblem] = []
    // Read as a lesson is: "\r\n" is one Character, so a CRLF file needs its endings made
    // "\n" before it is split into lines.
    let lines = LessonScanner.lines(of: text)
    var lessonID: String?
    var student: String?
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
        directive: "front matter", allowed: ["lesson", "student"])
      lessonID = fields.string("lesson")?.trimmingSpaces
      student = fields.string("student")?.trimmingSpaces
      problems += fields.problems
      index = close + 1
    }
    var answers: [String: Answer] = [:]
    var current: (id: String, line: Int)?
    while index < lines.count {
      let line = lines[index]
      if line.hasPrefix("## ") {
        let id = String(line.dropFirst(3)).trimmingSpaces
        if answers[id] != nil {
          problems.append(
            LessonProblem("the answer to '\(id)' is given twice", file: file, line: index + 1))
        }
        current = (id, index + 1)
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
          let body = lines[(index + 1)..<Swift.min(end, lines.count)]
            .map(\.trimmingSpaces).filter { !$0.isEmpty }
          if answers[id] == nil {
            answers[id] = Answer(text: body.joined(separator: "; "), line: headingLine)
          }
          current = nil
        }
        index = end + 1
        continue
      }
      index += 1
    }
    guard problems.isEmpty else { throw LessonLoadError(problems: problems) }
    let name = student.flatMap { $0.isEmpty ? nil : $0 } ?? Self.fileName(file)
    return Submission(lessonID: lessonID, student: name, answers: answers, source: file)
  }

  /// `ada.md` for `class/ada.md`, without the extension.
  public static func fileName(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  /// The submission's text: what `downhill progress export` writes and `parse` reads.
  public static func text(lesson: String, student: String, answers: [(id: String, text: String)])
    -> String
  {
    var lines = ["---", "lesson: \(lesson)", "student: \(student)", "---"]
    for (id, text) in answers {
      lines += ["", "## \(id)", "", "```"]
      let statements = Statement.split(text)
      lines += statements.isEmpty ? [text] : statements
      lines.append("```")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
