/// Reads a decimal number from bytes as the double nearest to it, the double C's `strtod`
/// gives in the C locale, without making a `String` and, for plain decimals, without
/// allocating.
///
/// Plain decimals (`-12.5e3`) take a fast path: the significant digits go into a 64-bit
/// integer `w` and a power of ten `q`, and the double nearest `w × 10^q` is found by Clinger's
/// exact double arithmetic when both are small, else by the Eisel–Lemire method (Lemire,
/// "Number Parsing at a Gigabyte per Second", 2021) with a table of 128-bit powers of five.
/// Where 128 bits cannot decide the rounding, or more than 19 digits leave it open, `strtod`
/// decides. Anything else (spaces, `inf`, `nan`, hexadecimal) is read by `Double(String)`, so
/// the result is the one `Double(String)` gives for every input.
public enum DecimalParser {
  /// The double that `bytes` (the whole buffer) spell, or nil when they are not one number.
  ///
  /// Exactly `Double(String)` on the same text, except that a NUL byte makes it nil (where
  /// `Double(String)` would stop reading). Public only so that the benchmark package can
  /// time it against `strtod`.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    parsePlain(bytes) ?? general(bytes)
  }

  /// The double `bytes` spell when they are a plain decimal (`[+-]digits[.digits][e[+-]digits]`
  /// with at least one digit), else nil: for readers that word their own message for
  /// anything else.
  package static func parsePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard let decimal = Decimal(scanning: bytes) else { return nil }
    let magnitude = decimal.magnitude(of: bytes)
    return decimal.isNegative ? -magnitude : magnitude
  }

  /// The plain decimal that `bytes` start with, as `parsePlain` reads it, and how many bytes
  /// it takes; nil when they do not start with one (an exponent marker must have digits).
  /// For readers that find where a field ends by reading its number.
  package static func parsePlainPrefix(
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> (value: Double, length: Int)? {
    guard let decimal = Decimal(scanning: bytes, whole: false) else { return nil }
    let magnitude = decimal.magnitude(of: UnsafeBufferPointer(rebasing: bytes[..<decimal.length]))
    return (decimal.isNegative ? -magnitude : magnitude, decimal.length)
  }

  /// What `Double(String)` makes of text outside the plain decimal syntax.
  static func general(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    // `Double(_:)` stops at a NUL byte (reading "1\0x" as 1), so one is refused first.
    guard !bytes.contains(0) else { return nil }
    return Double(String(decoding: bytes, as: UTF8.self))
  }
}
