import Descent

/// The `{{…}}` placeholders of lesson text, in four kinds:
///
/// - `{{expression}}` shows its value in the step's demonstration state: the workspace as
///   the step's `run` blocks left it when the step opened, so the prose says what the step
///   shows however the student has experimented since;
/// - `{{live expression}}` follows the workspace as it is now;
/// - `{{met ID expression}}` shows the value captured when block ID was finished (saved
///   with the student's progress), for summaries such as "your goal run used rate …";
/// - `{{answer ID}}` shows the student's answer to block ID.
enum Placeholders {
  /// One placeholder, read from the text between the braces.
  enum Kind: Equatable {
    case demonstration(String)
    case live(String)
    case met(block: String, expression: String)
    case answer(block: String)

    /// The kind of `inner` (the trimmed text between the braces).
    init(_ inner: String) {
      func after(_ word: String) -> String? {
        guard inner.hasPrefix(word + " ") else { return nil }
        return String(inner.dropFirst(word.count + 1)).trimmingSpaces
      }
      if let id = after("answer") {
        self = .answer(block: id)
      } else if let expression = after("live") {
        self = .live(expression)
      } else if let rest = after("met") {
        let parts = rest.split(separator: " ", maxSplits: 1)
        self = .met(
          block: parts.first.map(String.init) ?? "",
          expression: parts.count > 1 ? String(parts[1]).trimmingSpaces : "")
      } else {
        self = .demonstration(inner)
      }
    }
  }

  /// Every placeholder in `text`, in order, as the text between its braces; nil for one
  /// never closed.
  static func inners(of text: String) -> [String?] {
    var found: [String?] = []
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{{") {
      let after = rest[open.upperBound...]
      guard let close = after.firstRange(of: "}}") else {
        found.append(nil)
        break
      }
      found.append(String(after[..<close.lowerBound]).trimmingSpaces)
      rest = after[close.upperBound...]
    }
    return found
  }

  /// `text` with each placeholder replaced: demonstration values from `demonstration`
  /// (the live workspace when there is none), live ones from `live`.
  static func filled(
    _ text: String, answers: [String: AnswerRecord], demonstration: Workspace?,
    live: Workspace
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
      let kind = Kind(String(afterOpen[..<close.lowerBound]).trimmingSpaces)
      result += value(kind, answers: answers, demonstration: demonstration ?? live, live: live)
      rest = afterOpen[close.upperBound...]
    }
    return result + rest
  }

  /// The text of one placeholder.
  private static func value(
    _ kind: Kind, answers: [String: AnswerRecord], demonstration: Workspace, live: Workspace
  ) -> String {
    switch kind {
    case .answer(let id):
      guard let record = answers[id] else { return "(not answered yet)" }
      switch record.verdict {
      // A presentation's reveal (no attempts) keeps the answer it showed.
      case .revealed:
        return record.attempts == 0 && !record.answer.isEmpty ? record.answer : "(revealed)"
      case .skipped: return "(skipped)"
      default: return record.answer.isEmpty ? "(done)" : record.answer
      }
    case .met(let id, let expression):
      guard let record = answers[id], record.verdict != .failed else { return "(not met yet)" }
      return record.captured[expression] ?? "?"
    case .live(let expression):
      return shown(expression, in: live)
    case .demonstration(let expression):
      return shown(expression, in: demonstration)
    }
  }

  /// An expression's value as lesson text shows it (numbers to 6 significant digits).
  static func shown(_ expression: String, in workspace: Workspace) -> String {
    guard let value = try? workspace.value(of: expression) else { return "?" }
    if case .number(let x) = value { return x.formatted(significantDigits: 6) }
    return value.formatted
  }

  /// The `{{met ID …}}` expressions of `lesson`, by block id: what to capture when each
  /// block is finished.
  static func metExpressions(in lesson: Lesson) -> [String: [String]] {
    var texts: [String] = []
    for step in lesson.steps {
      texts += step.paragraphs + step.checks.map(\.prompt)
      texts += step.checks.compactMap(\.explanation)
    }
    var expressions: [String: [String]] = [:]
    for inner in texts.flatMap(inners(of:)).compactMap({ $0 }) {
      if case .met(let id, let expression) = Kind(inner),
        !(expressions[id]?.contains(expression) ?? false)
      {
        expressions[id, default: []].append(expression)
      }
    }
    return expressions
  }
}
