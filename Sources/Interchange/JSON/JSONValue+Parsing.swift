extension JSONValue {
  /// How deeply arrays and objects may nest in text that `parse` reads.
  public static let maximumNestingDepth = 512

  /// Parses JSON text (the file is read at the edge), naming `source` in errors.
  ///
  /// The grammar is strict RFC 8259: no comments, no trailing commas, no single quotes,
  /// no `NaN` or `Infinity`. The text may start with a byte order mark. `\uXXXX` escapes
  /// must pair surrogates. Numbers are read with `Double(_:)` from their exact text, so
  /// what `serialized()` writes reads back bit for bit; a number too large for a `Double`
  /// (`1e999`) is refused. Arrays and objects may nest `maximumNestingDepth` deep.
  ///
  /// Errors point at the offending character, as `file:line:column` with the column
  /// counted in characters, and say what was expected there, such as
  /// `init.json:3:5: expected ',' or '}' after an object member`.
  public static func parse(_ text: String, source: String) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(text: text, source: source)
    return try parser.parseDocument()
  }
}
