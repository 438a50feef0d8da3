import Interchange

/// A problem with input to the numeric core, told in a sentence a student understands.
///
/// Everything that input can reach throws this instead of crashing; the edges turn it into
/// a message and an exit status. `description` is `location: message`, or just the message.
public struct DescentError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is, when it has a place.
  public var location: SourceLocation?
  /// One or two plain sentences naming the problem and, where possible, the fix.
  public var message: String

  /// Creates an error with a plain-language `message` at an optional `location`.
  public init(_ message: String, at location: SourceLocation? = nil) {
    self.message = message
    self.location = location
  }

  public var description: String {
    guard let location, !location.description.isEmpty else { return message }
    return "\(location): \(message)"
  }
}

extension DescentError {
  /// The error for JSON text that could not be read, with its message and location.
  public init(_ error: JSONSyntaxError) {
    self.init(error.message, at: error.location)
  }
}
