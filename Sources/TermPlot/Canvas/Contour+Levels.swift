#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

extension Contour {
  /// The most levels `levels` returns.
  public static let maximumLevelCount = 4096

  /// `count` contour levels strictly between the finite minimum and maximum of `values`:
  /// spaced evenly, or geometrically when `logarithmic` and every finite value is
  /// positive (so a loss spanning decades gets lines in each decade).
  ///
  /// With n = `count`, min `lo` and max `hi`, level k (1…n) is
  /// lo + (hi − lo)·k/(n + 1), or 10^(log₁₀ lo + (log₁₀ hi − log₁₀ lo)·k/(n + 1)). No
  /// values, a constant grid or `count` ≤ 0 give no levels; levels that rounding pushes
  /// onto the ends or onto each other (a range only a few ulps wide) are left out, and
  /// `count` is capped at `maximumLevelCount`.
  ///
  /// ```swift
  /// Contour.levels(values: [0, 10], count: 4, logarithmic: false)  // [2, 4, 6, 8]
  /// Contour.levels(values: [1, 1000], count: 2, logarithmic: true)  // [10, 100]
  /// ```
  public static func levels(values: [Double], count: Int, logarithmic: Bool) -> [Double] {
    guard count > 0 else { return [] }
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where value.isFinite {
      low = Swift.min(low, value)
      high = Swift.max(high, value)
    }
    guard low < high else { return [] }
    let n = Swift.min(count, maximumLevelCount)
    let parts = Double(n + 1)
    var result: [Double] = []
    result.reserveCapacity(n)
    let geometric = logarithmic && low > 0
    let (logLow, logHigh) = geometric ? (log10(low), log10(high)) : (0, 0)
    for k in 1...n {
      let level: Double
      if geometric {
        level = pow(10, logLow + (logHigh - logLow) * Double(k) / parts)
      } else if (high - low).isFinite {
        level = low + (high - low) * Double(k) / parts
      } else {
        // hi − lo overflows (a range near ±1.8e308): weigh the ends instead.
        let f = Double(k) / parts
        level = low * (1 - f) + high * f
      }
      let previous = result.last ?? low
      guard previous < level && level < high else { continue }
      result.append(level)
    }
    return result
  }
}
