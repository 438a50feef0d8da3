extension Array where Element == Double {
  /// Whether every element is within `tolerance` of the matching one in `other`, and the
  /// counts agree.
  func isClose(to other: [Double], within tolerance: Double) -> Bool {
    count == other.count && zip(self, other).allSatisfy { abs($0 - $1) <= tolerance }
  }
}

extension Double {
  /// Whether `self` is within `tolerance` of `other`.
  func isClose(to other: Double, within tolerance: Double) -> Bool {
    abs(self - other) <= tolerance
  }

  /// Whether `self` agrees with `other` to a relative `tolerance` (of `other`'s magnitude).
  func isClose(to other: Double, relative tolerance: Double) -> Bool {
    abs(self - other) <= tolerance * Swift.max(abs(other), Double.leastNormalMagnitude)
  }
}
