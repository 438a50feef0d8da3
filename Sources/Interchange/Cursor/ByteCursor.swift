/// A reading position in text's UTF-8 bytes that counts physical lines, for readers that
/// walk text once (the JSON and CSV readers) and report errors as `file:line:column`.
///
/// A cursor holds either the whole text, or a window of a streamed `ByteSource` that the
/// reader refills (`refill(keepingFrom:)`) when it reaches the window's end: then offsets
/// are within the window, and stay valid until the next refill.
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

  /// Why a streamed window could not be refilled.
  package enum RefillError: Error, Sendable, Hashable {
    /// The source failed, with its sentence.
    case source(ByteSourceError)
    /// The bytes at `mark` are not well-formed UTF-8.
    case notUTF8(Mark)
  }

  /// The text's UTF-8 bytes (byte order mark included), or the window of them in memory.
  package private(set) var bytes: [UInt8]
  /// The offset of the next byte to read; `bytes.count` at the end.
  package var position: Int
  /// The 1-based physical line that `position` is on (readers leave it to the cursor).
  package var line = 1
  /// The byte offset where `line` starts (readers leave it to the cursor).
  package var lineStart: Int
  /// Whether `bytes` ends where the text ends: always for a whole text, and for a stream
  /// once its source is spent.
  package private(set) var isExhausted: Bool
  /// How many bytes of the stream came before `bytes[0]`.
  package private(set) var discarded = 0
  /// The streamed source, nil for a whole text.
  private var source: (any ByteSource)?
  /// The window's usual size; it grows only while one record needs more.
  private let windowSize: Int
  /// The offset up to which `bytes` is checked to be UTF-8.
  private var validated: Int
  /// Whether the stream's start has been looked at for a byte order mark.
  private var isStartChecked: Bool
  /// How many bytes the text holds, when known: a whole text's size, or the source's hint,
  /// taken when the cursor is made (the source is let go once spent).
  package let byteCountHint: Int?

  /// A cursor at the start of `text`, after its byte order mark if it has one.
  package init(_ text: String) {
    bytes = Array(text.utf8)
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    position = hasBOM ? 3 : 0
    lineStart = position
    isExhausted = true
    windowSize = bytes.count
    validated = bytes.count
    isStartChecked = true
    byteCountHint = bytes.count
  }

  /// A cursor at the start of `source`'s bytes, read `windowSize` bytes at a time (at
  /// least 16) and checked to be UTF-8 as they arrive. It holds nothing until the first
  /// `refill(keepingFrom:)`.
  package init(streaming source: any ByteSource, windowSize: Int = 1 << 18) {
    bytes = []
    position = 0
    lineStart = 0
    isExhausted = false
    self.source = source
    self.windowSize = max(16, windowSize)
    validated = 0
    isStartChecked = false
    byteCountHint = source.byteCountHint
  }

  /// How many bytes of the text come before `position`.
  package var offsetInText: Int { discarded + position }

  /// Drops the bytes before `start` (a line start at or before `position`; the current
  /// line's start if it is earlier), moves the rest to the front and reads more after
  /// them, checking them as UTF-8. Returns how far offsets moved down, so the reader can
  /// shift places it kept. The window grows when what is kept fills more than half of it,
  /// so one long record still fits. Does nothing once the source is spent.
  @discardableResult
  package mutating func refill(keepingFrom start: Int) throws(RefillError) -> Int {
    guard !isExhausted, var source else { return 0 }
    let shift = min(start, lineStart)
    if shift > 0 {
      bytes.removeSubrange(0..<shift)
      discarded += shift
      position -= shift
      lineStart -= shift
      validated -= shift
    }
    let kept = bytes.count
    let target = max(windowSize, kept * 2)
    bytes.append(contentsOf: repeatElement(0, count: target - kept))
    var filled = kept
    var failure: ByteSourceError?
    while filled < target {
      let count = bytes.withUnsafeMutableBytes { all -> Int in
        do throws(ByteSourceError) {
          return try source.read(into: UnsafeMutableRawBufferPointer(rebasing: all[filled..<target]))
        } catch {
          failure = error
          return 0
        }
      }
      if let failure {
        bytes.removeSubrange(filled..<target)
        throw .source(failure)
      }
      if count == 0 {
        isExhausted = true
        break
      }
      filled += count
    }
    self.source = isExhausted ? nil : source
    bytes.removeSubrange(filled..<target)
    let outcome = bytes.withUnsafeBufferPointer {
      UTF8Validation.validate(UnsafeBufferPointer(rebasing: $0[validated...]), isFinal: isExhausted)
    }
    switch outcome {
    case .valid(let end): validated += end
    case .invalid(let offset): throw .notUTF8(markAhead(at: validated + offset))
    }
    if !isStartChecked, bytes.count >= 3 || isExhausted {
      isStartChecked = true
      if discarded == 0, position == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        position = 3
        lineStart = 3
      }
    }
    return shift
  }

  /// The place of byte `offset`, at or after `position`, counting the line breaks between.
  private func markAhead(at offset: Int) -> Mark {
    var line = line
    var lineStart = lineStart
    var i = position
    while i < offset {
      let byte = bytes[i]
      i += 1
      if byte == 0x0D, i < bytes.count, bytes[i] == 0x0A { i += 1 }
      if byte == 0x0A || byte == 0x0D {
        line += 1
        lineStart = i
      }
    }
    // Never a line start after the byte itself, whatever the reader had passed.
    return Mark(offset: offset, line: line, lineStart: min(lineStart, offset))
  }

  /// Moves back to `mark`, a place in the current window at or before `position`.
  package mutating func restore(_ mark: Mark) {
    position = mark.offset
    line = mark.line
    lineStart = mark.lineStart
  }

  /// Whether every byte in memory has been read (for a stream: of this window).
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
