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
  /// from 0.001 up to 99 999 — and further while the digits asked for show the whole
  /// integer part (`247500` with 6 digits) — otherwise scientific with a short exponent
  /// (`2.5e5` with 2 digits, `4.2e11`, `1.3e-7`). Trailing zeros are dropped.
  ///
  /// Rounding (half away from zero) works on the decimal digits of the shortest text that
  /// reads back as this number, so `0.15` rounds to `0.2` and 17 digits of `0.1` are `0.1`.
  public func formatted(significantDigits digits: Int = 3) -> String {
    precondition(digits >= 1 && digits <= 17, "formatted: 1 to 17 significant digits")
    guard isFinite else { return isNaN ? "nan" : (self > 0 ? "inf" : "-inf") }
    if self == 0 { return "0" }
    let sign = self < 0 ? "-" : ""
    var (mantissa, exponent) = roundedDecimalDigits(significantDigits: digits)
    while mantissa.count > 1, mantissa.last == 0 { mantissa.removeLast() }
    let text = mantissa.map { String($0) }.joined()
    if exponent >= Swift.max(5, digits) || exponent < -3 {
      let head = String(text.prefix(1))
      let tail = text.count > 1 ? "." + text.dropFirst() : ""
      return sign + head + tail + "e" + String(exponent)
    }
    // Fixed notation: the point goes after exponent + 1 digits.
    let pointPosition = exponent + 1
    let integerPart: String
    let fraction: String
    if pointPosition <= 0 {
      integerPart = "0"
      fraction = String(repeating: "0", count: -pointPosition) + text
    } else if pointPosition >= text.count {
      integerPart = text + String(repeating: "0", count: pointPosition - text.count)
      fraction = ""
    } else {
      integerPart = String(text.prefix(pointPosition))
      fraction = String(text.dropFirst(pointPosition))
    }
    return sign + integerPart + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// The number's significant decimal digits, at most `digits` of them, rounded half away
  /// from zero, and the power of ten of the first: 149.63 with 4 digits → ([1, 4, 9, 6], 2),
  /// 9.99 with 2 → ([1, 0], 1). Trailing zeros may remain; the number must be finite and
  /// not zero. The digits come from the shortest text that reads back as the number, so
  /// they never depend on the C library or the locale. Every number layout shares this.
  public func roundedDecimalDigits(significantDigits digits: Int) -> (digits: [Int], exponent: Int)
  {
    var (mantissa, exponent) = Self.decimalDigits(of: Swift.abs(self))
    if mantissa.count > digits {
      // Round the digit string half away from zero, carrying leftwards.
      let roundUp = mantissa[digits] >= 5
      mantissa.removeLast(mantissa.count - digits)
      if roundUp {
        var k = digits - 1
        while k >= 0 {
          if mantissa[k] == 9 {
            mantissa[k] = 0
            k -= 1
          } else {
            mantissa[k] += 1
            break
          }
        }
        if k < 0 {
          mantissa.insert(1, at: 0)
          mantissa.removeLast()
          exponent += 1
        }
      }
    }
    return (mantissa, exponent)
  }

  /// The significant decimal digits of a positive finite number's shortest round-trip text
  /// (`description`), and the power of ten of the first digit: 149.6 → ([1,4,9,6], 2).
  private static func decimalDigits(of magnitude: Double) -> (digits: [Int], exponent: Int) {
    let text = magnitude.description
    var significand = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      significand = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    var digits: [Int] = []
    var pointSeen = false
    var digitsBeforePoint = 0
    for character in significand {
      if character == "." {
        pointSeen = true
      } else if let value = character.wholeNumberValue {
        digits.append(value)
        if !pointSeen { digitsBeforePoint += 1 }
      }
    }
    // Drop leading zeros, each moving the first significant digit one place right.
    var leading = 0
    while leading < digits.count - 1, digits[leading] == 0 { leading += 1 }
    digits.removeFirst(leading)
    return (digits, exponent + digitsBeforePoint - 1 - leading)
  }
}
