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
    guard let value = DecimalParser.parsePlain(bytes), value.isFinite else {
      return nil
    }
    return value
  }
}
