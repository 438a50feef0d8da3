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

  /// Whether everything passed and nothing was wrong with the file.
  public var allPassed: Bool {
    problem == nil && !grades.isEmpty && grades.allSatisfy { $0.status == .passed }
  }
}
