import Testing

@testable import Tutor

/// Reading a student's submission: a front matter naming the lesson and the student, then
/// one `## ID` heading a block, each followed by a fenced block holding the answer.
@Suite struct SubmissionParserTests {
  /// The submission in `text`, read from `class/ada.md`.
  static func parse(_ text: String) throws -> Submission {
    try Submission.parse(text, file: "class/ada.md")
  }

  /// Every problem `text` has, as `downhill check` prints it.
  static func problems(_ text: String) -> [String] {
    do {
      _ = try Submission.parse(text, file: "class/ada.md")
      return []
    } catch {
      return error.problems.map(\.description)
    }
  }

  /// A submission with a front matter and two answers.
  static let text = """
    ---
    lesson: linear-regression
    student: Ada Lovelace
    ---

    ## start-loss

    ```
    247500
    ```

    ## gradient

    ```
    D_m = (-2/n) * sum(X * (Y - Y_pred))

    D_c = (-2/n) * sum(Y - Y_pred)
    ```

    """

  @Test func frontMatterNamesTheLessonAndTheStudent() throws {
    let submission = try Self.parse(Self.text)
    #expect(submission.lessonID == "linear-regression")
    #expect(submission.student == "Ada Lovelace")
    #expect(submission.source == "class/ada.md")
  }

  @Test func theStudentIsTheFileNameWithoutAFrontMatterOrAStudent() throws {
    let bare = try Self.parse("## start-loss\n\n```\n247500\n```\n")
    #expect(bare.lessonID == nil)
    #expect(bare.student == "ada")
    let unnamed = try Self.parse("---\nlesson: linear-regression\n---\n## q\n```\n1\n```\n")
    #expect(unnamed.lessonID == "linear-regression")
    #expect(unnamed.student == "ada")
    let empty = try Self.parse("---\nlesson: l\nstudent: \"  \"\n---\n")
    #expect(empty.student == "ada")
  }

  @Test func eachAnswerIsItsBlocksLinesJoinedBySemicolonsAtItsHeading() throws {
    let submission = try Self.parse(Self.text)
    #expect(
      submission.answers == [
        "start-loss": Submission.Answer(text: "247500", line: 6),
        // The block's lines as written (a program's form) beside the statements joined.
        "gradient": Submission.Answer(
          text: "D_m = (-2/n) * sum(X * (Y - Y_pred)); D_c = (-2/n) * sum(Y - Y_pred)",
          line: 12,
          code: "D_m = (-2/n) * sum(X * (Y - Y_pred))\n\nD_c = (-2/n) * sum(Y - Y_pred)"),
      ])
  }

  @Test func windowsLineEndingsReadAsUnixOnes() throws {
    // Swift reads "\r\n" as one Character, so splitting on "\n" alone leaves one line.
    let windows = Self.text.replacing("\n", with: "\r\n")
    #expect(try Self.parse(windows) == (try Self.parse(Self.text)))
    let submission = try Self.parse(windows)
    #expect(submission.lessonID == "linear-regression")
    #expect(submission.student == "Ada Lovelace")
    #expect(submission.answers["gradient"]?.line == 12)
    #expect(!(submission.answers["gradient"]?.text.contains("\r") ?? true))
    #expect(Self.problems("## q\r\n\r\n```\r\n1\r\n") == Self.problems("## q\n\n```\n1\n"))
  }

  @Test func textWrittenByExportReadsBack() throws {
    let text = Submission.text(
      lesson: "linear-regression", student: "Ada",
      answers: [("start-loss", "247500"), ("gradient", "D_m = 1; D_c = 2")])
    let submission = try Submission.parse(text, file: "ada.md")
    #expect(submission.lessonID == "linear-regression")
    #expect(submission.student == "Ada")
    #expect(
      submission.answers.mapValues(\.text) == [
        "start-loss": "247500", "gradient": "D_m = 1; D_c = 2",
      ])
  }

  @Test func anAnswerGivenTwiceIsRefusedAtItsSecondHeadingAndTheFirstKept() {
    #expect(
      Self.problems("## q\n```\n1\n```\n## q\n```\n2\n```\n") == [
        "class/ada.md:5:1: the answer to 'q' is given twice"
      ])
  }

  @Test func anUnclosedBlockIsRefusedAtItsFence() {
    #expect(
      Self.problems("## q\n\n```\n1\n") == [
        "class/ada.md:3:1: the ``` block opened here is never closed"
      ])
  }

  @Test func anUnclosedFrontMatterIsRefusedAtItsOpening() {
    #expect(
      Self.problems("---\nlesson: l\n## q\n```\n1\n```\n") == [
        "class/ada.md:1:1: the front matter opened on line 1 is never closed with '---'"
      ])
  }

  @Test func aHeadingWithoutABlockIsNotAnAnswer() throws {
    let submission = try Self.parse("## skipped\n\nI do not know.\n\n## q\n\n```\n1\n```\n")
    #expect(submission.answers == ["q": Submission.Answer(text: "1", line: 5)])
    // A block before any heading answers nothing either.
    #expect(try Self.parse("```\n1\n```\n").answers.isEmpty)
  }

  @Test func anUnknownFrontMatterKeyIsRefused() {
    #expect(
      Self.problems("---\nlesson: l\nteacher: T\n---\n") == [
        "class/ada.md:3:1: unknown key 'teacher' in the front matter; the keys are lesson, "
          + "student, id"
      ])
  }
}
