/// The grades of one submission, or why it could not be graded.
public struct SubmissionGrade: Sendable, Hashable {
  /// The student.
  public var student: String
  /// The submission's file.
  public var source: String
  /// The lesson's id (or what the submission named, when the lesson was not found).
  public var lessonID: String
  /// One grade a checked block of the lesson, in the lesson's order; empty when the
  /// submission could not be read.
  public var grades: [BlockGrade]
  /// Why the submission could not be graded (unreadable, malformed, unknown lesson).
  public var problem: String?
  /// Answers to ids the lesson does not have, reported so a typo is noticed.
  public var unknownIDs: [String]
  /// The login or email the submission's own front matter gives (`id:`), if any.
  public var fileIdentity: String? = nil
  /// Who the student is, once settled by `Identity` (platform, roster, then `id:`).
  public var identity: String? = nil
  /// What a report says about the identity, such as a file's `id:` overridden by the
  /// platform's.
  public var identityNote: String? = nil
  /// The values the lesson was drawn with for this student (`bottom = 2, start = 8`),
  /// when variants are on and the lesson varies.
  public var variant: String? = nil

  /// Creates a grade; `problem` says why a submission could not be graded.
  public init(
    student: String, source: String, lessonID: String, grades: [BlockGrade],
    problem: String? = nil, unknownIDs: [String] = []
  ) {
    self.student = student
    self.source = source
    self.lessonID = lessonID
    self.grades = grades
    self.problem = problem
    self.unknownIDs = unknownIDs
  }

  /// How many blocks passed.
  public var passed: Int { grades.filter { $0.status == .passed }.count }

  /// Whether every required block passed and nothing was wrong with the file; optional
  /// blocks are extra and never make a submission fail.
  public var allPassed: Bool {
    problem == nil && !grades.isEmpty
      && grades.allSatisfy { $0.isOptional || $0.status == .passed }
  }

  /// The points earned, optional blocks' included.
  public var score: Double { grades.reduce(0) { $0 + $1.score } }
  /// The points the required blocks are worth.
  public var maxScore: Double { grades.reduce(0) { $0 + $1.maxScore } }

  /// The score as a fraction of the maximum, from 0 to 1 (optional points can make up
  /// for missed ones, never go past 1); 0 for a submission that could not be graded.
  public var fraction: Double {
    guard problem == nil else { return 0 }
    guard maxScore > 0 else { return grades.isEmpty ? 0 : 1 }
    return Swift.min(1, score / maxScore)
  }
}
