extension Value {
  /// How the REPL prints the value: `149.6385263`, `[150, 300, 450]`, `[[1, 2], [3, 4]]`.
  ///
  /// Numbers are rounded to 10 significant digits and laid out like C's `%.10g`
  /// (`247500`, `1e-05`, `1.5e+20`, `nan`, `inf`). A vector or matrix row with more than
  /// 10 items shows its first and last 3 with `…` between, and so do a matrix's rows:
  /// `[1, 2, 3, …, 98, 99, 100]`. The text is one line and never depends on the locale.
  public var formatted: String {
    switch self {
    case .number(let x):
      return x.expressionFormatted
    case .vector(let elements):
      return Self.list(count: elements.count) { elements[$0].expressionFormatted }
    case .matrix(let rows, let columns, let elements):
      guard isWellFormed else {
        return Self.list(count: elements.count) { elements[$0].expressionFormatted }
      }
      return Self.list(count: rows) { row in
        Self.list(count: columns) { elements[row * columns + $0].expressionFormatted }
      }
    }
  }

  /// Lists longer than this are elided in the middle.
  static let elisionThreshold = 10
  /// How many items an elided list keeps at each end.
  static let edgeItems = 3

  /// `[a, b, c]` from the items' texts, eliding the middle of a long list with `…`.
  private static func list(count: Int, item: (Int) -> String) -> String {
    var parts: [String] = []
    if count > elisionThreshold {
      for index in 0..<edgeItems { parts.append(item(index)) }
      parts.append("…")
      for index in (count - edgeItems)..<count { parts.append(item(index)) }
    } else {
      for index in 0..<count { parts.append(item(index)) }
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }
}
