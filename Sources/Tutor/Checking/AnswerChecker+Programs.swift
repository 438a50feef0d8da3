import Descent
import Python
import Synchronization

extension AnswerChecker {
  /// The sandbox a checked program runs in: small enough that a class's programs, each
  /// run on every state and against every known mistake, finish in seconds, and large
  /// enough for a few thousand passes of a lesson's training loop.
  static let programLimits = Interpreter.Limits(
    steps: 200_000, elements: 1_000_000, recursion: 100)

  /// Checks a program (a training loop, a function and its calls) against the reference
  /// program: both run from the same state, the session's own and random ones, and the
  /// `compared` names are compared once they have run.
  func compareProgram(
    answer: String, exercise: Exercise, of block: CheckedBlock, in workspace: Workspace
  ) -> Verdict {
    guard let reference = exercise.program else {
      return Verdict(
        passed: false, feedback: ["this exercise has no program"], isUnreadable: true)
    }
    let source = Self.dedented(answer)
    guard !source.trimmingSpaces.isEmpty else {
      return Verdict(
        passed: false,
        feedback: ["write your code after answer: (a line of its own), then a blank line"],
        isUnreadable: true)
    }
    do {
      _ = try PythonParser.parse(source)
    } catch {
      var verdict = Verdict(
        passed: false, feedback: [error.rendered(lines: source.codeLines)],
        isUnreadable: true)
      verdict.sentences = [error.message]
      return verdict
    }
    let targets = exercise.compared
    let read = Scratchpad.identifiers(in: reference).union(targets)
    // Each program as an answer is typed, so that the same program is the same text.
    let referenceSource = Self.dedented(reference)
    let states = workspace.checkStates(exercise.states, reading: read, seed: seed)
    return judge(
      Comparison(
        states: states, targets: targets, single: false, tolerance: exercise.tolerance,
        mistakes: block.mistakes, reference: exercise.reference),
      in: workspace,
      reference: {
        programRuns.values(of: referenceSource, targets: targets, on: $0.workspace)
      },
      // Through the same store: an answer that is the reference or a known mistake, as
      // lint tries, is not run again.
      answer: { programRuns.values(of: source, targets: targets, on: $0.workspace) },
      mistake: { mistake in
        let wrong = Self.dedented(mistake.answer)
        return { try? programRuns.values(of: wrong, targets: targets, on: $0.workspace).get() }
      })
  }

  /// The `targets`' values after `program` runs, in a Python of its own, on `workspace`:
  /// or what stopped it (its error, or a name it left unassigned or not a number).
  static func programValues(_ program: String, targets: [String], on workspace: Workspace)
    -> Result<[String: Value], StateFailure>
  {
    var python = PromptPython(limits: programLimits)
    var run = workspace.run
    let variables = workspace.scratchpad.variables
    let cell = python.run(program, on: &run, variables: variables)
    if let failure = cell.failure { return .failure(StateFailure(failure.message)) }
    var values: [String: Value] = [:]
    for name in targets {
      guard let value = python.value(of: name, on: run, variables: variables) else {
        return .failure(StateFailure("your code does not set \(name)"))
      }
      guard let converted = Value(value) else {
        return .failure(StateFailure("\(name) is not numbers: it is \(value.typeName)"))
      }
      values[name] = converted
    }
    return .success(values)
  }

  /// A program typed or pasted after `answer`, moved left as far as its least indented
  /// line (`answer:` is followed by an indented block).
  static func dedented(_ text: String) -> String {
    let lines = text.codeLines
    let margin = lines.filter { !$0.trimmingSpaces.isEmpty }
      .map { $0.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
    return lines.map { String($0.dropFirst(Swift.min(margin, $0.count))) }
      .joined(separator: "\n")
  }
}

/// The values of programs (a reference, a known mistake, an answer) on the states they
/// were run on, so that checking many answers to one exercise (lint's, a class's) runs
/// the lesson's own programs once a state, not once an answer.
final class ProgramRuns: Sendable {
  /// A program and everything of a state it can read, numbers by their bits (a NaN
  /// among the student's variables is the same NaN the next time).
  private struct Key: Hashable {
    var program: String
    var targets: [String]
    var model: Model
    var loss: Loss
    var dataset: Dataset
    var numbers: [UInt64]
    var names: [String]
  }

  private typealias Outcome = Result<[String: Value], AnswerChecker.StateFailure>
  private let outcomes = Mutex<[Key: Outcome]>([:])
  /// Kept at most, so a long session of many lessons does not grow without bound.
  private static let capacity = 256

  /// What `program` leaves in `targets` on `workspace`, run once for each state.
  func values(of program: String, targets: [String], on workspace: Workspace) -> Result<
    [String: Value], AnswerChecker.StateFailure
  > {
    let run = workspace.run
    let variables = workspace.scratchpad.variables.sorted { $0.key < $1.key }
    var numbers = run.trainer.rawParameters + [run.learningRate] + (run.function?.point ?? [])
    for (_, value) in variables { numbers += [Double(value.elements.count)] + value.elements }
    let key = Key(
      program: program, targets: targets, model: run.trainer.model, loss: run.trainer.loss,
      dataset: run.dataset, numbers: numbers.map(\.bitPattern),
      names: variables.map { $0.key + ":" + $0.value.shape.map(String.init).joined(separator: "x") }
        + (run.function.map { [$0.source] } ?? []))
    if let known = outcomes.withLock({ $0[key] }) { return known }
    let outcome = AnswerChecker.programValues(program, targets: targets, on: workspace)
    outcomes.withLock { outcomes in
      if outcomes.count >= Self.capacity { outcomes.removeAll() }
      outcomes[key] = outcome
    }
    return outcome
  }
}
