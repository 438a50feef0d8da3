import Interchange

extension GradeReport {
  // MARK: - PrairieLearn

  /// The most bytes PrairieLearn accepts in an external grader's result.
  public static let prairieLearnLimit = 1_000_000

  /// PrairieLearn's external grader result: `gradable`, the `score` from 0 to 1 (points
  /// earned over the maximum; optional points make up for missed ones, never past 1), a
  /// `message`, an `output`, and one test a checked block with its `points`,
  /// `max_points`, a `message` (the first line of feedback) and an `output` (all of it).
  /// A submission that cannot be read makes the result `gradable: false`, its reasons in
  /// `format_errors`, so the student is not charged an attempt for it.
  public var prairieLearn: JSONValue { prairieLearn(outputLimit: nil) }

  /// The result as text, within `prairieLearnLimit`: when it would be larger, each test's
  /// output is cut shorter (with a note saying so) until it fits.
  public var prairieLearnText: String {
    var text = prairieLearn.serialized(pretty: true) + "\n"
    var limit = 8192
    while text.utf8.count > Self.prairieLearnLimit && limit >= 16 {
      text = prairieLearn(outputLimit: limit).serialized(pretty: true) + "\n"
      limit /= 2
    }
    return text
  }

  /// The result, each test's output cut to `outputLimit` characters when given.
  func prairieLearn(outputLimit: Int?) -> JSONValue {
    let problems = submissions.compactMap { submission in
      submission.problem.map { "\(Submission.fileName(submission.source)): \($0)" }
    }
    let summary = submissions.map(Self.gradescopeSummary).joined(separator: "\n")
    guard problems.isEmpty, !submissions.isEmpty else {
      let errors =
        submissions.isEmpty
        ? ["no submission was found: submit your answers as a .md file"] : problems
      return .object([
        JSONMember(key: "gradable", value: false),
        JSONMember(key: "score", value: 0),
        JSONMember(key: "message", value: .string("The submission could not be graded.")),
        JSONMember(key: "output", value: .string(summary)),
        JSONMember(key: "format_errors", value: .array(errors.map(JSONValue.string))),
      ])
    }
    func cut(_ text: String) -> String {
      guard let outputLimit, text.count > outputLimit else { return text }
      return String(text.prefix(outputLimit))
        + "\n… (cut: the result is kept under PrairieLearn's 1 MB limit)"
    }
    var tests: [JSONValue] = []
    for submission in submissions {
      for grade in submission.grades {
        let name = spansLessons ? "\(submission.lessonID)/\(grade.id)" : grade.id
        let output = Self.feedbackText(grade)
        let message =
          grade.status == .passed
          ? "Right." : output.split(separator: "\n").first.map(String.init) ?? "Wrong."
        tests.append(
          .object([
            JSONMember(key: "name", value: .string(name)),
            JSONMember(
              key: "description",
              value: .string(
                grade.directive + (grade.isOptional ? ", optional" : "")
                  + " (\(Self.points(grade.maxScore == 0 ? grade.points : grade.maxScore)) "
                  + "point\(grade.points == 1 ? "" : "s"))")),
            JSONMember(key: "points", value: .number(grade.score)),
            JSONMember(key: "max_points", value: .number(grade.maxScore)),
            JSONMember(key: "message", value: .string(cut(message))),
            JSONMember(key: "output", value: .string(cut(output))),
          ]))
      }
    }
    let score = submissions.reduce(0) { $0 + $1.score }
    let maximum = submissions.reduce(0) { $0 + $1.maxScore }
    let fraction = maximum > 0 ? Swift.min(1, score / maximum) : 1
    return .object([
      JSONMember(key: "gradable", value: true),
      JSONMember(key: "score", value: .number(fraction)),
      JSONMember(
        key: "message", value: .string("\(Self.points(score)) of \(Self.points(maximum)) points")),
      JSONMember(key: "output", value: .string(cut(summary))),
      JSONMember(key: "tests", value: .array(tests)),
    ])
  }
}
