@testable import Tutor

extension Session {
  /// Answers the open block as a student types it: `answer` and the text on one line, or
  /// for code of several lines `answer:`, the code indented under it, and a blank line.
  /// What the blank line that ends a block printed.
  @discardableResult
  mutating func answer(_ text: String) -> Response {
    guard text.contains("\n") else { return apply(line: "answer " + text) }
    apply(line: "answer:")
    for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
      apply(line: "    " + line)
    }
    return apply(line: "")
  }
}
