import CursesUI
import Testing
import Tutor

/// Escape sequences the terminal's terminfo entry does not list arrive from ncurses as a
/// lone Escape and then their characters: they are decoded, or skipped whole, never read
/// as Escape (which would ask to quit) and a row of typed characters.
@Suite struct EscapeSequenceTests {
  static func codes(_ text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value)
  }

  @Test(arguments: [
    ("[A", Key.up), ("[B", .down), ("[C", .right), ("[D", .left), ("[1;5A", .up),
    ("[1;2D", .left), ("OA", .up), ("OH", .home), ("[F", .end), ("[5~", .pageUp),
    ("[6;5~", .pageDown), ("[3~", .delete), ("[7~", .home), ("[8~", .end), ("OP", .function(1)),
    ("[15~", .function(5)), ("[24~", .function(12)),
  ])
  func knownSequencesBecomeTheirKeys(sequence: String, key: Key) {
    let codes = Self.codes(sequence)
    #expect(KeyDecoder.isComplete(escapeSequence: codes))
    #expect(KeyDecoder.event(forEscapeSequence: codes) == .key(key))
  }

  @Test(arguments: ["[200~", "[?1;2c", "[1;5Z", "[99~", "OZ", "[M"])
  func otherWholeSequencesAreSkipped(sequence: String) {
    let codes = Self.codes(sequence)
    #expect(KeyDecoder.isComplete(escapeSequence: codes))
    #expect(KeyDecoder.event(forEscapeSequence: codes) == nil)
  }

  @Test func aSequenceIsWholeOnlyAtItsFinalByte() {
    #expect(!KeyDecoder.isComplete(escapeSequence: Self.codes("[")))
    #expect(KeyDecoder.isPartial(escapeSequence: Self.codes("[")))
    #expect(KeyDecoder.isPartial(escapeSequence: Self.codes("[1;5")))
    #expect(!KeyDecoder.isComplete(escapeSequence: Self.codes("[1;5")))
    #expect(!KeyDecoder.isComplete(escapeSequence: Self.codes("O")))
    #expect(KeyDecoder.isPartial(escapeSequence: Self.codes("O")))
    // A control character inside is no sequence: read no further.
    #expect(!KeyDecoder.isPartial(escapeSequence: Self.codes("[1\u{3}")))
  }
}
