import Descent

extension Double {
  /// The number rounded to 10 significant digits, laid out like C's `%.10g`: fixed
  /// notation for exponents −4 through 9 (`149.6385263`, `247500`, `0.0001`), otherwise
  /// scientific with a signed two-digit exponent (`1e-05`, `1.5e+20`); no trailing zeros.
  ///
  /// Rounding (half away from zero) works on the digits of the shortest text that reads
  /// back as this number, so it never depends on the C library or the locale.
  var expressionFormatted: String {
    guard isFinite else { return isNaN ? "nan" : (self > 0 ? "inf" : "-inf") }
    if self == 0 { return sign == .minus ? "-0" : "0" }
    let significantDigits = 10
    var (digits, exponent) = roundedDecimalDigits(significantDigits: significantDigits)
    while digits.count > 1, digits.last == 0 { digits.removeLast() }
    let text = digits.map { String($0) }.joined()
    let sign = self < 0 ? "-" : ""
    if exponent < -4 || exponent >= significantDigits {
      let fraction = text.count > 1 ? "." + text.dropFirst() : ""
      let exponentDigits = String(Swift.abs(exponent))
      let paddedExponent = exponentDigits.count < 2 ? "0" + exponentDigits : exponentDigits
      return sign + text.prefix(1) + fraction + "e" + (exponent < 0 ? "-" : "+") + paddedExponent
    }
    // Fixed notation: the point goes after exponent + 1 digits.
    let pointPosition = exponent + 1
    if pointPosition <= 0 {
      return sign + "0." + String(repeating: "0", count: -pointPosition) + text
    }
    if pointPosition >= text.count {
      return sign + text + String(repeating: "0", count: pointPosition - text.count)
    }
    return sign + text.prefix(pointPosition) + "." + text.dropFirst(pointPosition)
  }
}
