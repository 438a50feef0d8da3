extension Double {
  /// The shortest text that reads back as this number, without a redundant `.0`:
  /// `0.01`, `1000`, `1e-05`, `nan`, `inf`. For echoing numbers a person typed.
  public var shortDescription: String {
    guard isFinite else { return isNaN ? "nan" : (self > 0 ? "inf" : "-inf") }
    let text = description
    if text.hasSuffix(".0") { return String(text.dropLast(2)) }
    return text
  }

  /// The number rounded to `digits` significant digits for people to read: fixed notation
  /// from 0.001 up to 99 999 (`0.37`, `149.9`, `20000`), otherwise scientific with a short
  /// exponent (`2.5e5`, `4.2e11`, `1.3e-7`). Trailing zeros are dropped.
  public func formatted(significantDigits digits: Int = 3) -> String {
    precondition(digits >= 1 && digits <= 17, "formatted: 1 to 17 significant digits")
    guard isFinite else { return isNaN ? "nan" : (self > 0 ? "inf" : "-inf") }
    if self == 0 { return "0" }
    let sign = self < 0 ? "-" : ""
    let magnitude = Swift.abs(self)
    // exponent = ⌊log₁₀ |x|⌋, corrected for rounding in log10 and in the rounding below.
    var exponent = Int(_log10(magnitude).rounded(.down))
    var scaled = Self.roundedDigits(magnitude, exponent: exponent, digits: digits)
    var limit: UInt64 = 1
    for _ in 0..<digits { limit *= 10 }
    if scaled >= limit {
      exponent += 1
      scaled = Self.roundedDigits(magnitude, exponent: exponent, digits: digits)
    } else if scaled < limit / 10 {
      exponent -= 1
      scaled = Self.roundedDigits(magnitude, exponent: exponent, digits: digits)
    }
    var mantissa = String(scaled)  // exactly `digits` digits: d₁d₂…
    if exponent >= 5 || exponent < -3 {
      let head = String(mantissa.removeFirst())
      while mantissa.hasSuffix("0") { mantissa.removeLast() }
      let tail = mantissa.isEmpty ? "" : "." + mantissa
      return sign + head + tail + "e" + String(exponent)
    }
    // Fixed notation: the point goes after exponent + 1 digits.
    let pointPosition = exponent + 1
    var integerPart: String
    var fraction: String
    if pointPosition <= 0 {
      integerPart = "0"
      fraction = String(repeating: "0", count: -pointPosition) + mantissa
    } else if pointPosition >= mantissa.count {
      integerPart = mantissa + String(repeating: "0", count: pointPosition - mantissa.count)
      fraction = ""
    } else {
      integerPart = String(mantissa.prefix(pointPosition))
      fraction = String(mantissa.dropFirst(pointPosition))
    }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return sign + integerPart + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// |x| / 10^(exponent − digits + 1), rounded half away from zero: the leading `digits`
  /// significant digits of |x| as an integer.
  private static func roundedDigits(_ magnitude: Double, exponent: Int, digits: Int) -> UInt64 {
    let shift = digits - 1 - exponent
    let scaled: Double
    if shift >= 0 {
      // In two factors, so that subnormal inputs (shift up to ~340) do not overflow 10^shift.
      let half = shift / 2
      scaled = magnitude * _pow(10, Double(half)) * _pow(10, Double(shift - half))
    } else {
      scaled = magnitude / _pow(10, Double(-shift))
    }
    let rounded = scaled.rounded(.toNearestOrAwayFromZero)
    guard rounded.isFinite, rounded >= 0, rounded < 1.8e19 else { return 0 }
    return UInt64(rounded)
  }
}
