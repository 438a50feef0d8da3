extension Unicode.Scalar {
  /// The scalar's code point as `U+XXXX` (at least four hexadecimal digits), for naming a
  /// character that a message cannot show, such as `U+001B`.
  public var codePoint: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
  }
}
