/// The lesson's part of a screen: where the student is in the lesson, the step's prose, what
/// is being asked, and which pictures the step shows.
///
/// The lesson side fills it from its state (live values already in the prose); `Layout`
/// only draws it. A screen without a lesson (the plain REPL) has no pane.
public struct LessonPane: Sendable, Hashable {
  /// The lesson's title, shown on the status line.
  public var lessonTitle: String
  /// Which step is open, from 0.
  public var stepIndex: Int
  /// How many steps the lesson has.
  public var stepCount: Int
  /// The open step's title, heading the pane.
  public var stepTitle: String
  /// The step's prose, one paragraph an element, live values filled in; the layout wraps
  /// them to the pane's width.
  public var paragraphs: [String]
  /// An open task's goal, shown highlighted while the task is open.
  public var goal: String?
  /// The open question's or exercise's prompt, a line an element (empty when none).
  public var question: [String]
  /// What the last check, hint or reveal said about the open question (or, a hint, about the
  /// step), a line an element; empty when nothing was said, or it was about a finished block.
  public var feedback: [String]
  /// A finished block of the step with what its check or reveal said: shown with that
  /// block's own prompt, above the open question, so it never reads as that question's answer.
  public var finished: FinishedBlock?
  /// The views the step shows, in order (one to three; more are left out when space is
  /// short, the first ones kept).
  public var views: [View]
  /// How many rows of prose are scrolled off the top (for prose longer than the pane).
  public var scroll: Int = 0

  /// A block of the step that is finished, and the feedback that finished it.
  public struct FinishedBlock: Sendable, Hashable {
    /// The block's id.
    public var id: String
    /// The block's prompt, live values filled in.
    public var prompt: String
    /// What its check or reveal said, a line an element.
    public var feedback: [String]

    /// Block `id`, asking `prompt`, finished with `feedback`.
    public init(id: String, prompt: String, feedback: [String]) {
      self.id = id
      self.prompt = prompt
      self.feedback = feedback
    }
  }

  /// A pane for step `stepIndex` (from 0) of `stepCount`, showing `views`.
  public init(
    lessonTitle: String, stepIndex: Int, stepCount: Int, stepTitle: String,
    paragraphs: [String] = [], goal: String? = nil, question: [String] = [],
    feedback: [String] = [], finished: FinishedBlock? = nil, views: [View] = [.fit]
  ) {
    self.lessonTitle = lessonTitle
    self.stepIndex = stepIndex
    self.stepCount = stepCount
    self.stepTitle = stepTitle
    self.paragraphs = paragraphs
    self.goal = goal
    self.question = question
    self.feedback = feedback
    self.finished = finished
    self.views = views
  }
}
