/// A line that names a command but misuses it, with the column of the problem.
public struct CommandError: Error, Sendable, Hashable {
  /// The 1-based column where the problem starts.
  public var column: Int
  /// A sentence saying what is wrong and how to write it.
  public var message: String

  /// An error at `column`.
  public init(column: Int, _ message: String) {
    self.column = column
    self.message = message
  }

  /// The line, a caret under the column, and the message.
  public func rendered(line: String) -> String {
    line + "\n" + String(repeating: " ", count: Swift.max(0, column - 1)) + "^ " + message
  }
}
