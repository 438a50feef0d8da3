import Testing

@testable import TermPlot

@Suite struct TickSelectorTests {
  @Test func unitRangeInTenthsGivesExactDecimals() {
    let ticks = TickSelector.extendedWilkinson(lower: 0, upper: 1, targetCount: 11)
    // Built from integers: 0.3 is the Double written 0.3, not 3 × 0.1.
    #expect(ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
  }

  @Test func unitRangeWithFiveTicksUsesQuarters() {
    #expect(
      TickSelector.extendedWilkinson(lower: 0, upper: 1, targetCount: 5) == [
        0, 0.25, 0.5, 0.75, 1,
      ])
  }

  @Test func rangeAcrossZeroKeepsZeroAsATick() {
    #expect(
      TickSelector.extendedWilkinson(lower: -3, upper: 7, targetCount: 5) == [
        -2.5, 0, 2.5, 5, 7.5,
      ])
  }

  @Test func rangeAwayFromZeroTicksInFives() {
    #expect(
      TickSelector.extendedWilkinson(lower: 0.1, upper: 0.35, targetCount: 5) == [
        0.1, 0.15, 0.2, 0.25, 0.3, 0.35,
      ])
  }

  @Test func onlyInsideKeepsTicksWithinTheRange() {
    let ticks = TickSelector.extendedWilkinson(
      lower: 0.13, upper: 0.87, targetCount: 4, onlyInside: true)
    #expect(ticks == [0.2, 0.4, 0.6, 0.8])
  }

  @Test func fitsRejectsCrowdedCandidates() {
    let ticks = TickSelector.extendedWilkinson(lower: 0, upper: 1, targetCount: 11) {
      $0.count <= 3
    }
    #expect(ticks == [0, 0.5, 1])
  }

  @Test func nothingFittingLeavesTheNicestSingleValue() {
    #expect(
      TickSelector.extendedWilkinson(lower: -3, upper: 7, targetCount: 5) { $0.count < 2 } == [0])
    #expect(
      TickSelector.extendedWilkinson(lower: 123, upper: 456, targetCount: 5) { $0.count < 2 }
        == [200])
    #expect(TickSelector.extendedWilkinson(lower: 0, upper: 1, targetCount: 5) { _ in false } == [])
  }

  @Test func degenerateInputsGiveFewOrNoTicks() {
    #expect(TickSelector.extendedWilkinson(lower: .nan, upper: 1, targetCount: 5) == [])
    #expect(TickSelector.extendedWilkinson(lower: 0, upper: .infinity, targetCount: 5) == [])
    #expect(
      TickSelector.extendedWilkinson(lower: 0.3121, upper: 0.3121, targetCount: 5) == [0.3121])
    #expect(
      TickSelector.extendedWilkinson(lower: 1, upper: 0, targetCount: 5)
        == TickSelector.extendedWilkinson(lower: 0, upper: 1, targetCount: 5))
    #expect(
      TickSelector.extendedWilkinson(lower: 0, upper: 1, targetCount: -7)
        == TickSelector.extendedWilkinson(lower: 0, upper: 1, targetCount: 2))
  }

  @Test func decadesFromAThousandthToAHundredThousand() {
    let ticks = TickSelector.logarithmic(lower: 1e-3, upper: 1e5, length: 20, horizontal: false)
    #expect(ticks == [1e-3, 1e-2, 0.1, 1, 10, 100, 1e3, 1e4, 1e5])
  }

  @Test func crowdedDecadesAreThinnedToEverySecond() {
    // Nine decade labels ("0.001" … "100k") cannot sit side by side in 40 columns.
    let ticks = TickSelector.logarithmic(lower: 1e-3, upper: 1e5, length: 40, horizontal: true)
    #expect(ticks == [1e-2, 1, 100, 1e4])
  }

  @Test func twentyFourDecadesInTenRowsAreThinnedToEveryFifth() {
    let ticks = TickSelector.logarithmic(lower: 1e-12, upper: 1e12, length: 10, horizontal: false)
    #expect(ticks == [1e-10, 1e-5, 1, 1e5, 1e10])
  }

  @Test func thinnedDecadesMayStartFromTheLowest() {
    // "10", "100", "1k" crowd 7 columns; 100 alone is even, so 10 and 1000 it is.
    let ticks = TickSelector.logarithmic(lower: 10, upper: 1000, length: 7, horizontal: true)
    #expect(ticks == [10, 1000])
  }

  @Test func lessThanTwoDecadesAddsTwosAndFives() {
    let ticks = TickSelector.logarithmic(lower: 3, upper: 40, length: 10, horizontal: false)
    #expect(ticks == [5, 10, 20])
  }

  @Test func withinOneDecadeAllMultiplesAreTried() {
    let ticks = TickSelector.logarithmic(lower: 2.5, upper: 9.5, length: 20, horizontal: false)
    #expect(ticks == [3, 4, 5, 6, 7, 8, 9])
  }

  @Test func narrowLogRangeFallsBackToLinearTicks() {
    let ticks = TickSelector.logarithmic(lower: 100, upper: 101, length: 10, horizontal: false)
    #expect(ticks == [100, 100.5, 101])
  }

  @Test func logTicksOfBadRangesAreEmpty() {
    #expect(TickSelector.logarithmic(lower: 0, upper: 10, length: 10, horizontal: false) == [])
    #expect(TickSelector.logarithmic(lower: -1, upper: 10, length: 10, horizontal: false) == [])
    #expect(TickSelector.logarithmic(lower: 1, upper: .nan, length: 10, horizontal: false) == [])
    #expect(TickSelector.logarithmic(lower: 1, upper: 100, length: 0, horizontal: false) == [])
    #expect(TickSelector.logarithmic(lower: 7, upper: 7, length: 10, horizontal: false) == [7])
  }

  @Test func logAxisInOneRowKeepsTheDecadeNearestOne() {
    let ticks = TickSelector.logarithmic(lower: 1e-3, upper: 1e5, length: 1, horizontal: false)
    #expect(ticks == [1])
  }
}
