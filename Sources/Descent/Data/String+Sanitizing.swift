extension String {
  /// The string with every control character (C0, DEL, C1) replaced by a space, so that
  /// names from files can be shown on a terminal without moving the cursor or changing
  /// colours. Leading and trailing whitespace is trimmed.
  ///
  /// Linear in the string's length, however many spaces it starts or ends with.
  public var sanitizedForDisplay: String {
    var scalars = String.UnicodeScalarView()
    var sawText = false
    var pendingSpaces = 0
    for scalar in unicodeScalars {
      let v = scalar.value
      let isControl = v < 0x20 || (v >= 0x7F && v < 0xA0)
      if isControl || scalar == " " {
        // Spaces are held back until text follows them, so none lead or trail.
        if sawText { pendingSpaces += 1 }
        continue
      }
      if pendingSpaces > 0 {
        scalars.append(contentsOf: repeatElement(" ", count: pendingSpaces))
        pendingSpaces = 0
      }
      scalars.append(scalar)
      sawText = true
    }
    return String(scalars)
  }
}
