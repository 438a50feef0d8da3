/// A `task` block: a condition on the session the student reaches by experimenting.
public struct LessonTask: Sendable, Hashable {
  /// The goal line shown while the task is open ("Get the loss below 1 within 200 epochs").
  public var goal: String
  /// The condition, an expression of the session's variables (`loss < 1 and epoch <= 200`).
  public var condition: String
  /// Commands that reach the goal, run by `reveal` and `skip` so later steps find the
  /// session as if the student had done it.
  public var solution: [String]

  /// Creates a task.
  public init(goal: String, condition: String, solution: [String] = []) {
    self.goal = goal
    self.condition = condition
    self.solution = solution
  }
}
