import Testing
import Tutor

// numpy's rule: shapes line up from the right (a vector of n is a 1×n row) and each
// dimension must be equal or 1, which repeats. Expected values are worked out by hand.

@Suite struct ExpressionBroadcastingTests {
  @Test func aNumberGoesWithEveryElement() throws {
    #expect(try evaluated("2 * [1, 2, 3]") == .vector([2, 4, 6]))
    #expect(try evaluated("[1, 2, 3] - 1") == .vector([0, 1, 2]))
    #expect(try evaluated("1 / [1, 2, 4]") == .vector([1, 0.5, 0.25]))
    #expect(
      try evaluated("[[1, 2], [3, 4]] * 10") == .matrix(rows: 2, columns: 2, [10, 20, 30, 40]))
  }

  @Test func vectorsOfEqualLengthCombineElementByElement() throws {
    #expect(try evaluated("[1, 2, 3] * [4, 5, 6]") == .vector([4, 10, 18]))
    #expect(try evaluated("[1, 2, 3] + [4, 5, 6]") == .vector([5, 7, 9]))
    #expect(try evaluated("[6, 8] / [3, 4]") == .vector([2, 2]))
  }

  @Test func aVectorOfOneRepeats() throws {
    #expect(try evaluated("[2] * [1, 2, 3]") == .vector([2, 4, 6]))
  }

  @Test func aMatrixTakesAVectorAsEachOfItsRows() throws {
    // (3×2) + (2): [1+10, 2+20], [3+10, 4+20], [5+10, 6+20]
    #expect(
      try evaluated("[[1, 2], [3, 4], [5, 6]] + [10, 20]")
        == .matrix(rows: 3, columns: 2, [11, 22, 13, 24, 15, 26]))
    #expect(
      try evaluated("[10, 20] - [[1, 2], [3, 4], [5, 6]]")
        == .matrix(rows: 3, columns: 2, [9, 18, 7, 16, 5, 14]))
  }

  @Test func aColumnAndARowMakeAGrid() throws {
    // (3×1) * (1×2) → 3×2: row i is column[i] · [10, 20]
    #expect(
      try evaluated("[[1], [2], [3]] * [[10, 20]]")
        == .matrix(rows: 3, columns: 2, [10, 20, 20, 40, 30, 60]))
    // (2×1) + (3) → 2×3
    #expect(
      try evaluated("[[1], [2]] + [10, 20, 30]")
        == .matrix(rows: 2, columns: 3, [11, 21, 31, 12, 22, 32]))
  }

  @Test func matricesOfEqualShapeCombineElementByElement() throws {
    #expect(
      try evaluated("[[1, 2], [3, 4]] - [[1, 1], [1, 1]]")
        == .matrix(rows: 2, columns: 2, [0, 1, 2, 3]))
    #expect(
      try evaluated("[[1, 2], [3, 4]] * [[5, 6], [7, 8]]")
        == .matrix(rows: 2, columns: 2, [5, 12, 21, 32]))
  }

  @Test func powersWorkElementByElement() throws {
    #expect(try evaluated("[1, 2, 3] ** 2") == .vector([1, 4, 9]))
    #expect(try evaluated("2 ^ [1, 2, 3]") == .vector([2, 4, 8]))
    #expect(try evaluated("[[1, 2]] ** [[3], [2]]") == .matrix(rows: 2, columns: 2, [1, 8, 1, 4]))
  }
}
