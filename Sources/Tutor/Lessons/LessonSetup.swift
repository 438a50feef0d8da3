/// How a lesson's session starts: its front matter, as commands a student could type.
///
/// Each setting is kept as the text of the REPL command that applies it (`data houses`,
/// `lr 0.01`), so a lesson can set up nothing a student could not, and the session reports
/// a bad value the same way it would at the prompt.
public struct LessonSetup: Sendable, Hashable {
  /// One setting: the command that applies it and where it was written.
  public struct Setting: Sendable, Hashable {
    /// The REPL command (`model poly:2`).
    public var command: String
    /// The front-matter line it came from.
    public var line: Int

    /// Creates a setting.
    public init(command: String, line: Int) {
      self.command = command
      self.line = line
    }
  }

  /// The commands, in the order they must run (data before model before rates).
  public var settings: [Setting]
  /// Starting parameters by name (`m`, `c`, `w`, `b`, `W1`…), each an expression.
  public var parameters: [(name: String, expression: String, line: Int)]
  /// The views shown when a step does not choose its own.
  public var views: [View]

  /// Creates a setup.
  public init(
    settings: [Setting] = [], parameters: [(name: String, expression: String, line: Int)] = [],
    views: [View] = [.fit]
  ) {
    self.settings = settings
    self.parameters = parameters
    self.views = views
  }

  public static func == (lhs: LessonSetup, rhs: LessonSetup) -> Bool {
    lhs.settings == rhs.settings && lhs.views == rhs.views
      && lhs.parameters.map { [$0.name, $0.expression, String($0.line)] }
        == rhs.parameters.map { [$0.name, $0.expression, String($0.line)] }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(settings)
    hasher.combine(views)
    for parameter in parameters {
      hasher.combine(parameter.name)
      hasher.combine(parameter.expression)
    }
  }
}
