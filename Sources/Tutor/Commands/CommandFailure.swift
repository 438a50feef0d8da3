/// Why a command did nothing: a sentence a student understands, and the column of the
/// typed line it concerns when the problem is in the line itself.
///
/// Code that needs to know whether a command worked (lesson set-up, `lint`, grading) reads
/// this, never the printed text.
public struct CommandFailure: Sendable, Hashable {
  /// What went wrong and how to put it right.
  public var message: String
  /// The 1-based column of the typed line the problem starts at, if it is in the line.
  public var column: Int?

  /// A failure saying `message`, at `column` of the line if given.
  public init(_ message: String, column: Int? = nil) {
    self.message = message
    self.column = column
  }
}
