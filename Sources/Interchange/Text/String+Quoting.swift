extension String {
  /// The most characters that `quotedForMessage` shows between the quotes.
  ///
  /// Thirty is room for a column name, a typed name or a number with all its digits
  /// (`-1.2345678901234567e-308` is 24), and short enough to keep a message on one line.
  public static let messageQuoteLimit = 30

  /// The text in single quotes for repeating input back in a message, sanitized for display
  /// and cut with `…` to at most `messageQuoteLimit` characters between the quotes.
  ///
  /// Linear in `messageQuoteLimit`, however long the text.
  ///
  /// ```swift
  /// "abc".quotedForMessage  // 'abc'
  /// String(repeating: "a", count: 40).quotedForMessage  // 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa…'
  /// ```
  public var quotedForMessage: String {
    let limit = Self.messageQuoteLimit
    // Fast path: printable ASCII, where a byte is a character and nothing needs replacing.
    let bytes = utf8.prefix(limit + 1)
    if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      guard bytes.count > limit else { return "'" + self + "'" }
      return "'" + String(decoding: bytes.prefix(limit - 1), as: UTF8.self) + "…'"
    }
    let head = prefix(limit + 1)
    let isCut = head.count > limit
    var shown = ""
    for character in isCut ? head.prefix(limit - 1) : head {
      shown.append(character.sanitizedForDisplay)
    }
    return "'" + shown + (isCut ? "…'" : "'")
  }
}
