import Interchange
import Testing

/// The one policy for showing untrusted text and quoting it in messages.
@Suite struct SanitizingTests {
  /// The control characters that only space text.
  static let spacing: Set<UInt32> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85]

  @Test func everyControlCharacterIsReplaced() throws {
    let controls = Array(UInt32(0)..<0x20) + Array(UInt32(0x7F)..<0xA0)
    for value in controls {
      let scalar = try #require(Unicode.Scalar(value))
      let expected = Self.spacing.contains(value) ? " " : "\u{FFFD}"
      #expect(Character(scalar).sanitizedForDisplay == Character(expected), "\(scalar.codePoint)")
      #expect(("a" + String(scalar) + "b").sanitizedForDisplay == "a" + expected + "b")
    }
    #expect("a\r\nb".sanitizedForDisplay == "a b")
    #expect(
      "a\u{1B}[31mb\tc\u{7}\u{9B}d".sanitizedForDisplay == "a\u{FFFD}[31mb c\u{FFFD}\u{FFFD}d")
  }

  @Test func printableTextIsKeptAsItIs() {
    for text in ["", "plain ASCII ~!", "größe θ ∇ → …", "宽 😀 👩‍💻 🏴󠁧󠁢󠁳󠁣󠁴󠁿", "e\u{301}"] {
      #expect(text.sanitizedForDisplay == text)
    }
  }

  @Test func loneFormatCharactersAreReplacedButJoinersInsideACharacterKept() {
    #expect("1 +\u{202E} 2".sanitizedForDisplay == "1 +\u{FFFD} 2")
    #expect("a\u{200B}b\u{FEFF}c\u{AD}d".sanitizedForDisplay == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
    #expect("\u{200D}x".sanitizedForDisplay == "\u{FFFD}x")
    #expect("👩\u{200D}💻".sanitizedForDisplay == "👩\u{200D}💻")
  }

  @Test func longTextIsSanitizedWhole() {
    let text = String(repeating: "ab\u{1B}\t", count: 100_000)
    let expected = String(repeating: "ab\u{FFFD} ", count: 100_000)
    #expect(text.sanitizedForDisplay == expected)
    let clean = String(repeating: "é", count: 100_000)
    #expect(clean.sanitizedForDisplay == clean)
  }

  @Test func formatCharactersAreFoundWhereverUnicodeHasThem() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let isFormat = scalar.properties.generalCategory == .format
      let isControl = scalar.properties.generalCategory == .control
      if scalar.isFormatCharacter != isFormat || scalar.isControlCharacter != isControl {
        Issue.record("\(scalar.codePoint) is classified wrongly")
      }
    }
  }

  // MARK: - Quoting

  @Test func aQuoteShowsAtMostTheLimit() {
    #expect(String.messageQuoteLimit == 30)
    let thirty = String(repeating: "a", count: 30)
    #expect(thirty.quotedForMessage == "'" + thirty + "'")
    #expect(
      (thirty + "b").quotedForMessage == "'" + String(repeating: "a", count: 29) + "…'")
    let long = String(repeating: "x", count: 1_000_000)
    #expect(long.quotedForMessage == "'" + String(repeating: "x", count: 29) + "…'")
    #expect("".quotedForMessage == "''")
  }

  @Test func aQuoteCountsCharactersAndIsSanitized() {
    #expect("a\u{1B}[2J\nb".quotedForMessage == "'a\u{FFFD}[2J b'")
    let accents = String(repeating: "e\u{301}", count: 31)
    #expect(accents.quotedForMessage == "'" + String(repeating: "e\u{301}", count: 29) + "…'")
  }

  @Test func codePointsHaveAtLeastFourDigits() {
    #expect(("\u{1B}" as Unicode.Scalar).codePoint == "U+001B")
    #expect(("\u{202E}" as Unicode.Scalar).codePoint == "U+202E")
    #expect(("😀" as Unicode.Scalar).codePoint == "U+1F600")
  }
}
