import Interchange

/// Splits CSV text into records and fields (RFC 4180), one record at a time, in linear time.
///
/// The reader works on the text's UTF-8 bytes and keeps, for every field, the byte offset
/// where its content starts and where its physical line starts, so that a character column
/// is counted only when an error needs one. A leading byte order mark is dropped.
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
    /// The 1-based physical line where the field's content starts.
    var line: Int
    /// The byte offset where the field's content starts (its opening quote, if quoted).
    var offset: Int
    /// The byte offset where `line` starts.
    var lineStart: Int
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
  private let bytes: [UInt8]
  private var position: Int
  private var line = 1
  private var lineStart: Int

  /// Creates a reader over `text`, naming `source` in errors.
  init(text: String, source: String) {
    self.source = source
    bytes = Array(text.utf8)
    // A UTF-8 byte order mark (U+FEFF) is not part of the first header name.
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    position = hasBOM ? 3 : 0
    lineStart = position
  }

  /// Whether `byte` is a space or a tab, the whitespace trimmed around unquoted fields.
  static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  /// The location of `field`'s content: its line, and its column counted in characters.
  func location(of field: Field) -> SourceLocation {
    // Counting characters is linear in the line's length, so it is done for errors only.
    let prefix = String(decoding: bytes[field.lineStart..<field.offset], as: UTF8.self)
    return SourceLocation(file: source, line: field.line, column: prefix.count + 1)
  }

  /// The next record that is not blank, or `nil` at the end of the text.
  ///
  /// Throws if a quoted field is never closed, or if text follows a closing quote.
  mutating func nextRecord() throws(DescentError) -> Record? {
    while position < bytes.count {
      let record = try readRecord()
      let only = record.fields[0]
      let isBlank = record.fields.count == 1 && !only.isQuoted && only.text.isEmpty
      if !isBlank { return record }
    }
    return nil
  }

  private mutating func readRecord() throws(DescentError) -> Record {
    let recordLine = line
    var fields: [Field] = []
    while true {
      fields.append(try readField())
      guard position < bytes.count else { break }
      let byte = bytes[position]
      position += 1
      if byte == Self.comma { continue }
      // The field ended at a line break, which ends the record.
      if byte == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed {
        position += 1
      }
      startLine()
      break
    }
    return Record(fields: fields, line: recordLine)
  }

  /// Reads one field, leaving `position` at the `,` or line break after it, or at the end.
  private mutating func readField() throws(DescentError) -> Field {
    let fieldStart = position
    while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
    if position < bytes.count, bytes[position] == Self.quote {
      return try readQuotedField()
    }
    let contentStart = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
      position += 1
    }
    var contentEnd = position
    while contentEnd > contentStart, Self.isBlank(bytes[contentEnd - 1]) { contentEnd -= 1 }
    let text = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
    // An empty cell is reported where it starts, not at the delimiter after its spaces.
    let offset = contentStart == contentEnd ? fieldStart : contentStart
    return Field(text: text, isQuoted: false, line: line, offset: offset, lineStart: lineStart)
  }

  private mutating func readQuotedField() throws(DescentError) -> Field {
    let opening = Field(
      text: "", isQuoted: true, line: line, offset: position, lineStart: lineStart)
    position += 1
    var content: [UInt8] = []
    var isClosed = false
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == Self.quote {
        // `""` inside quotes is one quote; a single `"` closes the field.
        guard position < bytes.count, bytes[position] == Self.quote else {
          isClosed = true
          break
        }
        position += 1
      } else if byte == Self.lineFeed {
        startLine()
      } else if byte == Self.carriageReturn {
        if position < bytes.count, bytes[position] == Self.lineFeed {
          content.append(byte)
          content.append(Self.lineFeed)
          position += 1
          startLine()
          continue
        }
        startLine()
      }
      content.append(byte)
    }
    guard isClosed else {
      throw DescentError("a quoted field opened here is never closed", at: location(of: opening))
    }
    while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
    if position < bytes.count {
      let byte = bytes[position]
      if byte != Self.comma && byte != Self.lineFeed && byte != Self.carriageReturn {
        let here = Field(
          text: "", isQuoted: false, line: line, offset: position, lineStart: lineStart)
        throw DescentError(
          "text follows the closing quote of a field; put the whole field inside the quotes",
          at: location(of: here))
      }
    }
    var field = opening
    field.text = String(decoding: content, as: UTF8.self)
    return field
  }

  /// Notes that a new physical line starts at `position`.
  private mutating func startLine() {
    line += 1
    lineStart = position
  }
}
