#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

/// An axis: the range of values it shows, its scale and its ticks.
///
/// Build one with `Axis.automatic(data:length:horizontal:scale:fixed:padding:)`, which
/// guarantees `lower < upper` (both finite, and positive on a log scale) and ticks in
/// ascending order within `lower...upper`, whatever the data. Then place values with
/// `position(of:span:)` and read them back with `value(at:span:)`:
///
///     let y = Axis.automatic(data: losses, length: 20, horizontal: false, fixed: 0...1)
///     y.position(of: 0.25, span: 79)  // 19.75: a quarter of the way up 80 dot rows
///     y.value(at: 19.75, span: 79)    // 0.25
public struct Axis: Sendable, Hashable {
  /// How values map to positions.
  public var scale: AxisScale
  /// The value at position 0 (positive on a log scale).
  public var lower: Double
  /// The value at the far end; greater than `lower`, even for constant data.
  public var upper: Double
  /// The ticks, ascending, all within `lower...upper`.
  public var ticks: [Tick]

  /// An axis exactly as given. Prefer `automatic(…)`, which chooses a sound range and
  /// ticks; an axis built here with `upper <= lower` places nothing (`position` gives nil).
  public init(scale: AxisScale, lower: Double, upper: Double, ticks: [Tick]) {
    self.scale = scale
    self.lower = lower
    self.upper = upper
    self.ticks = ticks
  }

  /// Fractional position of `value` along an axis of `span` units (dots or cells): 0 at
  /// `lower`, `span` at `upper`; log scales map log₁₀. Non-finite or (log) non-positive
  /// values give nil.
  ///
  /// Values outside the range give positions below 0 or above `span` (the caller clips).
  ///
  ///     linear:      p = span · (v − lower) / (upper − lower)
  ///     logarithmic: p = span · (log₁₀ v − log₁₀ lower) / (log₁₀ upper − log₁₀ lower)
  public func position(of value: Double, span: Double) -> Double? {
    guard value.isFinite, span.isFinite, lower.isFinite, upper.isFinite, upper > lower
    else { return nil }
    let t: Double
    switch scale {
    case .linear:
      let offset = value - lower
      let width = upper - lower
      if offset.isFinite && width.isFinite {
        t = offset / width
      } else {
        // A difference overflowed (a range like −1.7e308 … 1.7e308): halve every term,
        // which leaves the ratio as it is.
        t = (value / 2 - lower / 2) / (upper / 2 - lower / 2)
      }
    case .logarithmic:
      guard value > 0, lower > 0 else { return nil }
      let low = log10(lower)
      t = (log10(value) - low) / (log10(upper) - low)
    }
    let p = t * span
    return p.isFinite ? p : nil
  }

  /// The value at a fractional position (inverse of position).
  ///
  /// With t = position / span:
  ///
  ///     linear:      v = lower · (1 − t) + upper · t     (exact at both ends)
  ///     logarithmic: v = 10^(log₁₀ lower · (1 − t) + log₁₀ upper · t)
  ///
  /// A zero or non-finite `span` gives `lower`; a non-finite position, or an axis that
  /// cannot place values (see `init`), gives NaN.
  public func value(at position: Double, span: Double) -> Double {
    guard position.isFinite, lower.isFinite, upper.isFinite, upper > lower else { return .nan }
    guard span.isFinite, span != 0 else { return lower }
    let t = position / span
    switch scale {
    case .linear:
      return lower * (1 - t) + upper * t
    case .logarithmic:
      guard lower > 0 else { return .nan }
      return pow(10, log10(lower) * (1 - t) + log10(upper) * t)
    }
  }
}
