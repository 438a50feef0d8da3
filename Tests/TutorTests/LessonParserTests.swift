import Descent
import Testing

@testable import Tutor

/// The lesson parser: the front matter, steps, prose and the display directives.
///
/// Checked blocks are in `LessonParserTests+Checked.swift`, the problems it reports in
/// `LessonParserTests+Problems.swift` and `LessonParserTests+BlockProblems.swift`.
@Suite struct LessonParserTests {
  // MARK: - Helpers

  /// The file name every lesson text here is read from.
  static let file = "lesson.md"

  /// `body` after a valid front matter of six lines (plus `header`'s lines before the
  /// closing '---'): without a header, the body's first line is line 7 of the file.
  static func lessonText(_ body: String, header: String = "") -> String {
    "---\nformat: 1\nid: sample\ntitle: Sample\nsummary: A sample lesson.\n" + header
      + "---\n" + body
  }

  /// The lesson in `text`, which must parse without a problem.
  static func parse(_ text: String) throws -> Lesson {
    try LessonParser.parse(text, file: file)
  }

  /// Every problem `text` has, as `downhill lint` prints it.
  static func problems(_ text: String) -> [String] {
    LessonParser.parseReportingProblems(text, file: file).problems.map(\.description)
  }

  /// The only step of the lesson made of `body`.
  static func onlyStep(_ body: String) throws -> LessonStep {
    let lesson = try parse(lessonText(body))
    try #require(lesson.steps.count == 1)
    return lesson.steps[0]
  }

  // MARK: - Front matter

  @Test func frontMatterGivesIdTitleSummaryAndTheSetupCommandsInTheirRunningOrder() throws {
    let lesson = try Self.parse(
      """
      ---
      format: 1
      id: course-demo
      title: A **bold** `demo`
      summary: Fit `m` and c.
      learning-rate: 0.05
      batch: 2
      dataset: houses
      split: 0.8
      optimizer: momentum
      normalize: zscore
      model: poly:2
      ---
      ## Only

      """)
    #expect(lesson.id == "course-demo")
    #expect(lesson.title == "A bold demo")
    #expect(lesson.summary == "Fit m and c.")
    #expect(lesson.source == "lesson.md")
    // Data before model before scaling and rates, whatever order the file gives.
    #expect(
      lesson.setup.settings == [
        .init(command: "data houses", line: 8),
        .init(command: "model poly:2", line: 12),
        .init(command: "normalize zscore", line: 11),
        .init(command: "split 0.8", line: 9),
        .init(command: "optimizer momentum", line: 10),
        .init(command: "batch 2", line: 7),
        .init(command: "lr 0.05", line: 6),
      ])
    #expect(lesson.setup.parameters.isEmpty)
    #expect(lesson.setup.views == [.fit])
  }

  @Test func frontMatterParametersKeepTheirExpressionsAndLines() throws {
    let lesson = try Self.parse(
      Self.lessonText(
        "## Only\n",
        header: """
          parameters:
            m: 1.5
            c: -2 * 3
          views: [landscape, loss]

          """))
    #expect(lesson.setup.parameters.map(\.name) == ["m", "c"])
    #expect(lesson.setup.parameters.map(\.expression) == ["1.5", "-2 * 3"])
    #expect(lesson.setup.parameters.map(\.line) == [7, 8])
    #expect(lesson.setup.views == [.landscape, .loss])
  }

  @Test func frontMatterParametersMayBeVectorsAndMatrices() throws {
    let lesson = try Self.parse(
      Self.lessonText(
        "## Only\n",
        header: """
          parameters:
            w: [0, -0.5]
            b: 0
            W1: [[0, 1], [1, 0]]
            W2:
              - [1/2, 2 * 3]
              - [-1, 1e-3]
            v: "[1, 2]"

          """))
    #expect(lesson.setup.parameters.map(\.name) == ["w", "b", "W1", "W2", "v"])
    #expect(
      lesson.setup.parameters.map(\.expression) == [
        "[0, -0.5]", "0", "[[0, 1], [1, 0]]", "[[1/2, 2 * 3], [-1, 1e-3]]", "[1, 2]",
      ])
    #expect(lesson.setup.parameters.map(\.line) == [7, 8, 9, 10, 13])
  }

  @Test func frontMatterViewsMayBeOneLineOfNames() throws {
    let lesson = try Self.parse(Self.lessonText("## Only\n", header: "views: fit, table\n"))
    #expect(lesson.setup.views == [.fit, .table])
  }

  @Test func frontMatterMayCloseWithDotsAfterAByteOrderMark() throws {
    let lesson = try Self.parse(
      "\u{FEFF}---\nformat: 1\nid: dots\ntitle: Dots\nsummary: S\n...\n## One\n")
    #expect(lesson.id == "dots")
    #expect(lesson.steps.map(\.title) == ["One"])
    #expect(lesson.steps.map(\.line) == [7])
  }

  @Test func aLessonWithWindowsLineEndingsReadsAsWithUnixOnes() throws {
    // Swift reads "\r\n" as one Character, so splitting on "\n" alone leaves one line.
    let lesson = try Self.parse(
      "---\r\nformat: 1\r\nid: crlf\r\ntitle: CRLF\r\nsummary: S\r\n---\r\n## One\r\nText.\r\n")
    #expect(lesson.id == "crlf")
    #expect(lesson.steps.map(\.title) == ["One"])
    #expect(lesson.steps.map(\.paragraphs) == [["Text."]])
    #expect(lesson.steps.map(\.line) == [7])
  }

  @Test func aLessonWithWindowsLineEndingsHasItsBlocksAndProblemsOnTheirLines() throws {
    let unix = Self.lessonText(
      "## One\n\n```ask\nid: q\nquestion: Q?\nnumber: 1 +\n```\n\n```run\nstep 2\n```\n")
    let windows = unix.replacing("\n", with: "\r\n")
    #expect(Self.problems(windows) == Self.problems(unix))
    #expect(
      Self.problems(windows) == [
        "lesson.md:12:12: the expression ends after '+'; something is missing"
      ])
    let fixed = try Self.parse(windows.replacing("1 +", with: "1"))
    #expect(fixed == (try Self.parse(unix.replacing("1 +", with: "1"))))
    // Old Mac endings, a lone "\r", end lines too.
    let mac = try Self.parse(unix.replacing("1 +", with: "1").replacing("\n", with: "\r"))
    #expect(mac == fixed)
  }

  // MARK: - Steps

  @Test func eachSecondLevelHeadingStartsAStepWithItsSlugAsId() throws {
    let lesson = try Self.parse(
      Self.lessonText(
        """
        # The lesson's title, not a step

        ## The data and a flat line
        ## Step 1: one **epoch**!
        ### A smaller heading is prose
        ## ???

        """))
    #expect(lesson.steps.map(\.id) == ["the-data-and-a-flat-line", "step-1-one-epoch", "step"])
    #expect(
      lesson.steps.map(\.title) == ["The data and a flat line", "Step 1: one epoch!", "???"])
    #expect(lesson.steps.map(\.line) == [9, 10, 12])
  }

  @Test func anIdCommentUnderTheHeadingOverridesTheSlug() throws {
    let lesson = try Self.parse(
      Self.lessonText(
        """
        ## The data and a flat line
        <!-- id: the-data -->

        ## How wrong is the line?
          <!--id:the-loss-->

        """))
    #expect(lesson.steps.map(\.id) == ["the-data", "the-loss"])
  }

  @Test func lessonFindsStepsAndBlocksById() throws {
    let lesson = try Self.parse(
      Self.lessonText(
        """
        ## One
        ## Two

        ```ask
        id: q
        question: Sure?
        text: yes
        ```

        """))
    #expect(lesson.stepIndex(id: "two") == 1)
    #expect(lesson.stepIndex(id: "three") == nil)
    #expect(lesson.block(id: "q")?.line == 10)
    #expect(lesson.block(id: "r") == nil)
    #expect(lesson.checkedBlocks.map(\.id) == ["q"])
  }

  // MARK: - Prose

  @Test func proseBecomesPlainParagraphsWithListItemsAndTextBlocksSeparate() throws {
    let step = try Self.onlyStep(
      """
      ## Prose

      A **bold** claim with `code`
      over two lines.
      - first item
      - second item
        continued
      * starred item
      12. numbered item

      ```text
      D_m = (-2/n) * sum(X * (Y - Y_pred))
        D_c = (-2/n) * sum(Y - Y_pred)
      ```
      ~~~Python
      print(**kwargs)
      ~~~
      Last `one`.

      """)
    #expect(
      step.paragraphs == [
        "A bold claim with code over two lines.",
        "- first item",
        "- second item continued",
        "* starred item",
        "12. numbered item",
        "D_m = (-2/n) * sum(X * (Y - Y_pred))\n  D_c = (-2/n) * sum(Y - Y_pred)",
        "print(**kwargs)",
        "Last one.",
      ])
  }

  @Test func codeSpansKeepPythonsPowerWhileEmphasisMarksGo() throws {
    let step = try Self.onlyStep(
      """
      ## Powers

      Type `(x - 3)**2` for **the** curve; `2**-1` is **half**, and a lone * stays.

      """)
    #expect(step.paragraphs == ["Type (x - 3)**2 for the curve; 2**-1 is half, and a lone * stays."])
    #expect(LessonScanner.plain("**`a**b`**") == "a**b")
  }

  @Test func proseBeforeTheFirstStepIsNotShown() throws {
    let lesson = try Self.parse(
      Self.lessonText(
        """
        An introduction for readers on GitHub.

        ```text
        shown nowhere
        ```
        ## First

        Read me.

        """))
    #expect(lesson.steps.map(\.paragraphs) == [["Read me."]])
  }

  // MARK: - run, plot, hint

  @Test func runBlocksGiveTheirCommandsWithTheirLinesSkippingBlanksAndComments() throws {
    let step = try Self.onlyStep(
      """
      ## Go

      ```run
      reset

      # back to the start
        step 10
      ```
      Between.
      ```run
      lr 0.05
      ```

      """)
    #expect(step.run == ["reset", "step 10", "lr 0.05"])
    #expect(step.runLines == [10, 13, 17])
    #expect(step.paragraphs == ["Between."])
  }

  @Test func plotBlocksChooseTheStepsViews() throws {
    let lesson = try Self.parse(
      Self.lessonText(
        """
        ## Lesson views
        ## Two views

        ```plot
        fit, loss
        ```

        ## Views from two blocks

        ```plot
        landscape
        ```
        ```plot
        table
        ```

        """))
    #expect(lesson.steps.map(\.views) == [nil, [.fit, .loss], [.landscape, .table]])
  }

  @Test func eachParagraphOfAHintBlockIsOneHint() throws {
    let step = try Self.onlyStep(
      """
      ## Hints

      ```hint
      With Y_pred = 0, Y - Y_pred is just Y.
      Compute `sum(X * Y)` first.


      Now multiply by **-2/n**.
      ```
      ```hint
      Still stuck? Type reveal.
      ```

      """)
    #expect(
      step.hints == [
        "With Y_pred = 0, Y - Y_pred is just Y. Compute sum(X * Y) first.",
        "Now multiply by -2/n.",
        "Still stuck? Type reveal.",
      ])
    #expect(step.paragraphs.isEmpty)
  }

  @Test func aFenceOfMoreBackticksHoldsShorterFences() throws {
    let step = try Self.onlyStep(
      """
      ## Nested

      ````text
      ```run
      step
      ```
      ````

      """)
    #expect(step.paragraphs == ["```run\nstep\n```"])
    #expect(step.run.isEmpty)
  }
}
