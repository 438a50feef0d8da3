import Testing
import Tutor

// Transcendental results are compared as formatted text (10 significant digits), which
// does not depend on the C library's last bit; everything else exactly.

@Suite struct ExpressionFunctionTests {
  @Test func sumAddsEveryElement() throws {
    #expect(try evaluated("sum([1, 2, 3])") == .number(6))
    #expect(try evaluated("sum([[1, 2], [3, 4]])") == .number(10))
    #expect(try evaluated("sum(5)") == .number(5))
    #expect(try evaluated("sum([])") == .number(0))
  }

  @Test func sumAddsLeftToRightLikePythonsSum() throws {
    // 0 + 1e16 + 1 loses the 1 (the spacing of doubles near 1e16 is 2); adding the 1 last
    // keeps it.
    #expect(try evaluated("sum([1e16, 1, -1e16])") == .number(0))
    #expect(try evaluated("sum([1e16, -1e16, 1])") == .number(1))
  }

  @Test func meanIsSumOverCount() throws {
    #expect(try evaluated("mean([1, 2, 3, 4])") == .number(2.5))
    #expect(try evaluated("mean([[1, 2], [3, 6]])") == .number(3))
    #expect(isAllNaN(try evaluated("mean([])")))
  }

  @Test func lenCountsElementsOrRows() throws {
    #expect(try evaluated("len([1, 2, 3])") == .number(3))
    #expect(try evaluated("len([[1, 2], [3, 4], [5, 6]])") == .number(3))
    #expect(try evaluated("len([])") == .number(0))
  }

  @Test func floatKeepsANumber() throws {
    #expect(try evaluated("float(len([1, 2]))") == .number(2))
  }

  @Test func roundIsPythonsRoundTiesToEven() throws {
    // Python: round(2.5), round(3.5), round(-2.5) → 2, 4, -2; round(1.2345, 2) → 1.23;
    // round(1234, -2) → 1200; round(2.675, 2) → 2.67 (2.675 is stored just below);
    // round(0.125, 2) → 0.12; round(1250, -2) → 1200.
    #expect(try evaluated("round(2.5)") == .number(2))
    #expect(try evaluated("round(3.5)") == .number(4))
    #expect(try evaluated("round(-2.5)") == .number(-2))
    #expect(try evaluated("round(1.2345, 2)") == .number(1.23))
    #expect(try evaluated("round(1234, -2)") == .number(1200))
    #expect(try evaluated("round(2.675, 2)") == .number(2.67))
    #expect(try evaluated("round(0.125, 2)") == .number(0.12))
    #expect(try evaluated("round(1250, -2)") == .number(1200))
    #expect(try evaluated("round([0.5, 1.5, -0.7])") == .vector([0, 2, -1]))
    #expect(throws: ExpressionError.self) { try evaluated("round(1, 1.5)") }
  }

  @Test func expAndLog() throws {
    #expect(try evaluated("exp(0)") == .number(1))
    #expect(try evaluated("exp([0, 1])").formatted == "[1, 2.718281828]")
    #expect(try evaluated("log(1)") == .number(0))
    #expect(try evaluated("log(10)").formatted == "2.302585093")
  }

  @Test func logOfZeroOrLessIsMinusInfinityOrNaNLikeNumpy() throws {
    #expect(try evaluated("log(0)") == .number(-.infinity))
    #expect(isAllNaN(try evaluated("log(-1)")))
    #expect(try evaluated("log([1, 0, -1])").formatted == "[0, -inf, nan]")
  }

  @Test func sqrtAndAbs() throws {
    #expect(try evaluated("sqrt(16)") == .number(4))
    #expect(try evaluated("sqrt([4, 9])") == .vector([2, 3]))
    #expect(isAllNaN(try evaluated("sqrt(-1)")))
    #expect(try evaluated("abs(-3)") == .number(3))
    #expect(try evaluated("abs([-1, 2, -0.5])") == .vector([1, 2, 0.5]))
  }

  @Test func tanhSaturates() throws {
    #expect(try evaluated("tanh(0)") == .number(0))
    #expect(try evaluated("tanh(1)").formatted == "0.761594156")
    #expect(try evaluated("tanh([-1000, 1000])") == .vector([-1, 1]))
  }

  @Test func sigmoidIsStableForLargeInputs() throws {
    #expect(try evaluated("sigmoid(0)") == .number(0.5))
    #expect(try evaluated("sigmoid(2)").formatted == "0.880797078")  // 1 / (1 + e⁻²)
    #expect(try evaluated("sigmoid(-2)").formatted == "0.119202922")  // e⁻² / (1 + e⁻²)
    #expect(try evaluated("sigmoid([-1000, 1000])") == .vector([0, 1]))
    #expect(try evaluated("sigmoid(-40)").formatted == "4.248354255e-18")
  }

  @Test func reluKeepsThePositivePart() throws {
    #expect(try evaluated("relu([-2, 0, 3])") == .vector([0, 0, 3]))
    #expect(try evaluated("relu(-0.5)") == .number(0))
    #expect(isAllNaN(try evaluated("relu(0/0)")))
  }

  @Test func dotIsTheInnerOrMatrixProduct() throws {
    #expect(try evaluated("dot([1, 2, 3], [4, 5, 6])") == .number(32))
    #expect(try evaluated("dot([[1, 2], [3, 4]], [1, 1])") == .vector([3, 7]))
    #expect(try evaluated("dot(2, [1, 2])") == .vector([2, 4]))
    #expect(try evaluated("dot(2, 3)") == .number(6))
  }

  @Test func minAndMaxOfOneArrayReduceEverything() throws {
    #expect(try evaluated("min([3, 1, 2])") == .number(1))
    #expect(try evaluated("max([[1, 5], [3, 2]])") == .number(5))
    #expect(try evaluated("max(7)") == .number(7))
    #expect(isAllNaN(try evaluated("max([1, 0/0, 3])")))
  }

  @Test func minAndMaxOfTwoArgumentsWorkElementByElement() throws {
    #expect(try evaluated("min(2, 3)") == .number(2))
    #expect(try evaluated("max([1, 5, 3], 2)") == .vector([2, 5, 3]))
    #expect(try evaluated("min([1, 5], [4, 2])") == .vector([1, 2]))
    #expect(isAllNaN(try evaluated("max(0/0, 1)")))
  }

  @Test func outerMultipliesEveryPair() throws {
    // Row i is a[i] · [3, 4, 5].
    #expect(
      try evaluated("outer([1, 2], [3, 4, 5])")
        == .matrix(rows: 2, columns: 3, [3, 4, 5, 6, 8, 10]))
  }

  @Test func functionsCompose() throws {
    #expect(try evaluated("sum(relu([-1, 2]) * 3) + len([0])") == .number(7))
  }
}
