import Testing

@testable import Tutor

/// TAP test points are numbered 1, 2, 3… in order, whatever diagnostics and unreadable
/// submissions come between them, and the plan counts them all.
@Test func tapPointsAreNumberedInSequenceAfterAnUnreadableSubmission() {
  func block(_ id: String, _ status: BlockGrade.Status) -> BlockGrade {
    BlockGrade(
      id: id, directive: "ask", status: status, feedback: status == .failed ? ["no"] : [],
      answer: nil, counterexample: nil, misconception: nil, isUnreadable: false)
  }
  let report = GradeReport(
    submissions: [
      SubmissionGrade(
        student: "ann", source: "ann.md", lessonID: "l",
        grades: [block("a", .failed), block("b", .notAttempted)]),
      SubmissionGrade(
        student: "bob", source: "bob.md", lessonID: "l", grades: [], problem: "cannot be read"),
      SubmissionGrade(
        student: "cy", source: "cy.md", lessonID: "l",
        grades: [block("a", .passed), block("b", .failed)]),
    ], seed: 1)
  let points = report.tap.split(separator: "\n").filter {
    $0.hasPrefix("ok ") || $0.hasPrefix("not ok ")
  }
  #expect(
    points == [
      "not ok 1 - ann: a", "not ok 2 - ann: b", "not ok 3 - bob: submission", "ok 4 - cy: a",
      "not ok 5 - cy: b",
    ])
  #expect(report.tap.split(separator: "\n").prefix(2) == ["TAP version 13", "1..5"])
}
