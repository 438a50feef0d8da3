import Testing

@testable import TermPlot

@Suite struct AxisPositionTests {
  private let linear = Axis(scale: .linear, lower: -3, upper: 7, ticks: [])
  private let log = Axis(scale: .logarithmic, lower: 1, upper: 10_000, ticks: [])

  @Test func linearPositionsAreProportional() {
    #expect(linear.position(of: -3, span: 40) == 0)
    #expect(linear.position(of: 2, span: 40) == 20)
    #expect(linear.position(of: 7, span: 40) == 40)
    // Outside the range: extrapolated, for the caller to clip.
    #expect(linear.position(of: 12, span: 40) == 60)
    #expect(linear.position(of: -8, span: 40) == -20)
  }

  @Test func linearValuesInvertPositions() {
    #expect(linear.value(at: 0, span: 40) == -3)
    #expect(linear.value(at: 20, span: 40) == 2)
    #expect(linear.value(at: 40, span: 40) == 7)
    #expect(linear.value(at: 10, span: 40) == -0.5)
  }

  @Test func linearRoundTripsStayWithinRounding() {
    let axis = Axis(scale: .linear, lower: 149.56, upper: 150.44, ticks: [])
    for k in 0...100 {
      let value = 149.56 + Double(k) * 0.0088
      let position = axis.position(of: value, span: 79)!
      let back = axis.value(at: position, span: 79)
      #expect(abs(back - value) <= 1e-12 * 150)
    }
  }

  @Test func logPositionsFollowDecades() {
    #expect(log.position(of: 1, span: 40) == 0)
    #expect(log.position(of: 10, span: 40) == 10)
    #expect(log.position(of: 100, span: 40) == 20)
    #expect(log.position(of: 10_000, span: 40) == 40)
    #expect(log.position(of: 0.1, span: 40) == -10)
  }

  @Test func logValuesInvertPositions() {
    #expect(log.value(at: 0, span: 40) == 1)
    #expect(log.value(at: 20, span: 40) == 100)
    #expect(log.value(at: 40, span: 40) == 10_000)
  }

  @Test func logRoundTripsStayWithinRounding() {
    let axis = Axis(scale: .logarithmic, lower: 1e-12, upper: 1e12, ticks: [])
    var value = 1e-12
    while value <= 1e12 {
      let position = axis.position(of: value, span: 39)!
      let back = axis.value(at: position, span: 39)
      #expect(abs(back - value) <= 1e-12 * value)
      value *= 1.7782794100389228  // a quarter decade, 10^0.25
    }
  }

  @Test func logAxesCannotPlaceZeroOrNegativeValues() {
    #expect(log.position(of: 0, span: 40) == nil)
    #expect(log.position(of: -1, span: 40) == nil)
  }

  @Test func brokenAxesPlaceNothing() {
    let flat = Axis(scale: .linear, lower: 1, upper: 1, ticks: [])
    #expect(flat.position(of: 1, span: 10) == nil)
    #expect(flat.value(at: 5, span: 10).isNaN)
    let negativeLog = Axis(scale: .logarithmic, lower: -1, upper: 10, ticks: [])
    #expect(negativeLog.position(of: 5, span: 10) == nil)
    #expect(negativeLog.value(at: 5, span: 10).isNaN)
  }

  @Test func zeroSpanPutsEverythingAtTheStart() {
    #expect(linear.position(of: 5, span: 0) == 0)
    #expect(linear.value(at: 0, span: 0) == -3)
  }

  @Test func hugeRangesDoNotOverflow() {
    let axis = Axis(
      scale: .linear, lower: -Double.greatestFiniteMagnitude,
      upper: Double.greatestFiniteMagnitude, ticks: [])
    #expect(axis.position(of: 0, span: 10) == 5)
    #expect(axis.value(at: 5, span: 10) == 0)
  }

  @Test func cellsCutTheAxisIntoEqualParts() {
    let axis = Axis(scale: .linear, lower: 0, upper: 1, ticks: [])
    #expect(axis.cell(of: 0, length: 4) == 0)
    #expect(axis.cell(of: 0.24, length: 4) == 0)
    #expect(axis.cell(of: 0.25, length: 4) == 1)
    #expect(axis.cell(of: 1, length: 4) == 3)
    #expect(axis.cell(of: 1.01, length: 4) == nil)
    #expect(axis.cell(of: 0.5, length: 0) == nil)
    #expect(axis.cell(of: 1, length: Int.max) == Int.max - 1)
  }

  @Test func labelsAreCentredAndKeptInside() {
    let axis = Axis(scale: .linear, lower: 0, upper: 1, ticks: [])
    #expect(axis.labelColumn(of: Tick(value: 0, label: "0.0"), length: 20) == 0)
    #expect(axis.labelColumn(of: Tick(value: 0.5, label: "0.5"), length: 20) == 9)
    #expect(axis.labelColumn(of: Tick(value: 1, label: "1.0"), length: 20) == 17)
    #expect(axis.labelColumn(of: Tick(value: 0.5, label: "too wide"), length: 4) == nil)
  }

  @Test func lossesSpanningARatioOfAHundredPreferLog() {
    #expect(!Axis.prefersLogarithmic(1...99.99))
    #expect(Axis.prefersLogarithmic(1...100))
    #expect(Axis.prefersLogarithmic(1...150))
    #expect(Axis.prefersLogarithmic(0.5...400))
    #expect(!Axis.prefersLogarithmic(0.03...2.5))
    #expect(Axis.prefersLogarithmic(0.025...2.5))
    // The findings: linear-regression at lr 0.05 by epoch 15, normalization's step 3.
    #expect(Axis.prefersLogarithmic(168...247_500))
    #expect(Axis.prefersLogarithmic(282...84_396))
    #expect(Axis.prefersLogarithmic(1e-12...1e12))
  }

  @Test func rangesThatCannotBeLogNeverPreferIt() {
    #expect(!Axis.prefersLogarithmic(0...1000))
    #expect(!Axis.prefersLogarithmic(-1...1000))
    #expect(!Axis.prefersLogarithmic(5...5))
    #expect(!Axis.prefersLogarithmic(1...Double.infinity))
  }
}
