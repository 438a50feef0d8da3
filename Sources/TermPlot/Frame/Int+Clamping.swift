extension Int {
  /// `value` rounded toward zero and clamped to `Int`'s range, with NaN as 0.
  ///
  /// `Int(_: Double)` traps on NaN, ±∞ and anything beyond ±2⁶³; drawing code turns
  /// arbitrary data into cell counts and indices, where a value out of range must give an
  /// edge of the picture, never a crash. Callers clamp the result to what they can draw.
  package init(clamping value: Double) {
    if value.isNaN {
      self = 0
    } else if value >= 9.223372036854775e18 {
      self = .max
    } else if value <= -9.223372036854775e18 {
      self = .min
    } else {
      self = Int(value)
    }
  }
}
