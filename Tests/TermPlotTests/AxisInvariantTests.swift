import Testing

@testable import TermPlot

/// Seeded random ranges from 1e-300 to 1e300, every length from 0 to 150: whatever the
/// input, `Axis.automatic` gives a finite, increasing range covering the data, with
/// ascending ticks inside it whose labels are distinct and do not crowd.
@Suite struct AxisInvariantTests {
  /// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator, so failures repeat.
  private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A random positive magnitude 10^e, e uniform in `exponents`, times a digit-ish factor.
  private func magnitude(_ exponents: ClosedRange<Double>, _ rng: inout SplitMix) -> Double {
    var value = Double.random(in: 1..<10, using: &rng)
    var e = Int(Double.random(in: exponents, using: &rng))
    while e > 0 {
      value *= 10
      e -= 1
    }
    while e < 0 {
      value /= 10
      e += 1
    }
    return value
  }

  /// Checks every promise of `Axis.automatic` for one input.
  private func check(
    _ axis: Axis, data: ClosedRange<Double>, length: Int, horizontal: Bool,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let context = "\(data) length \(length) \(horizontal ? "h" : "v") \(axis.scale)"
    #expect(
      axis.lower.isFinite && axis.upper.isFinite, "\(context)", sourceLocation: sourceLocation)
    #expect(axis.lower < axis.upper, "\(context)", sourceLocation: sourceLocation)
    if axis.scale == .logarithmic {
      #expect(axis.lower > 0, "\(context)", sourceLocation: sourceLocation)
    } else {
      #expect(
        axis.lower <= data.lowerBound && axis.upper >= data.upperBound, "\(context)",
        sourceLocation: sourceLocation)
    }
    let values = axis.ticks.map(\.value)
    let labels = axis.ticks.map(\.label)
    #expect(
      values == values.sorted() && Set(values).count == values.count, "\(context)",
      sourceLocation: sourceLocation)
    #expect(
      values.allSatisfy { $0 >= axis.lower && $0 <= axis.upper }, "\(context)",
      sourceLocation: sourceLocation)
    #expect(
      Set(labels).count == labels.count, "\(context) \(labels)",
      sourceLocation: sourceLocation)
    #expect(
      labels.allSatisfy { !$0.isEmpty && !$0.contains("-0") || $0.hasPrefix("-0.") },
      "\(context) \(labels)", sourceLocation: sourceLocation)
    #expect(
      Axis.labelsFit(
        values: values, labels: labels, lower: axis.lower, upper: axis.upper,
        scale: axis.scale, length: length, horizontal: horizontal),
      "\(context) \(labels)", sourceLocation: sourceLocation)
    // A row always holds a label; a line holds one once it is as wide as the longest
    // label can be (24 characters: "-1.2345678901234567e-300").
    if length >= 1 && !horizontal || length >= 24 {
      #expect(axis.ticks.count >= 1, "\(context)", sourceLocation: sourceLocation)
    }
  }

  @Test func randomLinearRangesGiveSoundAxes() {
    var rng = SplitMix(state: 2010)
    for _ in 0..<150 {
      let centre = magnitude(-300...300, &rng) * (Bool.random(using: &rng) ? 1 : -1)
      let width = Swift.abs(centre) * magnitude(-15...1, &rng)
      let data = (centre - width / 2)...(centre + width / 2)
      let length = Int.random(in: 0...150, using: &rng)
      let horizontal = Bool.random(using: &rng)
      let axis = Axis.automatic(data: data, length: length, horizontal: horizontal)
      check(axis, data: data, length: length, horizontal: horizontal)
    }
  }

  @Test func randomLogRangesGiveSoundAxes() {
    var rng = SplitMix(state: 1990)
    for _ in 0..<150 {
      let low = magnitude(-300...300, &rng)
      let high = Swift.min(low * magnitude(0...40, &rng), Double.greatestFiniteMagnitude)
      let data = low...high
      let length = Int.random(in: 0...150, using: &rng)
      let horizontal = Bool.random(using: &rng)
      let axis = Axis.automatic(
        data: data, length: length, horizontal: horizontal, scale: .logarithmic)
      check(axis, data: data, length: length, horizontal: horizontal)
    }
  }

  @Test func everyLengthOfAnEverydayAxisIsSound() {
    for length in 0...150 {
      for horizontal in [true, false] {
        for data in [0...1, 0.013...97.3, -3...7, 149.6...150.4, 0...1e6, 1e-12...1e-11] {
          let axis = Axis.automatic(data: data, length: length, horizontal: horizontal)
          check(axis, data: data, length: length, horizontal: horizontal)
        }
      }
    }
  }
}
