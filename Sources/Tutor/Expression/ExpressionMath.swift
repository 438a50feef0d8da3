#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

/// The C library's elementary functions, which the Swift standard library lacks; numpy
/// calls the same ones, so results agree to the last bit on the same platform.
enum ExpressionMath {
  /// eˣ.
  static func exponential(_ x: Double) -> Double { exp(x) }
  /// The natural logarithm: −∞ at 0 and NaN below, as numpy gives.
  static func logarithm(_ x: Double) -> Double { log(x) }
  /// tanh x.
  static func hyperbolicTangent(_ x: Double) -> Double { tanh(x) }
  /// xʸ as C's `pow`, which numpy's `**` on floats calls.
  static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }

  /// `x` rounded to `digits` decimals (0 to 300) as Python's `round` does it: the exact
  /// value of the double, rounded to the nearest, a tie to even, so `round(2.675, 2)` is
  /// 2.67 (the double is 2.67499…). C's `printf` rounds exactly so; the text is read back.
  static func roundedDecimal(_ x: Double, digits: Int) -> Double {
    guard x.isFinite else { return x }
    // The integer part needs at most 309 digits, plus sign, point and the decimals.
    let capacity = 320 + digits
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
      guard let base = buffer.baseAddress else { return x }
      let written = withVaList([Int32(digits), x]) { arguments in
        vsnprintf(base, capacity, "%.*f", arguments)
      }
      guard written > 0, Int(written) < capacity else { return x }
      return strtod(base, nil)
    }
  }
}
