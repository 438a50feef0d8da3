extension String {
  /// The string without leading and trailing spaces and tabs.
  public var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return String(text)
  }
}

extension String {
  /// The text's lines, without their line ends (`\n`, `\r\n`) or blank lines at the end:
  /// a block of code as typed, pasted or written in a file.
  var codeLines: [String] {
    var lines = split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.hasSuffix("\r") ? $0.dropLast() : $0)
    }
    while let last = lines.last, last.trimmingSpaces.isEmpty { lines.removeLast() }
    return lines
  }
}
