import Testing

@testable import Tutor

/// Problems with expressions, commands, views, predictions, hints and exercises, each
/// located at the character where the problem starts.
///
/// As in `LessonParserTests+BlockProblems.swift`, a block's fence is line 9.
extension LessonParserTests {
  // MARK: - Expressions

  @Test func anExpressionThatDoesNotParseIsLocatedAtTheBadCharacter() {
    // `number: 2 * (m + ) - 1`: the value starts at column 9, the ')' is its 10th character.
    #expect(
      Self.blockProblems("```ask\nid: q\nquestion: Q?\nnumber: 2 * (m + ) - 1\n```\n") == [
        "lesson.md:12:18: expected a number, a name, '(' or '[' after '+', but found ')'"
      ])
    // Inside quotes the value starts at column 14; `sum(` leaves its '(' at column 17.
    #expect(
      Self.blockProblems(
        "```ask\nid: q\nquestion: Q?\nexpression: \"sum(X * (Y - Y_pred)\"\n```\n") == [
          "lesson.md:12:17: this '(' is never closed"
        ])
    // `when: loss < 1 and` is 18 characters: the missing operand is at column 19.
    #expect(
      Self.blockProblems("```task\nid: t\ngoal: G\nwhen: loss < 1 and\nsolution: step\n```\n")
        == ["lesson.md:12:19: the expression ends after 'and'; something is missing"])
    // `measure: m *` is 12 characters.
    #expect(
      Self.blockProblems("```predict\nid: p\nquestion: Q?\nmeasure: m *\nrun: step\n```\n")
        == ["lesson.md:12:13: the expression ends after '*'; something is missing"])
  }

  @Test func anExerciseAnswerLineThatDoesNotParseIsLocatedOnItsOwnLine() {
    let problems = Self.blockProblems(
      """
      ```exercise
      id: e
      prompt: P
      answer: |
        D_m = 2 * m
        D_c = (2 * c
      mistakes:
        - answer: D_m = m +* 2
          say: No.
      ```

      """)
    // `  D_c = (2 * c`: the '(' is the 9th character.
    let unclosed = "lesson.md:14:9: this '(' is never closed"
    // `  - answer: D_m = m +* 2`: the value starts at column 13, its '*' at column 22.
    let star = "lesson.md:16:22: expected a number, a name, '(' or '[' after '+', but found '*'"
    // Only those: a line that does not parse is not also said to assign no name.
    #expect(problems == [unclosed, star])
  }

  @Test func anOutcomeThatDoesNotParseIsLocatedOnItsLine() {
    #expect(
      Self.blockProblems(
        """
        ```predict
        id: p
        question: Q?
        choices: [down, up]
        outcomes:
          a: loss <
          b: otherwise
        run: step
        ```

        """) == ["lesson.md:14:12: the expression ends after '<'; something is missing"])
  }

  @Test func anOutcomeThatDoesNotParseIsLocatedOnItsLineAfterOneItStartsLike() {
    #expect(
      Self.blockProblems(
        """
        ```predict
        id: p
        question: Q?
        choices: [down, up]
        outcomes:
          a: loss < 1
          b: loss <
        run: step
        ```

        """) == ["lesson.md:15:12: the expression ends after '<'; something is missing"])
  }

  @Test func otherwiseMustBeTheOutcomeOfTheLastChoice() {
    // Outcomes are tried in the choices' order: `otherwise` on `a` would hide `b` and `c`.
    #expect(
      Self.blockProblems(
        """
        ```predict
        id: p
        question: Q?
        choices: [falls, grows, stays]
        outcomes:
          c: rises == 0
          a: otherwise
          b: diverged == 1
        run: step
        ```

        """) == [
          "lesson.md:15:6: 'otherwise' holds always, so it must be the outcome of the last choice"
        ])
    // The last choice's `otherwise` is what it is for, whatever order the outcomes are in.
    #expect(
      Self.blockProblems(
        """
        ```predict
        id: p
        question: Q?
        choices:
          falls: It falls.
          grows: It grows.
          stays: It stays.
        outcomes:
          stays: otherwise
          falls: rises == 0
          grows: diverged == 1
        run: step
        ```

        """) == [])
  }

  // MARK: - Commands

  @Test func aRunCommandThatDoesNotParseIsLocatedAtItsArgument() {
    let problems = Self.blockProblems(
      """
      ```run
        step abc
      m = (1 +
      view
      reset now
      ```

      """)
    #expect(
      problems == [
        "lesson.md:10:8: the number of epochs is a whole number, such as 10; 'abc' is not",
        "lesson.md:11:9: the expression ends after '+'; something is missing",
        "lesson.md:12:6: write view fit, loss, landscape, boundary, graph or table",
        "lesson.md:13:7: 'reset' takes nothing after it",
      ])
  }

  @Test func solutionAndRunCommandsThatDoNotParseAreLocatedInTheBlock() {
    #expect(
      Self.blockProblems(
        "```task\nid: t\ngoal: G\nwhen: epoch > 0\nsolution: [lr fast, step]\n```\n") == [
          "lesson.md:13:15: the learning rate is a number, such as 0.01; 'fast' is not"
        ])
    #expect(
      Self.blockProblems(
        "```task\nid: t\ngoal: G\nwhen: epoch > 0\nsolution: |\n  lr 0.1\n  step -2\n```\n")
        == [
          "lesson.md:15:8: the number of epochs is a whole number, such as 10; '-2' is not"
        ])
    #expect(
      Self.blockProblems("```predict\nid: p\nquestion: Q?\nmeasure: m\nrun: step 0\n```\n") == [
        "lesson.md:13:11: step runs 1 to 100000 epochs at a time"
      ])
  }

  // MARK: - plot

  @Test func anUnknownViewInAPlotIsLocatedAtItsName() {
    let views = "the views are fit, loss, landscape, boundary, graph, table, figure"
    #expect(
      Self.blockProblems("```plot\nfit, lanscape\n```\n") == [
        "lesson.md:10:6: there is no view 'lanscape'; " + views
      ])
  }

  @Test func anUnknownViewInAPlotIsLocatedAtItsNameAfterANameHoldingIt() {
    #expect(
      Self.blockProblems("```plot\nloss, los\n```\n") == [
        "lesson.md:10:7: there is no view 'los'; the views are fit, loss, landscape, "
          + "boundary, graph, table, figure"
      ])
    #expect(
      Self.blockProblems("```plot\nlos fit los\n```\n") == [
        "lesson.md:10:1: there is no view 'los'; the views are fit, loss, landscape, "
          + "boundary, graph, table, figure",
        "lesson.md:10:9: there is no view 'los'; the views are fit, loss, landscape, "
          + "boundary, graph, table, figure",
      ])
  }

  @Test func aPlotShowsOneToThreeViews() {
    #expect(
      Self.blockProblems("```plot\nfit loss\nlandscape table\n```\n") == [
        "lesson.md:9:1: a step shows at most 3 views"
      ])
    #expect(
      Self.blockProblems("```plot\n\n```\n") == [
        "lesson.md:9:1: the plot block names no view; write fit, loss, landscape, boundary, "
          + "graph or table"
      ])
  }

  // MARK: - predict

  @Test func aPredictWithChoicesNeedsOutcomes() {
    #expect(
      Self.blockProblems(
        "```predict\nid: p\nquestion: Q?\nchoices:\n  a: down\n  b: up\nrun: step\n```\n")
        == ["lesson.md:13:3: a predict with choices needs outcomes: a condition for each choice"])
  }

  @Test func eachChoiceOfAPredictHasOneOutcome() {
    let problems = Self.blockProblems(
      """
      ```predict
      id: p
      question: Q?
      choices: [down, up, flat]
      outcomes:
        a: loss < 247500
        b: [loss > 247500]
        d: otherwise
      run: step
      ```

      """)
    #expect(
      problems == [
        "lesson.md:14:3: the choice 'b' has no outcome: a condition that says it happened",
        "lesson.md:14:3: the choice 'c' has no outcome: a condition that says it happened",
        "lesson.md:15:6: each outcome is a condition",
        "lesson.md:16:3: 'd' is not one of the choices",
      ])
  }

  @Test func aPredictNeedsARunAndAWayToBeGraded() {
    #expect(
      Self.blockProblems("```predict\nid: p\nquestion: Q?\nmeasure: m\n```\n") == [
        "lesson.md:10:5: a predict needs run: the commands to run"
      ])
    #expect(
      Self.blockProblems("```predict\nid: p\nquestion: Q?\nrun: step\n```\n") == [
        "lesson.md:10:5: a predict needs choices: and outcomes:, or measure: (a number to guess)"
      ])
  }

  // MARK: - hint and exercise

  @Test func anEmptyHintIsRefusedAtItsFence() {
    #expect(
      Self.blockProblems("```hint\n\n  \n```\n") == ["lesson.md:9:1: the hint block is empty"])
  }

  @Test func anExerciseOfSeveralLinesAssignsOnEach() {
    #expect(
      Self.blockProblems("```exercise\nid: e\nprompt: P\nanswer: |\n  D_m = 1\n  2 * m\n```\n")
        == ["lesson.md:12:9: an answer of several lines assigns a name on each (D_m = …)"])
  }

  @Test func anExerciseToleranceIsANumber() {
    #expect(
      Self.blockProblems("```exercise\nid: e\nprompt: P\nanswer: m\ntolerance: 1%\n```\n") == [
        "lesson.md:13:12: 'tolerance' must be a number"
      ])
  }

  @Test func aNegativeExerciseToleranceIsRefused() {
    // Not silently replaced by the default of 1e-6: refused at its value, as in an ask.
    #expect(
      LessonParser.parseReportingProblems(
        Self.lessonText(
          "## Check\n\n```exercise\nid: e\nprompt: P\nanswer: m\ntolerance: -1\n```\n"),
        file: Self.file
      ).problems.map { "\($0.location)" } == ["lesson.md:13:12"])
    #expect(
      Self.blockProblems("```exercise\nid: e\nprompt: P\nanswer: m\ntolerance: -1\n```\n") == [
        "lesson.md:13:12: 'tolerance' must be 0 or more: how close each value must be, "
          + "relative to its size (such as 1e-6)"
      ])
  }
}
