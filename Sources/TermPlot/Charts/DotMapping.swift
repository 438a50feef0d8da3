#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An axis's value-to-dot map with its constants worked out once, for loops over many
/// points: dot = (v − lower) · dots / (upper − lower), on log₁₀ v for a log axis, flipped
/// for rows (dot 0 is the top).
struct DotMapping {
  private let logarithmic: Bool
  private let origin: Double
  private let factor: Double
  private let flip: Double?

  /// The map of `axis` onto dots 0…`dots` − 1; `flipped` for a vertical axis.
  init(_ axis: Axis, dots: Int, flipped: Bool) {
    let span = Double(Swift.max(dots - 1, 0))
    logarithmic = axis.scale == .logarithmic
    let low = logarithmic ? log10(axis.lower) : axis.lower
    let high = logarithmic ? log10(axis.upper) : axis.upper
    origin = low
    let width = high - low
    factor = width > 0 && width.isFinite ? span / width : 0
    flip = flipped ? span : nil
  }

  /// The fractional dot of `value`, or nil when it cannot be placed (not finite, or not
  /// positive on a log axis).
  @inline(__always)
  func dot(_ value: Double) -> Double? {
    var v = value
    if logarithmic {
      guard value > 0 else { return nil }
      v = log10(value)
    }
    let p = (v - origin) * factor
    guard p.isFinite else { return nil }
    if let flip { return flip - p }
    return p
  }
}

extension ChartFrame {
  /// The x axis mapped onto `canvas`'s dot columns.
  func xMapping(_ canvas: Canvas) -> DotMapping {
    DotMapping(xAxis, dots: canvas.dotWidth, flipped: false)
  }

  /// The y axis mapped onto `canvas`'s dot rows (row 0 at the top).
  func yMapping(_ canvas: Canvas) -> DotMapping {
    DotMapping(yAxis, dots: canvas.dotHeight, flipped: true)
  }
}
