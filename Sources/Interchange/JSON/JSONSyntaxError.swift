/// Why some text is not a JSON document, and where: what `JSONValue.parse` throws.
///
/// The message is a sentence a student understands and says what was expected, such as
/// `expected ',' or '}' after an object member`; `description` is `file:line:column: message`.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is: the source, and the line and character column when it has one.
  public var location: SourceLocation
  /// One sentence naming the problem and, where possible, the fix.
  public var message: String

  /// Creates the error `message` at `location`.
  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  public var description: String {
    location.description.isEmpty ? message : "\(location): \(message)"
  }
}
