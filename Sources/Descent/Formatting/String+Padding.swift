extension String {
  /// The string with spaces in front to make it at least `width` characters wide.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
