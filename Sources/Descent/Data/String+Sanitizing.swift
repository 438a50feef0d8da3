extension String {
  /// The string with every control character (C0, DEL, C1) replaced by a space, so that
  /// names from files can be shown on a terminal without moving the cursor or changing
  /// colours. Leading and trailing whitespace is trimmed.
  public var sanitizedForDisplay: String {
    var scalars = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      let v = scalar.value
      let isControl = v < 0x20 || (v >= 0x7F && v < 0xA0)
      scalars.append(isControl ? " " : scalar)
    }
    var s = String(scalars)
    while let first = s.first, first == " " { s.removeFirst() }
    while let last = s.last, last == " " { s.removeLast() }
    return s
  }
}
