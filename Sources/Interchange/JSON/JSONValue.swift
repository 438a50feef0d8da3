/// A JSON value: what reports (`downhill train --json`, grades) and progress files are
/// written from, and what progress and `--init FILE.json` files are read into.
///
/// Numbers are `Double`s; objects keep their members in order, so a report reads in the
/// order it was built. Literals build values readably:
///
/// ```swift
/// let report: JSONValue = ["epochs": 3, "loss": [0.5, 0.25, 0.125], "model": "linear"]
/// report.serialized(pretty: true)
/// ```
///
/// Equality compares numbers as `Double`s, so `0` equals `-0` and NaN equals nothing.
public enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number; a non-finite one is written as `null`.
  case number(Double)
  /// A string.
  case string(String)
  /// An array of values, in order.
  case array([JSONValue])
  /// An object: its members in order, keys not necessarily unique.
  case object([JSONMember])

  /// The value of the first member named `key`, or `nil` if there is none or this is not
  /// an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The number, if this is a number.
  public var numberValue: Double? {
    guard case .number(let value) = self else { return nil }
    return value
  }

  /// The string, if this is a string.
  public var stringValue: String? {
    guard case .string(let value) = self else { return nil }
    return value
  }

  /// The elements, if this is an array.
  public var arrayValue: [JSONValue]? {
    guard case .array(let elements) = self else { return nil }
    return elements
  }

  /// The members in order, if this is an object.
  public var objectMembers: [JSONMember]? {
    guard case .object(let members) = self else { return nil }
    return members
  }
}
