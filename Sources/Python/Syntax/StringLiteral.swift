/// A string literal as the lexer read it.
///
/// A plain string's escapes are applied here; an f-string keeps its text as written,
/// with where each character is, because its replacement fields are parsed later and
/// their expressions' spans must point into the line.
struct StringLiteral: Sendable {
  /// `f` or `F` among the prefixes.
  var isFormatted: Bool
  /// `r` or `R` among the prefixes: backslashes are kept as written.
  var isRaw: Bool
  /// A plain string's value, escapes applied and line ends as `\n`; empty for an f-string.
  var value: String
  /// An f-string's characters between the quotes, as written; empty for a plain string.
  var body: [Character]
  /// Where each of `body`'s characters is (length 1 each).
  var locations: [SourceSpan]
}
