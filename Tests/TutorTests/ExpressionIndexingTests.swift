import Testing
import Tutor

@Suite struct ExpressionIndexingTests {
  let table: VariableTable = [
    "X": .vector([10, 20, 30]),
    "W1": .matrix(rows: 3, columns: 2, [1, 2, 3, 4, 5, 6]),
  ]

  @Test func aVectorIndexPicksAnElement() throws {
    #expect(try evaluated("X[0]", in: table) == .number(10))
    #expect(try evaluated("X[1]", in: table) == .number(20))
  }

  @Test func negativeIndicesCountFromTheEnd() throws {
    #expect(try evaluated("X[-1]", in: table) == .number(30))
    #expect(try evaluated("X[-3]", in: table) == .number(10))
    #expect(try evaluated("W1[-1, -1]", in: table) == .number(6))
  }

  @Test func oneIndexPicksAMatrixRow() throws {
    #expect(try evaluated("W1[1]", in: table) == .vector([3, 4]))
  }

  @Test func chainedAndCommaIndicesPickTheSameElement() throws {
    #expect(try evaluated("W1[2][0]", in: table) == .number(5))
    #expect(try evaluated("W1[2, 0]", in: table) == .number(5))
    #expect(try evaluated("W1[0][-1]", in: table) == .number(2))
  }

  @Test func anIndexMayBeAnExpression() throws {
    #expect(try evaluated("X[len(X) - 1]", in: table) == .number(30))
    #expect(try evaluated("X[1.0]", in: table) == .number(20))
    #expect(try evaluated("W1[1 + 1, 2 - 1]", in: table) == .number(6))
  }

  @Test func anyValueCanBeIndexed() throws {
    #expect(try evaluated("[10, 20][1]") == .number(20))
    #expect(try evaluated("(X * 2)[0]", in: table) == .number(20))
    #expect(try evaluated("W1.T[1, 2]", in: table) == .number(6))
    #expect(try evaluated("abs([-1, 2])[0]") == .number(1))
  }

  @Test func indexingBindsBeforeUnaryMinusAndPowers() throws {
    #expect(try evaluated("-X[0]", in: table) == .number(-10))
    #expect(try evaluated("2 ** X[0] / 2 ** 9", in: table) == .number(2))  // 2¹⁰ / 2⁹
  }

  @Test func aTrailingCommaIsAllowedInAnIndex() throws {
    #expect(try evaluated("X[1,]", in: table) == .number(20))
  }
}
