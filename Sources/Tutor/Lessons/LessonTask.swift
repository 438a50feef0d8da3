/// A `task` block: a condition on the session the student reaches by experimenting.
public struct LessonTask: Sendable, Hashable {
  /// How the goal must be reached for it to count.
  public enum Means: String, Sendable, Hashable, CaseIterable {
    /// By epochs of training since the last reset or change of settings, with no `solve`
    /// and no parameter set by hand in between: the default for goals on the loss or the
    /// parameters.
    case training
    /// By `solve`, the closed form.
    case solve
    /// Any way at all.
    case any
  }

  /// The goal line shown while the task is open ("Get the loss below 1 within 200 epochs").
  public var goal: String
  /// The condition, an expression of the session's variables (`loss < 1 and epoch <= 200`).
  public var condition: String
  /// How the goal must be reached (`by:`).
  public var means: Means
  /// Commands that reach the goal, run by `reveal` and `skip` so later steps find the
  /// session as if the student had done it.
  public var solution: [String]

  /// Creates a task; without `means`, a goal on the run's outcome must be reached by
  /// training, and one on settings alone any way.
  public init(goal: String, condition: String, means: Means? = nil, solution: [String] = []) {
    self.goal = goal
    self.condition = condition
    self.means = means ?? Self.defaultMeans(for: condition)
    self.solution = solution
  }

  /// Names a condition may read that describe the settings, not where training got.
  static let settingNames: Set<String> = ["lr", "L", "n"]

  /// `.training` when the condition reads anything beyond the settings (the loss, the
  /// parameters, the epoch), else `.any`.
  static func defaultMeans(for condition: String) -> Means {
    guard let statement = try? Statement.parse(condition) else { return .training }
    return statement.referencedNames.isSubset(of: settingNames) ? .any : .training
  }
}
