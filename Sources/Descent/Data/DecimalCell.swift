import Interchange

/// A CSV cell read as a number straight from its bytes, the common case kept fast: a plain
/// decimal (`-12.5`, `3e-4`, `.5`, `+2`) whose value is finite, converted by
/// `DecimalParser` (correctly rounded, bit for bit what `strtod` gives, and never reading
/// the locale). Anything else (quotes, `nan`, hex, an overflow, a typo) is left to
/// `Dataset.number`, which reads it the one general way and words the error, so the two
/// paths cannot disagree on what a cell means.
enum DecimalCell {
  /// The finite value of `bytes` when they are a plain decimal, else nil.
  @inline(__always)
  static func value(of bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard isPlainDecimal(bytes), let value = DecimalParser.parse(bytes), value.isFinite else {
      return nil
    }
    return value
  }

  /// Whether `bytes` are `[+-]digits[.digits][(e|E)[+-]digits]` with at least one digit
  /// in the significand.
  static func isPlainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = 0
    let n = bytes.count
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    if k < n, bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-") { k += 1 }
    var digits = 0
    while k < n, isDigit(bytes[k]) {
      k += 1
      digits += 1
    }
    if k < n, bytes[k] == UInt8(ascii: ".") {
      k += 1
      while k < n, isDigit(bytes[k]) {
        k += 1
        digits += 1
      }
    }
    guard digits > 0 else { return false }
    if k < n, bytes[k] == UInt8(ascii: "e") || bytes[k] == UInt8(ascii: "E") {
      k += 1
      if k < n, bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-") { k += 1 }
      var exponentDigits = 0
      while k < n, isDigit(bytes[k]) {
        k += 1
        exponentDigits += 1
      }
      guard exponentDigits > 0 else { return false }
    }
    return k == n
  }
}
