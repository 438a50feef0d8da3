import Testing
import Tutor

// Hostile lines: each must end in an ExpressionError, quickly, without a crash or a stack
// overflow. "Quickly" is a generous bound for a debug build on a loaded machine; the
// measured times are a few milliseconds to a few tenths of a second.

@Suite struct ExpressionSandboxTests {
  /// Limits that let a long line through, so that nesting is what stops it.
  let longLines = ExpressionLimits(maximumLength: 1_000_000)
  let quickly = Duration.seconds(5)

  /// The error `line` gives and how long it took to get it.
  private func timedError(
    _ line: String, in table: VariableTable = [:], limits: ExpressionLimits = .init()
  ) -> (ExpressionError?, Duration) {
    var error: ExpressionError?
    let duration = ContinuousClock().measure {
      error = expressionError(line, in: table, limits: limits)
    }
    return (error, duration)
  }

  // MARK: - Nesting

  @Test func aHundredThousandNestedParenthesesStopAtTheDepthLimit() {
    let line = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
    let (error, duration) = timedError(line, limits: longLines)
    #expect(duration < quickly)
    // The 201st '(' opens level 201. The caret sits 40 characters into a window that
    // starts at character 161, after a '…'.
    #expect(error?.column == 201)
    #expect(
      error?.rendered(line: line) == "…" + String(repeating: "(", count: 100) + "…\n"
        + String(repeating: " ", count: 41) + "^ the expression is nested more than 200 deep")
  }

  @Test func aHundredThousandUnaryMinusesStopAtTheDepthLimit() {
    let line = String(repeating: "-", count: 100_000) + "1"
    let (error, duration) = timedError(line, limits: longLines)
    #expect(duration < quickly)
    #expect(error?.column == 201)
    #expect(error?.message == "the expression is nested more than 200 deep")
  }

  @Test func twoHundredLevelsAreAllowedAndTheNextIsNot() throws {
    let parentheses = String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
    #expect(try evaluated(parentheses) == .number(1))
    let minuses = String(repeating: "-", count: 200) + "1"
    #expect(try evaluated(minuses) == .number(1))
    let deeper = "(" + parentheses + ")"
    #expect(expressionError(deeper)?.column == 201)
  }

  @Test func deepBracketsCallsAndPowersStopAtTheDepthLimit() {
    let brackets = String(repeating: "[", count: 5_000)
    #expect(expressionError(brackets)?.message == "the expression is nested more than 200 deep")
    let calls = String(repeating: "abs(", count: 1_000) + "1" + String(repeating: ")", count: 1_000)
    #expect(expressionError(calls)?.message == "the expression is nested more than 200 deep")
    let powers = "2" + String(repeating: "**2", count: 3_000)
    #expect(expressionError(powers)?.message == "the expression is nested more than 200 deep")
  }

  @Test func evenAHugeDepthLimitCannotOverflowTheStack() throws {
    // Parsing keeps its nesting on the heap and evaluation runs a flat instruction list,
    // so 100 000 levels work when the limits allow them.
    let limits = ExpressionLimits(maximumLength: 1_000_000, maximumDepth: 1_000_000)
    let parentheses =
      String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
    #expect(try evaluated(parentheses, limits: limits) == .number(1))
    let minuses = String(repeating: "-", count: 100_000) + "1"
    #expect(try evaluated(minuses, limits: limits) == .number(1))
  }

  @Test func aLongFlatChainIsNotNesting() throws {
    // 100 000 terms parse in a loop and evaluate on a two-value stack.
    let line = "1" + String(repeating: "+1", count: 99_999)
    #expect(try evaluated(line, limits: longLines) == .number(100_000))
  }

  // MARK: - Length

  @Test func aMillionCharacterLineIsRefusedAtTheLengthLimit() {
    let line = String(repeating: "1+", count: 500_000)
    let (error, duration) = timedError(line)
    #expect(duration < quickly)
    #expect(error?.column == 10_001)
    // Characters 9961…10060 are shown, '1+' repeated, cut on both sides.
    #expect(
      error?.rendered(line: line) == "…" + String(repeating: "1+", count: 50) + "…\n"
        + String(repeating: " ", count: 41)
        + "^ the line is longer than 10000 characters; split the work into shorter assignments")
  }

  // MARK: - Array sizes

  @Test func outerOfTwoHugeVectorsIsRefusedBeforeAllocating() {
    let table: VariableTable = ["v": .vector(Array(repeating: 1, count: 10_000))]
    let (error, duration) = timedError("outer(v, v)", in: table)
    #expect(duration < quickly)
    #expect(
      error?.rendered(line: "outer(v, v)") == """
        outer(v, v)
        ^~~~~ the result would be a 10000×10000 matrix, more than the limit of 1000000 elements
        """)
  }

  @Test func broadcastingAColumnAgainstARowIsSizeChecked() {
    let table: VariableTable = [
      "C": .matrix(rows: 2_000, columns: 1, Array(repeating: 1, count: 2_000)),
      "v": .vector(Array(repeating: 1, count: 2_000)),
    ]
    #expect(
      renderedError("C * v", in: table) == """
        C * v
          ^ the result would be a 2000×2000 matrix, more than the limit of 1000000 elements
        """)
  }

  @Test func aLiteralLongerThanTheElementLimitIsRefused() {
    let limits = ExpressionLimits(maximumElements: 2)
    #expect(
      renderedError("[1, 2, 3]", limits: limits) == """
        [1, 2, 3]
        ^ the result would be a vector of 3, more than the limit of 2 elements
        """)
  }

  // MARK: - Step budget

  @Test func aHugeMatrixProductIsRefusedBeforeItStarts() {
    // 1000×1000 @ 1000×1000 needs 10⁹ multiplications: refused before the first one.
    let table: VariableTable = [
      "W": .matrix(rows: 1_000, columns: 1_000, Array(repeating: 1, count: 1_000_000))
    ]
    let (error, duration) = timedError("W @ W", in: table)
    #expect(duration < quickly)
    #expect(
      error?.rendered(line: "W @ W") == """
        W @ W
          ^ this expression does too much work (over 10000000 steps); use smaller arrays or fewer \
        operations
        """)
  }

  @Test func repeatedHeavyWorkRunsOutOfSteps() {
    // exp of a 100 000-element vector, nested 150 times. Reading v costs 1 step and each
    // exp 100 000: 99 of them bring the count to 9 900 001, and the 100th from the inside
    // would pass 10⁷. Counted from the outside it is exp number 51, at column 4 · 50 + 1.
    let table: VariableTable = ["v": .vector(Array(repeating: 0, count: 100_000))]
    let line = String(repeating: "exp(", count: 150) + "v" + String(repeating: ")", count: 150)
    let (error, duration) = timedError(line, in: table)
    #expect(duration < quickly)
    #expect(error?.column == 201)
    #expect(error?.length == 3)
    #expect(
      error?.message
        == "this expression does too much work (over 10000000 steps); use smaller arrays or "
        + "fewer operations")
  }

  @Test func theStepBudgetCountsElementOperations() {
    // The literal costs 3 steps and the product 3 more: 6 is over a budget of 5.
    let limits = ExpressionLimits(stepBudget: 5)
    #expect(expressionError("[1, 2, 3] * 2", limits: limits)?.column == 11)
    #expect(expressionError("[1, 2, 3] + 0", limits: ExpressionLimits(stepBudget: 6)) == nil)
  }
}
