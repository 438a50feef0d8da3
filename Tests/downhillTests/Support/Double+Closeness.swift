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
