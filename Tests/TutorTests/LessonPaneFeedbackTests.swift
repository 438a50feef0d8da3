import Testing

@testable import Tutor

/// A verdict belongs to its block: once the block closes and the next question of the step
/// opens, the pane shows the verdict with its own block's prompt, above the open question,
/// never under it as if it answered it.
@Suite struct LessonPaneFeedbackTests {
  /// One step with two questions, then a step with one.
  static let lessonText = """
    ---
    format: 1
    id: two-questions
    title: Two questions
    summary: Two checked blocks in one step.
    dataset: houses
    model: linear
    parameters: {m: 0, c: 0}
    ---

    ## Both
    <!-- id: both -->

    Five houses.

    ```ask
    id: rows
    question: How many rows?
    number: 5
    explain: One a house.
    ```

    ```ask
    id: first-m
    question: Where is m after one epoch?
    number: 33
    explain: m = 0 - 0.01 * (-3300).
    ```

    ```hint
    D_m is -3300.
    ```

    ## After
    <!-- id: after -->

    ```ask
    id: last
    question: How many features?
    number: 1
    ```
    """

  static func opened() throws -> Session {
    try Session.opening(
      try LessonParser.parse(lessonText, file: "two-questions.md"), loader: .builtInOnly,
      options: LessonOptions(clock: { 1000 }))
  }

  /// The pane's rows at 38 columns, as the screen lays them out.
  static func rows(_ session: Session) throws -> [String] {
    Layout().paneLines(try #require(session.lessonPane), width: 38).map(\.text)
  }

  /// Issue 14: the ✓ of the previous block stayed under the next question.
  @Test func aClosedBlocksVerdictStaysWithItsOwnPromptAboveTheNextQuestion() throws {
    var session = try Self.opened()
    session.apply(line: "answer 5")
    let pane = try #require(session.lessonPane)
    #expect(pane.feedback == [])
    #expect(
      pane.finished
        == LessonPane.FinishedBlock(
          id: "rows", prompt: "How many rows?", feedback: ["✓ right: 5", "One a house."]))
    // The transcript still names the next question; the pane shows it instead.
    #expect(session.transcript.last?.output.last == "next: Where is m after one epoch?")
    #expect(
      try Self.rows(session) == [
        "Five houses.", "",
        "How many rows?", "✓ right: 5", "One a house.", "",
        "Where is m after one epoch?", "(a number, accepted exactly; answer …)",
      ])
  }

  @Test func aMissStaysUnderTheQuestionItAnswers() throws {
    var session = try Self.opened()
    session.apply(line: "answer 5")
    session.apply(line: "answer 34")
    let pane = try #require(session.lessonPane)
    #expect(pane.finished == nil)
    #expect(pane.feedback == ["✗ not 34; answers are accepted exactly", "try again, or type hint"])
    #expect(
      try Self.rows(session) == [
        "Five houses.", "",
        "Where is m after one epoch?", "(a number, accepted exactly; answer …)",
        "✗ not 34; answers are accepted exactly", "try again, or type hint",
      ])
  }

  @Test func aHintIsTheStepsAndGoesUnderTheOpenQuestion() throws {
    var session = try Self.opened()
    session.apply(line: "answer 5")
    session.apply(line: "hint")
    let pane = try #require(session.lessonPane)
    #expect(pane.finished == nil)
    #expect(pane.feedback == ["hint 1 of 1: D_m is -3300."])
  }

  @Test func theLastVerdictOfAStepStaysWithItsBlockAndTheNextStepStartsClean() throws {
    var session = try Self.opened()
    session.apply(line: "answer 5")
    session.apply(line: "answer 33")
    let pane = try #require(session.lessonPane)
    #expect(pane.question == [])
    #expect(pane.finished?.id == "first-m")
    #expect(
      pane.finished?.feedback == [
        "✓ right: 33", "m = 0 - 0.01 * (-3300).", "type next to continue",
      ])
    session.apply(line: "next")
    #expect(session.lessonPane?.finished == nil)
    #expect(session.lessonPane?.feedback == [])
  }
}
