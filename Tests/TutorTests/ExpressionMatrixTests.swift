import Testing
import Tutor

@Suite struct ExpressionMatrixTests {
  @Test func literalsMakeVectorsAndMatrices() throws {
    #expect(try evaluated("[1, 2, 3]") == .vector([1, 2, 3]))
    #expect(try evaluated("[[1, 2], [3, 4]]") == .matrix(rows: 2, columns: 2, [1, 2, 3, 4]))
    #expect(try evaluated("[]") == .vector([]))
    #expect(try evaluated("[1, 2,]") == .vector([1, 2]))
    #expect(try evaluated("[1 + 1, 2 * 3]") == .vector([2, 6]))
  }

  @Test func vectorsInAListBecomeAMatrixsRows() throws {
    let table: VariableTable = ["X": .vector([1, 2, 3]), "Y": .vector([4, 5, 6])]
    #expect(try evaluated("[X, Y]", in: table) == .matrix(rows: 2, columns: 3, [1, 2, 3, 4, 5, 6]))
  }

  @Test func matrixTimesMatrix() throws {
    // [1 2; 3 4] @ [5 6; 7 8] = [1·5+2·7, 1·6+2·8; 3·5+4·7, 3·6+4·8] = [19 22; 43 50]
    #expect(
      try evaluated("[[1, 2], [3, 4]] @ [[5, 6], [7, 8]]")
        == .matrix(rows: 2, columns: 2, [19, 22, 43, 50]))
    // (2×3) @ (3×2): [1·7+2·9+3·11, 1·8+2·10+3·12; 4·7+5·9+6·11, 4·8+5·10+6·12]
    #expect(
      try evaluated("[[1, 2, 3], [4, 5, 6]] @ [[7, 8], [9, 10], [11, 12]]")
        == .matrix(rows: 2, columns: 2, [58, 64, 139, 154]))
  }

  @Test func matrixTimesVectorIsAVector() throws {
    // Each row · [1, −1]: 1 − 2, 3 − 4, 5 − 6
    #expect(try evaluated("[[1, 2], [3, 4], [5, 6]] @ [1, -1]") == .vector([-1, -1, -1]))
  }

  @Test func vectorTimesMatrixIsAVector() throws {
    // [1, 2, 3] @ [1 0; 0 1; 1 1] = [1 + 0 + 3, 0 + 2 + 3]
    #expect(try evaluated("[1, 2, 3] @ [[1, 0], [0, 1], [1, 1]]") == .vector([4, 5]))
  }

  @Test func vectorTimesVectorIsANumber() throws {
    // 1·4 + 2·5 + 3·6
    #expect(try evaluated("[1, 2, 3] @ [4, 5, 6]") == .number(32))
  }

  @Test func matrixProductBindsLikeMultiplication() throws {
    #expect(try evaluated("2 * [1, 2] @ [3, 4]") == .number(22))  // [2, 4] @ [3, 4]
    #expect(try evaluated("[1, 2] @ [3, 4] + 1") == .number(12))
  }

  @Test func transposeSwapsRowsAndColumns() throws {
    #expect(
      try evaluated("[[1, 2, 3], [4, 5, 6]].T") == .matrix(rows: 3, columns: 2, [1, 4, 2, 5, 3, 6]))
    let table: VariableTable = ["W": .matrix(rows: 2, columns: 2, [1, 2, 3, 4])]
    #expect(try evaluated("W.T", in: table) == .matrix(rows: 2, columns: 2, [1, 3, 2, 4]))
    #expect(try evaluated("W.T.T == W", in: table) == .matrix(rows: 2, columns: 2, [1, 1, 1, 1]))
    #expect(try evaluated("W.T @ [1, 0]", in: table) == .vector([1, 2]))
  }

  @Test func transposeLeavesVectorsAndNumbersAlone() throws {
    #expect(try evaluated("[1, 2, 3].T") == .vector([1, 2, 3]))
    #expect(try evaluated("(5).T") == .number(5))
  }

  @Test func transposeBindsBeforeUnaryMinus() throws {
    #expect(try evaluated("-[[1, 2]].T") == .matrix(rows: 2, columns: 1, [-1, -2]))
  }
}
