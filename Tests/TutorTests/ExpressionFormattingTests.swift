import Testing
import Tutor

@Suite struct ExpressionFormattingTests {
  @Test(arguments: [
    (149.63852631578948, "149.6385263"),  // 10 significant digits
    (247_500.0, "247500"),
    (1e-05, "1e-05"),  // below 1e-4: scientific, two-digit exponent
    (0.0001, "0.0001"),
    (0.00012345, "0.00012345"),
    (0.1 + 0.2, "0.3"),
    (-3283.0, "-3283"),
    (1e10, "1e+10"),  // 10 digits before the point: scientific
    (9_999_999_999.0, "9999999999"),
    (9_999_999_999.5, "1e+10"),  // rounds up across a power of ten
    (123_456_789_012.0, "1.23456789e+11"),
    (1.5e-7, "1.5e-07"),
    (1.0 / 3.0, "0.3333333333"),
    (2.5, "2.5"),
    (1e300, "1e+300"),
    (0.0, "0"),
    (-0.0, "-0"),
  ])
  func numbersShowUpToTenSignificantDigits(value: Double, text: String) {
    #expect(Value.number(value).formatted == text)
  }

  @Test func specialNumbersAreSpelledAsNumpyDoes() {
    #expect(Value.number(.nan).formatted == "nan")
    #expect(Value.number(.infinity).formatted == "inf")
    #expect(Value.number(-.infinity).formatted == "-inf")
  }

  @Test func vectorsAreCommaSeparated() {
    #expect(Value.vector([150, 300, 450]).formatted == "[150, 300, 450]")
    #expect(Value.vector([]).formatted == "[]")
    #expect(Value.vector([0.5, -1e-05]).formatted == "[0.5, -1e-05]")
  }

  @Test func longVectorsAreElidedInTheMiddle() {
    let ten = Value.vector((1...10).map(Double.init))
    #expect(ten.formatted == "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]")
    let eleven = Value.vector((1...11).map(Double.init))
    #expect(eleven.formatted == "[1, 2, 3, …, 9, 10, 11]")
  }

  @Test func matricesAreListsOfRows() {
    #expect(Value.matrix(rows: 2, columns: 2, [1, 2, 3, 4]).formatted == "[[1, 2], [3, 4]]")
    #expect(Value.matrix(rows: 2, columns: 0, []).formatted == "[[], []]")
    let tall = Value.matrix(rows: 12, columns: 1, (1...12).map(Double.init))
    #expect(tall.formatted == "[[1], [2], [3], …, [10], [11], [12]]")
  }

  @Test func shapesReadAsWords() {
    #expect(Value.number(1).shapeDescription == "a number")
    #expect(Value.vector([1, 2, 3, 4, 5]).shapeDescription == "a vector of 5")
    #expect(
      Value.matrix(rows: 4, columns: 2, Array(repeating: 0, count: 8)).shapeDescription
        == "a 4×2 matrix")
  }

  @Test func shapesAreNumpys() {
    #expect(Value.number(1).shape == [])
    #expect(Value.vector([1, 2]).shape == [2])
    #expect(Value.matrix(rows: 1, columns: 2, [1, 2]).shape == [1, 2])
    #expect(Value.matrix(rows: 1, columns: 2, [1, 2]).elements == [1, 2])
  }
}
