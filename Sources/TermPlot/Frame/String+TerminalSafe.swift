extension String {
  /// The text with every control character made harmless for a terminal cell: tabs become a
  /// space, other C0 and C1 controls (ESC among them) and DEL become U+FFFD, so no text can
  /// move the cursor, change colours or retitle the window.
  public var terminalSafe: String {
    var scalars = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      let v = scalar.value
      if v == 0x09 {
        scalars.append(" ")
      } else if v < 0x20 || (v >= 0x7F && v < 0xA0) {
        scalars.append("\u{FFFD}")
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// The number of terminal columns the text takes.
  public var terminalWidth: Int {
    reduce(0) { $0 + $1.terminalWidth }
  }
}
