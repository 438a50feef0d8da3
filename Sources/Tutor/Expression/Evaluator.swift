/// Evaluates parsed statements against an environment's variables.
///
/// Evaluation is a loop over the statement's postfix instructions with a stack of values:
/// it never recurses, checks every array's size before allocating it, and counts element
/// operations against `limits.stepBudget` as it goes. Numbers follow numpy: `1/0` is
/// `inf`, `log(0)` is `-inf`, `sqrt(-1)` is `nan` — values, not errors.
///
///     var table: VariableTable = ["X": .vector([1, 2, 3]), "m": .number(0.5)]
///     try Evaluator.evaluate(Statement.parse("m * X + 1"), in: &table)  // [1.5, 2, 2.5]
public enum Evaluator {
  /// Evaluates `statement`; for an assignment, assigns through the environment and
  /// returns the value assigned.
  ///
  /// An error thrown by `environment.assign` is rethrown pointing at the assigned name.
  /// Nothing is assigned if evaluation fails.
  public static func evaluate(
    _ statement: Statement,
    in environment: inout some ExpressionEnvironment,
    limits: ExpressionLimits = .init()
  ) throws(ExpressionError) -> Value {
    try evaluateCounting(statement, in: &environment, limits: limits).value
  }

  /// Evaluates `statement` as `evaluate` does, and also returns the steps it took, so a
  /// few statements can share one budget.
  static func evaluateCounting(
    _ statement: Statement,
    in environment: inout some ExpressionEnvironment,
    limits: ExpressionLimits
  ) throws(ExpressionError) -> (value: Value, steps: Int) {
    var evaluation = ExpressionEvaluation(limits: limits)
    let value = try evaluation.run(statement.program, in: environment)
    if let name = statement.assignedName {
      do throws(ExpressionError) {
        try environment.assign(value, to: name)
      } catch {
        var located = error
        if let span = statement.assignedSpan {
          located.column = span.column
          located.length = span.length
        }
        throw located
      }
    }
    return (value, evaluation.stepsTaken)
  }

  /// Parses and evaluates one line, as `evaluate(Statement.parse(line), in:)`.
  public static func evaluate(
    _ line: String,
    in environment: inout some ExpressionEnvironment,
    limits: ExpressionLimits = .init()
  ) throws(ExpressionError) -> Value {
    try evaluate(Statement.parse(line, limits: limits), in: &environment, limits: limits)
  }

  /// The value of an expression, for checks and conditions that must not change anything:
  /// an assignment is an error here.
  public static func value(
    of statement: Statement,
    in environment: some ExpressionEnvironment,
    limits: ExpressionLimits = .init()
  ) throws(ExpressionError) -> Value {
    if let span = statement.assignedSpan {
      throw ExpressionError("an assignment isn't allowed here; write just the expression", at: span)
    }
    var evaluation = ExpressionEvaluation(limits: limits)
    return try evaluation.run(statement.program, in: environment)
  }
}
