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
}
