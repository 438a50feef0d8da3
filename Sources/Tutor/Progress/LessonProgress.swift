/// One lesson's progress: where the student is, where they have been, and what they
/// answered.
///
/// Times are seconds since 1970, as the store's clock gives them. A fresh lesson has no
/// step, no visits and no answers:
///
/// ```swift
/// var progress = LessonProgress(lessonID: "01-linear", started: clock())
/// progress.stepID = "the-gradient"
/// progress.visitedSteps.append("the-gradient")
/// ```
public struct LessonProgress: Sendable, Hashable {
  /// The lesson's id, from its front matter.
  public var lessonID: String
  /// The step the student is on, or `nil` before the first step opens.
  public var stepID: String?
  /// The ids of the steps opened, in the order of their first visit, each once.
  public var visitedSteps: [String]
  /// The record of each checked block answered, by block id.
  public var answers: [String: AnswerRecord]
  /// Whether the student has reached the lesson's end.
  public var isCompleted: Bool
  /// When the student first opened the lesson.
  public var started: Double
  /// When the progress last changed.
  public var updated: Double

  /// The progress of a lesson just opened at `started`: no step yet, nothing answered.
  public init(lessonID: String, started: Double) {
    self.lessonID = lessonID
    stepID = nil
    visitedSteps = []
    answers = [:]
    isCompleted = false
    self.started = started
    updated = started
  }
}
