/// One step of a lesson: prose to read, commands run when it opens, and what it checks.
public struct LessonStep: Sendable, Hashable {
  /// The stable id progress refers to: `<!-- id: … -->` under the heading, else the
  /// heading made into a slug.
  public var id: String
  /// The heading's text.
  public var title: String
  /// The prose: paragraphs, list items and code shown as is, each one entry; may hold
  /// `{{expression}}` and `{{answer ID}}` placeholders filled in when shown.
  public var paragraphs: [String]
  /// Commands run when the step opens (`run` blocks).
  public var run: [String]
  /// Questions, tasks, exercises and predictions, in the order the student meets them.
  public var checks: [CheckedBlock]
  /// Hints, given one at a time.
  public var hints: [String]
  /// The views shown, if the step chooses (`plot`); else the lesson's.
  public var views: [View]?
  /// The heading's line in the file.
  public var line: Int
  /// The file line of each `run` command, for the linter's messages.
  var runLines: [Int] = []

  /// Creates a step.
  public init(
    id: String, title: String, paragraphs: [String] = [], run: [String] = [],
    checks: [CheckedBlock] = [], hints: [String] = [], views: [View]? = nil, line: Int = 1
  ) {
    self.id = id
    self.title = title
    self.paragraphs = paragraphs
    self.run = run
    self.checks = checks
    self.hints = hints
    self.views = views
    self.line = line
  }
}
