import Testing

@testable import TermPlot

@Suite struct AxisAutomaticTests {
  /// The labels' columns on a horizontal axis, as `labelColumn(of:length:)` places them.
  private func labelColumns(_ axis: Axis, length: Int) -> [Int?] {
    axis.ticks.map { axis.labelColumn(of: $0, length: length) }
  }

  @Test func unitRangeOverFortyColumnsTicksInQuarters() {
    let axis = Axis.automatic(data: 0...1, length: 40, horizontal: true)
    #expect(axis.scale == .linear)
    #expect(axis.lower == 0)  // padding stops at zero: the data are all ≥ 0
    #expect(axis.upper == 1.05)
    #expect(axis.ticks.map(\.value) == [0, 0.25, 0.5, 0.75, 1])
    #expect(axis.ticks.map(\.label) == ["0", "0.25", "0.5", "0.75", "1"])
    // Tick cells 0, 9, 19, 28, 38 (of 40 over 0…1.05), labels centred on them.
    #expect(labelColumns(axis, length: 40) == [0, 7, 18, 26, 38])
  }

  @Test func unitRangeOverTenRowsTicksInHalves() {
    let axis = Axis.automatic(data: 0...1, length: 10, horizontal: false)
    #expect(axis.ticks.map(\.value) == [0, 0.5, 1])
    #expect(axis.ticks.map(\.label) == ["0", "0.5", "1"])
  }

  @Test func sevenHundredFiftyOverTenRowsTicksEvery250() {
    let axis = Axis.automatic(data: 0...750, length: 10, horizontal: false)
    #expect(axis.lower == 0)
    #expect(axis.upper == 787.5)
    #expect(axis.ticks.map(\.value) == [0, 250, 500, 750])
    #expect(axis.ticks.map(\.label) == ["0", "250", "500", "750"])
    #expect(axis.ticks.compactMap { axis.cell(of: $0.value, length: 10) } == [0, 3, 6, 9])
  }

  @Test func sevenHundredFiftyOverTwentyRowsGrowsToCoverTheLastTick() {
    let axis = Axis.automatic(data: 0...750, length: 20, horizontal: false)
    #expect(axis.upper == 800)
    #expect(axis.ticks.map(\.label) == ["0", "200", "400", "600", "800"])
  }

  @Test func narrowRangeFarFromZeroKeepsItsDecimals() {
    let axis = Axis.automatic(data: 149.6...150.4, length: 10, horizontal: false)
    #expect(axis.lower == 149.56)
    #expect(axis.upper == 150.44)
    #expect(axis.ticks.map(\.value) == [149.6, 149.8, 150, 150.2, 150.4])
    #expect(axis.ticks.map(\.label) == ["149.6", "149.8", "150", "150.2", "150.4"])
  }

  @Test func picoRangeIsLabelledScientifically() {
    let rows = Axis.automatic(data: 1e-12...1e-11, length: 10, horizontal: false)
    #expect(rows.lower == 0)
    #expect(rows.upper == 1.045e-11)
    #expect(rows.ticks.map(\.value) == [0, 5e-12, 1e-11])
    #expect(rows.ticks.map(\.label) == ["0", "5e-12", "1e-11"])
    let columns = Axis.automatic(data: 1e-12...1e-11, length: 40, horizontal: true)
    #expect(columns.ticks.map(\.label) == ["0", "2.5e-12", "5e-12", "7.5e-12", "1e-11"])
  }

  @Test func rangeAcrossZeroIsPaddedOnBothSides() {
    let columns = Axis.automatic(data: -3...7, length: 40, horizontal: true)
    #expect(columns.lower == -3.5)
    #expect(columns.upper == 7.5)
    #expect(columns.ticks.map(\.value) == [-2.5, 0, 2.5, 5, 7.5])
    #expect(columns.ticks.map(\.label) == ["-2.5", "0", "2.5", "5", "7.5"])
    let rows = Axis.automatic(data: -3...7, length: 10, horizontal: false)
    #expect(rows.lower == -4)
    #expect(rows.upper == 8)
    #expect(rows.ticks.map(\.label) == ["-4", "0", "4", "8"])
  }

  @Test func negativeDataKeepTheUpperBoundAtOrBelowZero() {
    let axis = Axis.automatic(data: -5 ... -1, length: 10, horizontal: false)
    #expect(axis.lower == -5.2)
    #expect(axis.upper == -0.8)
    #expect(axis.ticks.map(\.label) == ["-5", "-4", "-3", "-2", "-1"])
  }

  @Test func lossCurveStartsOnTheAxis() {
    let axis = Axis.automatic(data: 0.02...2.3, length: 20, horizontal: false)
    #expect(axis.lower == 0)
    #expect(axis.upper == 2.5)
    #expect(axis.ticks.map(\.label) == ["0", "0.5", "1", "1.5", "2", "2.5"])
  }

  @Test func millionOverThirtyColumnsHasLabelsThatDoNotOverlap() {
    let axis = Axis.automatic(data: 0...1e6, length: 30, horizontal: true)
    #expect(axis.ticks.map(\.value) == [0, 500_000, 1_000_000])
    #expect(axis.ticks.map(\.label) == ["0", "500k", "1M"])
    // Tick cells 0, 14, 28 (of 30 over 0…1.05M): "0" at 0, "500k" at 12…15, "1M" at
    // 27…28, with blank columns between.
    #expect(labelColumns(axis, length: 30) == [0, 12, 27])
  }

  @Test func millionOverEightyColumnsTicksEveryHundredThousand() {
    let axis = Axis.automatic(data: 0...1e6, length: 80, horizontal: true)
    #expect(
      axis.ticks.map(\.label) == [
        "0", "100k", "200k", "300k", "400k", "500k", "600k", "700k", "800k", "900k", "1M",
      ])
  }

  @Test func fixedRangeIsKeptAndTicksStayInside() {
    let axis = Axis.automatic(
      data: 0.3...0.4, length: 10, horizontal: false, fixed: 0.13...0.87)
    #expect(axis.lower == 0.13)
    #expect(axis.upper == 0.87)
    #expect(axis.ticks.map(\.value) == [0.2, 0.4, 0.6, 0.8])
    let unit = Axis.automatic(data: nil, length: 40, horizontal: true, fixed: 0...1)
    #expect(unit.lower == 0)
    #expect(unit.upper == 1)
    #expect(unit.ticks.map(\.label) == ["0", "0.25", "0.5", "0.75", "1"])
  }

  @Test func singleValueFixedRangeIsWidenedLikeConstantData() {
    let single = Axis.automatic(data: nil, length: 10, horizontal: false, fixed: 5...5)
    #expect(single.lower == 4.5)
    #expect(single.upper == 5.5)
    #expect(single.ticks.map(\.label) == ["4.5", "5", "5.5"])
  }

  @Test func paddingCanBeChangedOrSwitchedOff() {
    let bare = Axis.automatic(data: 0.13...0.87, length: 10, horizontal: false, padding: 0)
    #expect(bare.lower == 0)
    #expect(bare.upper == 0.9)
    #expect(bare.ticks.map(\.label) == ["0", "0.3", "0.6", "0.9"])
    let wide = Axis.automatic(data: 10...20, length: 10, horizontal: false, padding: 0.5)
    #expect(wide.lower == 5)
    #expect(wide.upper == 25)
    let nonsense = Axis.automatic(data: 10...20, length: 10, horizontal: false, padding: .nan)
    #expect(nonsense.lower == 10)
    #expect(nonsense.upper == 20)
  }
}
