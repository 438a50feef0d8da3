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
    var (digits, exponent) = Self.shortestDecimalDigits(of: magnitude)
    if digits.count > significantDigits {
      let roundUp = digits[significantDigits] >= 5
      digits.removeLast(digits.count - significantDigits)
      if roundUp {
        // Add one at the last kept digit, carrying leftwards; 9.99… becomes 10.
        var position = significantDigits - 1
        while position >= 0, digits[position] == 9 {
          digits[position] = 0
          position -= 1
        }
        if position >= 0 {
          digits[position] += 1
        } else {
          digits.insert(1, at: 0)
          digits.removeLast()
          exponent += 1
        }
      }
    }
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

  /// The significant digits of a positive finite number's shortest round-trip text and the
  /// power of ten of the first one: 149.6 → ([1, 4, 9, 6], 2), 1e-05 → ([1], −5).
  private static func shortestDecimalDigits(of magnitude: Double) -> ([Int], Int) {
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
    var leadingZeros = 0
    while leadingZeros < digits.count - 1, digits[leadingZeros] == 0 { leadingZeros += 1 }
    digits.removeFirst(leadingZeros)
    return (digits, exponent + digitsBeforePoint - 1 - leadingZeros)
  }
}
