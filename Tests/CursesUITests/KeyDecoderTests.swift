import CNCurses
import CursesShim
import CursesUI
import Testing
import Tutor

/// What `wget_wch` reads becomes the tutorial's keys: raw-mode control codes, the codes
/// terminals send for Enter and Backspace, and ncurses' decoded keys.
@Suite struct KeyDecoderTests {
  @Test(arguments: [(UInt32(1), Character("a")), (3, "c"), (4, "d"), (17, "q"), (26, "z")])
  func controlLettersArriveAsControlKeys(code: UInt32, letter: Character) {
    #expect(KeyDecoder.event(forCharacter: code) == .key(.control(letter)))
  }

  @Test func enterTabBackspaceAndEscapeHaveEveryCodeTerminalsSend() {
    #expect(KeyDecoder.event(forCharacter: 13) == .key(.enter))
    #expect(KeyDecoder.event(forCharacter: 10) == .key(.enter))
    #expect(KeyDecoder.event(forCharacter: 9) == .key(.tab))
    #expect(KeyDecoder.event(forCharacter: 127) == .key(.backspace))
    #expect(KeyDecoder.event(forCharacter: 8) == .key(.backspace))
    #expect(KeyDecoder.event(forCharacter: 27) == .key(.escape))
  }

  @Test func printableCharactersAreTyped() {
    #expect(KeyDecoder.event(forCharacter: 32) == .key(.character(" ")))
    #expect(KeyDecoder.event(forCharacter: 0x2D) == .key(.character("-")))
    #expect(KeyDecoder.event(forCharacter: 0x3BB) == .key(.character("λ")))
  }

  @Test func controlsWithoutAMeaningAreSkipped() {
    #expect(KeyDecoder.event(forCharacter: 0) == nil)
    #expect(KeyDecoder.event(forCharacter: 0x9B) == nil)
    #expect(KeyDecoder.event(forCharacter: 0xD800) == nil)
  }

  @Test func decodedKeysBecomeArrowsAndEditingKeys() {
    #expect(KeyDecoder.event(forKey: KEY_UP) == .key(.up))
    #expect(KeyDecoder.event(forKey: KEY_DOWN) == .key(.down))
    #expect(KeyDecoder.event(forKey: KEY_LEFT) == .key(.left))
    #expect(KeyDecoder.event(forKey: KEY_RIGHT) == .key(.right))
    #expect(KeyDecoder.event(forKey: KEY_HOME) == .key(.home))
    #expect(KeyDecoder.event(forKey: KEY_END) == .key(.end))
    #expect(KeyDecoder.event(forKey: KEY_PPAGE) == .key(.pageUp))
    #expect(KeyDecoder.event(forKey: KEY_NPAGE) == .key(.pageDown))
    #expect(KeyDecoder.event(forKey: KEY_DC) == .key(.delete))
    #expect(KeyDecoder.event(forKey: KEY_BACKSPACE) == .key(.backspace))
    #expect(KeyDecoder.event(forKey: KEY_ENTER) == .key(.enter))
  }

  @Test func functionKeysAndResize() {
    #expect(KeyDecoder.event(forKey: downhill_key_f(1)) == .key(.function(1)))
    #expect(KeyDecoder.event(forKey: downhill_key_f(12)) == .key(.function(12)))
    #expect(KeyDecoder.event(forKey: downhill_key_resize()) == .resize)
    #expect(KeyDecoder.event(forKey: KEY_MOUSE) == nil)
  }
}
