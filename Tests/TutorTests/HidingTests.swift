import Descent
import Testing

@testable import Tutor

/// What an open block hides (`hides:`), and the linter's search of the screen for an
/// answer it shows while the question is asked.
@Suite struct HidingTests {
  /// A one-step lesson on the houses asking for the loss at m = c = 0 (247500: the mean of
  /// the squared prices), with `extra` lines in its ask block and `prose` above it.
  static func lossLesson(extra: String = "", prose: String = "The line starts flat.") -> String
  {
    LessonParserTests.lessonText(
      """
      ## Start
      <!-- id: start -->

      \(prose)

      ```ask
      id: start-loss
      question: What is the loss now?
      number: mean(Y**2)
      tolerance: 0.5
      \(extra)
      ```

      """, header: "views: [fit, loss]\n")
  }

  static func opened(_ text: String) throws -> Session {
    let lesson = try LessonParserTests.parse(text)
    return try Session.opening(lesson, loader: .builtInOnly)
  }

  static func statusParts(_ session: Session) -> [String] {
    StatusLine(style: Layout().style).statusParts(
      session: session, pane: nil, hidden: session.lesson?.hiddenOnScreen ?? []
    ).map(\.text)
  }

  // MARK: - Reading hides:

  @Test func hidesIsReadAsASetOfScreenValues() throws {
    let lesson = try LessonParserTests.parse(Self.lossLesson(extra: "hides: [loss, grad]"))
    #expect(lesson.block(id: "start-loss")?.hides == [.loss, .grad])
  }

  @Test func somethingTheScreenCannotHideIsAProblemAtItsLine() {
    // Front matter 1–7 (views: adds a line), "## Start" 8, fence 13, hides: on line 18.
    #expect(
      LessonParserTests.problems(Self.lossLesson(extra: "hides: [loss, weights]")) == [
        "lesson.md:18:15: 'weights' is not something the screen can hide: use loss, grad, params"
      ])
  }

  // MARK: - The screen

  @Test func theStatusLineAndTheLossCurveKeepTheLossBackUntilTheBlockCloses() throws {
    var session = try Self.opened(Self.lossLesson(extra: "hides: [loss]"))
    #expect(Self.statusParts(session).contains("loss ?"))
    let screen = Layout().render(
      session: session, pane: session.lessonPane, prompt: PromptLine(text: ""), footer: nil,
      width: 120, height: 36
    ).frame.plainText
    #expect(!screen.contains("247500"))
    #expect(screen.contains("(hidden until you answer: this view would show the loss"))
    session.apply(line: "answer 247500")
    #expect(Self.statusParts(session).contains("loss 247500"))
  }

  @Test func withoutHidesTheStatusLineShowsTheLoss() throws {
    let session = try Self.opened(Self.lossLesson())
    #expect(Self.statusParts(session).contains("loss 247500"))
  }

  @Test func theGraphViewHidesGradientsAndParametersValueByValue() {
    var session = Session()
    session.apply(line: "model function (w*3 + b - 6)**2")
    session.apply(line: "w = 0.5")
    session.apply(line: "b = -0.3")
    session.apply(line: "backstep")
    var pictures = Pictures(session.workspace)
    // f = (1.5 - 0.3 - 6)² = 23.04; its gradient 1 once the pass starts.
    let shown = pictures.graphLines()
    #expect(shown.contains { $0.hasPrefix("w") && $0.contains("0.5") })
    #expect(shown.contains { $0.contains("23.04") })
    pictures.hidden = [.grad, .params, .loss]
    let hidden = pictures.graphLines()
    let rows = hidden.dropFirst(2)
    #expect(rows.allSatisfy { $0.split(separator: " ").last == "?" || $0.contains("← next") })
    #expect(!hidden.joined().contains("0.5"))
    #expect(!hidden.joined().contains("23.04"))
    #expect(hidden.contains { $0.hasPrefix("3.0 ") && $0.contains(" 3 ") })
    #expect(hidden[0] == "f = (w*3 + b - 6)**2")
  }

  // MARK: - The linter's search

  @Test func lintFindsTheAnswerOnTheStatusLineAndSaysWhatToHide() {
    #expect(
      LessonLintTests.lint(Self.lossLesson()) == [
        "lesson.md:13:1: the status line shows 247500, the answer to 'start-loss', while it is "
          + "asked: add hides: [loss] to the block, or show less in the step"
      ])
    #expect(LessonLintTests.lint(Self.lossLesson(extra: "hides: [loss]")).isEmpty)
  }

  @Test func anAnswerTheProseStatesIsNoLeak() {
    #expect(
      LessonLintTests.lint(Self.lossLesson(prose: "The loss is 247500; check it yourself."))
        .isEmpty)
  }

  @Test func aRunThatPrintsTheAnswerIsALeakNoHidingCures() {
    let text = LessonParserTests.lessonText(
      """
      ## Train
      <!-- id: train -->

      ```run
      step 3
      m
      ```

      ```ask
      id: slope
      question: What is m now?
      number: m
      tolerance: 0.0001
      ```

      """)
    let problems = LessonLintTests.lint(text)
    #expect(problems.count == 1)
    #expect(
      problems.first?.hasPrefix("lesson.md:15:1: the output of the step's run block shows ")
        == true)
    #expect(
      problems.first?.hasSuffix(
        "the answer to 'slope', while it is asked: change the step so that it does not show "
          + "the answer") == true)
  }

  // MARK: - Reading numbers off a screen

  @Test func numbersAreReadAsAScreenWritesThem() {
    let numbers = ScreenNumber.all(in: "loss 247500 · w -28.8 x1 W2[0] 2.5e-3 247.5k −9.6 0.50 1.")
    #expect(numbers.map(\.value) == [247500, -28.8, 0, 0.0025, 247500, -9.6, 0.5, 1])
    #expect(numbers.map(\.significantDigits) == [4, 3, 0, 2, 4, 2, 1, 1])
  }

  @Test func aNumberShowsAnAnswerWithinItsToleranceOrAsItsRounding() {
    let rounded = ScreenNumber.all(in: "2.98465")[0]
    #expect(rounded.shows(95.30 / 31.93, within: .absolute(1e-9)))
    #expect(!rounded.shows(2.99, within: .absolute(0.001)))
    let short = ScreenNumber.all(in: "3")[0]
    #expect(!short.shows(3, within: .absolute(0.5)))
    let twoDigits = ScreenNumber.all(in: "-9.6")[0]
    #expect(twoDigits.shows(-9.6, within: .absolute(0.001)))
    #expect(!twoDigits.shows(-9.61, within: .absolute(0.001)))
  }
}

/// The backward pass stepped through with `backstep`: it ends with every gradient shown,
/// and `reset` starts it over.
@Suite struct BackwardPassTests {
  /// f = (w*3 + b - 6)² at w = 0.5, b = -0.3: e = -4.8, so ∂f/∂w = 2e·3 = -28.8 and
  /// ∂f/∂b = 2e = -9.6.
  static func neuron() -> Session {
    var session = Session()
    session.apply(line: "model function (w*3 + b - 6)**2")
    session.apply(line: "w = 0.5")
    session.apply(line: "b = -0.3")
    return session
  }

  static func gradientColumn(_ session: Session) -> [String] {
    Pictures(session.workspace).graphLines().dropFirst(2).map {
      String($0.split(separator: " ", omittingEmptySubsequences: true).last ?? "")
    }
  }

  @Test func aBackstepPastTheEndKeepsEveryGradient() {
    var session = Self.neuron()
    var finished = false
    for _ in 0..<20 where !finished {
      finished = session.apply(line: "backstep").lines.first?.hasPrefix(
        "the backward pass is finished") == true
    }
    #expect(finished)
    let done = Self.gradientColumn(session)
    #expect(done.first == "-28.8" && done[1] == "-9.6" && done.last == "1")
    #expect(
      session.apply(line: "backstep").lines == [
        "the backward pass is finished; every node holds its gradient (reset starts it again)"
      ])
    #expect(Self.gradientColumn(session) == done)
  }

  @Test func resetStartsThePassOverEvenWhereNothingMoved() {
    var session = Self.neuron()
    session.apply(line: "backstep")
    session.apply(line: "backstep")
    #expect(Self.gradientColumn(session).last == "1")
    session.apply(line: "reset")
    #expect(Self.gradientColumn(session).allSatisfy { $0 == "·" })
  }
}
