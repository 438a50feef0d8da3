import Testing

@testable import Python

// The behaviours the course shows, one by one, with the outputs CPython 3.11 and numpy 2.4
// print (from Fixtures/snippets.json's print_format and strings groups, and the Python
// documentation's examples). FormatCaseTests checks thousands more from the fixture.

/// `format(x, spec)` through FormatSpec, errors as `ValueError: message`.
private func formatted(_ x: Double, _ spec: String) -> String {
  do throws(FormatSpecError) { return try FormatSpec(parsing: spec).format(x) } catch {
    return error.description
  }
}

private func formatted(_ n: Int, _ spec: String) -> String {
  do throws(FormatSpecError) { return try FormatSpec(parsing: spec).format(n) } catch {
    return error.description
  }
}

private func formatted(_ s: String, _ spec: String) -> String {
  do throws(FormatSpecError) { return try FormatSpec(parsing: spec).format(s) } catch {
    return error.description
  }
}

// MARK: - repr and round

@Test func floatReprSwitchesToScientificBelowOneTenThousandthAndFrom1e16() {
  let cases: [(Double, String)] = [
    (1e-5, "1e-05"), (1e-4, "0.0001"), (1e16, "1e+16"),
    (1_234_567_890_123_456, "1234567890123456.0"),
    (1.5e300, "1.5e+300"), (100, "100.0"), (-0.0, "-0.0"), (0.1 + 0.2, "0.30000000000000004"),
    (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"), (.leastNonzeroMagnitude, "5e-324"),
  ]
  for (x, text) in cases { #expect(PythonFormatting.repr(x) == text) }
  #expect(PythonFormatting.repr(-42) == "-42")
}

@Test func roundIsCorrectlyRoundedOnTheBinaryValueWithTiesToEven() {
  // 2.675 is 2.67499999999999982236431605997495353221893310546875.
  #expect(PythonFormatting.round(2.675, ndigits: 2) == 2.67)
  #expect(PythonFormatting.round(0.125, ndigits: 2) == 0.12)
  #expect(PythonFormatting.round(150, ndigits: -2) == 200)
  #expect(PythonFormatting.round(250, ndigits: -2) == 200)
  #expect(PythonFormatting.round(-0.4, ndigits: 0)?.sign == .minus)
  #expect(PythonFormatting.round(1.7976931348623157e308, ndigits: -308) == nil)
  #expect(PythonFormatting.round(0.5) == 0)
  #expect(PythonFormatting.round(1.5) == 2)
  #expect(PythonFormatting.round(-0.5) == 0)
}

@Test func numpyRoundScalesThenRoundsHalfToEven() {
  #expect(PythonFormatting.numpyRound(2.675, decimals: 2) == 2.68)
  #expect(PythonFormatting.numpyRound(2.5, decimals: 0) == 2)
  #expect(PythonFormatting.numpyRound(1250, decimals: -2) == 1200)
  #expect(PythonFormatting.numpyRound(7, decimals: 3) == 7)
}

// MARK: - Format specs

@Test func fixedDecimalsRoundTheExactValue() {
  #expect(formatted(2.675, ".2f") == "2.67")
  #expect(formatted(0.125, ".2f") == "0.12")
  #expect(formatted(1e22, "f") == "10000000000000000000000.000000")
  #expect(formatted(149.99, ".3f") == "149.990")
  #expect(formatted(149.99, ".0f") == "150")
  #expect(formatted(-0.0051, ".2f") == "-0.01")
  #expect(formatted(12345.678, "8.2f") == "12345.68")
  #expect(formatted(1.5, "8.2f") == "    1.50")
  #expect(formatted(3, ".2f") == "3.00")
}

@Test func noTypeIsReprWithoutPrecisionAndGWithADotZeroWithOne() {
  #expect(formatted(1.0, "") == "1.0")
  #expect(formatted(1e16, "") == "1e+16")
  #expect(formatted(0.1, ".3") == "0.1")
  #expect(formatted(1234.5, ".3") == "1.23e+03")
  #expect(formatted(12.0, ".3") == "12.0")
  #expect(formatted(2.5, "<6") == "2.5   ")
}

@Test func exponentAndGeneralFormats() {
  #expect(formatted(12345.678, "e") == "1.234568e+04")
  #expect(formatted(0.000123, ".2e") == "1.23e-04")
  #expect(formatted(0.0, "e") == "0.000000e+00")
  #expect(formatted(0.0001, "g") == "0.0001")
  #expect(formatted(123456789.0, "g") == "1.23457e+08")
  #expect(formatted(1e-5, "g") == "1e-05")
  #expect(formatted(100.0, "g") == "100")
  #expect(formatted(1_234_567, "g") == "1.23457e+06")
  #expect(formatted(1.0, "#g") == "1.00000")
  #expect(formatted(1e300, "E") == "1.000000E+300")
}

@Test func percentThousandsAndZeroPadding() {
  #expect(formatted(0.8765, ".1%") == "87.6%")
  #expect(formatted(1, ".1%") == "100.0%")
  #expect(formatted(1_234_567, ",") == "1,234,567")
  #expect(formatted(1_234_567.891, ",") == "1,234,567.891")
  #expect(formatted(-9_876_543, ",") == "-9,876,543")
  #expect(formatted(1234, "08,") == "0,001,234")
  #expect(formatted(-5, "05") == "-0005")
  #expect(formatted(255, "#010_x") == "0x000_00ff")
  #expect(formatted(Double.infinity, "010") == "0000000inf")
  #expect(formatted(-0.001, "z.2f") == "0.00")
}

@Test func alignmentAndStrings() throws {
  #expect(formatted("loss", ">6") == "  loss")
  #expect(formatted("loss", "<6") == "loss  ")
  #expect(formatted("é", "*^5") == "**é**")
  #expect(formatted("abc", ".2") == "ab")
  #expect(formatted("ab", "05") == "ab000")
  #expect(formatted(3, ">6") == "     3")
  #expect(formatted(65, "c") == "A")
  #expect(try FormatSpec(parsing: ">5").format(true) == "    1")
  #expect(try FormatSpec(parsing: "").format(true) == "True")
}

@Test func errorsCarryCPythonsMessages() {
  #expect(formatted(1.0, ".2q") == "ValueError: Unknown format code 'q' for object of type 'float'")
  #expect(formatted(1.0, "d") == "ValueError: Unknown format code 'd' for object of type 'float'")
  #expect(formatted(3, ".2") == "ValueError: Precision not allowed in integer format specifier")
  #expect(
    formatted(1, "x.2") == "ValueError: Invalid format specifier 'x.2' for object of type 'int'")
  #expect(formatted(1, ",_") == "ValueError: Cannot specify both ',' and '_'.")
  #expect(formatted(1, "_n") == "ValueError: Cannot specify '_' with 'n'.")
  #expect(formatted(1.0, ".") == "ValueError: Format specifier missing precision")
  #expect(formatted("ab", "+") == "ValueError: Sign not allowed in string format specifier")
  #expect(formatted(-1, "c") == "OverflowError: %c arg not in range(0x110000)")
  let unknown = FormatSpecError(
    .value, "Unknown format code 's' for object of type 'numpy.float64'")
  #expect(throws: unknown) { try FormatSpec(parsing: "s").format(1.5, typeName: "numpy.float64") }
}

// MARK: - numpy arrays

@Test func floatArraysShareTheLongestFractionPaddedWithSpaces() {
  #expect(
    NumpyArrayFormatting.str(shape: [3], elements: .float([1, 2.5, 3.25])) == "[1.   2.5  3.25]")
  #expect(
    NumpyArrayFormatting.str(shape: [3], elements: .float([0.5, 0.25, 0.125]))
      == "[0.5   0.25  0.125]")
  #expect(
    NumpyArrayFormatting.str(shape: [2], elements: .float([1.0 / 3, 2.0 / 3]))
      == "[0.33333333 0.66666667]")
  #expect(NumpyArrayFormatting.str(shape: [3], elements: .float([0, 10, -3])) == "[ 0. 10. -3.]")
  #expect(
    NumpyArrayFormatting.str(shape: [4], elements: .float([1, .nan, .infinity, -.infinity]))
      == "[  1.  nan  inf -inf]")
  #expect(NumpyArrayFormatting.str(shape: [2], elements: .float([0, -0.0])) == "[ 0. -0.]")
}

@Test func floatArraysGoScientificForLargeTinyOrWideRanges() {
  #expect(NumpyArrayFormatting.str(shape: [2], elements: .float([1e-5, 1e3])) == "[1.e-05 1.e+03]")
  #expect(
    NumpyArrayFormatting.str(shape: [2], elements: .float([1, 1001])) == "[1.000e+00 1.001e+03]")
  #expect(NumpyArrayFormatting.str(shape: [2], elements: .float([1, 999])) == "[  1. 999.]")
  #expect(NumpyArrayFormatting.str(shape: [1], elements: .float([99_999_999])) == "[99999999.]")
  #expect(
    NumpyArrayFormatting.str(shape: [1], elements: .float([123_456_789])) == "[1.23456789e+08]")
  #expect(
    NumpyArrayFormatting.str(shape: [2], elements: .float([-1e-5, 1e5])) == "[-1.e-05  1.e+05]")
}

@Test func intAndBoolArraysAlignRight() {
  #expect(
    NumpyArrayFormatting.str(shape: [2, 2], elements: .int([1, -20, 300, 4]))
      == "[[  1 -20]\n [300   4]]")
  #expect(
    NumpyArrayFormatting.str(shape: [3], elements: .bool([true, false, true]))
      == "[ True False  True]")
  #expect(
    NumpyArrayFormatting.repr(shape: [2], elements: .bool([true, false])) == "array([ True, False])"
  )
}

@Test func longRowsWrapAtSeventyFiveColumns() {
  let sevenths = (1...15).map { Double($0) / 7 }
  #expect(
    NumpyArrayFormatting.str(shape: [15], elements: .float(sevenths)) == """
      [0.14285714 0.28571429 0.42857143 0.57142857 0.71428571 0.85714286
       1.         1.14285714 1.28571429 1.42857143 1.57142857 1.71428571
       1.85714286 2.         2.14285714]
      """)
  #expect(
    NumpyArrayFormatting.repr(shape: [15], elements: .float(sevenths)) == """
      array([0.14285714, 0.28571429, 0.42857143, 0.57142857, 0.71428571,
             0.85714286, 1.        , 1.14285714, 1.28571429, 1.42857143,
             1.57142857, 1.71428571, 1.85714286, 2.        , 2.14285714])
      """)
}

@Test func threeDimensionalArraysSeparateBlocksWithABlankLine() {
  #expect(
    NumpyArrayFormatting.str(shape: [2, 2, 2], elements: .int(Array(0..<8))) == """
      [[[0 1]
        [2 3]]

       [[4 5]
        [6 7]]]
      """)
}

@Test func emptyZeroDimensionalAndSummarizedArrays() {
  #expect(NumpyArrayFormatting.str(shape: [0], elements: .float([])) == "[]")
  #expect(NumpyArrayFormatting.repr(shape: [0], elements: .float([])) == "array([], dtype=float64)")
  #expect(
    NumpyArrayFormatting.repr(shape: [0, 3], elements: .float([]))
      == "array([], shape=(0, 3), dtype=float64)")
  #expect(NumpyArrayFormatting.repr(shape: [0], elements: .int([])) == "array([], dtype=int64)")
  #expect(NumpyArrayFormatting.str(shape: [], elements: .float([3])) == "3.0")
  #expect(NumpyArrayFormatting.repr(shape: [], elements: .float([3])) == "array(3.)")
  #expect(NumpyArrayFormatting.repr(shape: [], elements: .int([7])) == "array(7)")
  #expect(
    NumpyArrayFormatting.repr(shape: [2000], elements: .int(Array(0..<2000)))
      == "array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))")
}

@Test func numpyScalarsPrintLikePythonFloatsAndReprWithTheirType() {
  #expect(NumpyArrayFormatting.scalarStr(2.5) == "2.5")
  #expect(NumpyArrayFormatting.scalarStr(1e-5) == "1e-05")
  #expect(NumpyArrayFormatting.scalarStr(1e16) == "1e+16")
  #expect(NumpyArrayFormatting.scalarStr(100.0) == "100.0")
  #expect(NumpyArrayFormatting.scalarRepr(2.1666666666666665) == "np.float64(2.1666666666666665)")
  #expect(NumpyArrayFormatting.scalarRepr(3) == "np.int64(3)")
  #expect(NumpyArrayFormatting.scalarRepr(true) == "np.True_")
  #expect(NumpyArrayFormatting.scalarStr(false) == "False")
}
