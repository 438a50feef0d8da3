extension Session {
  /// Records that the command failed saying `message`, and returns the lines to print.
  mutating func fail(_ message: String) -> [String] {
    failure = CommandFailure(message)
    return [message]
  }

  /// Records a problem in the typed line, and returns the line with a caret under its
  /// column and the sentence.
  mutating func fail(_ error: CommandError, in line: String) -> [String] {
    failure = CommandFailure(error.message, column: error.column)
    return [error.rendered(line: line)]
  }

  /// Records an expression's error and returns `text` with a caret and the sentence;
  /// the column is the line's only when `text` is the whole line typed.
  mutating func fail(
    _ error: ExpressionError, in text: String, isWholeLine: Bool = true
  ) -> [String] {
    failure = CommandFailure(error.message, column: isWholeLine ? error.column : nil)
    return [error.rendered(line: text)]
  }
}
