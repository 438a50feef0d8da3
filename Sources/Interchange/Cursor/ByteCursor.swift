/// A reading position in text's UTF-8 bytes that counts physical lines, for readers that
/// walk text once (the JSON and CSV readers) and report errors as `file:line:column`.
///
/// A leading byte order mark is skipped: it is not part of the text. Lines end at `\n`,
/// `\r\n` or a lone `\r`. A reader may move `position` freely within a line, but passes line
/// breaks with `skipLineBreak()` or `skipWhitespace()` so that lines are counted. Columns
/// are counted in characters, and only when a location is asked for, since that is linear
/// in the line's length.
package struct ByteCursor: Sendable {
  /// A place in the text, kept so that an error can point at it later.
  package struct Mark: Sendable, Hashable {
    /// The byte offset of the place.
    package var offset: Int
    /// The 1-based physical line the place is on.
    package var line: Int
    /// The byte offset where that line starts.
    package var lineStart: Int
  }

  /// The text's UTF-8 bytes, byte order mark included.
  package let bytes: [UInt8]
  /// The offset of the next byte to read; `bytes.count` at the end.
  package var position: Int
  /// The 1-based physical line that `position` is on (readers leave it to the cursor).
  package var line = 1
  /// The byte offset where `line` starts (readers leave it to the cursor).
  package var lineStart: Int

  /// A cursor at the start of `text`, after its byte order mark if it has one.
  package init(_ text: String) {
    bytes = Array(text.utf8)
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    position = hasBOM ? 3 : 0
    lineStart = position
  }

  /// Whether every byte has been read.
  @inlinable package var isAtEnd: Bool { position >= bytes.count }

  /// The next byte, or `nil` at the end.
  @inlinable package var current: UInt8? {
    position < bytes.count ? bytes[position] : nil
  }

  /// The byte `distance` after the next one, or `nil` past the end.
  @inlinable package func peek(_ distance: Int) -> UInt8? {
    position + distance < bytes.count ? bytes[position + distance] : nil
  }

  /// Moves past the next byte if it is `byte`, and says whether it did.
  @inlinable package mutating func consume(_ byte: UInt8) -> Bool {
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  /// Moves past bytes while `predicate` holds for them; it must not accept a line break.
  @inlinable package mutating func skip(while predicate: (UInt8) -> Bool) {
    while position < bytes.count, predicate(bytes[position]) { position += 1 }
  }

  /// Moves past a line break (`\n`, `\r\n` or `\r`) if one is next, starting a new line,
  /// and says whether it did.
  @inlinable package mutating func skipLineBreak() -> Bool {
    guard position < bytes.count else { return false }
    switch bytes[position] {
    case 0x0A:
      position += 1
    case 0x0D:
      position += 1
      if position < bytes.count, bytes[position] == 0x0A { position += 1 }
    default:
      return false
    }
    line += 1
    lineStart = position
    return true
  }

  /// Moves past spaces, tabs and line breaks, counting lines.
  @inlinable package mutating func skipWhitespace() {
    while position < bytes.count {
      let byte = bytes[position]
      if byte == 0x20 || byte == 0x09 {
        position += 1
      } else if !skipLineBreak() {
        return
      }
    }
  }

  /// The place of the next byte.
  @inlinable package var mark: Mark {
    Mark(offset: position, line: line, lineStart: lineStart)
  }

  /// The place of byte `offset`, which must be on the current line.
  @inlinable package func mark(at offset: Int) -> Mark {
    Mark(offset: offset, line: line, lineStart: lineStart)
  }

  /// Where `mark` is in `source`: its line, and its column counted in characters.
  package func location(of mark: Mark, in source: String) -> SourceLocation {
    let prefix = String(decoding: bytes[mark.lineStart..<mark.offset], as: UTF8.self)
    return SourceLocation(file: source, line: mark.line, column: prefix.count + 1)
  }

  /// The character that starts at byte `offset`, for a message about it.
  package func character(at offset: Int) -> Character {
    // A character is rarely more than a few bytes; 64 covers long emoji sequences.
    let end = min(offset + 64, bytes.count)
    let text = String(decoding: bytes[offset..<end], as: UTF8.self)
    return text.first ?? "\u{FFFD}"
  }
}
