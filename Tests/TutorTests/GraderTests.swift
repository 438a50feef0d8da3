import Descent
import Foundation
import Testing

@testable import Tutor

/// `Grader` on its own: a right, a wrong, a missing and an unreadable answer to each kind of
/// block, graded against the teacher's lesson on the states the lesson's own walk gives.
@Suite struct GraderTests {
  static let lesson: Lesson = {
    let text = """
      ---
      format: 1
      id: grading
      title: Grading
      summary: A lesson for the grader's tests.
      dataset: houses
      model: linear
      ---

      ## The loss

      ```ask
      id: start-loss
      question: What is the loss at m = 0, c = 0?
      number: 247500
      tolerance: 0.5
      mistakes:
        - answer: 1237500
          say: That is the sum; the loss is the mean.
      ```

      ## The gradient

      ```exercise
      id: gradient
      prompt: Write D_m and D_c.
      answer: |
        D_m = (-2/n) * sum(X * (Y - Y_pred))
        D_c = (-2/n) * sum(Y - Y_pred)
      vary:
        m: [-50, 200]
        c: [-50, 50]
      ```

      ## A goal

      ```task
      id: loss-goal
      goal: Get the loss below 1 within 200 epochs.
      when: loss < 1 and epoch <= 200
      solution: |
        lr 0.05
        step 200
      ```
      """
    do {
      return try LessonParser.parse(text, file: "grading.md")
    } catch {
      preconditionFailure("the test lesson parses: \(error)")
    }
  }()

  static func grade(_ answers: [String: String]) throws -> SubmissionGrade {
    var text = "---\nlesson: grading\nstudent: Ada\n---\n"
    for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
      text += "\n## \(id)\n\n```\n\(answer)\n```\n"
    }
    let submission = try Submission.parse(text, file: "ada.md")
    return Grader(lesson: lesson, loader: .builtInOnly).grade(submission)
  }

  static func status(_ grade: SubmissionGrade, _ id: String) -> BlockGrade.Status? {
    grade.grades.first { $0.id == id }?.status
  }

  @Test func theLessonsOwnAnswersPassEveryBlock() throws {
    let grade = try Self.grade([
      "start-loss": "247500",
      "gradient": "D_m = (-2/n) * sum(X * (Y - Y_pred))\nD_c = (-2/n) * sum(Y - Y_pred)",
      "loss-goal": "lr 0.05\nstep 200",
    ])
    #expect(grade.grades.map(\.id) == ["start-loss", "gradient", "loss-goal"])
    #expect(grade.grades.allSatisfy { $0.status == .passed }, "\(grade.grades)")
    #expect(grade.allPassed)
    #expect(grade.problem == nil)
    #expect(grade.unknownIDs.isEmpty)
  }

  @Test func wrongAnswersFailWithTheLessonsFeedbackAndACounterexample() throws {
    let grade = try Self.grade([
      "start-loss": "1237500",
      // The sign flipped: right size, wrong direction.
      "gradient": "D_m = (2/n) * sum(X * (Y - Y_pred))\nD_c = (2/n) * sum(Y - Y_pred)",
      // The course's rate reaches nowhere near a loss below 1 in 200 epochs.
      "loss-goal": "step 200",
    ])
    #expect(grade.grades.allSatisfy { $0.status == .failed }, "\(grade.grades)")
    let loss = try #require(grade.grades.first { $0.id == "start-loss" })
    #expect(loss.feedback.contains("That is the sum; the loss is the mean."), "\(loss.feedback)")
    let gradient = try #require(grade.grades.first { $0.id == "gradient" })
    #expect(gradient.counterexample != nil)
    let task = try #require(grade.grades.first { $0.id == "loss-goal" })
    #expect(
      task.feedback == [
        "not met: Get the loss below 1 within 200 epochs. (loss < 1 and epoch <= 200)"
      ])
    #expect(!grade.allPassed)
  }

  @Test func aTaskCommandThatFailsSaysWhyInOneSentence() throws {
    let grade = try Self.grade(["loss-goal": "data nosuch.csv\nstep 200"])
    let task = try #require(grade.grades.first { $0.id == "loss-goal" })
    #expect(task.status == .failed)
    #expect(
      task.feedback == [
        "'data nosuch.csv' fails: this session cannot read files; use a built-in dataset"
      ])
  }

  @Test func aTaskLineThatCannotBeReadIsShownWithItsCaret() throws {
    let grade = try Self.grade(["loss-goal": "lr abc\nstep 200"])
    let task = try #require(grade.grades.first { $0.id == "loss-goal" })
    #expect(task.status == .failed)
    #expect(task.isUnreadable)
    #expect(
      task.feedback == ["lr abc\n   ^ the learning rate is a number, such as 0.01; 'abc' is not"])
  }

  @Test func missingAnswersAreNotAttemptedAndUnknownIDsAreNamed() throws {
    let grade = try Self.grade(["start-loss": "247500", "bonus": "42"])
    #expect(Self.status(grade, "start-loss") == .passed)
    #expect(Self.status(grade, "gradient") == .notAttempted)
    #expect(Self.status(grade, "loss-goal") == .notAttempted)
    #expect(grade.unknownIDs == ["bonus"])
  }

  @Test func eachBlockIsGradedOnItsOwnStepsState() throws {
    // A task answer that moves the model does not change how the blocks before it were
    // graded, and a wrong answer before a task does not change the task's start.
    let first = try Self.grade(["start-loss": "0", "loss-goal": "lr 0.05\nstep 200"])
    #expect(Self.status(first, "start-loss") == .failed)
    #expect(Self.status(first, "loss-goal") == .passed)
  }

  @Test func aTaskMayNotRunWithoutLimit() throws {
    let grade = try Self.grade(["loss-goal": "step 100000\nstep 100000"])
    let task = try #require(grade.grades.first { $0.id == "loss-goal" })
    #expect(task.status == .failed)
    #expect(task.feedback == ["a task's commands may run at most 100000 epochs in all"])
  }
}
