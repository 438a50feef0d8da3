// The character classes that `Character.sanitizedForDisplay` replaces (`package` so that
// tests can check them against the Unicode properties).

extension Unicode.Scalar {
  /// Whether the scalar is a control character (general category Cc: C0, DEL or C1).
  package var isControlCharacter: Bool {
    value < 0x20 || (value >= 0x7F && value < 0xA0)
  }

  /// Whether the scalar is a control character that only spaces text: a tab, a line break
  /// (`\n`, `\r`, vertical tab, form feed) or next line (U+0085).
  package var isSpacingControl: Bool {
    (value >= 0x09 && value <= 0x0D) || value == 0x85
  }

  /// Whether the scalar is a format character (general category Cf).
  package var isFormatCharacter: Bool {
    // Every format character lies in these ranges, so the property, slower to look up, is
    // read only there: frames sanitize every character they draw.
    switch value {
    case 0xAD, 0x600...0x8FF, 0x180E, 0x200B...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0x10000...:
      properties.generalCategory == .format
    default:
      false
    }
  }
}
