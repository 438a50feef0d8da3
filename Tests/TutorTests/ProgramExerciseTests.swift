import Descent
import Testing

@testable import Tutor

/// Exercises answered with Python: a loop or a function, run with the reference from the
/// same states and compared name by name.
@Suite struct ProgramExerciseTests {
  /// One pass of the course's loop at L = 0.0001 on the houses (X = 1…5, Y = 150·X), from
  /// m = c = 0: D_m = −2/5 · ΣXY = −2/5 · 8250 = −3300 and D_c = −2/5 · ΣY = −2/5 · 2250 =
  /// −900, so the pass ends at m = 0.33, c = 0.09.
  static let reference = """
    for i in range(1):
        Y_pred = m*X + c
        D_m = (-2/n) * sum(X * (Y - Y_pred))
        D_c = (-2/n) * sum(Y - Y_pred)
        m = m - 0.0001 * D_m
        c = c - 0.0001 * D_c
    """

  static let ascent = reference.replacing("m = m - ", with: "m = m + ")
    .replacing("c = c - ", with: "c = c + ")

  static func block(compared: [String] = ["m", "c"], mistakes: [KnownMistake] = []) -> CheckedBlock {
    CheckedBlock(
      id: "loop",
      kind: .exercise(
        Exercise(
          prompt: "Write one pass.", program: reference, compared: compared,
          states: StateSpace(ranges: [("m", -5, 5), ("c", -5, 5)], count: 4))),
      mistakes: mistakes)
  }

  let checker = AnswerChecker()

  @Test func theReferenceEndsWhereTheHandCalculationDoes() throws {
    let values = try AnswerChecker.programValues(
      Self.reference, targets: ["m", "c"], on: Session().workspace
    ).get()
    guard case .number(let m)? = values["m"], case .number(let c)? = values["c"] else {
      Issue.record("not numbers: \(values)")
      return
    }
    #expect(abs(m - 0.33) < 1e-15)
    #expect(abs(c - 0.09) < 1e-15)
  }

  @Test(arguments: [
    // numpy's spellings, a while loop, a function, augmented and tuple assignment.
    """
    for i in range(1):
        err = Y - (m*X + c)
        m, c = m + 0.0001 * 2 * np.mean(X * err), c + 0.0001 * 2 * np.mean(err)
    """,
    """
    i = 0
    while i < 1:
        D_m = -2 * X.dot(Y - (m*X + c)) / len(X)
        D_c = -2 * np.sum(Y - (m*X + c)) / X.shape[0]
        m -= 0.0001 * D_m
        c -= 0.0001 * D_c
        i += 1
    """,
    """
    def gradients(m, c):
        residual = Y - (m * X + c)
        return -2 * np.mean(X * residual), -2 * np.mean(residual)

    D_m, D_c = gradients(m, c)
    m = m - 0.0001 * D_m
    c = c - 0.0001 * D_c
    """,
    // Indented under answer:, as typed at the prompt.
    """
        for i in range(1):
            Y_pred = m*X + c
            m, c = m - 0.0001 * (-2/n) * sum(X * (Y - Y_pred)), c - 0.0001 * (-2/n) * sum(Y - Y_pred)
    """,
  ])
  func programsThatComputeTheSamePass(answer: String) {
    let verdict = checker.check(Self.block(), answer: answer, in: Session().workspace)
    #expect(verdict.passed, "\(verdict.feedback)")
    #expect(verdict.feedback == ["right: it agrees with the reference on 5 states of the session"])
  }

  @Test func aLoopThatClimbsGetsACounterexampleAndItsMistake() {
    let plain = checker.check(Self.block(), answer: Self.ascent, in: Session().workspace)
    #expect(!plain.passed)
    #expect(plain.counterexample?.sentence == "at m = 0, c = 0 your m is -0.33; expected 0.33")
    let named = checker.check(
      Self.block(mistakes: [
        KnownMistake(answer: Self.ascent, feedback: "Descent subtracts.", name: "ascent")
      ]), answer: Self.ascent, in: Session().workspace)
    #expect(named.misconception == "ascent")
    #expect(
      named.feedback == ["at m = 0, c = 0 your m is -0.33; expected 0.33", "Descent subtracts."])
  }

  @Test func copiedNumbersPassOnlyWhereTheyWereCopied() {
    let verdict = checker.check(
      Self.block(), answer: "m = 0.33\nc = 0.09", in: Session().workspace)
    #expect(!verdict.passed)
    // Right on the session's own state, wrong on the first random one.
    #expect(verdict.counterexample != nil)
    #expect(verdict.counterexample?.state != ["m = 0", "c = 0"])
  }

  @Test func codeThatDoesNotParseIsShownWithTheCaret() {
    let verdict = checker.check(
      Self.block(), answer: "for i in range(1)\n    m = 1", in: Session().workspace)
    #expect(verdict.isUnreadable)
    #expect(verdict.feedback.count == 1)
    #expect(verdict.feedback[0].hasPrefix("line 1:"), "\(verdict.feedback)")
    #expect(verdict.feedback[0].contains("for i in range(1)\n"), "\(verdict.feedback)")
  }

  @Test func aLoopThatNeverEndsIsStoppedByTheBudget() {
    let verdict = checker.check(
      Self.block(), answer: "while True:\n    m = m", in: Session().workspace)
    #expect(!verdict.passed)
    #expect(
      verdict.feedback == [
        "at m = 0, c = 0: stopped after 200000 steps: the program ran too long (a loop that "
          + "never ends?)"
      ])
  }

  @Test func aComparedNameTheCodeNeverSetsIsNamed() {
    let verdict = checker.check(
      Self.block(compared: ["m", "losses"]), answer: Self.reference, in: Session().workspace)
    #expect(verdict.isUnreadable)
    #expect(verdict.feedback == ["this exercise's reference fails here: your code does not set losses"])
    let student = checker.check(
      Self.block(compared: ["m"]), answer: "D_m = 1", in: Session().workspace)
    // m is the session's own name, so it is always set: the student's code left it at 0.
    #expect(student.counterexample?.sentence == "at m = 0, c = 0 your m is 0; expected 0.33")
  }

  @Test func anErrorInTheStudentsCodeNamesTheStateAndTheError() {
    let verdict = checker.check(
      Self.block(), answer: "m = m - 0.0001 * D_q", in: Session().workspace)
    #expect(!verdict.passed)
    #expect(verdict.feedback.first?.hasPrefix("at m = 0, c = 0: ") == true, "\(verdict.feedback)")
    #expect(verdict.feedback.first?.contains("D_q") == true, "\(verdict.feedback)")
  }

  // MARK: - In a lesson

  static let lessonText = """
    ---
    format: 1
    id: own-loop
    title: Your own loop
    summary: One pass of the course's loop, written as a program.
    dataset: houses
    model: linear
    learning-rate: 0.0001
    parameters:
      m: 0
      c: 0
    ---

    # Your own loop

    ## One pass
    <!-- id: one-pass -->

    Write one pass of the course's loop.

    ```exercise
    id: loop
    prompt: Write one pass at L = 0.0001.
    program: |
      for i in range(1):
          Y_pred = m*X + c
          D_m = (-2/n) * sum(X * (Y - Y_pred))
          D_c = (-2/n) * sum(Y - Y_pred)
          m = m - 0.0001 * D_m
          c = c - 0.0001 * D_c
    compare: [m, c]
    mistakes:
      - answer: |
          for i in range(1):
              Y_pred = m*X + c
              D_m = (-2/n) * sum(X * (Y - Y_pred))
              D_c = (-2/n) * sum(Y - Y_pred)
              m = m + 0.0001 * D_m
              c = c + 0.0001 * D_c
        say: Descent subtracts the gradient.
        name: ascent
    ```
    """

  static func opened() throws -> Session {
    try Session.opening(
      try LessonParser.parse(lessonText, file: "own-loop.md"), loader: .builtInOnly,
      options: LessonOptions(clock: { 1000 }))
  }

  @Test func anAnswerBlockIsTheLinesUnderAnswerUntilABlankLine() throws {
    var session = try Self.opened()
    for line in ["answer:", "    for i in range(1):", "        Y_pred = m*X + c"] {
      #expect(session.apply(line: line).events == [.continuing])
      #expect(session.awaitsMoreInput)
    }
    for line in [
      "        m = m - 0.0001 * (-2/n) * sum(X * (Y - Y_pred))",
      "        c = c - 0.0001 * (-2/n) * sum(Y - Y_pred)",
    ] {
      session.apply(line: line)
    }
    let output = session.apply(line: "").lines
    #expect(output.first == "✓ right: it agrees with the reference on 5 states of the session")
    #expect(!session.awaitsMoreInput)
    #expect(session.lesson?.progress.answers["loop"]?.verdict == .passed)
    // The student's code ran in the session: the model is where one pass leaves it.
    #expect(abs(session.workspace.run.trainer.rawParameters[0] - 0.33) < 1e-12)
    #expect(session.transcript.last?.input.hasPrefix("answer:\n    for i in range(1):") == true)
  }

  @Test func answerAloneOpensABlockOnlyForAProgram() throws {
    var session = try Self.opened()
    #expect(session.apply(line: "answer").events == [.continuing])
    session.abandonBlock()
    #expect(!session.awaitsMoreInput)
    // Without a program exercise open, answer alone still asks for the answer.
    var plain = Session()
    #expect(plain.apply(line: "answer").failure != nil)
  }

  @Test func aWrongLoopInTheLessonGetsTheCounterexampleAndTheLessonsWords() throws {
    var session = try Self.opened()
    let typed = ["answer:"] + Self.ascent.split(separator: "\n").map { "    " + $0 } + [""]
    var output: [String] = []
    for line in typed { output = session.apply(line: line).lines }
    #expect(
      output.prefix(2) == [
        "✗ at m = 0, c = 0 your m is -0.33; expected 0.33", "  Descent subtracts the gradient.",
      ], "\(output)")
  }

  @Test func lintNamesAProgramThatDoesNotParseAndAMissingCompare() {
    let broken = Self.lessonText.replacing("  for i in range(1):\n      Y_pred", with: "  for i in range(1)\n      Y_pred")
    let problems = LessonLintTests.lint(broken)
    #expect(problems.contains { $0.contains("line 1 of program:") }, "\(problems)")
    let uncompared = Self.lessonText.replacing("compare: [m, c]\n", with: "")
    #expect(
      LessonLintTests.lint(uncompared).contains {
        $0.contains("a program exercise needs compare:")
      })
  }

  @Test func lintRefusesAMistakeThatPasses() {
    let text = Self.lessonText.replacing("m = m + 0.0001", with: "m = m - 0.0001")
      .replacing("c = c + 0.0001", with: "c = c - 0.0001")
    #expect(
      LessonLintTests.lint(text).contains { $0.contains("accepts its known mistake") },
      "\(LessonLintTests.lint(text))")
    #expect(LessonLintTests.lint(Self.lessonText) == [])
  }
}

/// The course's three practice exercises, as the lessons ask them: a student's own
/// spelling of the loop passes, a wrong loop gets a counterexample.
@Suite struct PracticeExerciseTests {
  /// The lesson opened and walked, with the lesson's own answers, to the block `id`.
  static func session(at id: String, in lessonID: String) throws -> Session {
    let library = CurriculumTests.library
    let file = try library.resolve(lessonID)
    var session = try Session.opening(library.load(file), loader: library.loader(forLessonAt: file))
    var guardSteps = 0
    while let runner = session.lesson, guardSteps < 100 {
      guardSteps += 1
      guard let block = runner.openBlock else {
        session.apply(line: "next")
        continue
      }
      if block.id == id { return session }
      switch block.kind {
      case .task(let task):
        for command in task.solution { session.apply(line: command) }
        if session.lesson?.openBlock?.id == block.id { session.apply(line: "check") }
      case .predict(let prediction):
        if case .choice(let choices, _) = prediction.outcome {
          session.apply(line: "answer " + (choices.first?.label ?? "a"))
        } else {
          session.apply(line: "answer 1")
        }
      case .ask, .exercise:
        session.answer(LessonLinter.ownAnswer(block))
      }
    }
    throw CancellationError()
  }

  /// Types `code` as the student would: answer:, the code indented, a blank line.
  static func answer(_ code: String, in session: inout Session) -> [String] {
    var output: [String] = []
    let lines = ["answer:"] + code.split(separator: "\n").map { "    " + $0 } + [""]
    for line in lines { output = session.apply(line: line).lines }
    return output
  }

  @Test func theLogisticLoopInNumpysSpelling() throws {
    var session = try Self.session(at: "own-loop", in: "logistic-regression")
    let wrong = Self.answer(
      """
      lr = 0.3
      for epoch in range(100):
          p = 1 / (1 + np.exp(-(X.dot(w) + b)))
          w = w + lr * np.dot(X.T, p - Y) / len(Y)
          b = b + lr * np.mean(p - Y)
      """, in: &session)
    #expect(wrong.first?.hasPrefix("✗ ") == true, "\(wrong)")
    #expect(wrong.first?.contains("your w[0] is ") == true, "\(wrong)")
    #expect(wrong.contains("  Your loop climbs the loss - w + lr*dw moves with the gradient. Descent subtracts it."), "\(wrong)")
    let right = Self.answer(
      """
      lr = 0.3
      epochs = 100
      for epoch in range(epochs):
          p = 1 / (1 + np.exp(-(X.dot(w) + b)))
          error = p - Y
          w = w - lr * np.dot(X.T, error) / len(Y)
          b -= lr * np.mean(error)
      """, in: &session)
    #expect(right.first == "✓ right: it agrees with the reference on 5 states of the session", "\(right)")
  }

  @Test func aSweepOfRatesWithTheSessionsLoss() throws {
    var session = try Self.session(at: "rate-sweep", in: "learning-rate")
    let stale = Self.answer(
      """
      losses = []
      for L in [0.001, 0.01, 0.05]:
          m, c = 0, 0
          for i in range(100):
              Y_pred = m*X + c
              m = m - L * (-2/n) * sum(X * (Y - Y_pred))
              c = c - L * (-2/n) * sum(Y - Y_pred)
          losses.append(np.mean((Y - Y_pred)**2))
      """, in: &session)
    #expect(stale.first?.hasPrefix("✗ ") == true, "\(stale)")
    #expect(stale.first?.contains("your losses[") == true, "\(stale)")
    let right = Self.answer(
      """
      losses = []
      for rate in [0.001, 0.01, 0.05]:
          L = rate
          m, c = 0, 0
          for i in range(100):
              Y_pred = m*X + c
              D_m = -2 * np.mean(X * (Y - Y_pred))
              D_c = -2 * np.mean(Y - Y_pred)
              m, c = m - L * D_m, c - L * D_c
          losses.append(loss)
      """, in: &session)
    #expect(right.first == "✓ right: it agrees with the reference on 5 states of the session", "\(right)")
  }

  @Test func xorFromScratchAndTheTanhSlopeForgotten() throws {
    var session = try Self.session(at: "from-scratch", in: "neural-network")
    let hidden = try #require(session.workspace.run.trainer.model.layout.entry(named: "b1")?.shape.first)
    let network = """
      np.random.seed(0)
      W1 = np.random.randn(\(hidden), 2)
      b1 = np.zeros(\(hidden))
      W2 = np.random.randn(1, \(hidden))
      b2 = np.zeros(1)
      def forward(X):
          h = np.tanh(X @ W1.T + b1)
          return h, sigmoid(h @ W2[0] + b2[0])
      for epoch in range(100):
          h, p = forward(X)
          delta = (p - Y) / len(Y)
          gW2 = delta @ h
          gb2 = delta.sum()
          back = np.outer(delta, W2[0]) * SLOPE
          W1 = W1 - 1.0 * back.T @ X
          b1 = b1 - 1.0 * back.sum(axis=0)
          W2 = W2 - 1.0 * gW2
          b2 = b2 - 1.0 * gb2
      """
    let skipped = Self.answer(network.replacing(" * SLOPE", with: ""), in: &session)
    #expect(skipped.first?.hasPrefix("✗ ") == true, "\(skipped)")
    #expect(skipped.first?.contains("your W1[") == true, "\(skipped)")
    #expect(
      skipped.contains("  The gradient must pass through the tanh - multiply d1 by its slope, 1 - h1**2."),
      "\(skipped)")
    let right = Self.answer(network.replacing("SLOPE", with: "(1 - h**2)"), in: &session)
    #expect(right.first == "✓ right: it agrees with the reference on 5 states of the session", "\(right)")
    // The network the student's loop trained has learned XOR.
    guard case .number(let loss)? = try? session.workspace.value(of: "loss") else {
      Issue.record("no loss")
      return
    }
    #expect(loss < 0.05)
  }
}

/// A lesson's prose keeps Python's power where code sits tight around it, and drops
/// bold's marks elsewhere: `1 - h1**2` read as `1 - h12` before.
@Test func prosePowersAreNotBold() {
  #expect(
    LessonScanner.plain("multiply by 1 - h1**2, **not** 1 - h1; (Y - p)**2 and `x**2`")
      == "multiply by 1 - h1**2, not 1 - h1; (Y - p)**2 and x**2")
  #expect(LessonScanner.plain("**Note**: a**b**") == "Note: a**b")
}

/// A class's programs graded from their submission files: the fenced block's lines and
/// indentation are the program, and an exported answer reads back the same.
@Suite struct ProgramSubmissionTests {
  static func grade(_ code: String) throws -> BlockGrade {
    let lesson = try LessonParser.parse(ProgramExerciseTests.lessonText, file: "own-loop.md")
    let text = Submission.text(
      lesson: "own-loop", student: "Ada", answers: [(id: "loop", text: code)])
    let submission = try Submission.parse(text, file: "ada.md")
    #expect(submission.answers["loop"]?.code == code)
    let graded = Grader(lesson: lesson, loader: .builtInOnly).grade(submission)
    return try #require(graded.grades.first { $0.id == "loop" })
  }

  @Test func aRightProgramPassesAndAClimbingOneIsNamed() throws {
    let right = try Self.grade(
      """
      for i in range(1):
          err = Y - (m * X + c)
          m = m + 0.0001 * 2 * np.mean(X * err)
          c = c + 0.0001 * 2 * np.mean(err)
      """)
    #expect(right.status == .passed, "\(right.feedback)")
    let wrong = try Self.grade(ProgramExerciseTests.ascent)
    #expect(wrong.status == .failed)
    #expect(wrong.misconception == "ascent")
    #expect(wrong.counterexample?.sentence == "at m = 0, c = 0 your m is -0.33; expected 0.33")
  }

  @Test func aRunawayLoopFailsWithItsSentence() throws {
    let grade = try Self.grade("while True:\n    pass")
    #expect(grade.status == .failed)
    #expect(
      grade.feedback == [
        "at m = 0, c = 0: stopped after 200000 steps: the program ran too long (a loop that "
          + "never ends?)"
      ])
  }
}

extension ProgramExerciseTests {
  /// A loop worked out at the prompt (where it trains the session) is what `check` grades.
  @Test func checkGradesTheLastBlockRunAtThePrompt() throws {
    var session = try Self.opened()
    session.apply(line: "for i in range(1):")
    session.apply(line: "    Y_pred = m*X + c")
    session.apply(line: "    m = m - 0.0001 * (-2/n) * sum(X * (Y - Y_pred))")
    session.apply(line: "    c = c - 0.0001 * (-2/n) * sum(Y - Y_pred)")
    session.apply(line: "")
    // The pass trained the session: m moved to 0.33.
    #expect(abs(session.workspace.run.trainer.rawParameters[0] - 0.33) < 1e-12)
    let output = session.apply(line: "check").lines
    #expect(output.first == "checking the code you ran last (for i in range(1): …)", "\(output)")
    #expect(output.dropFirst().first == "✓ right: it agrees with the reference on 5 states of the session", "\(output)")
  }
}

/// A student's own loop is training: a `by: training` task is met by its passes, as by
/// `step`, and the goal is checked after every pass.
@Test func aStudentsLoopMeetsATrainingTask() throws {
  let text = """
    ---
    format: 1
    id: loop-task
    title: A loop's goal
    summary: A goal reached by a loop the student writes.
    dataset: houses
    model: linear
    learning-rate: 0.01
    parameters:
      m: 0
      c: 0
    ---

    # A loop's goal

    ## Train
    <!-- id: train -->

    Train with your own loop.

    ```task
    id: goal
    goal: Get the loss below 200.
    when: loss < 200
    solution: |
      step 50
    ```
    """
  var session = try Session.opening(
    try LessonParser.parse(text, file: "loop-task.md"), loader: .builtInOnly,
    options: LessonOptions(clock: { 1000 }))
  #expect(session.workspace.run.provenance == .start)
  let lines = [
    "for i in range(50):", "    Y_pred = m*X + c",
    "    m = m - L * (-2/n) * sum(X * (Y - Y_pred))", "    c = c - L * (-2/n) * sum(Y - Y_pred)",
    "",
  ]
  var output: [String] = []
  for line in lines { output = session.apply(line: line).lines }
  #expect(session.workspace.run.provenance == .trained)
  // numpy, the same 50 passes from m = c = 0 at 0.01: np.mean((Y - (m*X + c))**2) = 193.15998…
  guard case .number(let loss)? = try? session.workspace.value(of: "loss") else {
    Issue.record("no loss")
    return
  }
  #expect(abs(loss - 193.15998201726737) < 1e-9)
  #expect(session.lesson?.progress.answers["goal"]?.verdict == .passed, "\(output)")
}
