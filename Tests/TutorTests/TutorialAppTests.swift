import Foundation
import TermPlot
import Testing

@testable import Tutor

/// The repository's lessons folder.
private let lessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons").path

private func app(
  lesson: String? = nil, presentation: Bool = false, autoplay: Double? = nil
) -> TutorialApp {
  TutorialApp(
    configuration: TutorialApp.Configuration(
      library: LessonLibrary(directory: lessonsFolder),
      style: ChartStyle(theme: .monochrome, tier: .ascii), lesson: lesson,
      presentation: presentation, autoplay: autoplay))
}

private func type(_ text: String, into app: inout TutorialApp) {
  for character in text { _ = app.handle(.character(character), now: 0) }
}

private func screenText(_ app: inout TutorialApp) -> String {
  app.render(width: 100, height: 30).frame.plainText
}

@Test func theMenuListsTheLessonsAndEnterOpensOne() {
  var tutorial = app()
  let menu = screenText(&tutorial)
  #expect(menu.contains("linear-regression      Linear regression, one epoch at a time"))
  #expect(menu.contains("[not started]"))
  while tutorial.menu.catalog[tutorial.menu.selection].id != "linear-regression" {
    _ = tutorial.handle(.down, now: 0)
  }
  _ = tutorial.handle(.enter, now: 0)
  let lesson = screenText(&tutorial)
  #expect(lesson.contains("step 1/9"))
  #expect(lesson.contains("The data and a flat line"))
}

@Test func spaceOnAnEmptyPromptRunsOneEpochAndOtherwiseTypes() {
  var tutorial = app(lesson: "linear-regression")
  _ = tutorial.handle(.character(" "), now: 0)
  #expect(tutorial.session?.run.trainer.epoch == 1)
  #expect(screenText(&tutorial).contains("epoch 1 | loss 144342"))
  type("m ", into: &tutorial)
  #expect(tutorial.prompt.line == "m ")
  #expect(tutorial.session?.run.trainer.epoch == 1)
}

@Test func enterRunsTheLineAndOnAnEmptyPromptGoesOn() {
  var tutorial = app(lesson: "linear-regression")
  type("answer b", into: &tutorial)
  _ = tutorial.handle(.enter, now: 0)
  #expect(tutorial.prompt.isEmpty)
  _ = tutorial.handle(.enter, now: 0)
  #expect(tutorial.session?.lesson?.stepIndex == 1)
}

@Test func playAnimatesAtItsSpeedAndAKeyPauses() {
  var tutorial = app(lesson: "linear-regression")
  type("speed 20", into: &tutorial)
  _ = tutorial.handle(.enter, now: 0)
  type("play", into: &tutorial)
  _ = tutorial.handle(.enter, now: 10)
  #expect(tutorial.session?.isPlaying == true)
  #expect(abs((tutorial.secondsUntilTick(now: 10) ?? 0) - 0.05) < 1e-9)
  // Half a second at 20 epochs a second is 10 epochs.
  tutorial.tick(now: 10.5)
  #expect(tutorial.session?.run.trainer.epoch == 10)
  #expect(screenText(&tutorial).contains("playing: any key pauses"))
  // The key that pauses does nothing else: it is not typed at the prompt.
  _ = tutorial.handle(.character("x"), now: 11)
  #expect(tutorial.session?.isPlaying == false)
  #expect(tutorial.prompt.line == "")
  #expect(tutorial.secondsUntilTick(now: 11) == nil)
  _ = tutorial.handle(.character("x"), now: 12)
  #expect(tutorial.prompt.line == "x")
}

@Test func tabCyclesViewsOrCompletes() {
  var tutorial = app(lesson: "linear-regression")
  _ = tutorial.handle(.tab, now: 0)
  #expect(tutorial.chosenView == .fit)
  _ = tutorial.handle(.tab, now: 0)
  #expect(tutorial.chosenView == .loss)
  type("ste", into: &tutorial)
  _ = tutorial.handle(.tab, now: 0)
  #expect(tutorial.prompt.line == "step ")
  _ = tutorial.prompt
  var editor = PromptEditor()
  for character in "Y_p" { editor.insert(character) }
  editor.complete(commands: Command.words, names: ["Y", "Y_pred"])
  #expect(editor.line == "Y_pred")
}

@Test func tabPassesOverViewsThatDoNotApply() {
  // A line on the houses: no decision boundary in the cycle.
  var tutorial = app(lesson: "linear-regression")
  var seen: [View?] = []
  for _ in 0..<6 {
    _ = tutorial.handle(.tab, now: 0)
    seen.append(tutorial.chosenView)
  }
  #expect(seen == [.fit, .loss, .landscape, .graph, .table, nil])
  // Two features and a classifier: no fit line and no (m, c) landscape, a boundary.
  var xor = app(lesson: "logistic-regression")
  var views: [View?] = []
  for _ in 0..<5 {
    _ = xor.handle(.tab, now: 0)
    views.append(xor.chosenView)
  }
  #expect(views == [.loss, .boundary, .graph, .table, nil])
}

@Test func controlKeysStepRateRewindAndQuit() {
  var tutorial = app(lesson: "linear-regression")
  _ = tutorial.handle(.control("t"), now: 0)
  #expect(tutorial.session?.run.configuration.optimizer.learningRate == 0.02)
  _ = tutorial.handle(.control("g"), now: 0)
  _ = tutorial.handle(.control("g"), now: 0)
  #expect(tutorial.session?.run.configuration.optimizer.learningRate == 0.005)
  _ = tutorial.handle(.character(" "), now: 0)
  _ = tutorial.handle(.character(" "), now: 0)
  _ = tutorial.handle(.control("r"), now: 0)
  #expect(tutorial.session?.run.trainer.epoch == 1)
  #expect(tutorial.handle(.control("z"), now: 0) == .suspend)
  #expect(tutorial.handle(.control("q"), now: 0) == .quit)
  #expect(tutorial.isFinished)
}

@Test func theRateLadderGoesOneTwoFive() {
  #expect(TutorialApp.rateLadder(from: 0.01, up: true) == 0.02)
  #expect(TutorialApp.rateLadder(from: 0.02, up: true) == 0.05)
  #expect(TutorialApp.rateLadder(from: 0.05, up: true) == 0.1)
  #expect(TutorialApp.rateLadder(from: 0.01, up: false) == 0.005)
  #expect(TutorialApp.rateLadder(from: 0.03, up: false) == 0.02)
}

@Test func questionMarkShowsTheKeysAndAnyKeyClosesThem() {
  var tutorial = app(lesson: "linear-regression")
  _ = tutorial.handle(.character("?"), now: 0)
  let help = screenText(&tutorial)
  #expect(help.contains("| ^P      play / pause"))
  #expect(help.contains("| ^O Esc  back to the lesson menu"))
  #expect(help.contains("| ? F1    these keys (on an empty prompt)"))
  #expect(help.contains("| ^Q ^C   quit (also ^D on an empty prompt)"))
  #expect(help.contains("Editing: Left Right Home End"))
  #expect(help.contains("any key closes this help"))
  _ = tutorial.handle(.character("a"), now: 0)
  #expect(!screenText(&tutorial).contains("any key closes this help"))
  #expect(tutorial.prompt.isEmpty)
}

@Test func typingQuitAtThePromptEndsTheTutorial() {
  var tutorial = app(lesson: "linear-regression")
  type("quit", into: &tutorial)
  _ = tutorial.handle(.enter, now: 0)
  #expect(tutorial.isFinished)
}

@Test func typingLessonsShowsTheMenu() {
  var tutorial = app(lesson: "linear-regression")
  type("lessons", into: &tutorial)
  _ = tutorial.handle(.enter, now: 0)
  #expect(screenText(&tutorial).contains("Enter open"))
  _ = tutorial.handle(.tab, now: 0)
  #expect(screenText(&tutorial).contains("step 1/9"))
}

@Test func autoplayWalksTheStepsShowingTheAnswers() {
  var tutorial = app(lesson: "linear-regression", presentation: true, autoplay: 2)
  #expect(tutorial.secondsUntilTick(now: 100) == 0)
  tutorial.tick(now: 100)
  #expect(tutorial.secondsUntilTick(now: 100) == 2)
  tutorial.tick(now: 102)
  // The first step's question, answered with the lesson's own answer; then the next step.
  #expect(tutorial.session?.lesson?.progress.answers["start-prediction"]?.verdict == .revealed)
  tutorial.tick(now: 104)
  #expect(tutorial.session?.lesson?.stepIndex == 1)
  var now = 104.0
  for _ in 0..<40 {
    now += 2
    tutorial.tick(now: now)
  }
  #expect(tutorial.session?.lesson?.stepIndex == 8)
  #expect(tutorial.secondsUntilTick(now: now) == nil)
}

@Test func aBrokenLessonShowsItsLocatedErrorInTheMenuAndTheOthersWork() throws {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("downhill-menu-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  try FileManager.default.copyItem(
    atPath: lessonsFolder + "/02-linear-regression.md",
    toPath: folder.appendingPathComponent("02-linear-regression.md").path)
  try Data("---\nformat: 1\nid: broken\n---\n".utf8).write(
    to: folder.appendingPathComponent("01-broken.md"))
  var tutorial = TutorialApp(
    configuration: TutorialApp.Configuration(
      library: LessonLibrary(directory: folder.path),
      style: ChartStyle(theme: .monochrome, tier: .ascii)))
  let menu = tutorial.render(width: 160, height: 20).frame.plainText
  #expect(menu.contains("[cannot be read]"), "\(menu)")
  #expect(menu.contains("01-broken.md:2:1: the front matter needs 'title:'"), "\(menu)")
  // The menu starts on the first lesson that can be read. Opening the broken one leaves
  // the menu with the problem; the good lesson still opens.
  #expect(tutorial.menu.selection == 1)
  _ = tutorial.handle(.up, now: 0)
  _ = tutorial.handle(.enter, now: 0)
  #expect(tutorial.render(width: 160, height: 20).frame.plainText.contains("needs 'title:'"))
  _ = tutorial.handle(.down, now: 0)
  _ = tutorial.handle(.enter, now: 0)
  #expect(tutorial.render(width: 100, height: 30).frame.plainText.contains("step 1/9"))
}

@Test func theAppSavesNothingItselfButHandsTheFrontItsProgressToSave() throws {
  var tutorial = app(lesson: "linear-regression")
  // Opening visits the first step: its progress is the first thing to save.
  let opened = tutorial.takeEffects()
  guard case .saveProgress(let visited) = try #require(opened.last) else {
    Issue.record("expected progress to save: \(opened)")
    return
  }
  #expect(visited.lessonID == "linear-regression" && visited.visitedSteps.count == 1)
  #expect(tutorial.takeEffects().isEmpty)
  type("answer b", into: &tutorial)
  _ = tutorial.handle(.enter, now: 0)
  let answered = tutorial.takeEffects()
  guard case .saveProgress(let progress) = try #require(answered.last) else {
    Issue.record("expected progress to save: \(answered)")
    return
  }
  #expect(progress.answers.values.map(\.verdict) == [.passed])
  tutorial.progressNotSaved("the disk is full")
  #expect(screenText(&tutorial).contains("(progress not saved: the disk is full)"))
}

@Test func theMenuLabelsEveryLessonAndStartsOnTheLessonToContinue() throws {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("downhill-menu-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let store = ProgressStore(path: folder.appendingPathComponent("progress.json").path)
  var done = LessonProgress(lessonID: "the-valley", started: 0)
  done.isCompleted = true
  _ = try store.save(done)
  // Linear regression was opened last, but the valley is done: the cursor goes to the
  // first lesson not finished.
  _ = try store.save(LessonProgress(lessonID: "learning-rate", started: 0))
  var tutorial = TutorialApp(
    configuration: TutorialApp.Configuration(
      library: LessonLibrary(directory: lessonsFolder), store: store,
      style: ChartStyle(theme: .monochrome, tier: .ascii)))
  #expect(tutorial.menu.catalog[tutorial.menu.selection].id == "linear-regression")
  let rows = screenText(&tutorial).split(separator: "\n").map(String.init)
  // Every lesson has its key: the digits, then letters.
  #expect(rows.contains { $0.hasPrefix("   9 neural-network ") }, "\(rows)")
  #expect(rows.contains { $0.hasPrefix("   a optimizers ") }, "\(rows)")
  #expect(rows.contains { $0.hasPrefix("   b review ") }, "\(rows)")
  _ = tutorial.handle(.character("b"), now: 0)
  #expect(tutorial.menu.catalog[tutorial.menu.selection].id == "review")
  // Back from a lesson, the cursor is again on the lesson to continue.
  _ = tutorial.handle(.enter, now: 0)
  _ = tutorial.handle(.escape, now: 0)
  #expect(tutorial.menu.catalog[tutorial.menu.selection].id == "linear-regression")
}

@Test func theKeyBarAtEightyColumnsKeepsWholeEntries() {
  var tutorial = app(lesson: "linear-regression")
  _ = tutorial.handle(.enter, now: 0)
  var session = tutorial.session
  _ = session?.presentOpenBlock()
  tutorial.session = session
  _ = tutorial.handle(.enter, now: 0)
  let rows = tutorial.render(width: 80, height: 24).frame.plainText.split(separator: "\n")
  #expect(
    rows.last.map(String.init)
      == "space epoch | Enter next | ^P play | ^B back | ^N hint | ? keys | ^Q quit")
}
