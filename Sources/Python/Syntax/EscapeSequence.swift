/// Python's backslash escapes in string literals, applied to a literal's characters.
///
///     \n \t \r \\ \' \"  \a \b \f \v   the usual controls and quotes
///     \0 \12 \177                      octal, one to three digits
///     \xhh \uXXXX \UXXXXXXXX           hexadecimal code points
///     \ at a line end                  nothing: the string continues on the next line
///
/// An unknown escape (`\d`) keeps its backslash, as Python does. `\N{name}` needs Unicode's
/// name table, which this sandbox does not carry. Line ends inside a literal become `\n`.
enum EscapeSequence {
  /// The value of `body` (a literal's characters as written, each at `locations`), with
  /// escapes applied unless `isRaw`.
  static func decode(
    _ body: [Character], locations: [SourceSpan], isRaw: Bool
  ) throws(PythonError) -> String {
    var text = ""
    var index = 0
    while index < body.count {
      let character = body[index]
      if character == "\\" && !isRaw {
        index = try decodeEscape(body, at: index, end: body.count, locations, into: &text)
      } else {
        text.append(Lexer.isLineEnd(character) ? "\n" : character)
        index += 1
      }
    }
    return text
  }

  /// Applies the escape whose backslash is at `start`; returns the index after it.
  static func decodeEscape(
    _ body: [Character], at start: Int, end: Int, _ locations: [SourceSpan],
    into text: inout String
  ) throws(PythonError) -> Int {
    guard start + 1 < end else {
      text.append("\\")
      return start + 1
    }
    let next = body[start + 1]
    if Lexer.digitValue(next, radix: 8) != nil {
      // Octal: up to three digits, at most 0o777, always a valid scalar.
      var value: UInt32 = 0
      var index = start + 1
      while index < end, index < start + 4, let digit = Lexer.digitValue(body[index], radix: 8) {
        value = value * 8 + UInt32(digit)
        index += 1
      }
      if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
      return index
    }
    switch next {
    case "\n", "\r\n", "\r": return start + 2
    case "\\", "'", "\"": text.append(next)
    case "a": text.append("\u{07}")
    case "b": text.append("\u{08}")
    case "f": text.append("\u{0C}")
    case "n": text.append("\n")
    case "r": text.append("\r")
    case "t": text.append("\t")
    case "v": text.append("\u{0B}")
    case "x", "u", "U":
      let width = next == "x" ? 2 : next == "u" ? 4 : 8
      return try decodeHex(body, at: start, width: width, end: end, locations, into: &text)
    case "N":
      throw PythonError(
        .unsupported,
        "\\N{...} escapes are not supported here; type the character, or use \\u and its code",
        at: span(locations, start, 2))
    default:
      // Unknown: the backslash stays, and the next character is read as usual.
      text.append("\\")
      return start + 1
    }
    return start + 2
  }

  /// `\xhh`, `\uXXXX` or `\UXXXXXXXX`: exactly `width` hexadecimal digits naming a scalar.
  private static func decodeHex(
    _ body: [Character], at start: Int, width: Int, end: Int, _ locations: [SourceSpan],
    into text: inout String
  ) throws(PythonError) -> Int {
    var value: UInt32 = 0
    var index = start + 2
    while index < end, index < start + 2 + width,
      let digit = Lexer.digitValue(body[index], radix: 16)
    {
      value = value * 16 + UInt32(digit)
      index += 1
    }
    let escape = width == 2 ? "\\xXX" : width == 4 ? "\\uXXXX" : "\\UXXXXXXXX"
    guard index == start + 2 + width else {
      throw PythonError(
        .syntax, "truncated \(escape) escape", at: span(locations, start, index - start))
    }
    guard let scalar = Unicode.Scalar(value) else {
      throw PythonError(
        .syntax, "illegal Unicode character in \(escape) escape",
        at: span(locations, start, index - start))
    }
    text.unicodeScalars.append(scalar)
    return index
  }

  /// The span of `length` characters from `start`, on `start`'s line.
  private static func span(_ locations: [SourceSpan], _ start: Int, _ length: Int) -> SourceSpan {
    guard start < locations.count else { return SourceSpan(line: 1, column: 1, length: 1) }
    let first = locations[start]
    return SourceSpan(line: first.line, column: first.column, length: length)
  }
}
