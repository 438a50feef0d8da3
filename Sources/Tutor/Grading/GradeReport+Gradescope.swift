import Interchange

extension GradeReport {
  // MARK: - Gradescope

  /// Gradescope's autograder `results.json`: the total `score` in points, the
  /// `execution_time` in seconds, an `output` for the whole submission (who it is from,
  /// the score, anything that stopped a file being graded), and one test a checked block
  /// with its `score`, `max_score`, `status` and the checker's feedback (counterexamples
  /// included) as `output`. Optional blocks have a `max_score` of 0, so their points are
  /// extra credit. Everything is visible to the student, and the autograder's standard
  /// output is not.
  public var gradescope: JSONValue {
    var tests: [JSONValue] = []
    var summary: [String] = []
    let lessonNumbers = Dictionary(
      zip(orderedLessonIDs, 1...), uniquingKeysWith: { first, _ in first })
    for submission in submissions {
      summary.append(Self.gradescopeSummary(submission))
      let lesson = lessonNumbers[submission.lessonID] ?? 0
      for (index, grade) in submission.grades.enumerated() {
        let name = spansLessons ? "\(submission.lessonID)/\(grade.id)" : grade.id
        var tags = [grade.directive]
        if grade.isOptional { tags.append("optional") }
        if let mistake = grade.misconception { tags.append(mistake) }
        tests.append(
          .object([
            JSONMember(key: "name", value: .string(name + Self.weight(grade))),
            JSONMember(key: "number", value: .string("\(lesson).\(index + 1)")),
            JSONMember(key: "score", value: .number(grade.score)),
            JSONMember(key: "max_score", value: .number(grade.maxScore)),
            JSONMember(
              key: "status", value: .string(grade.status == .passed ? "passed" : "failed")),
            JSONMember(key: "output", value: .string(Self.feedbackText(grade))),
            JSONMember(key: "output_format", value: "text"),
            JSONMember(key: "tags", value: .array(tags.map(JSONValue.string))),
            JSONMember(key: "visibility", value: "visible"),
          ]))
      }
    }
    if submissions.isEmpty {
      summary.append("No submission was found: upload your answers as a .md file.")
    }
    let score = submissions.reduce(0) { $0 + $1.score }
    return .object([
      JSONMember(key: "score", value: .number(score)),
      JSONMember(key: "execution_time", value: .number(executionTime.rounded(.up))),
      JSONMember(key: "output", value: .string(summary.joined(separator: "\n"))),
      JSONMember(key: "output_format", value: "text"),
      JSONMember(key: "visibility", value: "visible"),
      JSONMember(key: "stdout_visibility", value: "hidden"),
      JSONMember(key: "tests", value: .array(tests)),
    ])
  }

  /// The lesson ids in the order graded: the lessons given first, then any other a
  /// submission names.
  var orderedLessonIDs: [String] {
    var ids = lessons.map(\.id)
    for submission in submissions where !ids.contains(submission.lessonID) {
      ids.append(submission.lessonID)
    }
    return ids
  }

  /// One submission's lines of the summary a platform shows above the tests.
  static func gradescopeSummary(_ submission: SubmissionGrade) -> String {
    let who =
      submission.identity.map { "\(submission.student) (\($0))" } ?? submission.student
    var lines: [String] = []
    let file = Submission.fileName(submission.source)
    if let problem = submission.problem {
      lines.append("\(who), \(file): cannot be graded: \(problem)")
    } else {
      lines.append(
        "\(who), \(submission.lessonID): \(points(submission.score)) of "
          + "\(points(submission.maxScore)) points, \(submission.passed) of "
          + "\(submission.grades.count) blocks right")
    }
    if let note = submission.identityNote { lines.append("Note: " + note) }
    for id in submission.unknownIDs {
      lines.append("'\(id)': the lesson has no block with this id")
    }
    return lines.joined(separator: "\n")
  }

  /// A block's feedback for a platform: what the checker said, the counterexample's state
  /// and values, the known mistake; or why it earned nothing.
  static func feedbackText(_ grade: BlockGrade) -> String {
    switch grade.status {
    case .passed:
      return grade.feedback.isEmpty ? "Right." : grade.feedback.joined(separator: "\n")
    case .notAttempted:
      return "Not attempted: write your answer in a fenced block under '## \(grade.id)'."
    case .failed:
      var lines = grade.feedback
      // The checker's feedback usually states the counterexample; it is added when not.
      if let example = grade.counterexample,
        !lines.contains(where: { $0.contains(example.sentence) })
      {
        lines.append("Counterexample: " + example.sentence)
      }
      if let mistake = grade.misconception { lines.append("Known mistake: \(mistake)") }
      return lines.isEmpty ? "Wrong." : lines.joined(separator: "\n")
    }
  }
}
