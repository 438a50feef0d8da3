import Interchange

/// Splits CSV text into records and fields (RFC 4180), one record at a time, in linear time.
///
/// The reader walks the text's UTF-8 bytes with a `ByteCursor` (which drops a leading byte
/// order mark and counts lines) and keeps, for every field, the place where its content
/// starts, so that a character column is counted only when an error needs one.
///
/// Rules: fields are separated by `,`; records end at `\n`, `\r\n` or `\r`; a field that
/// starts with `"` (after optional spaces) is quoted, may hold commas and line breaks, and
/// writes a quote as `""`. Spaces and tabs around an unquoted field are trimmed. A record
/// that is empty or only whitespace is skipped.
struct CSVReader {
  /// One field of a record.
  struct Field {
    /// The field's text: unquoted and unescaped if it was quoted, trimmed if it was not.
    var text: String
    /// Whether the field was written in double quotes.
    var isQuoted: Bool
    /// Where the field's content starts (its opening quote, if quoted).
    var start: ByteCursor.Mark
  }

  /// One record: the fields of a row, and the physical line where it starts.
  struct Record {
    /// The fields in column order; never empty.
    var fields: [Field]
    /// The 1-based physical line where the record starts.
    var line: Int
  }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// The name of the text's source, used in error locations.
  let source: String
  private(set) var cursor: ByteCursor
  /// The sentence on saving the file as UTF-8, for a file that is not.
  private let advice: String

  /// Creates a reader over `text`, naming `source` in errors.
  init(text: String, source: String) {
    self.source = source
    cursor = ByteCursor(text)
    advice = "save it as UTF-8"
  }

  /// Creates a reader that streams `bytes` through a window of `windowSize` bytes, naming
  /// `source` in errors and giving `advice` for bytes that are not UTF-8.
  init(streaming bytes: any ByteSource, source: String, advice: String, windowSize: Int) {
    self.source = source
    cursor = ByteCursor(streaming: bytes, windowSize: windowSize)
    self.advice = advice
  }

  /// Whether `byte` is a space or a tab, the whitespace trimmed around unquoted fields.
  static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  /// Whether `byte` ends an unquoted field: a comma or a line break.
  private static func endsField(_ byte: UInt8) -> Bool {
    byte == comma || byte == lineFeed || byte == carriageReturn
  }

  /// The location of `field`'s content: its line, and its column counted in characters.
  /// Valid only while the field's record is the last one read.
  func location(of field: Field) -> SourceLocation {
    cursor.location(of: field.start, in: source)
  }

  /// How many bytes of the text come before the next record.
  var offsetInText: Int { cursor.offsetInText }

  /// The text's size in bytes, when known, for reserving room for its rows.
  var byteCountHint: Int? { cursor.byteCountHint }

  /// One field of a record as `nextRecord(into:)` gives it: an unquoted field as the range
  /// of its bytes (no string made), a quoted one as its unescaped text. Byte ranges and
  /// places are valid until the next record is read.
  struct FieldSpan {
    /// The field's trimmed bytes, when it was not quoted.
    var bytes: Range<Int>
    /// The unquoted, unescaped text of a quoted field; nil for an unquoted one.
    var quotedText: String?
    /// Where the field's content starts.
    var start: ByteCursor.Mark

    /// The field as `nextRecord()` gives it, for a message or the general reading of a cell.
    func field(in reader: CSVReader) -> Field {
      if let quotedText { return Field(text: quotedText, isQuoted: true, start: start) }
      let text = String(decoding: reader.cursor.bytes[bytes], as: UTF8.self)
      return Field(text: text, isQuoted: false, start: start)
    }
  }

  /// The next record that is not blank, its fields into `spans` (emptied first, so one
  /// array serves every row): the physical line where it starts, or `nil` at the end.
  ///
  /// A streamed record is always whole in the window: one that runs to the window's end
  /// is read again after a refill, which keeps it and reads on.
  mutating func nextRecord(into spans: inout [FieldSpan]) throws(DescentError) -> Int? {
    while true {
      if cursor.isAtEnd {
        if cursor.isExhausted { return nil }
        try refill(keepingFrom: cursor.position)
        continue
      }
      spans.removeAll(keepingCapacity: true)
      let start = cursor.mark
      while true {
        spans.append(try readSpan())
        if !cursor.consume(Self.comma) {
          _ = cursor.skipLineBreak()
          break
        }
      }
      if cursor.isAtEnd && !cursor.isExhausted {
        // The record may go on past the window (or its `\r` be half of a `\r\n`).
        cursor.restore(start)
        try refill(keepingFrom: start.offset)
        continue
      }
      let only = spans[0]
      let isBlank = spans.count == 1 && only.quotedText == nil && only.bytes.isEmpty
      if !isBlank { return start.line }
    }
  }

  /// Reads the next record when it is the common case, and returns its line: exactly
  /// `values.count` unquoted fields, each a plain finite decimal with at most spaces or tabs
  /// around it, ending in a line break inside the window (or at the text's end). The values
  /// go into `values`. For anything else (a blank line, quotes, a bad cell, a record the
  /// window cuts) it returns nil and moves nothing, and `nextRecord(into:)` reads the record
  /// the general way; on records it accepts, the two agree value for value.
  mutating func nextPlainRecord(into values: UnsafeMutableBufferPointer<Double>) -> Int? {
    let start = cursor.position
    let isExhausted = cursor.isExhausted
    let end = cursor.bytes.withUnsafeBufferPointer { all -> Int? in
      guard let p = all.baseAddress else { return nil }
      let n = all.count
      var i = start
      for j in 0..<values.count {
        while i < n && Self.isBlank(p[i]) { i &+= 1 }
        guard
          let (value, length) = DecimalParser.parsePlainPrefix(
            UnsafeBufferPointer(start: p + i, count: n &- i)),
          value.isFinite
        else { return nil }
        values[j] = value
        i &+= length
        while i < n && Self.isBlank(p[i]) { i &+= 1 }
        if j &+ 1 < values.count {
          guard i < n, p[i] == Self.comma else { return nil }
          i &+= 1
        }
      }
      // The record's line break, whole: a `\r` at the window's end may be half a `\r\n`.
      guard i < n else { return isExhausted ? i : nil }
      if p[i] == Self.lineFeed { return i }
      guard p[i] == Self.carriageReturn, i &+ 1 < n || isExhausted else { return nil }
      return i
    }
    guard let end else { return nil }
    let line = cursor.line
    cursor.position = end
    _ = cursor.skipLineBreak()
    return line
  }

  /// The next record that is not blank, with a string a field, or `nil` at the end.
  ///
  /// Throws if a quoted field is never closed, or if text follows a closing quote.
  mutating func nextRecord() throws(DescentError) -> Record? {
    var spans: [FieldSpan] = []
    guard let line = try nextRecord(into: &spans) else { return nil }
    return Record(fields: spans.map { $0.field(in: self) }, line: line)
  }

  /// Refills a streamed window, keeping the bytes from `start` on; a failure to read, or
  /// bytes that are not UTF-8, become a located error.
  private mutating func refill(keepingFrom start: Int) throws(DescentError) {
    do {
      try cursor.refill(keepingFrom: start)
    } catch {
      switch error {
      case .source(let failure):
        throw DescentError(failure.message)
      case .notUTF8(let mark):
        throw DescentError(
          "the file is not UTF-8 text (its first bad byte is here); \(advice)",
          at: cursor.location(of: mark, in: source))
      }
    }
  }

  /// Reads one field as a span, leaving the cursor at the `,` or line break after it, or at
  /// the end.
  private mutating func readSpan() throws(DescentError) -> FieldSpan {
    let fieldStart = cursor.mark
    cursor.skip(while: Self.isBlank)
    if cursor.current == Self.quote {
      let field = try readQuotedField()
      return FieldSpan(bytes: 0..<0, quotedText: field.text, start: field.start)
    }
    let contentStart = cursor.mark
    cursor.skip { !Self.endsField($0) }
    var contentEnd = cursor.position
    while contentEnd > contentStart.offset, Self.isBlank(cursor.bytes[contentEnd - 1]) {
      contentEnd -= 1
    }
    // An empty cell is reported where it starts, not at the delimiter after its spaces.
    let start = contentStart.offset == contentEnd ? fieldStart : contentStart
    return FieldSpan(bytes: contentStart.offset..<contentEnd, quotedText: nil, start: start)
  }

  /// Calls `body` with the window's bytes, for reading numbers out of spans in place.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    cursor.bytes.withUnsafeBufferPointer(body)
  }

  private mutating func readQuotedField() throws(DescentError) -> Field {
    let opening = Field(text: "", isQuoted: true, start: cursor.mark)
    cursor.position += 1
    var content: [UInt8] = []
    var isClosed = false
    while let byte = cursor.current {
      if byte == Self.quote {
        cursor.position += 1
        // `""` inside quotes is one quote; a single `"` closes the field.
        guard cursor.consume(Self.quote) else {
          isClosed = true
          break
        }
        content.append(byte)
      } else if byte == Self.lineFeed || byte == Self.carriageReturn {
        // A line break inside quotes is part of the field, written as it is.
        let breakStart = cursor.position
        _ = cursor.skipLineBreak()
        content.append(contentsOf: cursor.bytes[breakStart..<cursor.position])
      } else {
        content.append(byte)
        cursor.position += 1
      }
    }
    guard isClosed else {
      // In a streamed window the closing quote may come after a refill.
      if !cursor.isExhausted { return opening }
      throw DescentError("a quoted field opened here is never closed", at: location(of: opening))
    }
    cursor.skip(while: Self.isBlank)
    if let byte = cursor.current, !Self.endsField(byte) {
      throw DescentError(
        "text follows the closing quote of a field; put the whole field inside the quotes",
        at: cursor.location(of: cursor.mark, in: source))
    }
    var field = opening
    field.text = String(decoding: content, as: UTF8.self)
    return field
  }
}
