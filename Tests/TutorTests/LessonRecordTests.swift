import Descent
import Interchange
import TestSupport
import Testing

@testable import Tutor

/// What a lesson shows and keeps of the student's work: placeholders of the step's
/// demonstration, live ones, values captured when a block is met, the commands that met a
/// task, and an exported file that grades as the tutorial did.
@Suite struct LessonRecordTests {
  static let lesson: Lesson = {
    let text = """
      ---
      format: 1
      id: record
      title: Record
      summary: Placeholders and routes.
      dataset: houses
      model: linear
      ---

      ## Trained
      <!-- id: trained -->

      ```run
      step 10
      ```

      After ten epochs the loss is {{loss}}; now it is {{live loss}}. Rate: {{met goal lr}}.

      ```task
      id: goal
      goal: Get the loss below 1000.
      when: loss < 1000
      solution: |
        lr 0.05
        step 50
      ```

      ## Summary
      <!-- id: summary -->

      Your goal run used rate {{met goal lr}} and ended at epoch {{met goal epoch}}.
      """
    do {
      return try LessonParser.parse(text, file: "record.md")
    } catch {
      preconditionFailure("the test lesson parses: \(error)")
    }
  }()

  static func paragraph(_ session: Session) -> String? {
    session.lessonPane?.paragraphs.first
  }

  @Test func aStepShowsItsDemonstrationWhateverTheStudentDoesNext() throws {
    var session = try Session.opening(Self.lesson, loader: .builtInOnly)
    // Ten epochs at rate 0.01 from m = c = 0 (numpy, the course's loop): loss 1369.94.
    #expect(
      Self.paragraph(session)
        == "After ten epochs the loss is 1369.94; now it is 1369.94. Rate: (not met yet).")
    session.apply(line: "reset")
    // At m = c = 0 every error is the price: mean(Y^2) = 247500.
    #expect(
      Self.paragraph(session)
        == "After ten epochs the loss is 1369.94; now it is 247500. Rate: (not met yet).")
  }

  @Test func aMetTaskKeepsTheCommandsThatMetItAndTheValuesItsSummaryShows() throws {
    var session = try Session.opening(Self.lesson, loader: .builtInOnly)
    session.apply(line: "show data")
    session.apply(line: "lr 0.05")
    session.apply(line: "step")
    session.apply(line: "step")
    // At rate 0.05 the loss falls below 1000 after two epochs (numpy, the course's loop).
    let record = try #require(session.lesson?.progress.answers["goal"])
    #expect(record.verdict == .passed)
    #expect(record.answer == "lr 0.05\nstep 2")
    #expect(record.captured == ["lr": "0.05", "epoch": "2"])
    #expect(Self.paragraph(session)?.hasSuffix("Rate: 0.05.") == true)
    session.apply(line: "next")
    #expect(Self.paragraph(session) == "Your goal run used rate 0.05 and ended at epoch 2.")
  }

  @Test func playIsRecordedAsTheEpochsItRan() throws {
    var session = try Session.opening(Self.lesson, loader: .builtInOnly)
    session.apply(line: "reset")
    session.apply(line: "lr 0.05")
    session.apply(line: "play")
    session.playBurst()
    #expect(session.lesson?.progress.answers["goal"]?.answer == "reset\nlr 0.05\nstep 2")
  }

  @Test func capturedValuesSurviveTheProgressFile() throws {
    let record = AnswerRecord(
      answer: "lr 0.05\nstep 2", verdict: .passed, attempts: 1, updated: 5,
      captured: ["lr": "0.05", "epoch": "2"])
    var progress = LessonProgress(lessonID: "record", started: 1)
    progress.answers["goal"] = record
    var book = ProgressBook()
    book.lessons["record"] = progress
    let text = book.json.serialized()
    #expect(text.contains(#""captured":{"epoch":"2","lr":"0.05"}"#))
    let read = try ProgressBook(json: try JSONValue.parse(text, source: "p.json"), source: "p.json")
    #expect(read.lessons["record"]?.answers["goal"] == record)
  }

  @Test func anExportedFileCarriesTriesAndReveals() throws {
    let text = Submission.text(
      lesson: "record", student: "Ada",
      answers: [
        ("goal", Submission.Answer(text: "lr 0.05\nstep 2", line: 0, attempts: 1)),
        ("other", Submission.Answer(text: "", line: 0, attempts: 3, settled: .revealed)),
      ])
    #expect(
      text == """
        ---
        lesson: record
        student: Ada
        ---

        ## goal

        <!-- attempts: 1 -->

        ```
        lr 0.05
        step 2
        ```

        ## other

        <!-- revealed; attempts: 3 -->

        ```

        ```

        """)
    let submission = try Submission.parse(text, file: "ada.md")
    #expect(submission.answers["goal"]?.attempts == 1)
    #expect(submission.answers["goal"]?.settled == nil)
    #expect(submission.answers["other"]?.attempts == 3)
    #expect(submission.answers["other"]?.settled == .revealed)
  }

  @Test func aBadNoteIsLocated() {
    let text = "---\nlesson: record\n---\n\n## goal\n<!-- attempts: many -->\n```\nstep\n```\n"
    #expect(throws: LessonLoadError.self) { try Submission.parse(text, file: "ada.md") }
    do {
      _ = try Submission.parse(text, file: "ada.md")
    } catch {
      #expect(
        error.problems.map(\.description) == [
          "ada.md:6:1: a note under an answer says 'revealed', 'skipped' or 'attempts: N', not "
            + "'attempts: many'"
        ])
    }
  }

  @Test func aRevealedBlockGradesWithoutCreditAndTheRouteGradesAsItMet() throws {
    let text = Submission.text(
      lesson: "record", student: "Ada",
      answers: [("goal", Submission.Answer(text: "lr 0.05\nstep 2", line: 0, attempts: 1))])
    let grader = Grader(lesson: Self.lesson, loader: .builtInOnly)
    let passed = grader.grade(try Submission.parse(text, file: "ada.md"))
    #expect(passed.grades.map(\.status) == [.passed])
    #expect(passed.grades.first?.attempts == 1)
    let revealed = text.replacing("<!-- attempts: 1 -->", with: "<!-- revealed -->")
    let graded = grader.grade(try Submission.parse(revealed, file: "ada.md"))
    #expect(graded.grades.map(\.status) == [.failed])
    #expect(
      graded.grades.first?.feedback == [
        "revealed in the tutorial: a revealed answer earns no credit"
      ])
  }
}

/// Resuming a lesson at a step whose blocks were finished: the session is as they left it.
@Suite struct ResumeTests {
  /// Issue 14: resuming `polynomial-regression` at `too-flexible` after predicting showed
  /// the straight line of the step before, not the degree-10 curve the prediction's run made.
  @Test func aPredictionMadeAtTheResumedStepIsReplayed() throws {
    let library = LessonLibrary(directory: RepositoryPaths.lessons)
    let file = try library.resolve("polynomial-regression")
    let lesson = try library.load(file)
    var progress = LessonProgress(lessonID: lesson.id, started: 5)
    progress.stepID = "too-flexible"
    progress.visitedSteps = lesson.steps.prefix { $0.id != "too-flexible" }.map(\.id) + [
      "too-flexible"
    ]
    progress.answers["degree-ten"] = AnswerRecord(
      answer: "a", verdict: .passed, attempts: 1, updated: 6)
    let resumed = try Session.opening(
      lesson, loader: library.loader(forLessonAt: file), progress: progress)
    #expect(resumed.lesson?.step.id == "too-flexible")
    #expect(resumed.run.trainer.model.architecture == .polynomial(degree: 10))
    #expect(resumed.run.trainer.epoch == 10)
    progress.answers["degree-ten"] = nil
    let unanswered = try Session.opening(
      lesson, loader: library.loader(forLessonAt: file), progress: progress)
    #expect(unanswered.run.trainer.model.architecture == .polynomial(degree: 1))
  }
}
