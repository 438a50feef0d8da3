extension JSONValue {
  /// The value as JSON text: compact by default, or indented for people to read.
  ///
  /// The text is always valid JSON (RFC 8259) and `JSONValue.parse` reads it back to an
  /// equal value, every finite number bit for bit:
  ///
  /// - A non-finite number (NaN, ±∞) is written `null`.
  /// - An integral number below 2^53 in magnitude is written without a fraction (`150`,
  ///   `-3`, `0`; negative zero is `-0`). Any other number is written in Swift's shortest
  ///   form that reads back exactly (`0.1`, `1e-05`, `1.7976931348623157e+308`).
  /// - Strings escape `"`, `\` and control characters (`\n`, `\t`, `\r`, `\b`, `\f`, and
  ///   `\u00XX` for the rest); other characters are written as they are, in UTF-8.
  ///
  /// The pretty form indents by two spaces and writes `"key": value`. An array of only
  /// numbers, booleans and nulls stays on one line (`[0.5, 0.25, null]`), so that a loss
  /// curve of a thousand epochs does not take a thousand lines. Empty containers are `[]`
  /// and `{}`. Neither form ends with a newline.
  ///
  /// ```swift
  /// let value: JSONValue = ["w": [0.5, -1], "b": 0.1]
  /// value.serialized()             // {"w":[0.5,-1],"b":0.1}
  /// value.serialized(pretty: true) // {\n  "w": [0.5, -1],\n  "b": 0.1\n}
  /// ```
  public func serialized(pretty: Bool = false) -> String {
    var text = ""
    write(to: &text, pretty: pretty, indent: 0)
    return text
  }

  /// Appends this value to `text`; `indent` is the nesting depth of the line it starts on.
  private func write(to text: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null:
      text += "null"
    case .bool(let value):
      text += value ? "true" : "false"
    case .number(let value):
      text += Self.numberText(value)
    case .string(let value):
      Self.writeString(value, to: &text)
    case .array(let elements):
      if elements.isEmpty {
        text += "[]"
      } else if !pretty || elements.allSatisfy(\.isFlat) {
        text += "["
        for (i, element) in elements.enumerated() {
          if i > 0 { text += pretty ? ", " : "," }
          element.write(to: &text, pretty: pretty, indent: indent)
        }
        text += "]"
      } else {
        text += "["
        for (i, element) in elements.enumerated() {
          text += i > 0 ? ",\n" : "\n"
          Self.writeIndent(indent + 1, to: &text)
          element.write(to: &text, pretty: pretty, indent: indent + 1)
        }
        text += "\n"
        Self.writeIndent(indent, to: &text)
        text += "]"
      }
    case .object(let members):
      guard !members.isEmpty else {
        text += "{}"
        return
      }
      text += "{"
      for (i, member) in members.enumerated() {
        if pretty {
          text += i > 0 ? ",\n" : "\n"
          Self.writeIndent(indent + 1, to: &text)
        } else if i > 0 {
          text += ","
        }
        Self.writeString(member.key, to: &text)
        text += pretty ? ": " : ":"
        member.value.write(to: &text, pretty: pretty, indent: indent + 1)
      }
      if pretty {
        text += "\n"
        Self.writeIndent(indent, to: &text)
      }
      text += "}"
    }
  }

  /// Whether the pretty form may put this value on one line with its neighbours.
  private var isFlat: Bool {
    switch self {
    case .null, .bool, .number: true
    case .string, .array, .object: false
    }
  }

  private static func writeIndent(_ depth: Int, to text: inout String) {
    text += String(repeating: " ", count: 2 * depth)
  }

  /// `value` as a JSON number, or `null` if it is not finite.
  static func numberText(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == 0 { return value.sign == .minus ? "-0" : "0" }
    // Below 2^53 every integer is a Double and Int64 prints it exactly, without ".0".
    if value.magnitude < 0x1p53, value.rounded(.towardZero) == value {
      return String(Int64(value))
    }
    // Swift's description is the shortest text that reads back to the same bits, and its
    // forms (`0.1`, `1e-05`, `1.5e+300`, `9007199254740992.0`) are all valid JSON numbers.
    return value.description
  }

  /// Appends `value` in double quotes, escaped as JSON requires.
  private static func writeString(_ value: String, to text: inout String) {
    text += "\""
    let needsEscaping = value.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    if needsEscaping {
      for scalar in value.unicodeScalars {
        if let escape = escape(for: scalar) {
          text += escape
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    } else {
      text += value
    }
    text += "\""
  }

  /// The JSON escape for `scalar` inside a string, or `nil` if it is written as it is.
  static func escape(for scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "\"": return "\\\""
    case "\\": return "\\\\"
    case "\n": return "\\n"
    case "\t": return "\\t"
    case "\r": return "\\r"
    case "\u{08}": return "\\b"
    case "\u{0C}": return "\\f"
    default:
      guard scalar.value < 0x20 else { return nil }
      let hex = String(scalar.value, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
  }
}
