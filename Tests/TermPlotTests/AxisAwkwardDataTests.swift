import Testing

@testable import TermPlot

@Suite struct AxisAwkwardDataTests {
  @Test func noDataShowsTheUnitRange() {
    let axis = Axis.automatic(data: nil, length: 10, horizontal: false)
    #expect(axis.lower == 0)
    #expect(axis.upper == 1)
    #expect(axis.ticks.map(\.label) == ["0", "0.5", "1"])
  }

  @Test func infiniteDataCountAsNoData() {
    let axis = Axis.automatic(
      data: -Double.infinity...Double.infinity, length: 10, horizontal: false)
    #expect(axis.lower == 0)
    #expect(axis.upper == 1)
  }

  @Test func oneFiniteBoundCountsAsConstantData() {
    let axis = Axis.automatic(data: 1...Double.infinity, length: 10, horizontal: false)
    #expect(axis.lower == 0.9)
    #expect(axis.upper == 1.1)
    #expect(axis.ticks.map(\.label) == ["0.9", "0.95", "1", "1.05", "1.1"])
  }

  @Test func constantZeroGetsMinusOneToOne() {
    let axis = Axis.automatic(data: 0...0, length: 10, horizontal: false)
    #expect(axis.lower == -1)
    #expect(axis.upper == 1)
    #expect(axis.ticks.map(\.label) == ["-1", "-0.5", "0", "0.5", "1"])
  }

  @Test func constantValueGetsTenPercentEitherSide() {
    let five = Axis.automatic(data: 5...5, length: 10, horizontal: false)
    #expect(five.lower == 4.5)
    #expect(five.upper == 5.5)
    #expect(five.ticks.map(\.label) == ["4.5", "5", "5.5"])
    let negative = Axis.automatic(data: -2 ... -2, length: 40, horizontal: true)
    #expect(negative.lower == -2.2)
    #expect(negative.upper == -1.8)
    #expect(negative.ticks.map(\.label) == ["-2.2", "-2.1", "-2", "-1.9", "-1.8"])
  }

  @Test func constantSubnormalStillGetsARange() {
    let tiny = Double.leastNonzeroMagnitude
    let axis = Axis.automatic(data: tiny...tiny, length: 10, horizontal: false)
    #expect(axis.lower == -1)
    #expect(axis.upper == 1)
  }

  @Test func tinyLengthsGiveAsManyTicksAsFit() {
    func labels(_ length: Int, horizontal: Bool) -> [String] {
      Axis.automatic(data: 0...1, length: length, horizontal: horizontal).ticks.map(\.label)
    }
    #expect(labels(0, horizontal: true) == [])
    #expect(labels(0, horizontal: false) == [])
    #expect(labels(-5, horizontal: false) == [])
    #expect(labels(1, horizontal: true) == ["0"])
    #expect(labels(1, horizontal: false) == ["0"])
    // "0" and "1" need a blank column between them: 3 columns, but 2 rows suffice.
    #expect(labels(2, horizontal: true) == ["0"])
    #expect(labels(2, horizontal: false) == ["0", "1"])
    #expect(labels(3, horizontal: true) == ["0", "1"])
    #expect(labels(3, horizontal: false) == ["0", "1"])
  }

  @Test func wideLabelsInTinyLengthsAreLeftOut() {
    let three = Axis.automatic(data: 0...97, length: 3, horizontal: true)
    #expect(three.ticks.map(\.label) == ["0"])
    let five = Axis.automatic(data: 0...97, length: 5, horizontal: true)
    #expect(five.ticks.map(\.label) == ["0", "100"])
    let one = Axis.automatic(data: 1234...1250, length: 1, horizontal: true)
    #expect(one.ticks == [])
  }

  @Test func rangeWiderThanTheLargestDoubleDoesNotOverflow() {
    let axis = Axis.automatic(data: -1.7e308...1.7e308, length: 40, horizontal: true)
    #expect(axis.lower == -Double.greatestFiniteMagnitude)
    #expect(axis.upper == Double.greatestFiniteMagnitude)
    #expect(axis.ticks.map(\.value) == [-1.5e308, -5e307, 5e307, 1.5e308])
    #expect(axis.ticks.map(\.label) == ["-1.5e308", "-5e307", "5e307", "1.5e308"])
  }

  @Test func sixHundredDecadesOnALinearAxis() {
    let axis = Axis.automatic(data: 1e-300...1e300, length: 10, horizontal: false)
    #expect(axis.lower == 0)
    #expect(axis.upper == 1.05e300)
    #expect(axis.ticks.map(\.label) == ["0", "5e299", "1e300"])
  }

  @Test func rangeOfOneSubnormalStep() {
    let tiny = Double.leastNonzeroMagnitude
    let axis = Axis.automatic(data: 0...tiny, length: 10, horizontal: false)
    #expect(axis.lower == 0)
    #expect(axis.upper == tiny)
    #expect(axis.ticks.map(\.value) == [0, tiny])
  }

  @Test func rangeNarrowNextToItsMagnitude() {
    let axis = Axis.automatic(data: 1e300...1.0000001e300, length: 10, horizontal: false)
    #expect(axis.ticks.map(\.label) == ["1e300", "1.00000005e300", "1.0000001e300"])
  }

  @Test func logAxisWithoutPositiveDataShowsOneDecade() {
    for data: ClosedRange<Double>? in [nil, -5 ... -1, 0...0] {
      let axis = Axis.automatic(data: data, length: 10, horizontal: false, scale: .logarithmic)
      #expect(axis.lower == 1)
      #expect(axis.upper == 10)
      #expect(axis.ticks.map(\.label) == ["1", "10"])
    }
  }

  @Test func logAxisWithDataReachingZeroStartsThreeDecadesDown() {
    let axis = Axis.automatic(
      data: 0...100, length: 10, horizontal: false, scale: .logarithmic, padding: 0)
    #expect(axis.lower == 0.1)
    #expect(axis.upper == 100)
    #expect(axis.ticks.map(\.label) == ["0.1", "1", "10", "100"])
  }

  @Test func logAxisOfConstantDataSpansADecadeEitherSide() {
    let axis = Axis.automatic(data: 3...3, length: 10, horizontal: false, scale: .logarithmic)
    #expect(axis.lower == 0.3)
    #expect(axis.upper == 30)
    #expect(axis.ticks.map(\.value) == [1, 10])
  }

  @Test func twentyFourDecadesOnALogAxisAreThinnedAndLabelledCompactly() {
    let axis = Axis.automatic(
      data: 1e-12...1e12, length: 10, horizontal: false, scale: .logarithmic)
    #expect(axis.ticks.map(\.value) == [1e-12, 1e-6, 1, 1e6, 1e12])
    // One style for large numbers on one axis: 1e6 beside 1e12, never 1M.
    #expect(axis.ticks.map(\.label) == ["1e-12", "1e-6", "1", "1e6", "1e12"])
  }

  @Test func logAxisOverSixHundredDecadesIsClampedToFiniteDoubles() {
    let axis = Axis.automatic(
      data: 1e-300...1e300, length: 10, horizontal: false, scale: .logarithmic)
    #expect(axis.lower == Double.leastNormalMagnitude)
    #expect(axis.upper == Double.greatestFiniteMagnitude)
    #expect(axis.ticks.map(\.label) == ["1e-300", "1", "1e300"])
  }

  @Test func nanAndInfinityNeverPlaceAValue() {
    let axis = Axis.automatic(data: 0...1, length: 10, horizontal: false)
    #expect(axis.position(of: .nan, span: 10) == nil)
    #expect(axis.position(of: .infinity, span: 10) == nil)
    #expect(axis.position(of: 0.5, span: .nan) == nil)
    #expect(axis.value(at: .nan, span: 10).isNaN)
    #expect(axis.cell(of: .nan, length: 10) == nil)
  }
}
