/// The finite minimum and maximum of some values, and how many were not finite.
struct DataRange {
  private(set) var lower = Double.infinity
  private(set) var upper = -Double.infinity
  private(set) var skipped = 0

  /// Takes `value` into the range (non-finite values are counted, not taken).
  @inline(__always)
  mutating func include(_ value: Double) {
    guard value.isFinite else {
      skipped += 1
      return
    }
    if value < lower { lower = value }
    if value > upper { upper = value }
  }

  /// Takes only positive finite values (for logarithmic axes).
  @inline(__always)
  mutating func includePositive(_ value: Double) {
    if value > 0 && value.isFinite {
      include(value)
    }
  }

  /// The range, or nil when nothing finite was taken.
  var range: ClosedRange<Double>? {
    lower <= upper ? lower...upper : nil
  }
}

extension Double {
  /// A dot coordinate as an integer, clamped far outside any canvas so that huge or
  /// infinite positions never trap when converted.
  @inline(__always)
  var dotIndex: Int {
    guard self == self else { return Int.min / 2 }  // NaN
    // Round half away from zero without a library call: add ±0.5 and truncate.
    let clamped = Swift.max(-1e7, Swift.min(1e7, self))
    return Int(clamped + (clamped >= 0 ? 0.5 : -0.5))
  }
}
