import Foundation
import Testing

@testable import Tutor

/// The right letters of each lesson's choice questions and predictions, and the words its
/// text questions accept.
extension CurriculumTests {
  /// The key of the right choice of every choice question and prediction in `file`, in
  /// order: an ask's `answer`, and for a prediction the outcome its run produced when the
  /// lesson is walked with its own answers.
  static func rightChoices(in file: String) throws -> [(id: String, key: String)] {
    let lesson = try library.load(file)
    var session = try Session.opening(lesson, loader: library.loader(forLessonAt: file))
    var keys: [(id: String, key: String)] = []
    for step in lesson.steps {
      for block in step.checks {
        switch block.kind {
        case .task(let task):
          for command in task.solution { session.apply(line: command) }
          if session.lesson?.openBlock?.id == block.id { session.apply(line: "check") }
        case .predict(let prediction):
          guard case .choice(let choices, _) = prediction.outcome else {
            session.apply(line: "answer 1")
            continue
          }
          session.apply(line: "answer \(choices.first?.key ?? "a")")
          let happened = AnswerChecker().outcome(of: prediction, after: session.workspace)
          keys.append((block.id, happened.choice?.key ?? "?"))
        case .ask(let question):
          if case .choice(_, let correct) = question.answer { keys.append((block.id, correct)) }
          session.answer(LessonLinter.ownAnswer(block))
        case .exercise:
          session.answer(LessonLinter.ownAnswer(block))
        }
      }
      session.apply(line: "next")
    }
    return keys
  }

  /// Answering `a` to everything must not pass a lesson: no letter is the right answer of
  /// more than 40% of a lesson's choice questions and predictions. A lesson with fewer
  /// than three cannot meet 40%; there, no letter may be right twice.
  @Test(arguments: files)
  func noLetterIsTheRightAnswerOfMoreThanTwoFifthsOfALessonsChoices(file: String) throws {
    let keys = try Self.rightChoices(in: file)
    #expect(!keys.contains { $0.key == "?" }, "\(file): a prediction with no outcome: \(keys)")
    let counts = Dictionary(grouping: keys, by: \.key).mapValues(\.count)
    let allowed = max(1, keys.count * 2 / 5)
    for (letter, count) in counts {
      #expect(
        count <= allowed,
        "\(file): \(letter) answers \(count) of \(keys.count): \(keys.map { "\($0.id) \($0.key)" })"
      )
    }
  }

  /// The right letters as the lessons stand, so a reordering is a reviewed change.
  @Test func theRightLettersOfEveryLesson() throws {
    var letters: [String: String] = [:]
    for file in Self.files {
      let lesson = try Self.library.load(file)
      letters[lesson.id] = try Self.rightChoices(in: file).map(\.key).joined()
    }
    #expect(
      letters == [
        "the-valley": "bacba", "linear-regression": "b", "learning-rate": "dbcab",
        "normalization": "cbad", "polynomial-regression": "dcba", "logistic-regression": "ba",
        "loss-functions": "abcd", "backprop-by-hand": "b", "neural-network": "bac",
        "optimizers": "cbacbda", "review": "bcbcdaa",
      ])
  }
}

/// The words a text question accepts: the phrasings students type.
@Suite struct TextAnswerTests {
  /// Opens `id` at the step holding `blockID` and answers it with `answer`; returns what
  /// the session said and whether the block passed.
  static func answer(_ answer: String, to blockID: String, in id: String) throws -> (
    lines: [String], passed: Bool
  ) {
    let file = try CurriculumTests.library.resolve(id)
    let lesson = try CurriculumTests.library.load(file)
    let stepID = try #require(lesson.steps.first { $0.checks.contains { $0.id == blockID } }?.id)
    var session = try LessonNumbersTests.walk(id, to: stepID)
    while let open = session.lesson?.openBlock, open.id != blockID {
      session.answer(LessonLinter.ownAnswer(open))
    }
    let lines = session.answer(answer).lines
    let verdict = session.lesson?.progress.answers[blockID]?.verdict
    return (lines, verdict == .passed)
  }

  @Test(arguments: [
    "cost function", "cost functions", "cost", "loss function", "loss", "objective",
    "objective function", "Objective functions", "the cost function",
  ])
  func theCostFunctionIsAcceptedByItsNames(words: String) throws {
    let result = try Self.answer(words, to: "term-cost", in: "the-valley")
    #expect(result.passed, "\(words): \(result.lines)")
  }

  @Test(arguments: [
    "weights", "weight", "the weights", "model weights", "weights and biases", "parameters",
    "parameter", "model parameters", "params",
  ])
  func theWeightsAreAcceptedByTheirNames(words: String) throws {
    let result = try Self.answer(words, to: "term-weights", in: "the-valley")
    #expect(result.passed, "\(words): \(result.lines)")
  }

  @Test(arguments: ["epoch", "epochs", "an epoch", "one epoch", "One Epoch", "1 epoch"])
  func theEpochIsAcceptedByItsNames(words: String) throws {
    let result = try Self.answer(words, to: "epoch-word", in: "review")
    #expect(result.passed, "\(words): \(result.lines)")
  }

  /// The course comments its epoch count as "Number of iterations": a student who answers
  /// "iteration" is told why that is not the word.
  @Test(arguments: ["iteration", "iterations"])
  func iterationIsAnsweredWithTheCoursesComment(words: String) throws {
    let result = try Self.answer(words, to: "epoch-word", in: "review")
    #expect(!result.passed)
    #expect(
      result.lines.joined(separator: " ").contains("\"number of iterations\""), "\(result.lines)")
  }

  /// The course says backpropagation "adjusts the weights"; the review's distractor in
  /// those words is answered with the difference.
  @Test func theCoursesDefinitionOfBackpropagationIsAnsweredWithTheDifference() throws {
    let result = try Self.answer("d", to: "what-is-backprop", in: "review")
    #expect(!result.passed)
    let said = result.lines.joined(separator: " ")
    #expect(said.contains("computes the gradients") && said.contains("optimizer"), "\(said)")
  }
}
