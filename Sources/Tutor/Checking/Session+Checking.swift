import Descent

/// One state of the session an answer is checked on, and how it reads in a counterexample.
struct CheckState {
  /// The session in this state.
  var session: Session
  /// The varied names and values: `m = 0.3`.
  var description: [String]
}

/// What a few statements computed: each assigned name's final value, and the last value.
struct EvaluatedStatements {
  var assigned: [String: Value]
  var last: Value
}

extension Session {
  /// Evaluates `statements` in order on a copy of the session's variables, changing
  /// nothing: for checks, which must not move the student's model. The statements share
  /// one step budget, so an answer of many lines takes no longer than one.
  func evaluating(
    _ statements: [Statement], limits: ExpressionLimits = ExpressionLimits()
  ) throws(ExpressionError) -> EvaluatedStatements {
    let names = statements.reduce(into: Set<String>()) { $0.formUnion($1.referencedNames) }
    var environment = SessionVariables(session: self, reading: names)
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

  /// The value of one expression of the session's variables.
  func value(of expression: String) throws(ExpressionError) -> Value {
    let statement = try Statement.parse(expression)
    let environment = SessionVariables(session: self, reading: statement.referencedNames)
    return try Evaluator.value(of: statement, in: environment)
  }

  /// Whether a condition holds: every element of its value is a number other than 0.
  func holds(_ condition: String) throws(ExpressionError) -> Bool {
    let value = try value(of: condition)
    let elements = value.elements
    return !elements.isEmpty && elements.allSatisfy { $0 != 0 && !$0.isNaN }
  }

  /// Runs `statements` for real, as if the student had typed them (for `reveal`, `skip`
  /// and a passed exercise, whose results later steps may read).
  mutating func adopt(_ statements: [Statement]) throws(ExpressionError) {
    let names = statements.reduce(into: Set<String>()) { $0.formUnion($1.referencedNames) }
    var environment = SessionVariables(session: self, reading: names)
    for statement in statements {
      _ = try Evaluator.evaluate(statement, in: &environment)
    }
    adopt(environment)
  }

  /// Takes over what an evaluation assigned: variables, parameters, a function's point.
  mutating func adopt(_ environment: SessionVariables) {
    variables = environment.userVariables
    if environment.parametersChanged {
      previousParameters = trainer.rawParameters
      trainer.setParameters(raw: environment.parameters)
      path.append(trainer.rawParameters)
    }
    if let point = environment.functionPoint, var descent = function, point != descent.point {
      descent.point = point
      descent.start = point
      descent.history = []
      descent.trail = [point]
      function = descent
    }
  }

  /// The session itself, then `space.count` random states drawn with `seed`.
  func checkStates(_ space: StateSpace, seed: UInt64) -> [CheckState] {
    let ranges = space.ranges.isEmpty ? defaultRanges : space.ranges
    var generator = SeededGenerator(seed: seed)
    var states = [
      CheckState(session: self, description: describe(ranges.map(\.name), random: false))
    ]
    // Each varied name's shape, read once: a vector parameter gets a random vector.
    let shapes = ranges.map { (try? value(of: $0.name))?.shape ?? [] }
    for _ in 0..<space.count {
      var environment = SessionVariables(session: self, reading: [])
      for (range, shape) in zip(ranges, shapes) {
        let count = shape.reduce(1, *)
        let elements = (0..<Swift.max(count, 1)).map { _ in
          (generator.nextUniform(in: range.low, range.high) * 10).rounded() / 10
        }
        let value: Value
        switch shape.count {
        case 0: value = .number(elements[0])
        case 1: value = .vector(elements)
        default: value = .matrix(rows: shape[0], columns: shape[1], elements)
        }
        try? environment.assign(value, to: range.name)
      }
      var state = self
      state.adopt(environment)
      states.append(
        CheckState(
          session: state, description: state.describe(ranges.map(\.name), random: true)))
    }
    return states
  }

  /// What is varied when a lesson does not say: a line's m and c, a function's variables,
  /// or every parameter of another model.
  private var defaultRanges: [(name: String, low: Double, high: Double)] {
    if let function { return function.variables.map { ($0, -3, 3) } }
    if trainer.model.isSingleLayer && trainer.model.inputCount == 1 {
      return [("m", -3, 3), ("c", -3, 3)]
    }
    return trainer.model.layout.entries.map { ($0.name, -1, 1) }
  }

  /// `name = value` for each name that is a number, as the session holds them now; the
  /// vectors and matrices are named together (`random W1, b1`), since their values would
  /// not fit a sentence.
  func describe(_ names: [String], random: Bool) -> [String] {
    var parts: [String] = []
    var arrays: [String] = []
    for name in names {
      guard let value = try? value(of: name) else { continue }
      if case .number = value {
        parts.append("\(name) = \(value.formatted)")
      } else {
        arrays.append(name)
      }
    }
    if !arrays.isEmpty {
      parts.append((random ? "random " : "the current ") + arrays.joined(separator: ", "))
    }
    return parts
  }
}
