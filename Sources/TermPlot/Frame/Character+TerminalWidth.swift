extension Character {
  /// How many terminal columns the character takes: 2 for East Asian wide and full-width
  /// characters and emoji shown as pictures, 0 for a lone combining mark, else 1.
  ///
  /// This follows Unicode's East Asian Width property (W and F) and Emoji_Presentation for
  /// the common blocks, as terminals such as xterm and VTE do.
  public var terminalWidth: Int {
    guard let first = unicodeScalars.first else { return 0 }
    // Fast paths for what charts draw most: ASCII, box drawing, blocks and braille.
    let v = first.value
    if (v >= 0x20 && v < 0x7F) || (v >= 0x2500 && v <= 0x25FC) || (v >= 0x2800 && v <= 0x28FF),
      unicodeScalars.count == 1
    {
      return 1
    }
    // An emoji variation selector (U+FE0F) asks for picture presentation: two columns.
    if unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    if first.properties.generalCategory == .nonspacingMark
      || first.properties.generalCategory == .enclosingMark
    {
      return 0
    }
    return Self.isWide(first.value) ? 2 : 1
  }

  /// Whether a scalar is wide (East Asian W/F, or an emoji with picture presentation).
  static func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    switch v {
    case 0x1100...0x115F,  // Hangul Jamo initial consonants
      0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
      0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
      0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
      0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
      0x2B50, 0x2B55,
      0x2E80...0x303E,  // CJK radicals, punctuation
      0x3041...0x33FF,  // Hiragana, Katakana, CJK compatibility
      0x3400...0x4DBF,  // CJK extension A
      0x4E00...0x9FFF,  // CJK unified ideographs
      0xA000...0xA4CF,  // Yi
      0xA960...0xA97F,  // Hangul Jamo extended A
      0xAC00...0xD7A3,  // Hangul syllables
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0xFE10...0xFE19,  // vertical forms
      0xFE30...0xFE6F,  // CJK compatibility forms, small forms
      0xFF00...0xFF60,  // full-width forms
      0xFFE0...0xFFE6,
      0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,  // Tangut, Kana supplement
      0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
      0x1F200...0x1F251,  // enclosed ideographic supplement
      0x1F300...0x1F64F,  // pictographs, emoticons
      0x1F680...0x1F6FF,  // transport and map symbols
      0x1F7E0...0x1F7EB,
      0x1F900...0x1F9FF,  // supplemental symbols and pictographs
      0x1FA70...0x1FAFF,  // symbols and pictographs extended A
      0x20000...0x3FFFD:  // CJK extensions B and later
      return true
    default:
      return false
    }
  }
}
