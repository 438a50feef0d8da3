import Testing
import Tutor

/// An environment like the session's: `w` must stay a vector of 2, `b` a number.
private struct ParameterTable: ExpressionEnvironment {
  var w: [Double] = [0, 0]
  var b = 0.0

  func value(of name: String) -> Value? {
    switch name {
    case "w": return .vector(w)
    case "b": return .number(b)
    default: return nil
    }
  }

  mutating func assign(_ value: Value, to name: String) throws(ExpressionError) {
    switch (name, value) {
    case ("w", .vector(let elements)) where elements.count == 2: w = elements
    case ("b", .number(let x)): b = x
    case ("w", _), ("b", _):
      throw ExpressionError(
        "'\(name)' is a parameter and must stay its shape, not become \(value.shapeDescription)")
    default:
      throw ExpressionError("only the parameters w and b can be set here")
    }
  }

  var variableNames: [String] { ["b", "w"] }
}

@Suite struct ExpressionAssignmentTests {
  @Test func anAssignmentStoresAndReturnsTheValue() throws {
    var table: VariableTable = ["X": .vector([1, 2, 3])]
    let value = try Evaluator.evaluate("s = sum(X)", in: &table)
    #expect(value == .number(6))
    #expect(table.values["s"] == .number(6))
    #expect(table.variableNames == ["X", "s"])
  }

  @Test func anAssignmentCanReadTheNameItReplaces() throws {
    var table: VariableTable = ["m": .number(2), "L": .number(0.5), "D_m": .number(4)]
    _ = try Evaluator.evaluate("m = m - L*D_m", in: &table)
    #expect(table.values["m"] == .number(0))
  }

  @Test func aFailedEvaluationAssignsNothing() {
    var table: VariableTable = ["m": .number(2)]
    #expect(throws: ExpressionError.self) { try Evaluator.evaluate("m = m + nothing", in: &table) }
    #expect(table.values == ["m": .number(2)])
  }

  @Test func assigningToAParameterChangesTheModel() throws {
    var parameters = ParameterTable()
    _ = try Evaluator.evaluate("w = w + [1, 2]", in: &parameters)
    _ = try Evaluator.evaluate("b = 0.5", in: &parameters)
    #expect(parameters.w == [1, 2])
    #expect(parameters.b == 0.5)
  }

  @Test func theEnvironmentsRefusalPointsAtTheAssignedName() {
    var parameters = ParameterTable()
    let line = "  w = [1, 2, 3]"
    do {
      _ = try Evaluator.evaluate(line, in: &parameters)
      Issue.record("assigning a vector of 3 to w should fail")
    } catch {
      #expect(error.column == 3)
      #expect(
        error.rendered(line: line) == """
            w = [1, 2, 3]
            ^ 'w' is a parameter and must stay its shape, not become a vector of 3
          """)
    }
    #expect(parameters.w == [0, 0])
  }

  @Test func valueOfRefusesAnAssignment() throws {
    let table: VariableTable = ["x": .number(3)]
    #expect(try Evaluator.value(of: Statement.parse("x * 2"), in: table) == .number(6))
    let line = "y = x * 2"
    #expect(
      renderedErrorOfValue(line, in: table) == """
        y = x * 2
        ^ an assignment isn't allowed here; write just the expression
        """)
  }

  private func renderedErrorOfValue(_ line: String, in table: VariableTable) -> String? {
    do {
      _ = try Evaluator.value(of: Statement.parse(line), in: table)
      return nil
    } catch {
      return error.rendered(line: line)
    }
  }
}
