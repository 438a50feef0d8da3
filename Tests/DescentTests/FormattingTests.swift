import Testing

@testable import Descent

// Expected texts are worked out by hand: round |x| to d significant digits (halves away
// from zero), then print fixed from 0.001 up to 99 999 and scientific otherwise, dropping
// trailing zeros.

@Suite struct FormattingTests {
  @Test(arguments: [
    (2.5e5, 2, "2.5e5"),
    (4.2e11, 2, "4.2e11"),
    (0.37, 3, "0.37"),
    (149.9, 4, "149.9"),
    (20000.0, 3, "20000"),
    (1.3e-7, 2, "1.3e-7"),
    (1.0, 3, "1"),
    (99999.0, 5, "99999"),
    (1e5, 3, "1e5"),
    (123_456.0, 3, "1.23e5"),
    (12345.678, 3, "12300"),
    (0.012345, 3, "0.0123"),
    (0.001, 3, "0.001"),
    (0.00099, 2, "9.9e-4"),
    (2.5e-4, 2, "2.5e-4"),
    (3.0e-3, 1, "0.003"),
    (7.0, 1, "7"),
    (65.0, 1, "70"),
  ])
  func significantDigitsInFixedAndScientificNotation(value: Double, digits: Int, text: String) {
    #expect(value.formatted(significantDigits: digits) == text)
  }

  @Test func threeSignificantDigitsIsTheDefault() {
    #expect(149.9.formatted() == "150")
    #expect(247_500.0.formatted() == "2.48e5")  // 2.475e5: the half rounds away from zero
    #expect(0.3333333.formatted() == "0.333")
  }

  @Test func zeroPrintsAsZero() {
    #expect(0.0.formatted(significantDigits: 3) == "0")
    #expect((-0.0).formatted(significantDigits: 3) == "0")
    #expect(0.0.formatted(significantDigits: 1) == "0")
  }

  @Test func negativeNumbersKeepTheirSign() {
    #expect((-2.5e5).formatted(significantDigits: 2) == "-2.5e5")
    #expect((-0.37).formatted(significantDigits: 3) == "-0.37")
    #expect((-149.9).formatted(significantDigits: 4) == "-149.9")
    #expect((-1.3e-7).formatted(significantDigits: 2) == "-1.3e-7")
    #expect((-9.99).formatted(significantDigits: 2) == "-10")
    #expect((-20000.0).formatted(significantDigits: 3) == "-20000")
  }

  @Test func roundingCarriesAcrossAPowerOfTen() {
    // 9.99 → 2 digits: 10.0 → "10";  99 999.6 → 3 digits: 100 000 → "1e5" (not "100000").
    #expect(9.99.formatted(significantDigits: 2) == "10")
    #expect(99_999.6.formatted(significantDigits: 3) == "1e5")
    #expect(0.0999.formatted(significantDigits: 2) == "0.1")
    #expect(9.96e-5.formatted(significantDigits: 2) == "1e-4")
    #expect(0.000_999_9.formatted(significantDigits: 2) == "0.001")
    #expect(9.5.formatted(significantDigits: 1) == "10")
    #expect(999_999.0.formatted(significantDigits: 3) == "1e6")
  }

  @Test func exactPowersOfTenAreNotMisjudgedByLog10() {
    for exponent in -10...15 {
      let value = Double("1e\(exponent)")!
      let expected: String
      if exponent >= 5 || exponent < -3 {
        expected = "1e\(exponent)"
      } else if exponent >= 0 {
        expected = "1" + String(repeating: "0", count: exponent)
      } else {
        expected = "0." + String(repeating: "0", count: -exponent - 1) + "1"
      }
      #expect(value.formatted(significantDigits: 3) == expected, "1e\(exponent)")
    }
  }

  @Test func nonFiniteNumbersHaveShortNames() {
    #expect(Double.nan.formatted(significantDigits: 3) == "nan")
    #expect(Double.infinity.formatted(significantDigits: 3) == "inf")
    #expect((-Double.infinity).formatted(significantDigits: 3) == "-inf")
    #expect(Double.nan.shortDescription == "nan")
    #expect(Double.infinity.shortDescription == "inf")
    #expect((-Double.infinity).shortDescription == "-inf")
  }

  @Test func theSmallestSubnormalFormats() {
    // 5e-324 (2⁻¹⁰⁷⁴ = 4.94…e-324) reads back from "5e-324", whose digits are the ones rounded.
    #expect(Double.leastNonzeroMagnitude.formatted(significantDigits: 3) == "5e-324")
    #expect(Double.leastNonzeroMagnitude.formatted(significantDigits: 1) == "5e-324")
    #expect((-Double.leastNonzeroMagnitude).formatted(significantDigits: 3) == "-5e-324")
    // 2.2250738585072014e-308, the smallest normal Double.
    #expect(Double.leastNormalMagnitude.formatted(significantDigits: 3) == "2.23e-308")
  }

  @Test func theLargestDoubleFormats() {
    // 1.797 693 134 862 315 7e308: 3 digits → 180 → "1.8e308" (trailing zero dropped).
    #expect(1.7976931348623157e308.formatted(significantDigits: 3) == "1.8e308")
    #expect(1.7976931348623157e308.formatted(significantDigits: 1) == "2e308")
    #expect(1.7976931348623157e308.formatted(significantDigits: 5) == "1.7977e308")
    #expect((-1.7976931348623157e308).formatted(significantDigits: 2) == "-1.8e308")
  }

  @Test func sixAndTenDigitsAsReportsPrintThem() {
    // The course's example 1 result, m = 149.63852630039835, c = 1.3050347505457929.
    #expect(149.63852630039835.formatted(significantDigits: 10) == "149.6385263")
    #expect(1.3050347505457929.formatted(significantDigits: 10) == "1.305034751")
    #expect((2.0 / 3).formatted(significantDigits: 10) == "0.6666666667")
    // Six digits show a six-digit integer part whole; a seventh needs an exponent.
    #expect(123_456.789.formatted(significantDigits: 6) == "123457")
    #expect(1_234_567.0.formatted(significantDigits: 6) == "1.23457e6")
    #expect(0.000_123_456_789.formatted(significantDigits: 6) == "1.23457e-4")
    #expect(247_500.0.formatted(significantDigits: 6) == "247500")
  }

  @Test func roundingStartsFromTheShortestRoundTripDigits() {
    // Digits come from the shortest text that reads back as the number (its description):
    // 0.15 is "0.15", so 1 digit rounds its 5 up to "0.2"; 17 digits keep that text as is.
    #expect(0.15.formatted(significantDigits: 1) == "0.2")
    #expect(1.45.formatted(significantDigits: 2) == "1.5")
    #expect(0.1.formatted(significantDigits: 17) == "0.1")
    #expect((2.0 / 3).formatted(significantDigits: 17) == "0.6666666666666666")
    #expect((1.0 / 3).formatted(significantDigits: 17) == "0.3333333333333333")
    // 0.1 + 0.2 is 0.30000000000000004 (17 significant digits), not 0.3.
    #expect((0.1 + 0.2).formatted(significantDigits: 17) == "0.30000000000000004")
    #expect((0.1 + 0.2).formatted(significantDigits: 16) == "0.3")
    // 2/3 to 16 digits: "0.6666666666666666" ends in a 6, so 15 digits round up.
    #expect((2.0 / 3).formatted(significantDigits: 15) == "0.666666666666667")
  }

  @Test func shortDescriptionEchoesTypedNumbers() {
    #expect(0.01.shortDescription == "0.01")
    #expect(1000.0.shortDescription == "1000")
    #expect(1e-05.shortDescription == "1e-05")
    #expect(0.1.shortDescription == "0.1")
    #expect(2.5.shortDescription == "2.5")
    #expect((-3.0).shortDescription == "-3")
    #expect(0.0.shortDescription == "0")
    #expect(1e16.shortDescription == "1e+16")
    #expect(149.63852630039835.shortDescription == "149.63852630039835")
  }

  @Test func divergenceMessageUsesTheseFormats() {
    // The example: "the loss grew from 2.5e5 to 4.2e11 in 24 epochs".
    let divergence = Divergence(
      epoch: 24, cause: .explodingLoss, firstLoss: 2.5e5, loss: 4.2e11, learningRate: 0.1,
      normalized: false)
    #expect(divergence.message.hasPrefix("learning rate 0.1 is too high for this data"))
    #expect(divergence.message.contains("the loss grew from 2.5e5 to 4.2e11 in "))
  }
}
