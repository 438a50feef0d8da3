import Descent
import Interchange
import Testing

@testable import Tutor

/// Points on checked blocks, the zip writer, PrairieLearn's size limit and the roster's
/// CSV.
@Suite struct GradingPointsTests {
  static func block(_ lines: String) -> String {
    LessonParserTests.lessonText(
      "## One\n\n```ask\nid: q\nquestion: Five?\nnumber: 5\n\(lines)```\n")
  }

  @Test func aBlockCarriesPointsAndMayBeOptional() throws {
    let plain = try LessonParserTests.parse(Self.block(""))
    #expect(plain.checkedBlocks.map(\.points) == [1])
    #expect(plain.checkedBlocks.map(\.isOptional) == [false])
    let weighted = try LessonParserTests.parse(Self.block("points: 2.5\noptional: true\n"))
    #expect(weighted.checkedBlocks.map(\.points) == [2.5])
    #expect(weighted.checkedBlocks.map(\.isOptional) == [true])
    #expect(GradedLesson(weighted).maxScore == 0)
    #expect(GradedLesson(try LessonParserTests.parse(Self.block("points: 3\n"))).maxScore == 3)
  }

  @Test func pointsAndOptionalAreValidatedWhereTheyAreWritten() {
    // The block's mapping starts on line 10: id, question, number, then the new keys.
    #expect(
      LessonParserTests.problems(Self.block("points: 0\n")) == [
        "lesson.md:13:9: 'points' must be a number above 0, such as 2 or 0.5"
      ])
    #expect(
      LessonParserTests.problems(Self.block("points: lots\noptional: maybe\n")) == [
        "lesson.md:13:9: 'points' must be a number above 0, such as 2 or 0.5",
        "lesson.md:14:11: 'optional' must be true or false",
      ])
    #expect(
      LessonParserTests.problems(Self.block("points: [1, 2]\n")) == [
        "lesson.md:13:9: 'points' must be a single value, not a list or mapping"
      ])
  }

  @Test func aSubmissionScoresInPointsWithOptionalPointsExtra() {
    func grade(_ id: String, _ status: BlockGrade.Status, points: Double, optional: Bool = false)
      -> BlockGrade
    {
      var grade = BlockGrade(
        id: id, directive: "ask", status: status, feedback: [], answer: nil,
        counterexample: nil, misconception: nil, isUnreadable: false)
      grade.points = points
      grade.isOptional = optional
      return grade
    }
    let submission = SubmissionGrade(
      student: "a", source: "a.md", lessonID: "l",
      grades: [
        grade("x", .passed, points: 2), grade("y", .failed, points: 2),
        grade("z", .passed, points: 1, optional: true),
      ])
    #expect(submission.score == 3)
    #expect(submission.maxScore == 4)
    #expect(submission.fraction == 0.75)
    #expect(!submission.allPassed)
    let extra = SubmissionGrade(
      student: "a", source: "a.md", lessonID: "l",
      grades: [
        grade("x", .passed, points: 2), grade("z", .notAttempted, points: 1, optional: true),
      ])
    #expect(extra.allPassed)
    #expect(extra.fraction == 1)
  }

  @Test func theZipCRCIsTheStandardOne() throws {
    // The check value of CRC-32/ISO-HDLC.
    #expect(ZipArchive.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(ZipArchive.crc32([]) == 0)
    let bytes = try ZipArchive(entries: [ZipArchive.Entry(path: "a", text: "hi")]).bytes()
    // Local header (30) + name (1) + data (2) + central record (46) + name (1) + end (22).
    #expect(bytes.count == 102)
    #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
    #expect(Array(bytes[31..<33]) == Array("hi".utf8))
  }

  @Test func aPrairieLearnResultIsKeptUnderItsLimit() throws {
    let feedback = String(repeating: "x", count: 10_000)
    let grades = (0..<300).map { index in
      BlockGrade(
        id: "b\(index)", directive: "ask", status: .failed, feedback: [feedback], answer: nil,
        counterexample: nil, misconception: nil, isUnreadable: false)
    }
    let report = GradeReport(
      submissions: [SubmissionGrade(student: "a", source: "a.md", lessonID: "l", grades: grades)],
      seed: 1)
    #expect(report.prairieLearn.serialized(pretty: true).utf8.count > 6_000_000)
    let text = report.prairieLearnText
    #expect(text.utf8.count <= GradeReport.prairieLearnLimit)
    let value = try JSONValue.parse(text, source: "results.json")
    let tests = try #require(value["tests"]?.arrayValue)
    #expect(tests.count == 300)
    #expect(
      tests[0]["output"]?.stringValue
        == String(repeating: "x", count: 1024)
        + "\n… (cut: the result is kept under PrairieLearn's 1 MB limit)")
  }

  @Test func csvIsReadWithQuotesAndItsProblemsLocated() throws {
    let rows = try CSVReader.rows(
      "\u{FEFF}a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n\nlast", file: "r.csv")
    #expect(
      rows == [
        CSVReader.Row(fields: ["a", "b, c", "say \"hi\""], line: 1),
        CSVReader.Row(fields: ["two\nlines", "x"], line: 2),
        CSVReader.Row(fields: ["last"], line: 5),
      ])
    #expect(
      throws: DescentError(
        "the quoted field opened here is never closed",
        at: SourceLocation(file: "r.csv", line: 2))
    ) {
      try CSVReader.rows("a\n\"open\n", file: "r.csv")
    }
  }
}
