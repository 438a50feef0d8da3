/// Reads one JSON document (RFC 8259) from text, in linear time, for `JSONValue.parse`.
///
/// The parser walks the text's UTF-8 bytes once with a `ByteCursor`, which counts lines and
/// columns. Arrays and objects being read are kept on an explicit stack rather than the
/// call stack, so deep nesting cannot overflow it; the stack's height is limited to
/// `JSONValue.maximumNestingDepth`.
struct JSONParser {
  /// An array or object whose closing bracket has not been read yet.
  private struct Container {
    var isObject: Bool
    var elements: [JSONValue] = []
    var members: [JSONMember] = []
    /// In an object, the key of the member whose value is being read.
    var key = ""
  }

  private var cursor: ByteCursor
  private let source: String

  /// Creates a parser over `text`, naming `source` in errors.
  init(text: String, source: String) {
    cursor = ByteCursor(text)
    self.source = source
  }

  /// The text's bytes.
  private var bytes: [UInt8] { cursor.bytes }

  /// The offset of the next byte to read.
  private var position: Int {
    get { cursor.position }
    set { cursor.position = newValue }
  }

  /// Reads the whole text as one value, with nothing but whitespace after it.
  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    cursor.skipWhitespace()
    guard position < bytes.count else {
      throw JSONSyntaxError(
        "the file is empty; expected a JSON value", at: SourceLocation(file: source))
    }
    let value = try parseValue()
    cursor.skipWhitespace()
    guard position == bytes.count else {
      throw error("trailing text after the JSON value")
    }
    return value
  }

  // MARK: - Structure

  /// Reads the value starting at `position`, with every array and object inside it.
  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    var stack: [Container] = []
    var isAfterComma = false
    while true {
      // At the start of a value, whitespace skipped.
      var value: JSONValue
      guard position < bytes.count else { throw endOfFile(insideObject: stack.last?.isObject) }
      let byte = bytes[position]
      if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
        guard stack.count < JSONValue.maximumNestingDepth else {
          throw error(
            "arrays and objects are nested more than \(JSONValue.maximumNestingDepth) deep")
        }
        position += 1
        cursor.skipWhitespace()
        isAfterComma = false
        if byte == UInt8(ascii: "[") {
          guard consume("]") else {
            stack.append(Container(isObject: false))
            continue
          }
          value = .array([])
        } else {
          guard consume("}") else {
            let key = try parseKey(afterComma: false)
            stack.append(Container(isObject: true, key: key))
            continue
          }
          value = .object([])
        }
      } else {
        value = try parseScalar(isAfterComma: isAfterComma)
      }

      // Add the value to the innermost container; close every container that ends here.
      while true {
        guard !stack.isEmpty else { return value }
        let top = stack.count - 1
        cursor.skipWhitespace()
        if stack[top].isObject {
          stack[top].members.append(JSONMember(key: stack[top].key, value: value))
          guard position < bytes.count else { throw endOfFile(insideObject: true) }
          if consume(",") {
            cursor.skipWhitespace()
            stack[top].key = try parseKey(afterComma: true)
            isAfterComma = false
            break
          }
          guard consume("}") else { throw error("expected ',' or '}' after an object member") }
          value = .object(stack.removeLast().members)
        } else {
          stack[top].elements.append(value)
          guard position < bytes.count else { throw endOfFile(insideObject: false) }
          if consume(",") {
            cursor.skipWhitespace()
            isAfterComma = true
            break
          }
          guard consume("]") else { throw error("expected ',' or ']' after an array element") }
          value = .array(stack.removeLast().elements)
        }
      }
    }
  }

  /// Reads a member name in double quotes and the `:` after it, and skips whitespace.
  private mutating func parseKey(afterComma: Bool) throws(JSONSyntaxError) -> String {
    guard position < bytes.count else { throw endOfFile(insideObject: true) }
    guard bytes[position] == UInt8(ascii: "\"") else {
      if !afterComma { throw error("expected a member name in double quotes or '}'") }
      if bytes[position] == UInt8(ascii: "}") {
        throw error(
          "expected a member name in double quotes after ','; JSON does not allow a trailing "
            + "comma")
      }
      throw error("expected a member name in double quotes after ','")
    }
    let key = try parseString()
    cursor.skipWhitespace()
    guard position < bytes.count else { throw endOfFile(insideObject: true) }
    guard consume(":") else { throw error("expected ':' after the member name") }
    cursor.skipWhitespace()
    return key
  }

  // MARK: - Scalars

  /// Reads a string, number, `true`, `false` or `null` at `position`.
  private mutating func parseScalar(isAfterComma: Bool) throws(JSONSyntaxError) -> JSONValue {
    let byte = bytes[position]
    if byte == UInt8(ascii: "\"") { return .string(try parseString()) }
    if Self.isWordByte(byte) { return try parseWord() }
    switch byte {
    case UInt8(ascii: "]") where isAfterComma:
      throw error("expected a value after ','; JSON does not allow a trailing comma")
    case UInt8(ascii: "'"):
      throw error("JSON strings use double quotes, not single quotes")
    case UInt8(ascii: "/"):
      throw error("JSON does not allow comments")
    default:
      throw error("expected a JSON value but found \(describeCharacter(at: position))")
    }
  }

  /// Whether `byte` can be part of a number or a bare word such as `true`.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "."), UInt8(ascii: "_"):
      true
    default:
      false
    }
  }

  /// Reads a run of letters, digits and `+-._` as a literal or a number.
  private mutating func parseWord() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    cursor.skip(while: Self.isWordByte)
    let word = bytes[start..<position]
    let text = String(decoding: word, as: UTF8.self)
    switch text {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null": return .null
    default: break
    }
    let unsigned = text.drop { $0 == "+" || $0 == "-" }.lowercased()
    if unsigned == "nan" || unsigned == "inf" || unsigned == "infinity" {
      throw error(
        "\(text.quotedForMessage) is not valid JSON; write a missing or non-finite number as null",
        at: start)
    }
    let first = word[start]
    let isNumeric =
      first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
      || first == UInt8(ascii: ".") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
    guard isNumeric else {
      throw error(
        "\(text.quotedForMessage) is not a JSON value; write true, false, null, a number or a "
          + "\"string\"",
        at: start)
    }
    guard Self.isJSONNumber(word), let value = Double(text) else {
      throw error("a number here is not valid JSON: \(text.quotedForMessage)", at: start)
    }
    guard value.isFinite else {
      throw error("\(text.quotedForMessage) is too large to be a finite number", at: start)
    }
    return .number(value)
  }

  /// Whether `word` matches RFC 8259's `number`: `-? int frac? exp?`.
  private static func isJSONNumber(_ word: ArraySlice<UInt8>) -> Bool {
    var i = word.startIndex
    let end = word.endIndex
    func isDigit(_ k: Int) -> Bool {
      k < end && word[k] >= UInt8(ascii: "0") && word[k] <= UInt8(ascii: "9")
    }
    func skipDigits() -> Bool {
      guard isDigit(i) else { return false }
      while isDigit(i) { i += 1 }
      return true
    }
    if i < end, word[i] == UInt8(ascii: "-") { i += 1 }
    // int: "0", or a nonzero digit then any digits (no leading zeros).
    if i < end, word[i] == UInt8(ascii: "0") {
      i += 1
    } else if !skipDigits() {
      return false
    }
    if i < end, word[i] == UInt8(ascii: ".") {
      i += 1
      guard skipDigits() else { return false }
    }
    if i < end, word[i] == UInt8(ascii: "e") || word[i] == UInt8(ascii: "E") {
      i += 1
      if i < end, word[i] == UInt8(ascii: "+") || word[i] == UInt8(ascii: "-") { i += 1 }
      guard skipDigits() else { return false }
    }
    return i == end
  }

  /// Reads a string at the opening quote at `position`, resolving escapes.
  private mutating func parseString() throws(JSONSyntaxError) -> String {
    position += 1
    var utf8: [UInt8] = []
    var runStart = position
    while true {
      guard position < bytes.count else {
        throw error("unexpected end of the file inside a string")
      }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        utf8.append(contentsOf: bytes[runStart..<position])
        position += 1
        return String(decoding: utf8, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        utf8.append(contentsOf: bytes[runStart..<position])
        try parseEscape(into: &utf8)
        runStart = position
        continue
      }
      if byte < 0x20 {
        let scalar = Unicode.Scalar(byte)
        let escape = JSONValue.escape(for: scalar) ?? ""
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
          throw error("a string cannot contain a line break; write it as \(escape)")
        }
        throw error(
          "a string cannot contain the control character \(scalar.codePoint); "
            + "write it as \(escape)")
      }
      position += 1
    }
  }

  /// Reads the escape at the backslash at `position` and appends its UTF-8 to `utf8`.
  private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
    let backslash = position
    guard backslash + 1 < bytes.count else {
      position = bytes.count
      throw error("unexpected end of the file inside a string")
    }
    let simple: UInt8? =
      switch bytes[backslash + 1] {
      case UInt8(ascii: "\""): UInt8(ascii: "\"")
      case UInt8(ascii: "\\"): UInt8(ascii: "\\")
      case UInt8(ascii: "/"): UInt8(ascii: "/")
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): UInt8(ascii: "\n")
      case UInt8(ascii: "r"): UInt8(ascii: "\r")
      case UInt8(ascii: "t"): UInt8(ascii: "\t")
      default: nil
      }
    if let simple {
      utf8.append(simple)
      position = backslash + 2
      return
    }
    guard bytes[backslash + 1] == UInt8(ascii: "u") else {
      let escape = "\\" + String(cursor.character(at: backslash + 1))
      throw error("invalid escape \(escape.quotedForMessage) in a string", at: backslash)
    }
    let first = try parseCodeUnit(at: backslash)
    var scalarValue = UInt32(first)
    if (0xD800..<0xDC00).contains(first) {
      // A high surrogate must be followed by `\u` and a low surrogate (RFC 8259 §7).
      let next = backslash + 6
      let hasLow =
        next + 1 < bytes.count && bytes[next] == UInt8(ascii: "\\")
        && bytes[next + 1] == UInt8(ascii: "u")
      guard hasLow else { throw unpairedSurrogate(at: backslash) }
      let second = try parseCodeUnit(at: next)
      guard (0xDC00..<0xE000).contains(second) else { throw unpairedSurrogate(at: backslash) }
      scalarValue = 0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00)
      position = next + 6
    } else if (0xDC00..<0xE000).contains(first) {
      throw unpairedSurrogate(at: backslash)
    } else {
      position = backslash + 6
    }
    // Every value left is a Unicode scalar: surrogates were paired or refused above.
    let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
    utf8.append(contentsOf: String(scalar).utf8)
  }

  /// The four hexadecimal digits of the `\u` escape at the backslash at `backslash`.
  private mutating func parseCodeUnit(at backslash: Int) throws(JSONSyntaxError) -> UInt16 {
    var value: UInt16 = 0
    for k in (backslash + 2)..<(backslash + 6) {
      guard k < bytes.count else {
        position = bytes.count
        throw error("unexpected end of the file inside a string")
      }
      guard let digit = Self.hexDigitValue(bytes[k]) else {
        // Show the escape up to four characters after `\u`, stopping at the closing quote.
        var shown = "\\u"
        var j = backslash + 2
        while j < min(backslash + 6, bytes.count), bytes[j] != UInt8(ascii: "\"") {
          let character = cursor.character(at: j)
          shown.append(character)
          j += String(character).utf8.count
        }
        throw error(
          "invalid escape \(shown.quotedForMessage) in a string; \\u needs four hexadecimal digits",
          at: backslash)
      }
      value = value << 4 | UInt16(digit)
    }
    return value
  }

  private static func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  private func unpairedSurrogate(at backslash: Int) -> JSONSyntaxError {
    let escape = String(decoding: bytes[backslash..<(backslash + 6)], as: UTF8.self)
    return error(
      "unpaired surrogate \(escape.quotedForMessage) in a string; a character above U+FFFF is "
        + "written as a pair such as \\ud83d\\ude00",
      at: backslash)
  }

  // MARK: - Bytes and errors

  /// Moves past `character` if it is next.
  private mutating func consume(_ character: Unicode.Scalar) -> Bool {
    cursor.consume(UInt8(character.value))
  }

  /// An error at byte `offset` (by default `position`) of the current line.
  private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
    let place = cursor.mark(at: offset ?? position)
    return JSONSyntaxError(message, at: cursor.location(of: place, in: source))
  }

  /// The error for text that ends inside an object or array (`nil`: where a value starts).
  private func endOfFile(insideObject: Bool?) -> JSONSyntaxError {
    guard let insideObject else { return error("unexpected end of the file; expected a value") }
    return error("unexpected end of the file inside \(insideObject ? "an object" : "an array")")
  }

  /// The character at byte `offset` for a message: quoted, or as `U+XXXX` if it is
  /// whitespace or would not be shown as it is.
  private func describeCharacter(at offset: Int) -> String {
    let character = cursor.character(at: offset)
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first,
      scalar.properties.isWhitespace || character.sanitizedForDisplay != character
    {
      return scalar.codePoint
    }
    return String(character).quotedForMessage
  }
}
