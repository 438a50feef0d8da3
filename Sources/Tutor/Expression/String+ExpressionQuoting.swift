extension String {
  /// The most characters of typed text a message repeats.
  static let expressionQuoteLimit = 30

  /// The text in single quotes for a message: cut to 30 characters with `…`, and with
  /// control and format characters shown as `�`, so a message can be printed safely.
  var quotedForExpressionMessage: String {
    var shown = ""
    for (offset, character) in enumerated() {
      if offset == Self.expressionQuoteLimit {
        shown += "…"
        break
      }
      shown.append(character.isHiddenInExpressionMessages ? "\u{FFFD}" : character)
    }
    return "'" + shown + "'"
  }
}
