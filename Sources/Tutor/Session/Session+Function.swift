import Descent

extension Session {
  /// Names an expression may use that are not variables of a function to minimize.
  static let functionNames: Set<String> = [
    "sum", "mean", "len", "exp", "log", "sqrt", "abs", "tanh", "sigmoid", "relu", "dot",
    "min", "max", "outer",
  ]

  /// `model function EXPR`: minimize EXPR over its one or two variables, from 0 (or the
  /// values the student set for them).
  mutating func setFunction(_ source: String) -> [String] {
    guard !source.isEmpty else {
      return fail(
        "write model function followed by an expression, such as model function (x - 3)^2")
    }
    let statement: Statement
    do {
      statement = try Statement.parse(source)
    } catch {
      return fail(error, in: source, isWholeLine: false)
    }
    guard statement.assignedName == nil else {
      return fail("model function takes an expression, not an assignment")
    }
    let names = statement.orderedNames.filter { !Self.functionNames.contains($0) }
    guard (1...2).contains(names.count) else {
      return fail(
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
      return fail(error, in: source, isWholeLine: false)
    }
    let descent = FunctionDescent(
      source: source, statement: statement, variables: names, start: start,
      learningRate: configuration.optimizer.learningRate)
    guard descent.value(at: start).isFinite else {
      let point = zip(names, start).map { "\($0) = \($1.shortDescription)" }
      return fail(
        "f is not a finite number at " + point.joined(separator: ", ")
          + "; set a start where it is, such as \(names[0]) = 1, then model function again")
    }
    function = descent
    comparison = nil
    view = names.count == 2 ? .landscape : .fit
    return [
      "minimizing f(\(names.joined(separator: ", "))) = \(source) by gradient descent from "
        + descent.summary
    ]
  }

  mutating func stepFunction(_ steps: Int) -> [String] {
    guard var descent = function else { return [] }
    var first: Double?
    var last: (value: Double, gradient: [Double])?
    for _ in 0..<steps {
      guard let result = descent.step() else {
        function = descent
        return [
          "f or its gradient is not a finite number at " + descent.summary
            + "; the learning rate may be too high (rewind, or lr with a smaller rate)"
        ]
      }
      if first == nil { first = result.value }
      last = result
    }
    function = descent
    guard let last else { return [] }
    let count = descent.history.count
    let head =
      steps == 1
      ? "step \(count): f = \(last.value.formatted(significantDigits: 7)) before the step"
      : "steps \(count - steps + 1)–\(count): f = "
        + "\((first ?? .nan).formatted(significantDigits: 7)) → "
        + "\(last.value.formatted(significantDigits: 7))"
    return [head, descent.summary]
  }

  mutating func rewindFunction(_ steps: Int) -> [String] {
    guard var descent = function else { return [] }
    descent.rewind(steps)
    function = descent
    return ["back at step \(descent.history.count): " + descent.summary]
  }

  /// Assignments to the function's variables move its point (`x = 5`); other lines are
  /// evaluated as usual (nil).
  mutating func evaluateInFunction(_ line: String) -> [String]? {
    guard var descent = function,
      let statement = try? Statement.parse(line), let name = statement.assignedName,
      let index = descent.variables.firstIndex(of: name)
    else { return nil }
    var table = VariableTable(
      Dictionary(
        uniqueKeysWithValues: zip(descent.variables, descent.point.map { Value.number($0) })))
    do {
      let value = try Evaluator.evaluate(statement, in: &table)
      guard case .number(let x) = value, x.isFinite else {
        return fail("\(name) is a number; this is \(value.shapeDescription)")
      }
      descent.point[index] = x
      descent.start = descent.point
      descent.history = []
      descent.trail = [descent.point]
      function = descent
      return ["\(name) = \(value.formatted)", "starting over from " + descent.summary]
    } catch {
      return fail(error, in: line)
    }
  }
}
