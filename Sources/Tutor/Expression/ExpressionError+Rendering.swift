import Interchange

extension ExpressionError {
  /// The widest stretch of a line that `rendered(line:)` shows.
  static let renderedWidth = 100
  /// How many characters before the error a shortened line keeps.
  static let renderedContext = 40

  /// The line, then a caret line under the column (`^`, or `^~~~` for the length), then
  /// the message after the caret:
  ///
  ///     D_m = (-2/n) * sum(X * (Y - Ypred))
  ///                                 ^~~~~ unknown name 'Ypred'; did you mean 'Y_pred'?
  ///
  /// Pass the line that was parsed. A line longer than 100 characters is shown as a
  /// 100-character window around the column, with `…` where it was cut. Whitespace shows
  /// as spaces and control characters as `�`, so the caret lines up and the terminal is
  /// safe. No trailing newline.
  public func rendered(line: String) -> String {
    let width = Self.renderedWidth
    // Clamped so that no column, however wild, can overflow the arithmetic below.
    let caretIndex = Swift.min(Swift.max(column - 1, 0), Int(Int32.max))
    // Read only as much of the line as can be shown: a hostile line may be huge.
    let needed = caretIndex + width + 1
    var characters = Array(line.prefix(needed + 1))
    let hasMore = characters.count > needed
    if hasMore { characters.removeLast() }
    let count = characters.count
    let clampedCaret = Swift.min(caretIndex, count)
    let start = Swift.max(0, Swift.min(clampedCaret - Self.renderedContext, count - width))
    let end = Swift.min(count, start + width)
    var shown = start > 0 ? "…" : ""
    for character in characters[start..<end] {
      shown.append(Self.displayable(character))
    }
    if end < count || hasMore { shown += "…" }
    let offset = clampedCaret - start + (start > 0 ? 1 : 0)
    let caretLength = Swift.max(1, Swift.min(length, end - clampedCaret))
    let caret =
      String(repeating: " ", count: offset) + "^"
      + String(repeating: "~", count: caretLength - 1)
    return shown + "\n" + caret + " " + message
  }

  /// A character as it may appear on a terminal, one column for the caret to count:
  /// whitespace as a space, else as `Character.sanitizedForDisplay` says.
  private static func displayable(_ character: Character) -> Character {
    character.isWhitespace ? " " : character.sanitizedForDisplay
  }
}
