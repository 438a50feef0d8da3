import Testing
import Tutor

@Suite struct ExpressionArithmeticTests {
  @Test(arguments: [
    ("2", 2.0), ("0.5", 0.5), (".5", 0.5), ("2.", 2.0), ("1e-3", 0.001), ("1E+2", 100.0),
    ("2.5e1", 25.0), ("007", 7.0),
  ])
  func numbersAreWrittenAsInPython(line: String, expected: Double) throws {
    #expect(try evaluated(line) == .number(expected))
  }

  @Test(arguments: [
    ("1 + 2 * 3", 7.0),  // * before +
    ("(1 + 2) * 3", 9.0),
    ("10 - 4 - 3", 3.0),  // left to right: (10 − 4) − 3
    ("8 / 4 / 2", 1.0),  // (8 / 4) / 2
    ("2 * 3 ** 2", 18.0),  // ** before *
    ("2 ** 3 ** 2", 512.0),  // right to left: 2 ** 9
    ("2 ^ 3 ^ 2", 512.0),  // ^ is ** here
    ("-2**2", -4.0),  // −(2²), as in Python
    ("(-2)**2", 4.0),
    ("2**-1", 0.5),  // the exponent may carry a sign
    ("2 ** -1 ** 2", 0.5),  // 2 ** (−(1 ** 2))
    ("-3 * -2", 6.0),
    ("+4", 4.0),
    ("--3", 3.0),
    ("-2/5", -0.4),  // (−2) / 5
    ("1 + 2 - 3 * 4 / 8", 1.5),  // 1 + 2 − (12 / 8)
    ("2 * -3 ** 2", -18.0),  // 2 · (−(3²))
    ("-2 ** 2 ** 3", -256.0),  // −(2 ** 8)
    ("- -2 ** 2", 4.0),  // −(−(2²))
    ("1 - -1", 2.0),
    ("(1 < 2) < 3", 1.0),  // parenthesized, so not a chain: 1 < 3
  ])
  func precedenceAndAssociativityFollowPython(line: String, expected: Double) throws {
    #expect(try evaluated(line) == .number(expected))
  }

  @Test func divisionByZeroGivesInfinityOrNaNLikeNumpy() throws {
    #expect(try evaluated("1/0") == .number(.infinity))
    #expect(try evaluated("-1/0") == .number(-.infinity))
    #expect(isAllNaN(try evaluated("0/0")))
    #expect(try evaluated("[1, -1] / 0") == .vector([.infinity, -.infinity]))
  }

  @Test func unaryMinusNegatesEveryElement() throws {
    #expect(try evaluated("-[1, -2]") == .vector([-1, 2]))
    #expect(try evaluated("-[[1, 2]]") == .matrix(rows: 1, columns: 2, [-1, -2]))
  }

  @Test(arguments: [
    ("1 < 2", 1.0), ("2 <= 1", 0.0), ("2 > 1", 1.0), ("1 >= 1", 1.0), ("3 == 3", 1.0),
    ("3 != 3", 0.0), ("1 + 1 == 2", 1.0), ("0/0 == 0/0", 0.0), ("0/0 != 0/0", 1.0),
  ])
  func comparisonsGiveOneOrZero(line: String, expected: Double) throws {
    #expect(try evaluated(line) == .number(expected))
  }

  @Test func comparisonsWorkElementByElement() throws {
    #expect(try evaluated("[1, 2, 3] > 2") == .vector([0, 0, 1]))
    #expect(try evaluated("[1, 2, 3] == [1, 5, 3]") == .vector([1, 0, 1]))
    #expect(try evaluated("[[1, 2], [3, 4]] <= 2") == .matrix(rows: 2, columns: 2, [1, 1, 0, 0]))
  }

  @Test(arguments: [
    ("1 and 0", 0.0), ("2 and 3", 1.0), ("0 or 5", 1.0), ("0 or 0", 0.0), ("not 0", 1.0),
    ("not 3", 0.0),
    ("not 1 == 2", 1.0),  // not (1 == 2)
    ("1 < 2 and 3 > 4", 0.0),
    ("1 or 0 and 0", 1.0),  // 1 or (0 and 0)
    ("not 0 and 0", 0.0),  // (not 0) and 0
    ("0/0 and 1", 1.0),  // NaN is true, as in Python
    ("0 or 0 or 1", 1.0),
    ("1 and 1 and 0", 0.0),
    ("0 and 1 or 1", 1.0),  // (0 and 1) or 1
    ("(0 or 1) and (1 and 2)", 1.0),
    ("not not 5", 1.0),
  ])
  func logicTreatsZeroAsFalseAndGivesOneOrZero(line: String, expected: Double) throws {
    #expect(try evaluated(line) == .number(expected))
  }

  @Test func andAndOrStopAsSoonAsTheResultIsKnown() throws {
    // The right sides are never evaluated, so neither the unknown name nor the vector
    // is an error, as in Python.
    #expect(try evaluated("0 and undefined_name") == .number(0))
    #expect(try evaluated("1 or [1, 2]") == .number(1))
    let table: VariableTable = ["X": .vector([1, 2])]
    #expect(try evaluated("len(X) > 5 and X[5] > 0", in: table) == .number(0))
  }

  @Test func whitespaceIsIgnored() throws {
    #expect(try evaluated("  1+2 *\t3 ") == .number(7))
  }
}
