import Descent

/// The `{{…}}` placeholders of lesson text: `{{expression}}` shows its value in the
/// workspace now, `{{answer ID}}` the student's answer to block ID.
enum Placeholders {
  /// `text` with each placeholder replaced.
  static func filled(
    _ text: String, answers: [String: AnswerRecord], in workspace: Workspace
  ) -> String {
    guard text.contains("{{") else { return text }
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{{") {
      result += rest[..<open.lowerBound]
      let afterOpen = rest[open.upperBound...]
      guard let close = afterOpen.firstRange(of: "}}") else {
        result += rest[open.lowerBound...]
        return result
      }
      result += value(
        String(afterOpen[..<close.lowerBound]).trimmingSpaces, answers: answers, in: workspace)
      rest = afterOpen[close.upperBound...]
    }
    return result + rest
  }

  /// The text of one placeholder.
  private static func value(
    _ inner: String, answers: [String: AnswerRecord], in workspace: Workspace
  ) -> String {
    if inner.hasPrefix("answer ") {
      let id = String(inner.dropFirst("answer ".count)).trimmingSpaces
      guard let record = answers[id] else { return "(not answered yet)" }
      switch record.verdict {
      case .revealed: return "(revealed)"
      case .skipped: return "(skipped)"
      default: return record.answer.isEmpty ? "(done)" : record.answer
      }
    }
    guard let value = try? workspace.value(of: inner) else { return "?" }
    if case .number(let x) = value { return x.formatted(significantDigits: 6) }
    return value.formatted
  }
}
