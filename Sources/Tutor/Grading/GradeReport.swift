import Descent
import Interchange

/// The grades of a class (one or more submissions) in the formats teachers and
/// autograders read: text, JSON, JUnit XML, TAP and CSV, and the platforms' own:
/// Gradescope's `results.json`, PrairieLearn's external grader result and a Canvas
/// gradebook import.
public struct GradeReport: Sendable {
  /// The output formats.
  public enum Format: String, Sendable, CaseIterable {
    case text, json, junit, tap, csv, gradescope, prairielearn
    case canvasCSV = "canvas-csv"
  }

  /// Every submission's grades, in the order given, sanitized: whatever is stored here
  /// (at `init` or later) has every escape and control sequence replaced, so no format
  /// can print one a submission carried (see `SubmissionGrade.sanitized`).
  public var submissions: [SubmissionGrade] {
    didSet { submissions = submissions.map(\.sanitized) }
  }
  /// The seed of the checker's random states, so grades reproduce.
  public var seed: UInt64
  /// The lessons graded against, in order: a Canvas gradebook has a column for each, even
  /// one nobody submitted.
  public var lessons: [GradedLesson] = []
  /// The class list a Canvas gradebook is written for.
  public var roster: Roster? = nil
  /// Canvas assignment ids by lesson id, for the gradebook's column headings.
  public var canvasAssignments: [String: String] = [:]
  /// How long grading took, in seconds, for Gradescope's `execution_time`.
  public var executionTime: Double = 0
  /// Whether the JSON report gives each block's answer (`--no-answers` leaves them out, so
  /// a large class's report stays small).
  public var includesAnswers = true

  /// A report of `submissions` (sanitized as they are stored).
  public init(submissions: [SubmissionGrade], seed: UInt64) {
    self.submissions = submissions.map(\.sanitized)
    self.seed = seed
  }

  /// Whether every submission was read and passed every block.
  public var allPassed: Bool { !submissions.isEmpty && submissions.allSatisfy(\.allPassed) }

  /// How many students made each known mistake in each block, most common first (then by
  /// lesson, block and name). A mistake is counted a block: the same name in two blocks is
  /// two mistakes.
  public var misconceptions: [MistakeTally] {
    struct Key: Hashable {
      let lesson: String
      let block: String
      let name: String
    }
    var counts: [Key: Int] = [:]
    for submission in submissions {
      let keys = Set(
        submission.grades.compactMap { grade in
          grade.misconception.map {
            Key(lesson: submission.lessonID, block: grade.id, name: $0)
          }
        })
      for key in keys { counts[key, default: 0] += 1 }
    }
    return counts.map {
      MistakeTally(
        lesson: $0.key.lesson, block: $0.key.block, name: $0.key.name, students: $0.value)
    }.sorted {
      ($0.students, $1.lesson, $1.block, $1.name) > ($1.students, $0.lesson, $0.block, $0.name)
    }
  }

  /// Whether the report spans several lessons (a block is then named `lesson/id`).
  var spansLessons: Bool { Set(submissions.map(\.lessonID)).count > 1 }

  /// The report in `format`.
  public func rendered(_ format: Format) -> String {
    switch format {
    case .text: return text
    case .json: return json.serialized(pretty: true) + "\n"
    case .junit: return junit
    case .tap: return tap
    case .csv: return csv
    case .gradescope: return gradescope.serialized(pretty: true) + "\n"
    case .prairielearn: return prairieLearnText
    case .canvasCSV: return canvasCSV
    }
  }

  /// Points as a report writes them: `2`, `0.5`.
  static func points(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  // MARK: - Text

  /// For people: each student's blocks with their feedback, then the class summary.
  public var text: String {
    var lines: [String] = []
    for submission in submissions {
      let total = submission.grades.count
      if let problem = submission.problem {
        lines.append("\(submission.student) (\(submission.source)): cannot be graded: \(problem)")
        continue
      }
      lines.append(
        "\(submission.student) (\(submission.source)): \(submission.passed)/\(total) passed, "
          + "\(Self.points(submission.score))/\(Self.points(submission.maxScore)) points")
      if let note = submission.identityNote { lines.append("  ! " + note) }
      if let variant = submission.variant { lines.append("  variant: " + variant) }
      for grade in submission.grades {
        let weight = Self.weight(grade)
        switch grade.status {
        case .passed:
          lines.append("  ✓ \(grade.id)\(weight)")
        case .notAttempted:
          lines.append("  – \(grade.id)\(weight): not attempted")
        case .failed:
          let tag = grade.misconception.map { " [\($0)]" } ?? ""
          lines.append("  ✗ \(grade.id)\(weight)\(tag)")
          for line in grade.feedback {
            for part in line.split(separator: "\n", omittingEmptySubsequences: false) {
              lines.append("      " + part)
            }
          }
        }
      }
      for id in submission.unknownIDs {
        lines.append("  ? \(id): the lesson has no block with this id")
      }
    }
    let complete = submissions.filter(\.allPassed).count
    lines.append("")
    lines.append(
      "\(submissions.count) submission\(submissions.count == 1 ? "" : "s"), "
        + "\(complete) with everything right (seed \(seed))")
    let common = misconceptions
    if !common.isEmpty {
      lines.append("mistakes, by block:")
      lines += common.map { "  " + $0.text(namingLesson: spansLessons) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// ` (2 points)`, ` (optional)`, ` (optional, 2 points)`; nothing for a required block
  /// worth the default 1.
  static func weight(_ grade: BlockGrade) -> String {
    var parts: [String] = []
    if grade.isOptional { parts.append("optional") }
    if grade.points != 1 { parts.append("\(points(grade.points)) points") }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
  }

  // MARK: - JSON

  /// The JSON report; its schema is documented in README (`downhill check`).
  public var json: JSONValue {
    let entries: [JSONValue] = submissions.map { submission in
      var members: [JSONMember] = [
        JSONMember(key: "student", value: .string(submission.student)),
        JSONMember(key: "file", value: .string(submission.source)),
        JSONMember(key: "lesson", value: .string(submission.lessonID)),
        JSONMember(key: "passed", value: .number(Double(submission.passed))),
        JSONMember(key: "total", value: .number(Double(submission.grades.count))),
        JSONMember(key: "score", value: .number(submission.score)),
        JSONMember(key: "max_score", value: .number(submission.maxScore)),
        JSONMember(key: "id", value: submission.identity.map(JSONValue.string) ?? .null),
        JSONMember(
          key: "identity_note", value: submission.identityNote.map(JSONValue.string) ?? .null),
        JSONMember(key: "variant", value: submission.variant.map(JSONValue.string) ?? .null),
        JSONMember(key: "problem", value: submission.problem.map(JSONValue.string) ?? .null),
        JSONMember(key: "unknown_ids", value: .array(submission.unknownIDs.map(JSONValue.string))),
      ]
      let blocks = submission.grades.map { Self.json($0, answer: includesAnswers) }
      members.append(JSONMember(key: "blocks", value: .array(blocks)))
      return .object(members)
    }
    let mistakes: [JSONValue] = misconceptions.map {
      .object([
        JSONMember(key: "lesson", value: .string($0.lesson)),
        JSONMember(key: "block", value: .string($0.block)),
        JSONMember(key: "name", value: .string($0.name)),
        JSONMember(key: "students", value: .number(Double($0.students))),
      ])
    }
    // Format 2: `misconceptions` counts each mistake a block (format 1 merged blocks).
    return .object([
      JSONMember(key: "format", value: 2),
      JSONMember(key: "seed", value: .number(Double(seed))),
      JSONMember(key: "all_passed", value: .bool(allPassed)),
      JSONMember(key: "submissions", value: .array(entries)),
      JSONMember(key: "misconceptions", value: .array(mistakes)),
    ])
  }

  /// One block's JSON; without its `answer` member unless `answer`.
  static func json(_ grade: BlockGrade, answer: Bool = true) -> JSONValue {
    var counterexample = JSONValue.null
    if let example = grade.counterexample {
      counterexample = .object([
        JSONMember(key: "state", value: .array(example.state.map(JSONValue.string))),
        JSONMember(key: "component", value: .string(example.name)),
        JSONMember(key: "got", value: .string(example.got)),
        JSONMember(key: "expected", value: .string(example.expected)),
      ])
    }
    var members: [JSONMember] = [
      JSONMember(key: "id", value: .string(grade.id)),
      JSONMember(key: "kind", value: .string(grade.directive)),
      JSONMember(key: "status", value: .string(grade.status.rawValue)),
      JSONMember(key: "points", value: .number(grade.points)),
      JSONMember(key: "optional", value: .bool(grade.isOptional)),
      JSONMember(key: "score", value: .number(grade.score)),
    ]
    if answer {
      members.append(
        JSONMember(key: "answer", value: grade.answer.map(JSONValue.string) ?? .null))
    }
    return .object(
      members + [
        JSONMember(key: "feedback", value: .array(grade.feedback.map(JSONValue.string))),
        JSONMember(key: "counterexample", value: counterexample),
        JSONMember(key: "misconception", value: grade.misconception.map(JSONValue.string) ?? .null),
        JSONMember(key: "unreadable", value: .bool(grade.isUnreadable)),
      ])
  }
}
