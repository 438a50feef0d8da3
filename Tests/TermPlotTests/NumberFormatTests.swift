import Testing

@testable import TermPlot

@Suite struct NumberFormatTests {
  @Test func quarterStepKeepsBothDecimals() {
    #expect(NumberFormat.tickLabel(0.25, step: 0.25) == "0.25")
    #expect(NumberFormat.tickLabel(2.75, step: 0.25) == "2.75")
    #expect(NumberFormat.tickLabel(0.5, step: 0.25) == "0.5")
  }

  @Test func tinyStepIsScientificNotAStringOfZeros() {
    #expect(NumberFormat.tickLabel(1e-9, step: 1e-9) == "1e-9")
    #expect(NumberFormat.tickLabel(3e-5, step: 1e-5) == "3e-5")
    #expect(NumberFormat.tickLabel(1.5e-7, step: 5e-8) == "1.5e-7")
    #expect(NumberFormat.tickLabel(2e-7, step: 5e-8) == "2e-7")
  }

  @Test func binaryNoiseIsRoundedToTheStep() {
    #expect(0.1 * 3 != 0.3)
    #expect(NumberFormat.tickLabel(0.1 * 3, step: 0.1) == "0.3")
    #expect(NumberFormat.tickLabel(0.1 + 0.2, step: 0.1 + 0.2) == "0.3")
  }

  @Test func thousandsAndMillionsTakeSuffixesWhenExact() {
    #expect(NumberFormat.tickLabel(1200, step: 200) == "1.2k")
    #expect(NumberFormat.tickLabel(1000, step: 500) == "1k")
    #expect(NumberFormat.tickLabel(250_000, step: 50_000) == "250k")
    #expect(NumberFormat.tickLabel(2_000_000, step: 1_000_000) == "2M")
    #expect(NumberFormat.tickLabel(1_500_000, step: 500_000) == "1.5M")
    #expect(NumberFormat.tickLabel(1_250_000, step: 250_000) == "1.25M")
  }

  @Test func finerStepsKeepThePlainNumberOrGoScientific() {
    #expect(NumberFormat.tickLabel(1250, step: 50) == "1250")
    #expect(NumberFormat.tickLabel(1234, step: 1) == "1234")
    #expect(NumberFormat.tickLabel(1_000_010, step: 10) == "1.00001e6")
    #expect(NumberFormat.tickLabel(2e9, step: 1e9) == "2e9")
    #expect(NumberFormat.tickLabel(1e12, step: 1e12) == "1e12")
  }

  @Test func negativeZeroAndValuesRoundingToZeroPrintZero() {
    #expect(NumberFormat.tickLabel(-0.0, step: 1) == "0")
    #expect(NumberFormat.tickLabel(-1e-17, step: 0.1) == "0")
    #expect(NumberFormat.tickLabel(0, step: 1e-9) == "0")
  }

  @Test func plainNumbersStayShort() {
    #expect(NumberFormat.tickLabel(-0.5, step: 0.5) == "-0.5")
    #expect(NumberFormat.tickLabel(150, step: 50) == "150")
    #expect(NumberFormat.tickLabel(149.6, step: 0.2) == "149.6")
    #expect(NumberFormat.tickLabel(0.0015, step: 0.0005) == "0.0015")
    #expect(NumberFormat.tickLabel(0.001, step: 0.001) == "0.001")
  }

  @Test func aTickBetweenStepMultiplesKeepsItsDigit() {
    // Ticks 2.5, 7.5, 12.5 stand 5 apart: the step alone would print 3, 8, 13.
    #expect(NumberFormat.tickLabel(2.5, step: 5) == "2.5")
    #expect(NumberFormat.tickLabel(-1.5e308, step: 1e308) == "-1.5e308")
  }

  @Test func nonFiniteValuesAndStepsAreHandled() {
    #expect(NumberFormat.tickLabel(.nan, step: 1) == "nan")
    #expect(NumberFormat.tickLabel(.infinity, step: 1) == "inf")
    #expect(NumberFormat.tickLabel(-.infinity, step: 1) == "-inf")
    #expect(NumberFormat.tickLabel(0.3121, step: 0) == "0.3121")
    #expect(NumberFormat.tickLabel(0.3121, step: .nan) == "0.3121")
    #expect(NumberFormat.tickLabel(0.25, step: -0.25) == "0.25")
  }

  @Test func compactKeepsFourSignificantDigits() {
    #expect(NumberFormat.compact(0.31211) == "0.3121")
    #expect(NumberFormat.compact(1.0 / 3) == "0.3333")
    #expect(NumberFormat.compact(0.001234) == "0.001234")
    #expect(NumberFormat.compact(12.3456) == "12.35")
    #expect(NumberFormat.compact(1234.5) == "1235")
    #expect(NumberFormat.compact(1500) == "1500")
  }

  @Test func compactUsesSuffixesFromTenThousandToABillion() {
    #expect(NumberFormat.compact(12_345) == "12.35k")
    #expect(NumberFormat.compact(1.24e5) == "124k")
    #expect(NumberFormat.compact(999_999) == "1M")
    #expect(NumberFormat.compact(3.5e6) == "3.5M")
    #expect(NumberFormat.compact(-124_000_000) == "-124M")
  }

  @Test func compactIsScientificForTinyAndHugeValues() {
    #expect(NumberFormat.compact(2.5e-7) == "2.5e-7")
    #expect(NumberFormat.compact(-1.2345e-100) == "-1.235e-100")
    #expect(NumberFormat.compact(1.24e9) == "1.24e9")
    #expect(NumberFormat.compact(1e300) == "1e300")
    #expect(NumberFormat.compact(Double.leastNonzeroMagnitude) == "5e-324")
    #expect(NumberFormat.compact(Double.greatestFiniteMagnitude) == "1.798e308")
  }

  @Test func compactNamesZeroAndNonFiniteValues() {
    #expect(NumberFormat.compact(0) == "0")
    #expect(NumberFormat.compact(-0.0) == "0")
    #expect(NumberFormat.compact(-0.00000000001) == "-1e-11")
    #expect(NumberFormat.compact(.nan) == "nan")
    #expect(NumberFormat.compact(.infinity) == "inf")
    #expect(NumberFormat.compact(-.infinity) == "-inf")
  }

  @Test func logTickLabelsKeepTheirDecadeForm() {
    let decades = [1e-3, 1e-2, 0.1, 1, 10, 100, 1e3, 1e4, 1e5, 1e6]
    #expect(
      NumberFormat.tickLabels(decades, scale: .logarithmic) == [
        "0.001", "0.01", "0.1", "1", "10", "100", "1k", "10k", "100k", "1M",
      ])
    #expect(NumberFormat.tickLabels([5, 10, 20], scale: .logarithmic) == ["5", "10", "20"])
    #expect(
      NumberFormat.tickLabels([100, 100.5, 101], scale: .logarithmic) == ["100", "100.5", "101"])
  }

  @Test func linearTickLabelsShareOneForm() {
    #expect(
      NumberFormat.tickLabels([0, 500, 1000, 1500], scale: .linear) == ["0", "500", "1k", "1.5k"])
    #expect(
      NumberFormat.tickLabels([250, 750, 1250, 1750], scale: .linear) == [
        "250", "750", "1250", "1750",
      ])
    #expect(NumberFormat.tickLabels([0.3121], scale: .linear) == ["0.3121"])
    #expect(NumberFormat.tickLabels([], scale: .linear) == [])
  }

  @Test func oneAxisNeverMixesScientificWithThousandsAndMillions() {
    // The finding: a loss axis from 1 to 1e10 labelled 100M beside 1e10.
    #expect(
      NumberFormat.tickLabels([1, 100, 1e4, 1e6, 1e8, 1e10], scale: .logarithmic) == [
        "1", "100", "1e4", "1e6", "1e8", "1e10",
      ])
    #expect(
      NumberFormat.tickLabels([0, 5e8, 1e9, 1.5e9], scale: .linear) == [
        "0", "5e8", "1e9", "1.5e9",
      ])
    // Small scientific labels alone leave k and M alone when none is scientific above.
    #expect(
      NumberFormat.tickLabels([0, 250_000, 500_000], scale: .linear) == ["0", "250k", "500k"])
    #expect(
      NumberFormat.tickLabels([1e-5, 1e-3, 0.1, 10, 1000], scale: .logarithmic) == [
        "1e-5", "0.001", "0.1", "10", "1e3",
      ])
  }
}
