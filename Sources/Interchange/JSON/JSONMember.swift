/// One member of a JSON object: a key and its value.
///
/// A `JSONValue.object` holds its members in an array, so they keep the order they were
/// written or parsed in. Keys need not be unique; lookups take the first match.
public struct JSONMember: Sendable, Hashable {
  /// The member's name.
  public var key: String
  /// The member's value.
  public var value: JSONValue

  /// Creates the member `key: value`.
  public init(key: String, value: JSONValue) {
    self.key = key
    self.value = value
  }
}
