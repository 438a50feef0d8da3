import Interchange

// The report boundary: everything a `GradeReport` holds has passed through here, so no
// writer (text, TAP, CSV, JSON, JUnit or any format added later) can print an escape or
// control sequence that a submission carried, raw or as a YAML escape.

extension String {
  /// The text with every control and lone format character replaced as
  /// `sanitizedForDisplay` says, line feeds kept: feedback spans lines (a parse error and
  /// its caret) and each writer lays them out its own way.
  var sanitizedKeepingLines: String {
    guard contains("\n") else { return sanitizedForDisplay }
    return split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0).sanitizedForDisplay }.joined(separator: "\n")
  }
}

extension SubmissionGrade {
  /// The grade with every string a student could have written (name, file, lesson id,
  /// answers, feedback, counterexamples, problems) safe to print: no escape sequence,
  /// bell or other control character survives; line feeds survive only in feedback and
  /// problems, where they separate lines.
  public var sanitized: SubmissionGrade {
    var copy = self
    copy.student = student.sanitizedForDisplay
    copy.source = source.sanitizedForDisplay
    copy.lessonID = lessonID.sanitizedForDisplay
    copy.problem = problem?.sanitizedKeepingLines
    copy.unknownIDs = unknownIDs.map(\.sanitizedForDisplay)
    copy.fileIdentity = fileIdentity?.sanitizedForDisplay
    copy.identity = identity?.sanitizedForDisplay
    copy.identityNote = identityNote?.sanitizedForDisplay
    copy.variant = variant?.sanitizedForDisplay
    copy.grades = grades.map(\.sanitized)
    return copy
  }
}

extension BlockGrade {
  /// The grade with its id, answer, feedback, counterexample and mistake safe to print.
  public var sanitized: BlockGrade {
    var copy = self
    copy.id = id.sanitizedForDisplay
    copy.directive = directive.sanitizedForDisplay
    copy.feedback = feedback.map(\.sanitizedKeepingLines)
    copy.answer = answer?.sanitizedForDisplay
    copy.misconception = misconception?.sanitizedForDisplay
    if var example = counterexample {
      example.state = example.state.map(\.sanitizedForDisplay)
      example.name = example.name.sanitizedForDisplay
      example.got = example.got.sanitizedForDisplay
      example.expected = example.expected.sanitizedForDisplay
      example.place = example.place.sanitizedForDisplay
      copy.counterexample = example
    }
    return copy
  }
}
