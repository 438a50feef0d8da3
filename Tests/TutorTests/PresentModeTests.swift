import Foundation
import TermPlot
import TestSupport
import Testing

@testable import Tutor

/// `downhill present`: the presenter's keys, autoplay's pacing and animation, and the
/// wording of a screen that has no prompt.
@Suite struct PresentModeTests {
  /// The repository's lessons folder.
  static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")
    .path

  /// A presentation of `lesson`, monochrome and ASCII so screens compare as plain text.
  static func presentation(_ lesson: String, autoplay: Double? = nil) -> TutorialApp {
    TutorialApp(
      configuration: TutorialApp.Configuration(
        library: LessonLibrary(directory: lessons),
        style: ChartStyle(theme: .monochrome, tier: .ascii), lesson: lesson,
        presentation: true, autoplay: autoplay))
  }

  static func screen(_ app: TutorialApp, width: Int = 100, height: Int = 30) -> String {
    app.render(width: width, height: height).frame.plainText
  }

  static func lastRow(_ app: TutorialApp, width: Int = 100, height: Int = 30) -> String {
    let rows = screen(app, width: width, height: height).split(
      separator: "\n", omittingEmptySubsequences: false)
    return rows.last { !$0.isEmpty }.map(String.init) ?? ""
  }

  /// Walks `app` to step `id`: each open block answered with the lesson's own answer, then
  /// the next step, with no animation (as the tutorial does).
  static func walk(_ app: inout TutorialApp, to id: String) {
    while app.session?.lesson?.step.id != id, app.session?.isFinished == false {
      var session = app.session
      if session?.lesson?.openBlock != nil {
        _ = session?.presentOpenBlock()
      } else {
        _ = session?.apply(.next)
      }
      app.session = session
    }
  }

  /// Presses `key` `count` times at time 0.
  static func press(_ key: Key, _ count: Int, in app: inout TutorialApp) {
    for _ in 0..<count { _ = app.handle(key, now: 0) }
  }

  // MARK: - Keys

  @Test func pPlaysTheTrainingAndPAgainPausesIt() {
    var app = Self.presentation("linear-regression")
    _ = app.handle(.character("p"), now: 10)
    #expect(app.session?.isPlaying == true)
    #expect(Self.lastRow(app).hasPrefix("playing | space pause | Enter/Right next"))
    // Ten epochs a second: half a second is five.
    app.tick(now: 10.5)
    #expect(app.session?.run.epoch == 5)
    _ = app.handle(.character("p"), now: 10.6)
    #expect(app.session?.isPlaying == false)
    #expect(app.secondsUntilTick(now: 11) == nil)
    app.tick(now: 12)
    #expect(app.session?.run.epoch == 5)
  }

  @Test func otherKeysLeavePlayGoing() {
    var app = Self.presentation("linear-regression")
    _ = app.handle(.character("p"), now: 0)
    _ = app.handle(.tab, now: 0.05)
    #expect(app.session?.isPlaying == true)
    _ = app.handle(.character(" "), now: 0.1)
    #expect(app.session?.isPlaying == false)
    #expect(app.session?.run.epoch == 0)
  }

  @Test func aPausesAutoplayAndResumesWithTheTimeItHadLeft() {
    var app = Self.presentation("linear-regression", autoplay: 2)
    app.tick(now: 100)
    #expect(Self.lastRow(app).hasPrefix("autoplay on | space epoch"))
    _ = app.handle(.character("a"), now: 101.5)
    #expect(app.autoplayPaused)
    #expect(app.secondsUntilTick(now: 101.5) == nil)
    #expect(Self.lastRow(app).hasPrefix("autoplay paused | space epoch"))
    #expect(Self.lastRow(app).contains("| a resume |"))
    app.tick(now: 200)
    #expect(app.session?.lesson?.progress.answers.isEmpty == true)
    _ = app.handle(.character("a"), now: 300)
    #expect(app.secondsUntilTick(now: 300) == 0.5)
    app.tick(now: 300.5)
    #expect(app.session?.lesson?.progress.answers["start-prediction"]?.verdict == .revealed)
  }

  @Test func theHelpHoldsPlayAndAutoplayUntilItCloses() {
    var app = Self.presentation("linear-regression", autoplay: 2)
    app.tick(now: 0)
    _ = app.handle(.character("p"), now: 0)
    app.tick(now: 0.2)
    #expect(app.session?.run.epoch == 2)
    _ = app.handle(.character("?"), now: 0.2)
    #expect(app.secondsUntilTick(now: 0.2) == nil)
    app.tick(now: 50)
    #expect(app.session?.run.epoch == 2)
    _ = app.handle(.character("x"), now: 60)
    #expect(app.session?.isPlaying == true)
    // Play goes on from the close; the time the help showed is not made up.
    app.tick(now: 60.1)
    #expect(app.session?.run.epoch == 3)
  }

  @Test func theHelpListsEveryKeyOfAPresentation() {
    var app = Self.presentation("linear-regression", autoplay: 2)
    _ = app.handle(.function(1), now: 0)
    Golden.check(Self.screen(app), named: "present-help-100x30")
  }

  // MARK: - Autoplay

  @Test func autoplayGivesTheNextQuestionItsOwnTimeAfterAnAnswer() throws {
    var app = Self.presentation("learning-rate", autoplay: 1)
    // To the zigzag step: two questions, the first a number.
    while app.session?.lesson?.step.id != "zigzag" { Self.press(.enter, 1, in: &app) }
    func question() -> [String] {
      app.session?.presentedPane(holdingQuestion: app.holdsNextQuestion)?.question ?? []
    }
    #expect(
      question().first
        == "Where will m be after one epoch at rate 0.08? Work it out. (keys: space epoch, p play)")
    app.tick(now: 0)
    app.tick(now: 1)
    // The answer shows alone: the prediction waits.
    let answer = try #require(app.session?.presentedPane(holdingQuestion: app.holdsNextQuestion))
    #expect(answer.finished?.feedback.first == "the answer: 264")
    #expect(answer.question.isEmpty)
    app.tick(now: 2)
    #expect(
      question().first
        == "While m swings back and forth, does the loss ever go up from one epoch to the next?")
    #expect(app.session?.lesson?.progress.answers["zigzag-loss"] == nil)
    app.tick(now: 3)
    #expect(app.session?.lesson?.progress.answers["zigzag-loss"]?.verdict == .revealed)
  }

  @Test func aThousandEpochsPlayThroughAndEndWhereTheCommandsLeftThem() throws {
    var app = Self.presentation("linear-regression")
    while app.session?.lesson?.step.id != "thousand-epochs" { Self.press(.enter, 1, in: &app) }
    // The step's `step 1000` is replayed from epoch 0, in about three seconds.
    #expect(app.session?.run.epoch == 0)
    #expect(app.session?.isPlaying == true)
    var now = 0.0
    var seen: [Int] = []
    while app.session?.isPlaying == true, now < 10 {
      now += 1.0 / 30
      app.tick(now: now)
      seen.append(app.session?.run.epoch ?? -1)
    }
    #expect(seen.last == 1000)
    #expect(seen.count >= 80 && seen.count <= 100, "\(seen.count) frames")
    var direct = TutorialApp(
      configuration: TutorialApp.Configuration(
        library: LessonLibrary(directory: Self.lessons), lesson: "linear-regression"))
    Self.walk(&direct, to: "thousand-epochs")
    let played = try #require(app.session?.run.trainer)
    let stepped = try #require(direct.session?.run.trainer)
    #expect(stepped.epoch == 1000)
    #expect(played.rawParameters == stepped.rawParameters)
    #expect(played.history.last == stepped.history.last)
  }

  @Test func goingOnDuringAnAnimationFinishesItFirst() {
    var app = Self.presentation("linear-regression")
    while app.session?.lesson?.step.id != "thousand-epochs" { Self.press(.enter, 1, in: &app) }
    app.tick(now: 0)
    app.tick(now: 0.5)
    Self.press(.enter, 1, in: &app)
    #expect(app.session?.run.epoch == 1000)
    #expect(app.session?.isPlaying == false)
    #expect(app.session?.lesson?.progress.answers["predict-six"]?.verdict == .revealed)
  }

  // MARK: - Wording

  @Test func theFirstScreenSaysTheKeysAndNoInstructionForAPrompt() {
    let app = Self.presentation("linear-regression", autoplay: 5)
    let screen = Self.screen(app)
    #expect(!screen.contains("Type show"))
    #expect(!screen.contains("answer with a letter"))
    Golden.check(screen, named: "present-first-step-100x30")
  }

  @Test func aRevealShowsTheValueOfItsFormula() {
    var app = Self.presentation("linear-regression")
    while app.session?.lesson?.step.id != "thousand-epochs" { Self.press(.enter, 1, in: &app) }
    Self.press(.enter, 1, in: &app)
    let screen = Self.screen(app)
    #expect(screen.contains("the answer: 6*m + c = 899.136"), "\(screen)")
    #expect(!screen.contains("at the prompt"), "\(screen)")
    Golden.check(screen, named: "present-reveal-100x30")
  }

  @Test func aRewordedStepNamesThePresentersKeys() {
    var app = Self.presentation("learning-rate")
    while app.session?.lesson?.step.id != "zigzag" { Self.press(.enter, 1, in: &app) }
    Self.press(.enter, 2, in: &app)
    // The prediction's `step 60` plays through before the screen is kept.
    var now = 0.0
    while app.session?.isPlaying == true, now < 10 {
      now += 0.1
      app.tick(now: now)
    }
    #expect(app.session?.run.epoch == 60)
    Golden.check(Self.screen(app), named: "present-reworded-100x30")
  }

  @Test func theSummaryShowsTheValuesPresented() {
    var app = Self.presentation("linear-regression")
    while app.session?.lesson?.step.id != "summary" { Self.press(.enter, 1, in: &app) }
    let screen = Self.screen(app, width: 160, height: 40)
    #expect(screen.contains("Your first gradient by hand: D_m = -3300."), "\(screen)")
    #expect(!screen.contains("(revealed)"), "\(screen)")
  }

  @Test func aPredictionIsAskedWithoutNamingAChoice() throws {
    var tutorial = TutorialApp(
      configuration: TutorialApp.Configuration(
        library: LessonLibrary(directory: Self.lessons), lesson: "learning-rate"))
    Self.walk(&tutorial, to: "zigzag")
    let session = try #require(tutorial.session)
    let runner = try #require(session.lesson)
    let block = try #require(runner.step.checks.first { $0.id == "zigzag-loss" })
    #expect(
      runner.questionLines(block, in: session.workspace).last
        == "(predict first: answer followed by a letter)")
    #expect(
      runner.questionLines(block, in: session.workspace, presenting: true).last
        == "(predict, then Enter runs it and shows what happens)")
  }

  // MARK: - Presenter wording

  @Test func instructionsToThePromptBecomeKeys() {
    let cases: [(String, String)] = [
      ("Five houses. Type show data to see the table.", "Five houses."),
      ("Type view landscape to see the path.", "(keys: Tab views)"),
      ("Work it out, then type step.", "Work it out. (keys: space epoch, p play)"),
      (
        "Type step a few more times - m swings to 28.8, 239.3, 51.8, ... from one side.",
        "m swings to 28.8, 239.3, 51.8, ... from one side. (keys: space epoch, p play)"
      ),
      (
        "Twelve flats from 32 to 140 m² (type show data). They cost more.",
        "Twelve flats from 32 to 140 m². They cost more."
      ),
      (
        "Rate 0.05 gets below 1 in 165 epochs - type lr 0.05, then step 200.",
        "Rate 0.05 gets below 1 in 165 epochs. (keys: +/- rate, space epoch, p play)"
      ),
      (
        "Can you? Try a larger rate, such as lr 0.05 (a new rate starts over), then step 200.",
        "Can you? (keys: +/- rate, space epoch, p play)"
      ),
      ("At the prompt, mean(Y*Y) computes it. Done.", "Done."),
      ("About 899.1. Type 6*m + c at the prompt to see it exactly.", "About 899.1."),
      (
        "The type of model matters. Its rate is 0.01.",
        "The type of model matters. Its rate is 0.01."
      ),
    ]
    for (text, expected) in cases {
      #expect(PresenterWording.rewritten(text) == expected, "\(text)")
    }
  }

  @Test func sentencesSplitAtStopsFollowedBySpaceOnly() {
    #expect(
      PresenterWording.sentences(of: "Rate 0.05 works. (It did.) Next?")
        == ["Rate 0.05 works. ", "(It did.) ", "Next?"])
  }

  // MARK: - Key bar

  @Test func theKeyBarDropsWholeEntriesLeastImportantFirst() {
    let bar = KeyBar(entries: [
      .init("space epoch", importance: 9), .init("Tab views", importance: 2),
      .init("^R rewind", importance: 1), .init("^Q quit", importance: 8),
    ])
    #expect(bar.text(width: 80) == "space epoch · Tab views · ^R rewind · ^Q quit")
    #expect(bar.text(width: 40) == "space epoch · Tab views · ^Q quit")
    #expect(bar.text(width: 30) == "space epoch · ^Q quit")
    // Dropping a long entry leaves room for a short one dropped before it.
    let uneven = KeyBar(entries: [
      .init("space epoch", importance: 9), .init("a long entry here", importance: 3),
      .init("^R", importance: 1), .init("q", importance: 8),
    ])
    #expect(uneven.text(width: 30) == "space epoch · ^R · q")
    #expect(bar.text(width: 5) == "")
  }

  @Test func atEightyColumnsNoKeyBarIsCutMidWord() {
    var app = Self.presentation("linear-regression", autoplay: 3)
    _ = app.handle(.character("p"), now: 0)
    let row = Self.lastRow(app, width: 80, height: 24)
    #expect(row == "playing | autoplay on | Enter/Right next | p pause | a pause | ? keys | q quit")
  }
}
