import Interchange

/// One token of a line: what it is, where it is and how it was typed.
struct ExpressionToken: Sendable, Hashable {
  /// The kinds of token the language has.
  enum Kind: Sendable, Hashable {
    case number(Double)
    case name(String)
    // Keywords.
    case and, or, not
    // Operators; `power` is `**` or `^`.
    case plus, minus, star, slash, power, at
    case less, lessEqual, greater, greaterEqual, equalEqual, notEqual
    case assign
    // Punctuation.
    case leftParenthesis, rightParenthesis, leftBracket, rightBracket, comma, dot
    /// After the last token (or where a `#` comment starts).
    case end
  }

  /// What the token is.
  var kind: Kind
  /// Where it is on the line.
  var span: ExpressionSpan
  /// The characters as typed, for messages; empty for `end`.
  var text: String

  /// The token in quotes for a message, shortened if it is very long.
  var quoted: String { text.quotedForMessage }
}
