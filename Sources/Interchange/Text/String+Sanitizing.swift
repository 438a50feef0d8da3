extension String {
  /// The text safe to show on a terminal or in a message: each character replaced as
  /// `Character.sanitizedForDisplay` says (spacing controls by a space, other controls and
  /// lone format characters by `�`), so no text can move the cursor, change colours,
  /// retitle the window or reorder a line.
  ///
  /// Linear in the text's length; text with nothing to replace is returned as it is.
  ///
  /// ```swift
  /// "a\u{1B}[31mb\tc".sanitizedForDisplay  // "a�[31mb c"
  /// ```
  public var sanitizedForDisplay: String {
    // Fast paths: printable ASCII, then any text without a control or format character.
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return self }
    if !unicodeScalars.contains(where: { $0.isControlCharacter || $0.isFormatCharacter }) {
      return self
    }
    var result = ""
    result.reserveCapacity(utf8.count)
    for character in self { result.append(character.sanitizedForDisplay) }
    return result
  }
}
