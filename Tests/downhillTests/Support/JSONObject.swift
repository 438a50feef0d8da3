import Foundation

/// A JSON object parsed by Foundation's `JSONSerialization` — an implementation independent of
/// the one `downhill` writes with — with typed reads for the tests.
struct JSONObject {
  /// The members as `JSONSerialization` returns them.
  let members: [String: Any]

  /// Parses `text`, which must hold exactly one JSON object.
  init(parsing text: String) throws {
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
    guard let members = parsed as? [String: Any] else {
      throw NotAnObject(text: text)
    }
    self.members = members
  }

  private init(members: [String: Any]) {
    self.members = members
  }

  /// Whether `key` is present (possibly as null).
  func has(_ key: String) -> Bool { members[key] != nil }

  /// Whether `key` is present and null.
  func isNull(_ key: String) -> Bool { members[key] is NSNull }

  /// The number at `key`, or nil if it is missing or not a number.
  func number(_ key: String) -> Double? { Self.number(members[key]) }

  /// The array of numbers at `key`, or nil if it is missing or holds anything else.
  func numbers(_ key: String) -> [Double]? { Self.numbers(members[key]) }

  /// The array of arrays of numbers at `key` (a matrix, row by row).
  func rows(_ key: String) -> [[Double]]? {
    guard let items = members[key] as? [Any] else { return nil }
    var rows: [[Double]] = []
    for item in items {
      guard let row = Self.numbers(item) else { return nil }
      rows.append(row)
    }
    return rows
  }

  /// The boolean at `key`, or nil if it is missing or not `true`/`false`.
  func bool(_ key: String) -> Bool? {
    guard let value = members[key] as? NSNumber, Self.isBoolean(value) else { return nil }
    return value.boolValue
  }

  /// The string at `key`, or nil if it is missing or not a string.
  func string(_ key: String) -> String? { members[key] as? String }

  /// The object at `key`, or nil if it is missing or not an object.
  func object(_ key: String) -> JSONObject? {
    (members[key] as? [String: Any]).map { JSONObject(members: $0) }
  }

  /// A JSON number as the nearest Double.
  ///
  /// On Linux `JSONSerialization` returns decimals as `NSDecimalNumber`, whose `doubleValue`
  /// can be off in the last bit; its exact decimal text, read by `Double(_:)`, is not.
  private static func number(_ value: Any?) -> Double? {
    guard let value = value as? NSNumber, !isBoolean(value) else { return nil }
    if let decimal = value as? NSDecimalNumber { return Double(decimal.description) }
    return value.doubleValue
  }

  /// Whether `value` came from `true` or `false` (Foundation returns both as NSNumber).
  private static func isBoolean(_ value: NSNumber) -> Bool {
    String(describing: type(of: value)).contains("Boolean")
  }

  private static func numbers(_ value: Any?) -> [Double]? {
    guard let items = value as? [Any] else { return nil }
    var numbers: [Double] = []
    for item in items {
      guard let x = number(item) else { return nil }
      numbers.append(x)
    }
    return numbers
  }

  /// The text was valid JSON but not an object.
  struct NotAnObject: Error, CustomStringConvertible {
    let text: String
    var description: String { "expected one JSON object, got:\n\(text)" }
  }
}
