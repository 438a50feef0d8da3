import Interchange

extension String {
  /// The text as a dataset or column name: sanitized for display (a tab or line break
  /// becomes a space), without the spaces that lead or trail it.
  ///
  /// Linear in the text's length, however many spaces it starts or ends with.
  var displayName: String {
    let scalars = sanitizedForDisplay.unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " }),
      let last = scalars.lastIndex(where: { $0 != " " })
    else { return "" }
    return String(scalars[first...last])
  }
}
