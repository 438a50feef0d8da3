import Descent
import Testing

@testable import Tutor

/// A small lesson on the course's example 1 with one block of each kind.
private let lessonText = """
  ---
  format: 1
  id: sample
  title: Sample
  summary: One block of each kind.
  dataset: houses
  model: linear
  learning-rate: 0.01
  parameters: {m: 0, c: 0}
  views: [fit, loss]
  ---

  ## Loss
  <!-- id: loss -->

  The loss is {{loss}} at m = {{m}}.

  ```ask
  id: start-loss
  question: What is the loss now?
  number: 247500
  tolerance: 0.5
  mistakes:
    - answer: 1237500
      say: That is the sum; take the mean.
  explain: The prices squared, averaged.
  ```

  ```hint
  The errors are the prices.

  Square them and take the mean.
  ```

  ## Gradient
  <!-- id: gradient -->

  ```exercise
  id: dm
  prompt: Write D_m.
  answer: D_m = (-2/n) * sum(X * (Y - Y_pred))
  ```

  ## Predict
  <!-- id: predict -->

  ```predict
  id: one-epoch
  question: What will m be after one epoch?
  measure: m
  tolerance: 0.5
  run: step
  ```

  ## Goal
  <!-- id: goal -->

  ```task
  id: fast
  goal: Get the loss below 1 within 200 epochs.
  when: loss < 1 and epoch <= 200
  solution: |
    lr 0.05
    step 200
  ```

  ## Summary

  You said {{answer start-loss}}; D_m was {{answer dm}}.
  """

private func sampleLesson() throws -> Lesson {
  try LessonParser.parse(lessonText, file: "sample.md")
}

private func openSample(progress: LessonProgress? = nil) throws -> Session {
  let options = LessonOptions(clock: { 1000 })
  return try Session.opening(
    try sampleLesson(), loader: .builtInOnly, progress: progress, options: options)
}

@Test func openingALessonSetsUpTheCourseExampleAtTheFirstStep() throws {
  let session = try openSample()
  #expect(session.lesson?.stepIndex == 0)
  #expect(session.run.trainer.epoch == 0)
  #expect(session.run.trainer.rawParameters == [0, 0])
  #expect(session.view == .fit)
  let pane = try #require(session.lessonPane)
  #expect(pane.stepTitle == "Loss")
  #expect(pane.paragraphs == ["The loss is 247500 at m = 0."])
  #expect(pane.question == ["What is the loss now?", "(a number, accepted within ±0.5; answer …)"])
  #expect(pane.views == [.fit, .loss])
}

@Test func aWrongAnswerGetsTheKnownMistakeAndARightOneCloses() throws {
  var session = try openSample()
  #expect(
    session.apply(line: "answer 1237500").lines == [
      "✗ That is the sum; take the mean.", "try again, or type hint",
    ])
  #expect(
    session.apply(line: "answer 247000").lines == [
      "✗ not 247000; answers are accepted within ±0.5",
      "type hint for a hint, reveal to see the answer, or skip to move on",
    ])
  let right = session.apply(line: "answer 247500.2")
  #expect(
    right.lines == [
      "✓ right: 247500", "The prices squared, averaged.", "type next to continue",
    ])
  guard case .closed(let id, let verdict, _, .nextStep) = right.events.last else {
    Issue.record("the block was not closed: \(right.events)")
    return
  }
  #expect(id == "start-loss" && verdict.passed)
  let record = try #require(session.lesson?.progress.answers["start-loss"])
  #expect(record == AnswerRecord(answer: "247500.2", verdict: .passed, attempts: 3, updated: 1000))
  // The session saves nothing itself: the answer comes back as progress to save.
  #expect(right.progressToSave?.answers["start-loss"] == record)
}

@Test func anUnreadableAnswerIsNotCountedAsATry() throws {
  var session = try openSample()
  let output = session.apply(line: "answer 2 +").lines
  #expect(output == ["2 +\n   ^ the expression ends after '+'; something is missing"])
  #expect(session.lesson?.progress.answers["start-loss"] == nil)
}

@Test func hintsComeOneAtATime() throws {
  var session = try openSample()
  #expect(session.apply(line: "hint").lines == ["hint 1 of 2: The errors are the prices."])
  #expect(session.apply(line: "hint").lines == ["hint 2 of 2: Square them and take the mean."])
  #expect(
    session.apply(line: "hint").lines == [
      "hint 2 of 2: Square them and take the mean.", "that was the last hint",
    ])
}

@Test func revealAndSkipOpenOnlyAfterTwoTries() throws {
  var session = try openSample()
  #expect(
    session.apply(line: "reveal").lines == [
      "reveal is open after 2 tries (0 tries so far); hint gives a hint"
    ])
  session.apply(line: "answer 1")
  #expect(
    session.apply(line: "skip").lines == [
      "skip is open after 2 tries (1 try so far); hint gives a hint"
    ])
  session.apply(line: "answer 2")
  #expect(
    session.apply(line: "reveal").lines == [
      "the answer: 247500", "The prices squared, averaged.", "type next to continue",
    ])
  #expect(session.lesson?.progress.answers["start-loss"]?.verdict == .revealed)
}

@Test func nextWaitsForTheOpenBlock() throws {
  var session = try openSample()
  #expect(
    session.apply(line: "next").lines == [
      "first finish this step's ask: What is the loss now?",
      "(after 2 tries you may reveal or skip it)",
    ])
  session.apply(line: "answer 247500")
  #expect(session.apply(line: "next").lines == ["step 2 of 5: Gradient"])
  #expect(session.lesson?.progress.stepID == "gradient")
  #expect(session.lesson?.progress.visitedSteps == ["loss", "gradient"])
  #expect(session.apply(line: "back").lines == ["back to step 1 of 5"])
  #expect(session.lesson?.stepIndex == 0)
}

@Test func aPassedExerciseDefinesItsNamesInTheSession() throws {
  var session = try openSample()
  session.apply(line: "answer 247500")
  session.apply(line: "next")
  let output = session.apply(line: "answer D_m = -2 * mean(X * (Y - Y_pred))").lines
  #expect(output.first == "✓ right: it agrees with the reference on 5 states of the session")
  #expect(session.workspace.scratchpad.variables["D_m"] == .number(-3300))
}

@Test func aSkippedExerciseRunsTheReference() throws {
  var session = try openSample()
  session.apply(line: "answer 247500")
  session.apply(line: "next")
  session.apply(line: "answer D_m = 1")
  session.apply(line: "answer D_m = 2")
  #expect(session.apply(line: "skip").lines == ["skipped", "type next to continue"])
  #expect(session.workspace.scratchpad.variables["D_m"] == .number(-3300))
}

@Test func aPredictionRunsAndIsGradedByWhatHappened() throws {
  var session = try openSample()
  session.apply(line: "answer 247500")
  session.apply(line: "next")
  session.apply(line: "answer D_m = -2 * mean(X * (Y - Y_pred))")
  session.apply(line: "next")
  #expect(session.apply(line: "answer soon").lines == ["predict a number, such as 120"])
  let output = session.apply(line: "answer 30").lines
  #expect(output.first == "you predict 30; running it:")
  #expect(
    output.suffix(2) == [
      "✗ you predicted 30; it came out at 33 (a hit needed within ±0.5)", "type next to continue",
    ])
  #expect(session.run.trainer.epoch == 1)
  #expect(session.lesson?.progress.answers["one-epoch"]?.verdict == .failed)
  // A prediction is made once: the step is finished either way.
  #expect(session.lesson?.openBlock == nil)
}

@Test func aTaskIsMetTheMomentACommandReachesIt() throws {
  var session = try openSample()
  for line in [
    "answer 247500", "next", "answer D_m = -2*mean(X*(Y-Y_pred))", "next", "answer 33", "next",
  ] {
    session.apply(line: line)
  }
  #expect(session.lessonPane?.goal == "Get the loss below 1 within 200 epochs.")
  session.apply(line: "lr 0.05")
  #expect(
    session.apply(line: "step 100").lines.last
      != "✓ goal met: Get the loss below 1 within 200 epochs.")
  let output = session.apply(line: "step 100").lines
  #expect(
    output.suffix(2) == [
      "✓ goal met: Get the loss below 1 within 200 epochs.", "type next to continue",
    ])
  #expect(session.lesson?.progress.answers["fast"]?.verdict == .passed)
}

@Test func playStopsOnTheEpochThatMeetsTheTask() throws {
  var session = try openSample()
  for line in [
    "answer 247500", "next", "answer D_m = -2*mean(X*(Y-Y_pred))", "next", "answer 33", "next",
    "lr 0.05", "play",
  ] {
    session.apply(line: line)
  }
  let output = session.playBurst()
  // At rate 0.05 the loss first drops below 1 after epoch 165 (0.976197…), as numpy's loop.
  #expect(session.run.trainer.epoch == 165)
  #expect(output.lines.first == "played epochs 1–165")
  #expect(output.lines.contains("✓ goal met: Get the loss below 1 within 200 epochs."))
  #expect(abs(session.run.trainer.currentLoss() - 0.976197484876646) < 1e-9)
}

@Test func theSummaryShowsTheStudentsOwnAnswers() throws {
  var session = try openSample()
  for line in [
    "answer 247500", "next", "answer D_m = -2*mean(X*(Y-Y_pred))", "next", "answer 33",
    "next", "lr 0.05", "step 200", "next",
  ] {
    session.apply(line: line)
  }
  #expect(
    session.lessonPane?.paragraphs == [
      "You said 247500; D_m was D_m = -2*mean(X*(Y-Y_pred))."
    ])
  #expect(session.apply(line: "next").lines == ["you finished Sample! lessons lists the others"])
  #expect(session.lesson?.progress.isCompleted == true)
}

@Test func aSessionResumesAtTheSavedStepWithEarlierStepsReplayed() throws {
  var progress = LessonProgress(lessonID: "sample", started: 5)
  progress.stepID = "goal"
  progress.visitedSteps = ["loss", "gradient", "predict", "goal"]
  progress.answers["start-loss"] = AnswerRecord(
    answer: "247500", verdict: .passed, attempts: 1, updated: 6)
  progress.answers["dm"] = AnswerRecord(answer: "", verdict: .skipped, attempts: 2, updated: 7)
  progress.answers["one-epoch"] = AnswerRecord(
    answer: "33", verdict: .passed, attempts: 1, updated: 8)
  let session = try openSample(progress: progress)
  #expect(session.lesson?.stepIndex == 3)
  // The prediction's run (one epoch) and the skipped exercise's reference were replayed.
  #expect(session.run.trainer.epoch == 1)
  #expect(session.workspace.scratchpad.variables["D_m"] == .number(-3300))
  #expect(session.transcript.isEmpty)
}

@Test func progressFromAnEditedLessonResumesAtTheFurthestStepStillThere() throws {
  var progress = LessonProgress(lessonID: "sample", started: 5)
  progress.stepID = "a-step-since-removed"
  progress.visitedSteps = ["loss", "gradient", "a-step-since-removed"]
  progress.answers["gone"] = AnswerRecord(answer: "1", verdict: .passed, attempts: 1, updated: 6)
  let session = try openSample(progress: progress)
  #expect(session.lesson?.stepIndex == 1)
  // The old answer is kept in the file, where it may apply again.
  #expect(session.lesson?.progress.answers["gone"] != nil)
}

@Test func aSaveThatFailsIsReportedOnceAndTheTutorCarriesOn() throws {
  var session = try openSample()
  let recorder = ProgressRecorder { _ in "the folder is read-only" }
  let response = session.apply(line: "answer 247500")
  #expect(
    recorder.carryOut(response, in: &session) == ["(progress not saved: the folder is read-only)"])
  #expect(session.transcript.last?.output.last == "(progress not saved: the folder is read-only)")
  #expect(session.apply(line: "hint").lines.last == "hint 1 of 2: The errors are the prices.")
  #expect(session.lesson?.progress.answers["start-loss"]?.verdict == .passed)
}

@Test func lessonCommandsWithoutALessonSaySo() {
  var session = Session()
  #expect(
    session.apply(line: "next").lines == [
      "there is no lesson open; start one with downhill play LESSON or downhill repl --lesson FILE"
    ])
}

@Test func aFailingSetupIsLocatedAtItsFrontMatterLine() throws {
  let text = lessonText.replacing("dataset: houses", with: "dataset: nosuch")
  let lesson = try LessonParser.parse(text, file: "sample.md")
  #expect(throws: LessonLoadError.self) {
    _ = try Session.opening(lesson, loader: .builtInOnly)
  }
  do {
    _ = try Session.opening(lesson, loader: .builtInOnly)
  } catch {
    #expect(error.problems.map(\.location.line) == [6])
  }
}

@Test func checkGradesAnExerciseWorkedOutAtThePrompt() throws {
  var session = try openSample()
  session.apply(line: "answer 247500")
  session.apply(line: "next")
  #expect(
    session.apply(line: "check").lines == [
      "answer it with answer …, such as answer D_m = …"
    ])
  // Python's prompt says nothing of an assignment; the name shows its value.
  #expect(session.apply(line: "D_m = (-2/n) * sum(X * (Y - Y_pred))").lines == [])
  #expect(session.apply(line: "D_m").lines == ["np.float64(-3300.0)"])
  #expect(
    session.apply(line: "check").lines == [
      "checking D_m = (-2/n) * sum(X * (Y - Y_pred))",
      "✓ right: it agrees with the reference on 5 states of the session",
      "type next to continue",
    ])
}

@Test func checkSaysHowFarATaskIs() throws {
  var session = try openSample()
  for line in [
    "answer 247500", "next", "answer D_m = -2*mean(X*(Y-Y_pred))", "next", "answer 33", "next",
  ] {
    session.apply(line: line)
  }
  #expect(
    session.apply(line: "check").lines == [
      "✗ not yet: Get the loss below 1 within 200 epochs. (loss < 1 and epoch <= 200)",
      "keep experimenting",
    ])
}

@Test func controlCharactersInALessonNeverReachTheScreen() throws {
  let text = lessonText.replacing(
    "The loss is {{loss}}", with: "The \u{1B}[31mloss\u{7} is {{loss}}")
  let lesson = try LessonParser.parse(text, file: "sample.md")
  let session = try Session.opening(lesson, loader: .builtInOnly)
  #expect(session.lessonPane?.paragraphs == ["The \u{FFFD}[31mloss\u{FFFD} is 247500 at m = 0."])
}
