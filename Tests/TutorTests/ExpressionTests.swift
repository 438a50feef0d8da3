import Testing
import Tutor

// Helpers shared by the Expression*Tests files, and tests of the pieces they rely on.

/// The value of `line` evaluated in a copy of `table`.
func evaluated(
  _ line: String, in table: VariableTable = [:], limits: ExpressionLimits = .init()
) throws(ExpressionError) -> Value {
  var table = table
  return try Evaluator.evaluate(line, in: &table, limits: limits)
}

/// The error that parsing or evaluating `line` throws, or nil if it succeeds.
func expressionError(
  _ line: String, in table: VariableTable = [:], limits: ExpressionLimits = .init()
) -> ExpressionError? {
  var table = table
  do {
    _ = try Evaluator.evaluate(line, in: &table, limits: limits)
    return nil
  } catch {
    return error
  }
}

/// The error for `line` as the REPL shows it: the line, the caret line and the message.
func renderedError(
  _ line: String, in table: VariableTable = [:], limits: ExpressionLimits = .init()
) -> String? {
  expressionError(line, in: table, limits: limits)?.rendered(line: line)
}

/// Whether every element of `value` is NaN (NaN is not equal to itself, so `==` can't say).
func isAllNaN(_ value: Value) -> Bool {
  value.elements.allSatisfy(\.isNaN)
}

/// The course's example 1: X = 1…5, Y = 150·X, n = 5, L = 0.01, with m and c given.
func courseTable(m: Double, c: Double) -> VariableTable {
  [
    "X": .vector([1, 2, 3, 4, 5]),
    "Y": .vector([150, 300, 450, 600, 750]),
    "n": .number(5),
    "L": .number(0.01),
    "m": .number(m),
    "c": .number(c),
  ]
}

@Suite struct ExpressionTests {
  @Test func aPlainExpressionHasNoAssignedName() throws {
    let statement = try Statement.parse("2 * x + y")
    #expect(statement.assignedName == nil)
    #expect(statement.referencedNames == ["x", "y"])
    #expect(statement.text == "2 * x + y")
  }

  @Test func anAssignmentNamesItsTargetAndTheNamesItReads() throws {
    let gradient = try Statement.parse("D_m = (-2/n) * sum(X * (Y - Y_pred))")
    #expect(gradient.assignedName == "D_m")
    #expect(gradient.referencedNames == ["n", "X", "Y", "Y_pred"])
    let update = try Statement.parse("m = m - L*D_m")
    #expect(update.assignedName == "m")
    #expect(update.referencedNames == ["m", "L", "D_m"])
  }

  @Test func functionNamesAreNotReferencedNames() throws {
    let statement = try Statement.parse("sum(exp(w)) + max(a, b)")
    #expect(statement.referencedNames == ["w", "a", "b"])
  }

  @Test func aCommentRunsToTheEndOfTheLine() throws {
    #expect(try evaluated("2 + 3  # five") == .number(5))
    let statement = try Statement.parse("D_c = (-2/n) * sum(Y - Y_pred)  # Derivative wrt c")
    #expect(statement.referencedNames == ["n", "Y", "Y_pred"])
  }

  @Test func aParsedStatementCanBeEvaluatedManyTimes() throws {
    let statement = try Statement.parse("k = k + 1")
    var table: VariableTable = ["k": .number(0)]
    for _ in 0..<3 { _ = try Evaluator.evaluate(statement, in: &table) }
    #expect(table.values["k"] == .number(3))
  }
}
