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
}
