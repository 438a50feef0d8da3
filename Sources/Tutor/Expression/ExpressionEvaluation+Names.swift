import Interchange

extension ExpressionEvaluation {
  /// A variable's value, or an error suggesting the name that was probably meant.
  mutating func load(
    _ name: String, at span: ExpressionSpan, from environment: some ExpressionEnvironment
  ) throws(ExpressionError) -> Value {
    try charge(1, at: span)
    guard let value = environment.value(of: name) else {
      throw ExpressionError(
        Self.unknownName(name, among: environment.variableNames), at: span)
    }
    guard value.isWellFormed else {
      throw ExpressionError(
        "\(name.quotedForMessage) holds a matrix whose size doesn't match its "
          + "elements; set it again", at: span)
    }
    return value
  }

  /// The most variable names an unknown-name message lists.
  static let listedNamesLimit = 12

  /// "unknown name 'Ypred'; did you mean 'Y_pred'?", or the variables there are.
  static func unknownName(_ name: String, among names: [String]) -> String {
    let head = "unknown name \(name.quotedForMessage)"
    if let suggestion = ExpressionSuggestion.closest(to: name, among: names) {
      return head + "; did you mean \(suggestion.quotedForMessage)?"
    }
    let sorted = names.sorted()
    guard !sorted.isEmpty else { return head + "; no variables are defined yet" }
    var listed = sorted.prefix(listedNamesLimit).joined(separator: ", ")
    if sorted.count > listedNamesLimit { listed += ", …" }
    return head + "; the variables are " + listed
  }
}
