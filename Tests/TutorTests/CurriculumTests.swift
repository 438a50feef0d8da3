import Foundation
import Testing

@testable import Tutor

/// Every lesson in the repository, walked headless as a student would: with the right
/// answers every check passes; with a wrong answer every exercise shows a counterexample.
@Suite struct CurriculumTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")
    .path
  static let library = LessonLibrary(directory: folder)
  static let files = (try? library.files()) ?? []

  @Test func theCurriculumHasItsLessons() throws {
    #expect(!Self.files.isEmpty)
    for file in Self.files {
      let lesson = try Self.library.load(file)
      let checks = lesson.checkedBlocks
      #expect(
        checks.contains { $0.directive == "ask" }, "\(lesson.id) has no ask")
      #expect(
        checks.contains { $0.directive == "task" || $0.directive == "exercise" },
        "\(lesson.id) has no task or exercise")
    }
  }

  @Test(arguments: files)
  func everyLessonPassesLint(file: String) throws {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let problems = LessonLinter.problems(
      in: text, file: file, loader: Self.library.loader(forLessonAt: file))
    #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
  }

  @Test(arguments: files)
  func everyLessonWalksThroughWithTheRightAnswers(file: String) throws {
    let lesson = try Self.library.load(file)
    var session = try Session.opening(
      lesson, loader: Self.library.loader(forLessonAt: file))
    for (index, step) in lesson.steps.enumerated() {
      #expect(session.lesson?.stepIndex == index)
      for block in step.checks {
        #expect(session.lesson?.openBlock?.id == block.id, "\(lesson.id): \(block.id)")
        switch block.kind {
        case .task(let task):
          for command in task.solution { session.apply(line: command) }
          if session.lesson?.openBlock?.id == block.id { session.apply(line: "check") }
        case .predict(let prediction):
          let answer: String
          switch prediction.outcome {
          case .choice(let choices, _): answer = choices.first?.key ?? "a"
          case .number: answer = "1"
          }
          let output = session.apply(line: "answer \(answer)").lines
          #expect(output.first == "you predict \(answer); running it:", "\(output)")
        case .ask, .exercise:
          let output = session.answer(LessonLinter.ownAnswer(block)).lines
          #expect(
            output.first?.hasPrefix("✓") == true, "\(lesson.id) \(block.id): \(output)")
        }
        let record = session.lesson?.progress.answers[block.id]
        #expect(record != nil, "\(lesson.id): \(block.id) not recorded")
        if case .predict = block.kind {
        } else {
          #expect(
            record?.verdict == .passed, "\(lesson.id): \(block.id) \(String(describing: record))")
        }
      }
      #expect(session.lesson?.openBlock == nil)
      let output = session.apply(line: "next").lines
      if index + 1 < lesson.steps.count {
        #expect(
          output == ["step \(index + 2) of \(lesson.steps.count): \(lesson.steps[index + 1].title)"]
        )
      } else {
        #expect(output == ["you finished \(lesson.title)! lessons lists the others"])
        #expect(session.lesson?.progress.isCompleted == true)
      }
    }
  }

  @Test(arguments: files)
  func aWrongAnswerToEveryExerciseGetsACounterexample(file: String) throws {
    let lesson = try Self.library.load(file)
    var session = try Session.opening(
      lesson, loader: Self.library.loader(forLessonAt: file))
    for step in lesson.steps {
      for block in step.checks {
        if case .exercise(let exercise) = block.kind, let program = exercise.program {
          // The program's every compared value doubled and moved by one at its end.
          let wrong =
            program + "\n"
            + exercise.compared.map { "\($0) = 2 * np.array(\($0)) + 1" }.joined(separator: "\n")
          let output = session.answer(wrong).lines
          #expect(output.first?.hasPrefix("✗ ") == true, "\(lesson.id) \(block.id): \(output)")
          #expect(
            output.first?.contains("; expected ") == true,
            "\(lesson.id) \(block.id): no counterexample in \(output)")
        } else if case .exercise(let exercise) = block.kind {
          // Every assigned value doubled and moved by one: wrong on every state.
          let wrong = exercise.reference.map { line -> String in
            guard let equals = line.firstIndex(of: "="),
              (try? Statement.parse(line))?.assignedName != nil
            else { return "2 * (\(line)) + 1" }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...]
            return "\(name) = 2 * (\(value)) + 1"
          }.joined(separator: "; ")
          let output = session.answer(wrong).lines
          #expect(output.first?.hasPrefix("✗ ") == true, "\(lesson.id) \(block.id): \(output)")
          #expect(
            output.first?.contains("; expected ") == true,
            "\(lesson.id) \(block.id): no counterexample in \(output)")
        }
        // Then on with the right answer, so later steps find what they need.
        switch block.kind {
        case .task(let task):
          for command in task.solution { session.apply(line: command) }
          if session.lesson?.openBlock?.id == block.id { session.apply(line: "check") }
        case .predict: session.apply(line: "skip")
        case .ask, .exercise: session.answer(LessonLinter.ownAnswer(block))
        }
      }
      session.apply(line: "next")
    }
  }
}
