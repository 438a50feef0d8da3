extension Character {
  /// The character as it may be shown on a terminal or in a message: itself, or a stand-in
  /// when it could move the cursor, change colours or hide what a line says.
  ///
  /// This is the one policy for untrusted text (file names, CSV cells, lesson text, typed
  /// lines) everywhere it is shown:
  ///
  /// - A control character that only spaces text (tab, line feed, vertical tab, form feed,
  ///   carriage return, `\r\n`, next line U+0085) becomes a space, which is what it meant.
  /// - Any other control character (C0, DEL, C1; ESC among them) becomes U+FFFD `�`.
  /// - A format character standing alone, such as a right-to-left override (U+202E) or a
  ///   zero-width space, becomes `�` too: it is invisible or reorders the line, so it could
  ///   disguise what is shown. Format characters inside a visible character, such as the
  ///   zero-width joiner of an emoji sequence, are kept.
  ///
  /// `�` rather than a space, so that a reader sees that something was there and removed
  /// rather than a blank that reads as a separator; it is one column wide, so a layout
  /// keeps its columns. One character in, one character out.
  public var sanitizedForDisplay: Character {
    var isSpacing = false
    var isAllFormat = true
    for scalar in unicodeScalars {
      if scalar.isControlCharacter {
        guard scalar.isSpacingControl else { return "\u{FFFD}" }
        isSpacing = true
      } else if !scalar.isFormatCharacter {
        isAllFormat = false
      }
    }
    if isSpacing { return " " }
    return isAllFormat ? "\u{FFFD}" : self
  }
}
