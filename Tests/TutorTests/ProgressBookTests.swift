import Descent
import Testing

@testable import Tutor

/// The progress file's JSON: every field written and read back, errors located, merging.
@Suite struct ProgressBookTests {
  @Test func bookIsWrittenAsTheFileLayoutWithSortedIDs() {
    #expect(ProgressTests.sampleBook.text == ProgressTests.sampleText)
  }

  @Test func everyFieldReadsBackExactly() throws {
    let book = try ProgressBook(parsing: ProgressTests.sampleText, source: "progress.json")
    #expect(book == ProgressTests.sampleBook)
    let linear = try #require(book.lessons["01-linear"])
    #expect(linear.lessonID == "01-linear")
    #expect(linear.stepID == "the-gradient")
    #expect(linear.visitedSteps == ["intro", "the-gradient"])
    #expect(linear.isCompleted == false)
    #expect(linear.started == 1_700_000_000.25)
    #expect(linear.updated == 1_700_000_100.5)
    #expect(
      linear.answers["e\"2"]
        == AnswerRecord(
          answer: "m = m - L*D_m\n", verdict: .failed, attempts: 1, updated: 1_700_000_050.125))
    #expect(
      linear.answers["q1"]
        == AnswerRecord(answer: "0.5", verdict: .passed, attempts: 2, updated: 1_700_000_100.5))
    let logistic = try #require(book.lessons["02-logistic"])
    #expect(logistic.stepID == nil)
    #expect(logistic.visitedSteps.isEmpty)
    #expect(logistic.answers.isEmpty)
    #expect(logistic.isCompleted)
    #expect(logistic.started == 1_700_000_200)
    #expect(logistic.updated == 1_700_000_200)
  }

  @Test(arguments: AnswerRecord.Verdict.allCases)
  func everyVerdictReadsBack(verdict: AnswerRecord.Verdict) throws {
    var lesson = LessonProgress(lessonID: "l", started: 0.1)
    lesson.answers["a"] = AnswerRecord(answer: "", verdict: verdict, attempts: 0, updated: 0.2)
    let book = ProgressBook(lessons: ["l": lesson])
    #expect(try ProgressBook(parsing: book.text, source: "p") == book)
  }

  @Test func emptyBookIsFormatAndNoLessons() throws {
    #expect(ProgressBook().text == "{\n  \"format\": 1,\n  \"lessons\": {}\n}\n")
    #expect(try ProgressBook(parsing: "{\"format\":1,\"lessons\":{}}", source: "p").lessons == [:])
  }

  @Test func unknownMembersAreIgnored() throws {
    let text = #"{"format": 1, "lessons": {}, "note": "from a newer tutor"}"#
    #expect(try ProgressBook(parsing: text, source: "p") == ProgressBook())
  }

  @Test(arguments: [
    (
      #"{"format": 2, "lessons": {}}"#,
      #"progress.json: "format" is 2, but this version of Downhill reads format 1 only"#
    ),
    (#"{"lessons": {}}"#, #"progress.json: the member "format" is missing"#),
    (#"[1]"#, "progress.json: expected an object in braces but found an array"),
    (
      #"{"format": 1, "lessons": []}"#,
      #"progress.json: "lessons" must be an object in braces, not an array"#
    ),
    (
      #"{"format": 1, "lessons": {"a": 3}}"#,
      "progress.json: lesson 'a': expected an object in braces but found a number"
    ),
    (
      #"{"format": 1, "lessons": {"a": {"started": 1}}}"#,
      #"progress.json: lesson 'a': the member "updated" is missing"#
    ),
    (
      #"{"format": 1, "lessons": {"a": {"started": 1, "updated": 1, "step": 3}}}"#,
      #"progress.json: lesson 'a': "step" must be a string or null, not a number"#
    ),
    (
      #"{"format": 1, "lessons": {"a": {"started": 1, "updated": 1, "step": null, "#
        + #""visited": ["x", 2]}}}"#,
      #"progress.json: lesson 'a': "visited" item 2 must be a string, not a number"#
    ),
    (
      #"{"format": 1, "lessons": {"a": {"started": 1, "updated": 1, "step": null, "#
        + #""visited": [], "completed": "no"}}}"#,
      #"progress.json: lesson 'a': "completed" must be true or false, not a string"#
    ),
    (
      #"{"format": 1, "lessons": {"a": {"started": 1, "updated": 1, "step": null, "#
        + #""visited": [], "completed": false, "answers": {"q": {"answer": "", "#
        + #""verdict": "ok", "attempts": 1, "updated": 1}}}}}"#,
      #"progress.json: lesson 'a', answer 'q': "verdict" must be one of passed, failed, "#
        + "revealed, skipped, not 'ok'"
    ),
    (
      #"{"format": 1, "lessons": {"a": {"started": 1, "updated": 1, "step": null, "#
        + #""visited": [], "completed": false, "answers": {"q": {"answer": "", "#
        + #""verdict": "failed", "attempts": 1.5, "updated": 1}}}}}"#,
      #"progress.json: lesson 'a', answer 'q': "attempts" must be a whole number of at "#
        + "least 0, not 1.5"
    ),
    (
      #"{"format": 1, "lessons": {"a": {"started": 1, "updated": 1, "step": null, "#
        + #""visited": [], "completed": false, "answers": {"q": {}, "q": {}}}}}"#,
      #"progress.json: lesson 'a', "answers": the member 'q' appears twice"#
    ),
    (
      "{\"format\": 1,\n  \"lessons\": {,}}",
      "progress.json:2:15: expected a member name in double quotes or '}'"
    ),
  ])
  func malformedFilesGiveLocatedErrors(text: String, message: String) {
    #expect(throws: DescentError.self) { try ProgressBook(parsing: text, source: "progress.json") }
    do {
      _ = try ProgressBook(parsing: text, source: "progress.json")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func mergeKeepsTheLaterRecordForEachAnswer() {
    var saved = ProgressTests.lesson("l", step: "s1", answer: "old", at: 10)
    saved.answers["q2"] = AnswerRecord(answer: "theirs", verdict: .failed, attempts: 3, updated: 50)
    saved.visitedSteps = ["s1", "s3"]
    saved.isCompleted = true
    saved.updated = 50
    var mine = ProgressTests.lesson("l", step: "s2", answer: "new", at: 20)
    mine.started = 5
    mine.visitedSteps = ["s1", "s2"]
    mine.answers["q2"] = AnswerRecord(answer: "mine", verdict: .passed, attempts: 1, updated: 40)
    let merged = mine.merged(over: saved)
    #expect(merged.stepID == "s2")
    #expect(merged.answers["q1"]?.answer == "new")
    #expect(merged.answers["q2"]?.answer == "theirs")
    #expect(merged.visitedSteps == ["s1", "s2", "s3"])
    #expect(merged.isCompleted)
    #expect(merged.started == 5)
    #expect(merged.updated == 50)
  }

  @Test func mergeIntoABookLeavesOtherLessonsAlone() {
    var book = ProgressBook(lessons: ["a": ProgressTests.lesson("a")])
    book.merge(ProgressTests.lesson("b", answer: "2"))
    #expect(book.lessons.keys.sorted() == ["a", "b"])
    #expect(book.lessons["a"] == ProgressTests.lesson("a"))
    #expect(book.lessons["b"] == ProgressTests.lesson("b", answer: "2"))
  }
}
