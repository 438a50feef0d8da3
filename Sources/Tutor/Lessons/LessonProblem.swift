import Descent
import Interchange

/// Something wrong in a lesson file, at a place: what `downhill lint` prints as
/// `file:line:col: message`.
public struct LessonProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is.
  public var location: SourceLocation
  /// One sentence naming the problem and, where possible, the fix.
  public var message: String

  /// Creates a problem at `line` and `column` of `file`.
  public init(_ message: String, file: String, line: Int, column: Int = 1) {
    self.location = SourceLocation(file: file, line: line, column: column)
    self.message = message
  }

  public var description: String { "\(location): \(message)" }
}

/// A lesson that could not be read: every problem found, in file order.
public struct LessonLoadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The problems, at least one.
  public var problems: [LessonProblem]

  /// Creates the error.
  public init(problems: [LessonProblem]) {
    self.problems = problems
  }

  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}
