import Descent

/// The student's own variables and the lines that defined them, and the evaluation of
/// what they type against a run: reading the data and parameters, and moving the model or a
/// function's start when they assign a parameter.
public struct Scratchpad: Sendable {
  /// Variables the student defined with `name = expression`.
  public internal(set) var variables: [String: Value] = [:]
  /// The line that last assigned each of the student's variables (`D_m = …`), so `check`
  /// can grade an exercise the student worked out at the prompt.
  public internal(set) var definitions: [String: String] = [:]
  /// The student's Python: its names last the session.
  var python = PromptPython()
  /// The last cell of several lines run (a loop, a function), which `check` grades for an
  /// exercise answered with code.
  public internal(set) var lastBlock: String?
  /// The variables last copied from the Python names, so that `del` removes them too.
  private var fromPython: Set<String> = []

  /// Runs a cell of the student's Python on `run`: what it printed and showed, what it
  /// moved, and its error (what ran before the error stays done, as in Python). The
  /// Python names that hold numbers become variables the lesson's checks can read.
  mutating func runPython(
    _ source: String, on run: inout Run, epochLimit: Int? = nil
  ) -> PromptPython.Cell {
    let cell = python.run(source, on: &run, variables: variables, epochLimit: epochLimit)
    if source.contains("\n") { lastBlock = source }
    // Only names the cell spells can have changed (assigned, deleted or changed in place),
    // so the work is the cell's, however many names the student has.
    var exported: Set<String> = []
    for name in Self.identifiers(in: source) {
      if let value = python.global(name), let converted = Value(value) {
        variables[name] = converted
        fromPython.insert(name)
        exported.insert(name)
      } else if fromPython.contains(name) {
        variables[name] = nil
        definitions[name] = nil
        fromPython.remove(name)
      }
    }
    // A one-line assignment is the definition `check` grades an exercise from.
    let trimmed = source.trimmingSpaces
    if !trimmed.contains("\n"), let equals = trimmed.firstIndex(of: "=") {
      let name = String(trimmed[..<equals]).trimmingSpaces
      if exported.contains(name), trimmed[trimmed.index(after: equals)...].first != "=" {
        definitions[name] = trimmed
      }
    }
    return cell
  }

  /// Evaluates an expression or assignment typed by the student: the value, or
  /// `name = value` for an assignment, and the model's move when a parameter was assigned.
  mutating func evaluate(_ line: String, on run: inout Run) throws(CommandFailure) -> [SessionEvent]
  {
    let statement: Statement
    do {
      statement = try Statement.parse(line)
    } catch {
      throw CommandFailure(error, in: line)
    }
    if run.function != nil, let name = statement.assignedName,
      let events = try moveStart(name, statement, line: line, on: &run)
    {
      return events
    }
    var environment = RunVariables(run: run, variables: [:], reading: statement.referencedNames)
    // The environment holds the only reference to the variables while it evaluates, so an
    // assignment updates the dictionary in place instead of copying every variable.
    environment.userVariables = variables
    variables = [:]
    let value: Value
    do {
      value = try Evaluator.evaluate(statement, in: &environment)
    } catch {
      variables = environment.userVariables
      throw CommandFailure(error, in: line)
    }
    variables = environment.userVariables
    var events: [SessionEvent] = []
    if let name = statement.assignedName {
      if variables[name] != nil { definitions[name] = line.trimmingSpaces }
      events.append(.assigned(name: name, value))
    } else {
      events.append(.value(value))
    }
    if environment.parametersChanged {
      run.move(to: environment.parameters)
      events.append(.modelMoved(run.snapshot, loss: run.trainer.currentLoss()))
    }
    return events
  }

  /// An assignment to a variable of the function being minimized moves its start
  /// (`x = 5`); nil for any other name.
  private func moveStart(
    _ name: String, _ statement: Statement, line: String, on run: inout Run
  ) throws(CommandFailure) -> [SessionEvent]? {
    guard let descent = run.function, let index = descent.variables.firstIndex(of: name)
    else { return nil }
    var table = VariableTable(
      Dictionary(
        uniqueKeysWithValues: zip(descent.variables, descent.point.map { Value.number($0) })))
    let value: Value
    do {
      value = try Evaluator.evaluate(statement, in: &table)
    } catch {
      throw CommandFailure(error, in: line)
    }
    guard case .number(let x) = value, x.isFinite else {
      throw CommandFailure("\(name) is a number; this is \(value.shapeDescription)")
    }
    var point = descent.point
    point[index] = x
    run.restart(at: point)
    return [.movedStart(name: name, value: value, run.snapshot)]
  }

  /// The words of `source` that could be names (letters, digits and `_`, not starting
  /// with a digit).
  static func identifiers(in source: String) -> Set<String> {
    var names: Set<String> = []
    var current = ""
    for character in source {
      if character == "_" || character.isLetter || (character.isNumber && !current.isEmpty) {
        current.append(character)
      } else {
        if !current.isEmpty { names.insert(current) }
        current = ""
      }
    }
    if !current.isEmpty { names.insert(current) }
    return names
  }

  // MARK: - Reading without changing

  /// The environment an evaluation on `run` sees, computing only what `names` read.
  func environment(_ run: Run, reading names: Set<String>) -> RunVariables {
    RunVariables(run: run, variables: variables, reading: names)
  }

  /// Evaluates `statements` in order on a copy of the variables, changing nothing: for
  /// checks, which must not move the student's model. The statements share one step
  /// budget, so an answer of many lines takes no longer than one.
  func evaluating(
    _ statements: [Statement], on run: Run, limits: ExpressionLimits = ExpressionLimits()
  ) throws(ExpressionError) -> EvaluatedStatements {
    let names = statements.reduce(into: Set<String>()) { $0.formUnion($1.referencedNames) }
    var environment = environment(run, reading: names)
    var last = Value.number(.nan)
    var assignedNames: [String] = []
    var budget = limits
    for statement in statements {
      let (value, steps) = try Evaluator.evaluateCounting(
        statement, in: &environment, limits: budget)
      last = value
      budget.stepBudget = Swift.max(budget.stepBudget - steps, 0)
      if let name = statement.assignedName { assignedNames.append(name) }
    }
    var assigned: [String: Value] = [:]
    for name in assignedNames { assigned[name] = environment.value(of: name) }
    return EvaluatedStatements(assigned: assigned, last: last)
  }

  /// The value of one expression on `run`.
  func value(of expression: String, on run: Run) throws(ExpressionError) -> Value {
    let statement = try Statement.parse(expression)
    return try Evaluator.value(
      of: statement, in: environment(run, reading: statement.referencedNames))
  }

  // MARK: - Taking over

  /// Runs `statements` for real, as if the student had typed them (for `reveal`, `skip`
  /// and a passed exercise, whose results later steps may read).
  mutating func adopt(_ statements: [Statement], on run: inout Run) throws(ExpressionError) {
    let names = statements.reduce(into: Set<String>()) { $0.formUnion($1.referencedNames) }
    var environment = environment(run, reading: names)
    for statement in statements {
      _ = try Evaluator.evaluate(statement, in: &environment)
    }
    adopt(environment, on: &run)
  }

  /// Takes over what an evaluation assigned: variables, parameters, a function's point.
  mutating func adopt(_ environment: RunVariables, on run: inout Run) {
    // What the answer assigned is the student's in Python too.
    let changed = environment.userVariables.filter { variables[$0.key] != $0.value }
    python.take(changed)
    fromPython.subtract(changed.keys)
    variables = environment.userVariables
    if environment.parametersChanged { run.move(to: environment.parameters) }
    if let point = environment.functionPoint, let descent = run.function, point != descent.point {
      run.restart(at: point)
    }
  }
}

/// What a few statements computed: each assigned name's final value, and the last value.
struct EvaluatedStatements {
  var assigned: [String: Value]
  var last: Value
}
