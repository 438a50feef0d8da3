extension Character {
  /// Whether the character must not be printed as typed: a control character such as ESC,
  /// which could drive the terminal, or an invisible format character such as a
  /// right-to-left override, which could disguise the line.
  var isHiddenInExpressionMessages: Bool {
    unicodeScalars.contains {
      let category = $0.properties.generalCategory
      return category == .control || category == .format
    }
  }
}
