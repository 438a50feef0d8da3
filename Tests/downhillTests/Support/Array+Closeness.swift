extension Array where Element == Double {
  /// Whether every element is within `tolerance` of the matching one in `other`, and the
  /// counts agree.
  func isClose(to other: [Double], within tolerance: Double) -> Bool {
    count == other.count && zip(self, other).allSatisfy { $0.isClose(to: $1, within: tolerance) }
  }
}
