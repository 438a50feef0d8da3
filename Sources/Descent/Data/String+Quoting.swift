extension String {
  /// The text sanitized for display, shortened to `limit` characters with `…`, and put in
  /// single quotes, for quoting input back in an error message: `'abc'`.
  func quotedForMessage(limit: Int = 20) -> String {
    let clean = sanitizedForDisplay
    guard clean.count > limit else { return "'\(clean)'" }
    return "'\(clean.prefix(limit - 1))…'"
  }
}
