/// Where a piece of a line is: a 1-based column and a length, both in characters.
struct ExpressionSpan: Sendable, Hashable {
  /// The first column, from 1.
  var column: Int
  /// How many characters; at least 1 for anything the parser points at.
  var length: Int

  /// The column just after the span.
  var end: Int { column + length }

  /// The span from the start of `first` to the end of `last`.
  static func covering(_ first: ExpressionSpan, _ last: ExpressionSpan) -> ExpressionSpan {
    ExpressionSpan(column: first.column, length: Swift.max(last.end - first.column, 1))
  }
}
