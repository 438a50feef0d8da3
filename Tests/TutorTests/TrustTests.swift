import Descent
import Foundation
import Testing
import TestSupport

@testable import Tutor

/// Checks that can be trusted, graded against the course's own lessons: answers that copy
/// a value the session holds, constants, and goals reached without training fail; the
/// course's own code passes. Each case is a finding of the review that asked for it.
@Suite struct TrustTests {
  static let library = LessonLibrary(directory: RepositoryPaths.lessons)

  /// The grade of one submission (`answers` by block id) to lesson `id`.
  static func grade(_ id: String, _ answers: [String: String]) throws -> SubmissionGrade {
    let file = try library.resolve(id)
    let lesson = try library.load(file)
    var text = "---\nlesson: \(id)\nstudent: Ada\n---\n"
    for (block, answer) in answers.sorted(by: { $0.key < $1.key }) {
      text += "\n## \(block)\n\n```\n\(answer)\n```\n"
    }
    let submission = try Submission.parse(text, file: "ada.md")
    return Grader(lesson: lesson, loader: library.loader(forLessonAt: file)).grade(submission)
  }

  /// Block `block`'s grade in `grade`.
  static func block(_ grade: SubmissionGrade, _ block: String) throws -> BlockGrade {
    try #require(grade.grades.first { $0.id == block })
  }

  // MARK: - Copying the reference

  @Test(arguments: [
    ("the-valley", "derivative", "slope = grad[0]", "grad"),
    ("linear-regression", "gradient", "D_m = grad[0]; D_c = grad[1]", "grad"),
    ("linear-regression", "start-loss", "loss", "loss"),
    ("loss-functions", "bce-formula", "bce = loss", "loss"),
    ("logistic-regression", "bce-expression", "loss", "loss"),
    ("logistic-regression", "logistic-gradient", "dw = [grad[0], grad[1]]; db = grad[2]", "grad"),
    ("neural-network", "forward-expression", "Y_pred", "Y_pred"),
  ])
  func anAnswerThatCopiesTheSessionsValueFails(
    lesson: String, id: String, answer: String, copied: String
  ) throws {
    let grade = try Self.block(Self.grade(lesson, [id: answer]), id)
    #expect(grade.status == .failed)
    #expect(grade.misconception == "used \(copied)")
    #expect(
      grade.feedback.first?.hasPrefix(
        "your answer reads \(copied), a value the session computes for you; work it out from")
        == true)
  }

  @Test func theGradientPointsAtWhatToUseInstead() throws {
    let grade = try Self.block(
      Self.grade("linear-regression", ["gradient": "D_m = grad[0]; D_c = grad[1]"]), "gradient")
    #expect(
      grade.feedback == [
        "your answer reads grad, a value the session computes for you; work it out from "
          + "X, Y, n, Y_pred, m, c"
      ])
  }

  // MARK: - The course's own code

  @Test func theCoursesUpdateAfterTheCoursesGradientPasses() throws {
    let grade = try Self.grade(
      "linear-regression",
      [
        "gradient": "D_m = (-2/n) * sum(X * (Y - Y_pred))\nD_c = (-2/n) * sum(Y - Y_pred)",
        "update-rule": "m = m - L*D_m\nc = c - L*D_c",
      ])
    #expect(try Self.block(grade, "gradient").status == .passed)
    #expect(try Self.block(grade, "update-rule").status == .passed)
  }

  @Test func theCoursesUpdatePassesWhenTheGradientWasNotAnswered() throws {
    // The lesson's own gradient defines D_m and D_c then.
    let grade = try Self.grade("linear-regression", ["update-rule": "m = m - L*D_m\nc = c - L*D_c"])
    #expect(try Self.block(grade, "update-rule").status == .passed)
  }

  @Test func aStudentsOwnWrongGradientIsNotRerunForTheUpdate() throws {
    // A failed gradient is not the student's definition: the lesson's is used.
    let grade = try Self.grade(
      "linear-regression",
      [
        "gradient": "D_m = (2/n) * sum(X * (Y - Y_pred))\nD_c = (2/n) * sum(Y - Y_pred)",
        "update-rule": "m = m - L*D_m\nc = c - L*D_c",
      ])
    #expect(try Self.block(grade, "gradient").status == .failed)
    #expect(try Self.block(grade, "update-rule").status == .passed)
  }

  // MARK: - Constants

  @Test func aConstantThatFitsOnlyThisDataFails() throws {
    let grade = try Self.block(
      Self.grade("normalization", ["zscore": "z = (X - 78.16666667)/31.93178493"]), "zscore")
    #expect(grade.status == .failed)
    let counterexample = try #require(grade.counterexample)
    // Only the data matters to z: the state names it, and not m or c.
    #expect(counterexample.place == "with other data (X)")
    #expect(counterexample.name == "z[0]")
  }

  @Test func theZScoreItselfPasses() throws {
    let grade = try Self.block(
      Self.grade("normalization", ["zscore": "z = (X - mean(X)) / sqrt(mean((X - mean(X))**2))"]),
      "zscore")
    #expect(grade.status == .passed)
  }

  // MARK: - Goals reached without training

  @Test(arguments: [
    ("linear-regression", "loss-goal", "solve"),
    ("learning-rate", "fast-safe", "lr 0.08\nsolve"),
    ("normalization", "fast-fit", "solve"),
    ("polynomial-regression", "descent-fit", "solve"),
    ("the-valley", "ten-steps", "x = 3"),
    ("loss-functions", "through-seven", "lr 0\nm = 2\nc = 1\nstep 100"),
    ("review", "fix-run", "lr 0\nsolve\nstep 20"),
  ])
  func aTrainingGoalReachedAnotherWayFails(lesson: String, id: String, commands: String) throws
  {
    let grade = try Self.block(Self.grade(lesson, [id: commands]), id)
    #expect(grade.status == .failed)
    #expect(grade.feedback.first?.hasPrefix("the goal holds, but ") == true)
  }

  @Test(arguments: [
    ("linear-regression", "loss-goal", "reset\nlr 0.05\nstep 200"),
    ("the-valley", "ten-steps", "lr 0.5\nreset\nstep 10"),
    ("polynomial-regression", "solve-it", "solve"),
  ])
  func aGoalReachedTheWayItAsksPasses(lesson: String, id: String, commands: String) throws {
    let grade = try Self.block(Self.grade(lesson, [id: commands]), id)
    #expect(grade.status == .passed)
  }

  /// A lesson of three tasks on the houses, one each way a goal may be reached.
  static let means: Lesson = {
    var text = """
      ---
      format: 1
      id: means
      title: Means
      summary: Goals reached by training, by solve, and any way.
      dataset: houses
      model: linear
      ---

      ## Goals

      """
    for (id, by) in [("trained", "training"), ("solved", "solve"), ("anyhow", "any")] {
      text += """
        ```task
        id: \(id)
        goal: Get the loss below 1000.
        when: loss < 1000
        by: \(by)
        solution: solve
        ```


        """
    }
    do {
      return try LessonParser.parse(text, file: "means.md")
    } catch {
      preconditionFailure("the test lesson parses: \(error)")
    }
  }()

  static func status(_ id: String, after commands: [String]) throws -> AnswerChecker.TaskStatus {
    var session = try Session.opening(Self.means, loader: .builtInOnly)
    for command in commands { _ = session.apply(line: command) }
    let block = try #require(Self.means.block(id: id))
    guard case .task(let task) = block.kind else { throw CancellationError() }
    return AnswerChecker().status(of: task, in: session.workspace)
  }

  @Test func eachWayOfReachingAGoalCountsOnlyWhereTheTaskAllowsIt() throws {
    let training = ["lr 0.05", "step 200"]
    let solving = ["solve"]
    let byHand = ["m = 150", "c = 0"]
    #expect(try Self.status("trained", after: training) == .met)
    #expect(try Self.status("solved", after: solving) == .met)
    for commands in [training, solving, byHand] {
      #expect(try Self.status("anyhow", after: commands) == .met)
    }
    #expect(
      try Self.status("trained", after: solving)
        == .reachedOtherwise(
          "the goal holds, but solve jumped there; this task asks you to get there by "
            + "training: reset (or change a setting), then step or play"))
    #expect(
      try Self.status("trained", after: byHand)
        == .reachedOtherwise(
          "the goal holds, but you set a parameter by hand; this task asks you to get there "
            + "by training: reset (or change a setting), then step or play"))
    #expect(
      try Self.status("solved", after: training)
        == .reachedOtherwise("the goal holds, but this task asks for the closed form: type solve"))
  }

  @Test func resetOrASettingClearsAShortcutAndTrainingAfterItDoesNot() throws {
    #expect(try Self.status("trained", after: ["solve", "step 5"]) != .met)
    #expect(try Self.status("trained", after: ["m = 150", "step 5"]) != .met)
    #expect(try Self.status("trained", after: ["solve", "reset", "lr 0.05", "step 200"]) == .met)
    #expect(try Self.status("trained", after: ["m = 150", "lr 0.05", "step 200"]) == .met)
    // branch continues from where the run is: a shortcut before it still counts against.
    #expect(try Self.status("trained", after: ["solve", "branch", "lr 0.05", "step 5"]) != .met)
  }

  @Test func theTutorialSaysOnceWhyAGoalReachedAnotherWayDoesNotCount() throws {
    var session = try Session.opening(Self.means, loader: .builtInOnly)
    let first = session.apply(line: "solve")
    #expect(
      first.events.contains(
        .lessonNotice(
          .goalReachedOtherwise(
            "the goal holds, but solve jumped there; this task asks you to get there by "
              + "training: reset (or change a setting), then step or play"))))
    let again = session.apply(line: "show data")
    #expect(!again.events.contains { if case .lessonNotice = $0 { true } else { false } })
    #expect(session.lesson?.progress.answers["trained"]?.verdict != .passed)
  }

  // MARK: - Feedback that fits the answer

  @Test func aMeanErrorOffByNIsNotToldAboutGradients() throws {
    let grade = try Self.block(
      Self.grade("loss-functions", ["mae-formula": "mae = sum(abs(Y - Y_pred))"]), "mae-formula")
    #expect(grade.status == .failed)
    #expect(grade.misconception == "missing 1/n")
    #expect(
      grade.feedback.last
        == "your answer has the right shape but it is n times too big: a mean divides the sum by n")
  }

  @Test func aLossHalvedIsNotToldAboutDifferentiatingASquare() throws {
    let grade = try Self.block(
      Self.grade(
        "loss-functions",
        ["bce-formula": "bce = -(Y*log(Y_pred) + (1 - Y)*log(1 - Y_pred))/2"]),
      "bce-formula")
    #expect(grade.status == .failed)
    #expect(
      grade.feedback.last
        == "your answer has the right shape but it is half the right size: is there a stray "
        + "division by 2?")
  }

  @Test func aGradientHalvedIsToldAboutTheSquare() throws {
    let grade = try Self.block(
      Self.grade(
        "linear-regression",
        ["gradient": "D_m = (-1/n) * sum(X * (Y - Y_pred))\nD_c = (-1/n) * sum(Y - Y_pred)"]),
      "gradient")
    #expect(
      grade.feedback.last
        == "your answer has the right shape but it is half the right size: differentiating "
        + "the square brings down a factor 2")
  }

  @Test func aWrongShapeInAnExpressionNamesTheAnswer() throws {
    let grade = try Self.block(
      Self.grade("neural-network", ["d2-expression": "sum(Y_pred - Y) / n"]), "d2-expression")
    #expect(grade.status == .failed)
    #expect(grade.counterexample?.name == "answer")
    #expect(grade.feedback.first?.contains("your answer is a number") == true)
  }

  /// Issue 14: `bce-formula`'s known mistake "that is the mean" never showed, because the
  /// wrong shape (one number for a vector) was said first and alone.
  @Test func aKnownMistakeOfTheWrongShapeIsNamed() throws {
    let grade = try Self.block(
      Self.grade(
        "loss-functions",
        ["bce-formula": "bce = -mean(Y*log(Y_pred) + (1 - Y)*log(1 - Y_pred))"]),
      "bce-formula")
    #expect(grade.status == .failed)
    #expect(grade.feedback.first?.contains("your bce is a number") == true)
    #expect(
      grade.feedback.last
        == "That is the mean of the charges, the cost - one number. Here, one charge a point "
        + "- leave out the mean.")
  }

  /// Issue 14: the novice got stuck on `db1` ("sum takes one argument"); the course's numpy
  /// form passes now, and so does the old reference's product form.
  @Test(arguments: [
    "np.sum(d1, axis=0)", "sum(d1, axis=0)", "d1.sum(axis=0)", "W2[0] * (d2 @ (1 - h1**2))",
  ])
  func theHiddenBiasGradientPassesInTheCoursesForms(db1: String) throws {
    let answer =
      "d2 = (Y_pred - Y) / n\ndW2 = d2 @ h1\ndb2 = np.sum(d2)\n"
      + "d1 = np.outer(d2, W2[0]) * (1 - h1**2)\ndW1 = d1.T @ X\ndb1 = \(db1)"
    let grade = try Self.block(Self.grade("neural-network", ["backprop": answer]), "backprop")
    #expect(grade.status == .passed, "\(grade.feedback)")
  }
}
