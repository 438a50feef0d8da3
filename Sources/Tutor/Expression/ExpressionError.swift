/// A problem with a line a student typed: where it starts, how long it is, and a sentence.
///
/// Every input problem — a typo, a shape mismatch, a limit of the sandbox — is one of
/// these; nothing that a line can contain traps. `column` counts characters from 1 and
/// may be one past the end of the line (for "something is missing" at the end).
/// `rendered(line:)` shows it under the line:
///
///     D_m = (-2/n) * sum(X * (Y - Ypred))
///                                 ^~~~~ unknown name 'Ypred'; did you mean 'Y_pred'?
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The 1-based column (in characters) where the problem starts.
  public var column: Int
  /// How many characters the problem covers; at least 1.
  public var length: Int
  /// One or two plain sentences naming the problem and, where possible, the fix.
  public var message: String

  /// Creates an error covering `length` characters from `column`.
  ///
  /// An environment rejecting an assignment may leave the column at 1: the evaluator moves
  /// it to the assigned name.
  public init(_ message: String, column: Int = 1, length: Int = 1) {
    self.message = message
    self.column = Swift.max(column, 1)
    self.length = Swift.max(length, 1)
  }

  /// Creates an error covering `span`.
  init(_ message: String, at span: ExpressionSpan) {
    self.init(message, column: span.column, length: span.length)
  }

  /// `column 12: message`.
  public var description: String { "column \(column): \(message)" }
}
