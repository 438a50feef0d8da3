extension LessonPane {
  /// The pane as plain lines for line mode (`downhill repl --lesson`): a heading, the
  /// paragraphs unwrapped (a screen reader or the terminal wraps them), the goal and the
  /// question.
  public var textLines: [String] {
    var lines = ["── \(lessonTitle) · step \(stepIndex + 1) of \(stepCount): \(stepTitle) ──"]
    for paragraph in paragraphs {
      lines.append("")
      lines += paragraph.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    if let goal {
      lines.append("")
      lines.append("goal: \(goal)")
    }
    if !question.isEmpty {
      lines.append("")
      lines += question
    }
    return lines
  }
}
