import Descent
import Foundation
import Testing

@testable import Tutor

/// The linter: a lesson walked as a student would, with the lesson's own answers.
///
/// Lesson texts come from `LessonParserTests.lessonText`: the front matter is lines 1–6.
@Suite struct LessonLintTests {
  /// Every problem the linter finds in `text`, as `downhill lint` prints it.
  static func lint(_ text: String, loader: DataLoader = .builtInOnly) -> [String] {
    LessonLinter.problems(in: text, file: "lesson.md", loader: loader).map(\.description)
  }

  /// The problems of a one-step lesson whose step ("## Check", line 7) holds `body`: a
  /// block written right after it has its fence on line 9.
  static func lintStep(_ body: String, header: String = "") -> [String] {
    lint(LessonParserTests.lessonText("## Check\n\n" + body, header: header))
  }

  /// The repository's own lessons folder, found from this file.
  static var lessonsFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Lessons")
  }

  /// What the session of the course's first example says of the name `nosuch`: "unknown
  /// name 'nosuch'; the variables are …", listing variables other parts of the session add.
  static var unknownNosuch: String {
    do {
      _ = try Session().workspace.value(of: "nosuch")
      return "nosuch has a value"
    } catch {
      return error.message
    }
  }

  /// What the session's Python says of the name `nosuch` in a command or a set-up line.
  static let pythonNosuch =
    "name 'nosuch' is not defined; the session's names are L, X, Y, Y_pred, b, c, epoch, "
    + "grad, loss, lr, m, n, …"

  // MARK: - Clean lessons

  @Test func aLessonWhoseAnswersAllHoldHasNoProblems() {
    let text = LessonParserTests.lessonText(
      """
      ## The data
      <!-- id: the-data -->

      The line is m = {{m}}, c = {{c}}; its loss is {{loss}}.

      ```run
      view fit
      ```

      ```ask
      id: start-loss
      question: What is the loss at m = 0, c = 0?
      number: 247500
      tolerance: 0.5
      mistakes:
        - answer: 1237500
          say: That is the sum; the loss is the mean.
      ```

      ```ask
      id: flat
      question: Where does the line lie?
      choices: [on the x axis, through the points]
      answer: a
      mistakes:
        - answer: b
          say: Both m and c are 0.
      ```

      ## The gradient

      ```exercise
      id: gradient
      prompt: Write D_m and D_c.
      answer: |
        D_m = (-2/n) * sum(X * (Y - Y_pred))
        D_c = (-2/n) * sum(Y - Y_pred)
      mistakes:
        - answer: D_m = (2/n) * sum(X * (Y - Y_pred)); D_c = (2/n) * sum(Y - Y_pred)
          say: Wrong sign.
      ```

      ```ask
      id: what-is-l
      question: What is L called?
      text: [the learning rate, step size]
      ```

      ```predict
      id: after-one
      question: What does the loss do in one epoch?
      choices: [falls, rises]
      outcomes:
        a: loss < 247500
        b: otherwise
      run: step
      ```

      ```task
      id: loss-goal
      goal: Get the loss below 1 within 200 epochs.
      when: loss < 1 and epoch <= 200
      solution: [reset, lr 0.05, step 200]
      ```

      ```predict
      id: m-after
      question: What is m now?
      measure: m
      run: step
      ```

      ## Summary

      You wrote D_m = {{D_m}}, as {{answer gradient}} says.

      """)
    #expect(Self.lint(text) == [])
  }

  @Test func theRepositorysLinearRegressionLessonHasNoProblems() throws {
    let file = Self.lessonsFolder.appendingPathComponent("02-linear-regression.md")
    let text = try String(contentsOf: file, encoding: .utf8)
    // Its variants read data files beside it.
    let loader = LessonLibrary(directory: Self.lessonsFolder.path).loader(forLessonAt: file.path)
    #expect(LessonLinter.problems(in: text, file: file.path, loader: loader) == [])
  }

  @Test func aLessonThatDoesNotParseGivesOnlyItsParseProblems() {
    #expect(
      Self.lintStep("```run\ndata nosuch\nstep x\n```\n") == [
        "lesson.md:11:6: the number of epochs is a whole number, such as 10; 'x' is not"
      ])
  }

  // MARK: - Commands

  @Test func aSetupCommandThatFailsIsLocatedAtItsFrontMatterLine() {
    let problems = Self.lint(
      LessonParserTests.lessonText("## One\n", header: "dataset: nosuch\nmodel: cubic\n"))
    #expect(
      problems == [
        "lesson.md:6:1: there is no built-in dataset called 'nosuch'; the built-ins are houses, "
          + "squares, doubles, xor, blobs, moons, sine, or give a CSV file",
        "lesson.md:7:1: unknown model 'cubic'; the models are linear, poly:K, logistic and "
          + "mlp:D-H-O (layer sizes, such as mlp:2-4-1)",
      ])
  }

  @Test func aSetupCommandThatFailsIsOneSentence() {
    // The session joins a failing setting's output into one line, caret line and all.
    #expect(
      Self.lint(
        LessonParserTests.lessonText(
          "## One\n", header: "model: function x^2 +\nlearning-rate: abc\n")) == [
          "lesson.md:6:1: the expression ends after '+'; something is missing",
          "lesson.md:7:1: the learning rate is a number, such as 0.01; 'abc' is not",
        ])
  }

  @Test func aStartingParameterThatFailsIsLocatedAtItsLine() {
    let problems = Self.lint(
      LessonParserTests.lessonText("## One\n", header: "parameters:\n  m: 1\n  c: nosuch\n"))
    // The sentence only, after the parameter's name: not `c = nosuch` with a caret under it.
    #expect(problems == ["lesson.md:8:1: parameter c: " + Self.pythonNosuch])
  }

  @Test func aRunCommandThatFailsIsLocatedAtItsLine() {
    #expect(
      Self.lintStep("```run\nstep 2\ndata nosuch\n```\n") == [
        "lesson.md:11:1: 'data nosuch' fails: there is no built-in dataset called 'nosuch'; "
          + "the built-ins are houses, squares, doubles, xor, blobs, moons, sine, or give a CSV "
          + "file"
      ])
  }

  // MARK: - Placeholders

  @Test func aPlaceholderThatCannotBeShownIsLocatedAtItsStep() {
    #expect(Self.unknownNosuch.hasPrefix("unknown name 'nosuch'; the variables are L, X, Y, "))
    #expect(
      Self.lintStep("The {{nosuch}} and {{answer missing-id}}; {{m}} is fine.\n\n{{ loss\n")
        == [
          "lesson.md:7:1: {{nosuch}} cannot be shown here: " + Self.unknownNosuch,
          "lesson.md:7:1: {{answer missing-id}}: the lesson has no block with the id "
            + "'missing-id'",
          "lesson.md:7:1: a {{ placeholder is never closed with }}",
        ])
  }

  @Test func aPlaceholderInAQuestionIsCheckedToo() {
    #expect(
      Self.lintStep("```ask\nid: q\nquestion: Is {{D_m}} negative?\ntext: yes\n```\n") == [
        "lesson.md:7:1: {{D_m}} cannot be shown here: unknown name 'D_m'; did you mean 'm'?"
      ])
  }

  /// A `{{met …}}` expression is captured when its block is finished, so it must show
  /// there, not where it is quoted: a later step may have another model.
  @Test func aMetPlaceholderIsCheckedWhereItsBlockIsFinished() {
    let text = LessonParserTests.lessonText(
      """
      ## Goal

      ```task
      id: goal
      goal: Train.
      when: epoch >= 1
      solution: step
      ```

      ## Later

      ```run
      model mlp:1-2-1
      ```

      The line was m = {{met goal m}}; {{met goal nosuch}} is not.

      """)
    #expect(
      Self.lint(text) == [
        "lesson.md:9:1: {{met goal nosuch}} cannot be captured when 'goal' is finished: "
          + Self.unknownNosuch
      ])
  }

  // MARK: - ask and exercise

  @Test func anAskWhoseOwnAnswerFailsItsCheckIsReported() {
    #expect(
      Self.lintStep("```ask\nid: q\nquestion: Q?\nnumber: X\n```\n") == [
        "lesson.md:9:1: the ask 'q' rejects its own answer 'X': answer with a number; this is "
          + "a vector of 5"
      ])
    #expect(
      Self.lintStep("```ask\nid: q\nquestion: Q?\ntext: \"?!\"\n```\n") == [
        "lesson.md:9:1: the ask 'q' rejects its own answer '?!': answer with a few words"
      ])
  }

  @Test func anAskWhoseOwnAnswerNamesNothingIsReportedOnOneLine() {
    let problems = Self.lintStep("```ask\nid: q\nquestion: Q?\nnumber: nosuch\n```\n")
    // The sentence only: not the answer again with a caret under it.
    #expect(
      problems == [
        "lesson.md:9:1: the ask 'q' rejects its own answer 'nosuch': " + Self.unknownNosuch
      ])
  }

  @Test func failingCommandsAndAnswersAreReportedAsOneSentenceEach() {
    let problems = Self.lintStep(
      """
      ```run
      m = nosuch
      ```

      ```exercise
      id: e
      prompt: P
      answer: D_m = nosuch
      ```

      ```task
      id: t
      goal: G
      when: m == 5
      solution: m = nosuch
      ```

      ```predict
      id: p
      question: Q?
      measure: m
      run: m = nosuch
      ```

      """)
    // Each session error is rendered as the line, a caret line and the sentence: only the
    // sentence is kept.
    #expect(
      problems == [
        "lesson.md:10:1: 'm = nosuch' fails: " + Self.pythonNosuch,
        "lesson.md:13:1: the exercise 'e' rejects its own answer 'D_m = nosuch': this "
          + "exercise's reference fails here: " + Self.unknownNosuch,
        "lesson.md:19:1: the task 't' solution 'm = nosuch' fails: " + Self.pythonNosuch,
        "lesson.md:19:1: the task 't' solution does not meet its goal (m == 5)",
        "lesson.md:26:1: the prediction 'p' run 'm = nosuch' fails: " + Self.pythonNosuch,
      ])
  }

  @Test func anAskThatAcceptsOneOfItsKnownMistakesIsReported() {
    let problems = Self.lintStep(
      """
      ```ask
      id: q
      question: Q?
      number: 10
      tolerance: 5
      mistakes:
        - answer: 12
          say: Too big.
        - answer: 20
          say: Twice too big.
      ```

      """)
    #expect(problems == ["lesson.md:9:1: the ask 'q' accepts its known mistake '12' as right"])
    #expect(
      Self.lintStep(
        "```ask\nid: q\nquestion: Q?\ntext: [rate, step size]\nmistakes:\n"
          + "  - answer: The Rate.\n    say: No.\n```\n") == [
          "lesson.md:9:1: the ask 'q' accepts its known mistake 'The Rate.' as right"
        ])
  }

  @Test func anUnparsableMistakeIsReportedByItsSentenceOnOneLine() {
    // The verdict shows the answer with a caret under the problem; lint says the sentence.
    #expect(
      Self.lintStep(
        "```ask\nid: q\nquestion: Q?\nnumber: 2\nmistakes:\n"
          + "  - answer: 2 *\n    say: No.\n```\n") == [
          "lesson.md:9:1: the known mistake '2 *' of 'q' cannot be checked: "
            + "the expression ends after '*'; something is missing"
        ])
  }

  @Test func aKnownMistakeThatCannotBeReadOrIsTheAnswerIsReported() {
    #expect(
      Self.lintStep(
        "```ask\nid: q\nquestion: Q?\nchoices: [up, down]\nanswer: a\nmistakes:\n"
          + "  - answer: sideways\n    say: No.\n```\n") == [
          "lesson.md:9:1: the known mistake 'sideways' of 'q' cannot be checked: answer with one "
            + "of a, b"
        ])
    #expect(
      Self.lintStep(
        "```exercise\nid: e\nprompt: P\nanswer: D = 2 * m\nmistakes:\n"
          + "  - answer: D = m + m\n    say: No.\n```\n") == [
          "lesson.md:9:1: the exercise 'e' accepts its known mistake 'D = m + m' as right"
        ])
  }

  @Test func anExerciseWhoseReferenceFailsIsReported() {
    #expect(
      Self.lintStep("```exercise\nid: e\nprompt: P\nanswer: D = nosuch * 2\n```\n") == [
        "lesson.md:9:1: the exercise 'e' rejects its own answer 'D = nosuch * 2': this "
          + "exercise's reference fails here: " + Self.unknownNosuch
      ])
  }

  @Test func laterBlocksSeeWhatAnExerciseAssigned() {
    let body = """
      ```exercise
      id: e
      prompt: P
      answer: D = 2 * m + 1
      ```

      ```ask
      id: q
      question: What is D?
      number: D
      ```

      ## Next

      Now D = {{D}}.

      """
    #expect(Self.lintStep(body) == [])
  }

  // MARK: - task

  @Test func aTaskWithoutSolutionIsReported() {
    #expect(
      Self.lintStep("```task\nid: t\ngoal: G\nwhen: loss < 1\n```\n") == [
        "lesson.md:9:1: the task 't' needs solution: the commands that reach its goal, run by "
          + "reveal and skip"
      ])
  }

  @Test func aTaskWhoseSolutionDoesNotMeetItsGoalIsReported() {
    #expect(
      Self.lintStep(
        "```task\nid: t\ngoal: G\nwhen: loss < 1 and epoch <= 200\nsolution: step 3\n```\n")
        == [
          "lesson.md:9:1: the task 't' solution does not meet its goal (loss < 1 and epoch <= 200)"
        ])
  }

  @Test func aTaskWhoseConditionOrSolutionFailsIsReported() {
    #expect(
      Self.lintStep(
        "```task\nid: t\ngoal: G\nwhen: los < 1\nsolution: [step, data nosuch]\n```\n") == [
          "lesson.md:9:1: the task 't' condition fails: unknown name 'los'; did you mean "
            + "'loss'?",
          "lesson.md:9:1: the task 't' solution 'data nosuch' fails: there is no built-in "
            + "dataset called 'nosuch'; the built-ins are houses, squares, doubles, xor, blobs, "
            + "moons, sine, or give a CSV file",
          "lesson.md:9:1: the task 't' solution does not meet its goal (los < 1)",
        ])
  }

  // MARK: - predict

  @Test func aPredictWhereNoOutcomeHoldsIsReported() {
    #expect(
      Self.lintStep(
        """
        ```predict
        id: p
        question: Q?
        choices: [below zero, far below zero]
        outcomes:
          a: loss < 0
          b: loss < -1
        run: step
        ```

        """) == ["lesson.md:9:1: after the run of 'p', none of its outcomes holds"])
  }

  @Test func aPredictWhoseRunFailsIsReported() {
    #expect(
      Self.lintStep("```predict\nid: p\nquestion: Q?\nmeasure: m\nrun: step 2; data nosuch\n```\n")
        == [
          "lesson.md:9:1: the prediction 'p' run 'data nosuch' fails: there is no built-in "
            + "dataset called 'nosuch'; the built-ins are houses, squares, doubles, xor, blobs, "
            + "moons, sine, or give a CSV file"
        ])
  }

  @Test func aPredictWhoseOutcomeOrMeasureFailsIsReported() {
    #expect(
      Self.lintStep(
        """
        ```predict
        id: p
        question: Q?
        choices: [down, up]
        outcomes:
          a: los < 1
          b: otherwise
        run: step
        ```

        ```predict
        id: m
        question: Q?
        measure: Y_pred
        run: step
        ```

        """) == [
          "lesson.md:9:1: the outcome 'a' of 'p' fails: unknown name 'los'; did you mean 'loss'?",
          "lesson.md:19:1: the measure of 'm' is not a number",
        ])
  }
}
