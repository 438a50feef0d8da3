import Descent

extension Run {
  /// Names an expression may use that are not variables of a function to minimize.
  static let functionNames: Set<String> = [
    "sum", "mean", "len", "exp", "log", "sqrt", "abs", "tanh", "sigmoid", "relu", "dot",
    "min", "max", "outer",
  ]

  /// `model function EXPR`: minimize EXPR over its one or two variables, from 0 (or the
  /// values in `variables`, the student's own).
  mutating func setFunction(
    _ source: String, variables: [String: Value] = [:]
  ) throws(CommandFailure) -> [SessionEvent] {
    guard !source.isEmpty else {
      throw CommandFailure(
        "write model function followed by an expression, such as model function (x - 3)**2")
    }
    let statement: Statement
    do {
      statement = try Statement.parse(source)
    } catch {
      throw CommandFailure(error, in: source, isWholeLine: false)
    }
    guard statement.assignedName == nil else {
      throw CommandFailure("model function takes an expression, not an assignment")
    }
    let names = statement.orderedNames.filter { !Self.functionNames.contains($0) }
    guard (1...2).contains(names.count) else {
      throw CommandFailure(
        "model function minimizes a function of one or two variables; '\(source)' has "
          + (names.isEmpty ? "none" : "\(names.count): " + names.joined(separator: ", ")))
    }
    let start = names.map { name -> Double in
      if case .number(let value) = variables[name] { return value }
      return 0
    }
    // Only what the autodiff graph can take: numbers and scalar operations.
    do {
      _ = try ExpressionGraph(statement, variables: names, at: start)
    } catch {
      throw CommandFailure(error, in: source, isWholeLine: false)
    }
    let descent = FunctionDescent(
      source: source, statement: statement, variables: names, start: start,
      learningRate: configuration.optimizer.learningRate)
    guard descent.value(at: start).isFinite else {
      let point = zip(names, start).map { "\($0) = \($1.shortDescription)" }
      throw CommandFailure(
        "f is not a finite number at " + point.joined(separator: ", ")
          + "; set a start where it is, such as \(names[0]) = 1, then model function again")
    }
    subject = .function(descent)
    provenance = .start
    lossAxisIsLogarithmic = false
    comparison = nil
    return [.minimizing(source: source, descent.snapshot)]
  }
}
