import Testing

@testable import Tutor

/// The checked blocks: `ask` in its four forms, `task`, `exercise` and `predict`.
extension LessonParserTests {
  /// The only checked block of a one-step lesson whose step holds `block`.
  static func onlyBlock(_ block: String) throws -> CheckedBlock {
    let step = try onlyStep("## Check\n\n" + block)
    try #require(step.checks.count == 1)
    return step.checks[0]
  }

  // MARK: - ask

  @Test func askWithANumberHasAnAbsoluteTolerance() throws {
    let block = try Self.onlyBlock(
      """
      ```ask
      id: first-dm
      question: With m = c = 0, what is `D_m`?
      number: -3300
      tolerance: 0.5
      explain: sum(X*Y) = **8250**.
      mistakes:
        - answer: 3300
          say: Right size, `wrong` sign.
      ```

      """)
    #expect(
      block
        == CheckedBlock(
          id: "first-dm",
          kind: .ask(
            Question(
              prompt: "With m = c = 0, what is D_m?",
              answer: .number(reference: "-3300", tolerance: .absolute(0.5)))),
          explanation: "sum(X*Y) = 8250.",
          mistakes: [KnownMistake(answer: "3300", feedback: "Right size, wrong sign.")],
          line: 9))
  }

  @Test func askWithANumberTakesAPercentageAndDefaultsToExactly() throws {
    let relative = try Self.onlyBlock(
      "```ask\nid: six\nquestion: Q?\nnumber: 6*m + c\ntolerance: 10%\n```\n")
    #expect(
      relative.kind
        == .ask(
          Question(prompt: "Q?", answer: .number(reference: "6*m + c", tolerance: .relative(0.1)))
        ))
    let exact = try Self.onlyBlock("```ask\nid: n\nquestion: Q?\nnumber: 5\n```\n")
    #expect(
      exact.kind
        == .ask(Question(prompt: "Q?", answer: .number(reference: "5", tolerance: .absolute(0)))))
    #expect(exact.explanation == nil)
    #expect(exact.mistakes.isEmpty)
  }

  @Test func askWithChoicesAsAMappingKeepsTheKeysInOrder() throws {
    let block = try Self.onlyBlock(
      """
      ```ask
      id: start-prediction
      question: What does the line predict?
      choices:
        a: 0, whatever the size
        b: "`150`, the cheapest"
        mean: 450, the mean price
      answer: a
      explain: The line is flat.
      mistakes:
        - answer: mean
          say: The model only knows m and c.
      ```

      """)
    #expect(
      block
        == CheckedBlock(
          id: "start-prediction",
          kind: .ask(
            Question(
              prompt: "What does the line predict?",
              answer: .choice(
                choices: [
                  Choice(key: "a", text: "0, whatever the size"),
                  Choice(key: "b", text: "150, the cheapest", position: 1),
                  Choice(key: "mean", text: "450, the mean price", position: 2),
                ], correct: "a"))),
          explanation: "The line is flat.",
          mistakes: [KnownMistake(answer: "mean", feedback: "The model only knows m and c.")],
          line: 9))
  }

  @Test func askWithChoicesAsAListLettersThem() throws {
    let block = try Self.onlyBlock(
      """
      ```ask
      id: direction
      question: Which way does m move?
      choices: [up, down, "**nowhere**"]
      answer: b
      ```

      """)
    #expect(
      block.kind
        == .ask(
          Question(
            prompt: "Which way does m move?",
            answer: .choice(
              choices: [
                Choice(key: "a", text: "up"), Choice(key: "b", text: "down", position: 1),
                Choice(key: "c", text: "nowhere", position: 2),
              ], correct: "b"))))
  }

  @Test func askWithTextAcceptsOneOrSeveralAnswers() throws {
    let one = try Self.onlyBlock(
      "```ask\nid: one\nquestion: What is L?\ntext: the learning rate\n```\n")
    #expect(
      one.kind
        == .ask(Question(prompt: "What is L?", answer: .text(accepted: ["the learning rate"]))))
    let several = try Self.onlyBlock(
      """
      ```ask
      id: several
      question: What is L?
      text:
        - learning rate
        - step size
      explain: L scales each step.
      mistakes:
        - answer: loss
          say: The loss is what L helps to lower.
      ```

      """)
    #expect(
      several
        == CheckedBlock(
          id: "several",
          kind: .ask(
            Question(
              prompt: "What is L?", answer: .text(accepted: ["learning rate", "step size"]))),
          explanation: "L scales each step.",
          mistakes: [KnownMistake(answer: "loss", feedback: "The loss is what L helps to lower.")],
          line: 9))
  }

  @Test func askWithAnExpressionVariesTheNamedRangesOnTheGivenNumberOfStates() throws {
    let block = try Self.onlyBlock(
      """
      ```ask
      id: gradient-m
      question: Write D_m.
      expression: (-2/n) * sum(X * (Y - Y_pred))
      vary:
        m: [-50, 200]
        c: [-0.5, 0.5]
      states: 8
      explain: The chain rule.
      mistakes:
        - answer: (2/n) * sum(X * (Y - Y_pred))
          say: Wrong sign.
      ```

      """)
    #expect(
      block
        == CheckedBlock(
          id: "gradient-m",
          kind: .ask(
            Question(
              prompt: "Write D_m.",
              answer: .expression(
                reference: "(-2/n) * sum(X * (Y - Y_pred))",
                states: StateSpace(ranges: [("m", -50, 200), ("c", -0.5, 0.5)], count: 8)))),
          explanation: "The chain rule.",
          mistakes: [
            KnownMistake(answer: "(2/n) * sum(X * (Y - Y_pred))", feedback: "Wrong sign.")
          ],
          line: 9))
  }

  @Test func askWithAnExpressionByDefaultVariesEveryParameterOnFourStates() throws {
    let block = try Self.onlyBlock(
      "```ask\nid: loss\nquestion: Write the loss.\nexpression: mean((Y - Y_pred)^2)\n```\n")
    #expect(
      block.kind
        == .ask(
          Question(
            prompt: "Write the loss.",
            answer: .expression(reference: "mean((Y - Y_pred)^2)", states: StateSpace()))))
    #expect(StateSpace().count == 4)
    #expect(StateSpace().ranges.isEmpty)
  }

  // MARK: - task

  @Test func taskSolutionMayBeABlockScalar() throws {
    let block = try Self.onlyBlock(
      """
      ```task
      id: loss-goal
      goal: Get the loss below **1** within 200 epochs.
      when: loss < 1 and epoch <= 200
      solution: |
        lr 0.05

        # then train
        step 200
      explain: A larger rate takes larger steps.
      ```

      """)
    #expect(
      block
        == CheckedBlock(
          id: "loss-goal",
          kind: .task(
            LessonTask(
              goal: "Get the loss below 1 within 200 epochs.",
              condition: "loss < 1 and epoch <= 200", solution: ["lr 0.05", "step 200"])),
          explanation: "A larger rate takes larger steps.", line: 9))
  }

  @Test func taskSolutionMayBeAListOrMissing() throws {
    let listed = try Self.onlyBlock(
      "```task\nid: t\ngoal: G\nwhen: epoch >= 3\nsolution: [step, step 2]\n```\n")
    #expect(
      listed.kind
        == .task(LessonTask(goal: "G", condition: "epoch >= 3", solution: ["step", "step 2"])))
    let missing = try Self.onlyBlock("```task\nid: t\ngoal: G\nwhen: epoch >= 3\n```\n")
    #expect(missing.kind == .task(LessonTask(goal: "G", condition: "epoch >= 3", solution: [])))
  }

  // MARK: - exercise

  @Test func exerciseKeepsItsReferenceLinesStatesToleranceAndMistakes() throws {
    let block = try Self.onlyBlock(
      """
      ```exercise
      id: gradient
      prompt: Write `D_m` and `D_c`.
      answer: |
        D_m = (-2/n) * sum(X * (Y - Y_pred))
        # the same without X
        D_c = (-2/n) * sum(Y - Y_pred)
      vary:
        m: [-50, 200]
      states: 12
      tolerance: 0.001
      mistakes:
        - answer: |
            D_m = (2/n) * sum(X * (Y - Y_pred))
            D_c = (2/n) * sum(Y - Y_pred)
          say: Right size, wrong sign.
      explain: The 2 comes from the square.
      ```

      """)
    #expect(
      block
        == CheckedBlock(
          id: "gradient",
          kind: .exercise(
            Exercise(
              prompt: "Write D_m and D_c.",
              reference: [
                "D_m = (-2/n) * sum(X * (Y - Y_pred))", "D_c = (-2/n) * sum(Y - Y_pred)",
              ],
              states: StateSpace(ranges: [("m", -50, 200)], count: 12), tolerance: 0.001)),
          explanation: "The 2 comes from the square.",
          mistakes: [
            KnownMistake(
              answer: "D_m = (2/n) * sum(X * (Y - Y_pred))\nD_c = (2/n) * sum(Y - Y_pred)\n",
              feedback: "Right size, wrong sign.")
          ],
          line: 9))
  }

  @Test func exerciseOfOneExpressionChecksToOnePartInAMillion() throws {
    let block = try Self.onlyBlock(
      "```exercise\nid: e\nprompt: Write the mean of Y.\nanswer: sum(Y) / n\n```\n")
    #expect(
      block.kind
        == .exercise(
          Exercise(
            prompt: "Write the mean of Y.", reference: ["sum(Y) / n"], states: StateSpace(),
            tolerance: 1e-6)))
  }

  // MARK: - predict

  @Test func predictWithChoicesHasAnOutcomeForEachIncludingOtherwise() throws {
    let block = try Self.onlyBlock(
      """
      ```predict
      id: big-rate
      question: What does the loss do at rate 0.1?
      choices:
        falls: It falls.
        explodes: It **explodes**.
        stays: It stays.
      outcomes:
        falls: loss < 247500
        explodes: diverged
        stays: otherwise
      run: |
        lr 0.1
        step 5
      explain: Too large a rate overshoots.
      ```

      """)
    #expect(
      block
        == CheckedBlock(
          id: "big-rate",
          kind: .predict(
            Prediction(
              prompt: "What does the loss do at rate 0.1?",
              outcome: .choice(
                choices: [
                  Choice(key: "falls", text: "It falls."),
                  Choice(key: "explodes", text: "It explodes.", position: 1),
                  Choice(key: "stays", text: "It stays.", position: 2),
                ],
                conditions: [
                  "falls": "loss < 247500", "explodes": "diverged", "stays": "otherwise",
                ]),
              run: ["lr 0.1", "step 5"])),
          explanation: "Too large a rate overshoots.", line: 9))
  }

  @Test func predictWithAMeasureIsANumberWithinTenPercentByDefault() throws {
    let block = try Self.onlyBlock(
      """
      ```predict
      id: first-step-m
      question: What will m be after one epoch?
      measure: m
      run: step
      explain: m = 0 - 0.01 * (-3300) = 33.
      ```

      """)
    #expect(
      block
        == CheckedBlock(
          id: "first-step-m",
          kind: .predict(
            Prediction(
              prompt: "What will m be after one epoch?",
              outcome: .number(measure: "m", tolerance: .relative(0.1)), run: ["step"])),
          explanation: "m = 0 - 0.01 * (-3300) = 33.", line: 9))
    let absolute = try Self.onlyBlock(
      "```predict\nid: p\nquestion: Q?\nmeasure: c\ntolerance: 0.5\nrun: [step, step]\n```\n")
    #expect(
      absolute.kind
        == .predict(
          Prediction(
            prompt: "Q?", outcome: .number(measure: "c", tolerance: .absolute(0.5)),
            run: ["step", "step"])))
  }

  @Test func checkedBlocksKeepTheirStepAndFileOrder() throws {
    let lesson = try Self.parse(
      Self.lessonText(
        """
        ## One

        ```task
        id: t
        goal: G
        when: epoch >= 1
        solution: step
        ```

        ## Two

        ```ask
        id: a
        question: Q?
        number: 1
        ```
        ```exercise
        id: e
        prompt: P
        answer: m
        ```

        """))
    #expect(lesson.steps.map { $0.checks.map(\.directive) } == [["task"], ["ask", "exercise"]])
    #expect(lesson.checkedBlocks.map(\.line) == [9, 18, 23])
    #expect(lesson.checkedBlocks.map(\.prompt) == ["G", "Q?", "P"])
  }
}
