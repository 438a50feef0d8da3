import CNCurses
import CursesShim
import Tutor

/// Turns what ncurses' `wget_wch` read into a `TerminalEvent`: a character code (a Unicode
/// scalar or a C0 control) or a decoded key code (`KEY_*`).
///
/// In raw mode the control characters arrive as themselves: Ctrl-C is 3, Ctrl-Z 26.
/// Terminals send 127 or 8 for Backspace and 13 (or 10) for Enter, so each has several
/// codes. Keys the tutorial has no use for decode to nil and are skipped.
package enum KeyDecoder {
  /// The event for a character code.
  package static func event(forCharacter code: UInt32) -> TerminalEvent? {
    switch code {
    case 10, 13: return .key(.enter)
    case 9: return .key(.tab)
    case 8, 127: return .key(.backspace)
    case 27: return .key(.escape)
    case 1...26:
      // Ctrl-A is 1 … Ctrl-Z is 26: the letter is 96 + code.
      guard let letter = Unicode.Scalar(96 + code) else { return nil }
      return .key(.control(Character(letter)))
    case 28: return .key(.control("\\"))
    case 29: return .key(.control("]"))
    case 30: return .key(.control("^"))
    case 31: return .key(.control("_"))
    case 0, 0x80..<0xA0:
      // Ctrl-Space and the C1 controls mean nothing to the tutorial.
      return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  /// The event for a key code ncurses decoded from an escape sequence.
  package static func event(forKey code: Int32) -> TerminalEvent? {
    if code == downhill_key_resize() { return .resize }
    if let key = keys[code] { return .key(key) }
    for n in 1...12 where downhill_key_f(Int32(n)) == code {
      return .key(.function(n))
    }
    return nil
  }

  /// Key codes and their keys; the keypad's corners (A1, A3, C1, C3) are Home, Page Up,
  /// End and Page Down on the terminals that send them.
  private static let keys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
    KEY_A1: .home, KEY_C1: .end, KEY_A3: .pageUp, KEY_C3: .pageDown,
    KEY_DC: .delete, KEY_BACKSPACE: .backspace, KEY_ENTER: .enter,
  ]

  // MARK: - Escape sequences ncurses does not know

  /// Whether `codes`, what followed an Escape, is a whole sequence: CSI (`[`, parameter
  /// bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, a final byte 0x40–0x7E, as ECMA-48
  /// defines it) or SS3 (`O` and one character). Anything else is never a sequence.
  package static func isComplete(escapeSequence codes: [UInt32]) -> Bool {
    guard let first = codes.first else { return false }
    switch first {
    case 0x5B:  // [
      guard codes.count >= 2, let last = codes.last else { return false }
      return (0x40...0x7E).contains(last)
    case 0x4F:  // O
      return codes.count >= 2
    default:
      return true
    }
  }

  /// Whether `codes` could still grow into a sequence (a CSI whose final byte is due).
  package static func isPartial(escapeSequence codes: [UInt32]) -> Bool {
    guard let first = codes.first, first == 0x5B || first == 0x4F else { return false }
    guard !isComplete(escapeSequence: codes) else { return false }
    return codes.dropFirst().allSatisfy { (0x20...0x3F).contains($0) }
  }

  /// The key of a whole CSI or SS3 sequence (after its Escape) that the terminal's terminfo
  /// entry does not list, such as xterm's Ctrl-arrows (`[1;5A`) or keypad keys in
  /// application mode (`OA`); nil for one the tutorial has no use for, which is skipped
  /// whole rather than read as Escape and a row of characters.
  package static func event(forEscapeSequence codes: [UInt32]) -> TerminalEvent? {
    guard codes.count >= 2, let final = codes.last.flatMap(Unicode.Scalar.init) else {
      return nil
    }
    let letters: [Character: Key] = [
      "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
    ]
    if let key = letters[Character(final)] { return .key(key) }
    if codes[0] == 0x4F {
      let functions: [Character: Int] = ["P": 1, "Q": 2, "R": 3, "S": 4]
      return functions[Character(final)].map { .key(.function($0)) }
    }
    guard final == "~" else { return nil }
    // `[N~` or `[N;M~`: the key is N, the modifiers M are ignored.
    let digits = codes.dropFirst().prefix { (0x30...0x39).contains($0) }
    guard let number = Int(String(String.UnicodeScalarView(digits.compactMap(Unicode.Scalar.init))))
    else { return nil }
    let tilde: [Int: Key] = [
      1: .home, 7: .home, 4: .end, 8: .end, 3: .delete, 5: .pageUp, 6: .pageDown,
      11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4),
      15: .function(5), 17: .function(6), 18: .function(7), 19: .function(8),
      20: .function(9), 21: .function(10), 23: .function(11), 24: .function(12),
    ]
    return tilde[number].map { .key($0) }
  }
}
