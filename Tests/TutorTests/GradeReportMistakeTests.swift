import Interchange
import Testing

@testable import Tutor

/// The class summary counts a known mistake a block: one name in two blocks is two
/// different mistakes.
@Suite struct GradeReportMistakeTests {
  static func grade(_ id: String, misconception: String? = nil) -> BlockGrade {
    BlockGrade(
      id: id, directive: "ask", status: misconception == nil ? .passed : .failed,
      feedback: misconception == nil ? [] : ["no"], answer: "1", counterexample: nil,
      misconception: misconception, isUnreadable: false)
  }

  static func submission(
    _ student: String, lesson: String = "linear-regression", _ grades: [BlockGrade]
  )
    -> SubmissionGrade
  {
    SubmissionGrade(student: student, source: "\(student).md", lessonID: lesson, grades: grades)
  }

  /// Issue 14: "missing 1/n" counted a wrong start loss and a wrong gradient together.
  static let report = GradeReport(
    submissions: [
      submission(
        "ann", [grade("start-loss", misconception: "missing 1/n"), grade("gradient")]),
      submission(
        "bob",
        [
          grade("start-loss", misconception: "missing 1/n"),
          grade("gradient", misconception: "missing 1/n"),
        ]),
      submission(
        "cy", [grade("start-loss"), grade("gradient", misconception: "sign flip")]),
    ], seed: 7)

  @Test func aMistakeIsCountedInEachBlockOnItsOwn() {
    #expect(
      Self.report.misconceptions == [
        MistakeTally(
          lesson: "linear-regression", block: "start-loss", name: "missing 1/n", students: 2),
        MistakeTally(
          lesson: "linear-regression", block: "gradient", name: "missing 1/n", students: 1),
        MistakeTally(
          lesson: "linear-regression", block: "gradient", name: "sign flip", students: 1),
      ])
  }

  @Test func theTextSummaryNamesTheBlockOfEachMistake() {
    #expect(
      Self.report.text.hasSuffix(
        """

        3 submissions, 0 with everything right (seed 7)
        mistakes, by block:
          start-loss: missing 1/n (2 students)
          gradient: missing 1/n (1 student)
          gradient: sign flip (1 student)

        """))
  }

  @Test func theJSONSummaryHasALessonBlockNameAndCountEach() {
    guard case .object(let members) = Self.report.json else {
      Issue.record("the report is a JSON object")
      return
    }
    #expect(members.first { $0.key == "format" }?.value == 2)
    #expect(
      members.first { $0.key == "misconceptions" }?.value
        == .array([
          .object([
            JSONMember(key: "lesson", value: "linear-regression"),
            JSONMember(key: "block", value: "start-loss"),
            JSONMember(key: "name", value: "missing 1/n"),
            JSONMember(key: "students", value: 2),
          ]),
          .object([
            JSONMember(key: "lesson", value: "linear-regression"),
            JSONMember(key: "block", value: "gradient"),
            JSONMember(key: "name", value: "missing 1/n"),
            JSONMember(key: "students", value: 1),
          ]),
          .object([
            JSONMember(key: "lesson", value: "linear-regression"),
            JSONMember(key: "block", value: "gradient"),
            JSONMember(key: "name", value: "sign flip"),
            JSONMember(key: "students", value: 1),
          ]),
        ]))
  }

  @Test func blocksOfSeveralLessonsAreNamedWithTheirLesson() {
    let report = GradeReport(
      submissions: [
        Self.submission("ann", [Self.grade("gradient", misconception: "sign flip")]),
        Self.submission(
          "bob", lesson: "small", [Self.grade("gradient", misconception: "sign flip")]),
      ], seed: 7)
    #expect(
      report.text.hasSuffix(
        """
        mistakes, by block:
          linear-regression/gradient: sign flip (1 student)
          small/gradient: sign flip (1 student)

        """))
  }
}
