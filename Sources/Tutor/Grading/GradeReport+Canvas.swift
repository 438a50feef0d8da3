extension GradeReport {
  // MARK: - Canvas

  /// The heading Canvas reads a Points Possible row by (its exports indent it).
  static let pointsPossible = "    Points Possible"
  /// The Section a student not on the roster is listed under, in the gradebook's last rows.
  public static let notOnRoster = "(not on the roster)"

  /// A Canvas gradebook import: the roster's five columns, then a column a lesson headed
  /// `Title (assignment id)` as Canvas's export names it (`Title` alone, a new column, when
  /// the lesson has no `canvasAssignments` id); a `Points Possible` row first, then a row
  /// a roster student with their score in points (their best, when they submitted a
  /// lesson twice; empty when they submitted nothing, which Canvas leaves as it was).
  /// Submissions that match no roster student follow in the last rows, their Section
  /// `(not on the roster)`, never dropped.
  public var canvasCSV: String {
    let lessonIDs = orderedLessonIDs.filter { !$0.isEmpty }
    let headings = lessonIDs.map { id -> String in
      let title = lessons.first { $0.id == id }?.title ?? id
      return canvasAssignments[id].map { "\(title) (\($0))" } ?? title
    }
    let maximum = lessonIDs.map { id -> String in
      let possible =
        lessons.first { $0.id == id }?.maxScore
        ?? submissions.first { $0.lessonID == id && $0.problem == nil }?.maxScore ?? 0
      return Self.points(possible)
    }
    var rows: [[String]] = [
      Roster.columns + headings, [Self.pointsPossible, "", "", "", ""] + maximum,
    ]
    let students = roster?.students ?? []
    var byStudent: [Int: [SubmissionGrade]] = [:]
    var unmatched: [SubmissionGrade] = []
    for submission in submissions {
      if let student = roster?.match(submission),
        let index = students.firstIndex(of: student)
      {
        byStudent[index, default: []].append(submission)
      } else {
        unmatched.append(submission)
      }
    }
    func scores(_ graded: [SubmissionGrade]) -> [String] {
      lessonIDs.map { id in
        let scores = graded.filter { $0.lessonID == id }.map { $0.problem == nil ? $0.score : 0 }
        return scores.max().map(Self.points) ?? ""
      }
    }
    for (index, student) in students.enumerated() {
      rows.append(student.fields + scores(byStudent[index] ?? []))
    }
    for submission in unmatched {
      rows.append(
        [submission.student, "", "", submission.identity ?? "", Self.notOnRoster]
          + scores([submission]))
    }
    return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  /// The submissions no roster student matches, by identity or by exact name; the
  /// gradebook lists them last, and `check` names them on standard error.
  public var submissionsNotOnRoster: [SubmissionGrade] {
    submissions.filter { roster?.match($0) == nil }
  }
}
