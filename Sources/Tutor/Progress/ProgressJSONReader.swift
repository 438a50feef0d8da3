import Descent
import Interchange

/// Reads the members of one object in a progress file, naming its place in every error.
///
/// A parsed `JSONValue` no longer knows its line, so an error says where the value sits in
/// the book instead: `progress.json: lesson '01-linear', answer 'q1': "attempts" must be a
/// whole number of at least 0`.
struct ProgressJSONReader {
  /// The file's name, for the error's location.
  let source: String
  /// Where the object sits, such as `lesson '01-linear'`; empty for the whole file.
  let place: String
  /// The object's members, each key once.
  let members: [JSONMember]

  /// A reader of `value`, which must be an object with no key twice.
  init(_ value: JSONValue, source: String, place: String) throws(DescentError) {
    self.source = source
    self.place = place
    guard case .object(let members) = value else {
      throw Self.error(
        "expected an object in braces but found \(Self.kind(of: value))", source: source,
        place: place)
    }
    var seen: Set<String> = []
    for member in members where !seen.insert(member.key).inserted {
      throw Self.error(
        "the member \(member.key.quotedForMessage) appears twice", source: source,
        place: place)
    }
    self.members = members
  }

  /// An error at this reader's place.
  func error(_ message: String) -> DescentError {
    Self.error(message, source: source, place: place)
  }

  private static func error(_ message: String, source: String, place: String) -> DescentError {
    DescentError(place.isEmpty ? message : "\(place): \(message)", at: SourceLocation(file: source))
  }

  /// Whether the member `key` is present.
  func has(_ key: String) -> Bool {
    members.contains { $0.key == key }
  }

  /// The value of the member `key`, which must be present.
  func value(_ key: String) throws(DescentError) -> JSONValue {
    guard let member = members.first(where: { $0.key == key }) else {
      throw error("the member \"\(key)\" is missing")
    }
    return member.value
  }

  /// The string member `key`.
  func string(_ key: String) throws(DescentError) -> String {
    let value = try value(key)
    guard case .string(let text) = value else { throw mismatch(key, "a string", value) }
    return text
  }

  /// The member `key`: a string, or `null` for none.
  func optionalString(_ key: String) throws(DescentError) -> String? {
    let value = try value(key)
    switch value {
    case .null: return nil
    case .string(let text): return text
    default: throw mismatch(key, "a string or null", value)
    }
  }

  /// The number member `key`.
  func number(_ key: String) throws(DescentError) -> Double {
    let value = try value(key)
    guard case .number(let number) = value else { throw mismatch(key, "a number", value) }
    return number
  }

  /// The member `key`: a whole number of at least 0 (and below 2^53, exact as a Double).
  func count(_ key: String) throws(DescentError) -> Int {
    let number = try number(key)
    guard number >= 0, number < 0x1p53, number.rounded(.towardZero) == number else {
      let shown = JSONValue.number(number).serialized()
      throw error("\"\(key)\" must be a whole number of at least 0, not \(shown)")
    }
    return Int(number)
  }

  /// The boolean member `key`.
  func bool(_ key: String) throws(DescentError) -> Bool {
    let value = try value(key)
    guard case .bool(let flag) = value else { throw mismatch(key, "true or false", value) }
    return flag
  }

  /// The member `key`: an array of strings.
  func strings(_ key: String) throws(DescentError) -> [String] {
    let value = try value(key)
    guard case .array(let elements) = value else {
      throw mismatch(key, "an array of strings", value)
    }
    var texts: [String] = []
    for (i, element) in elements.enumerated() {
      guard case .string(let text) = element else {
        throw error("\"\(key)\" item \(i + 1) must be a string, not \(Self.kind(of: element))")
      }
      texts.append(text)
    }
    return texts
  }

  /// A reader of the object member `key`, whose place is this one's followed by `"key"`.
  func object(_ key: String) throws(DescentError) -> ProgressJSONReader {
    let value = try value(key)
    guard case .object = value else { throw mismatch(key, "an object in braces", value) }
    let inner = place.isEmpty ? "\"\(key)\"" : "\(place), \"\(key)\""
    return try ProgressJSONReader(value, source: source, place: inner)
  }

  /// The error for member `key` holding the wrong kind of value.
  private func mismatch(_ key: String, _ expected: String, _ value: JSONValue) -> DescentError {
    error("\"\(key)\" must be \(expected), not \(Self.kind(of: value))")
  }

  /// The kind of `value`, for messages: "a string", "null".
  static func kind(of value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "true or false"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
