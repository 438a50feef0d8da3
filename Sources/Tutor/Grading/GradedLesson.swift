/// A lesson a report grades against: its id, its title and what it is worth, so a
/// gradebook has a column (and a maximum) for it even when nobody submitted it.
public struct GradedLesson: Sendable, Hashable {
  /// The lesson's id.
  public var id: String
  /// The lesson's title, as a gradebook column heads it.
  public var title: String
  /// The points its required blocks are worth (optional blocks are extra).
  public var maxScore: Double

  /// A lesson worth `maxScore` points.
  public init(id: String, title: String, maxScore: Double) {
    self.id = id
    self.title = title
    self.maxScore = maxScore
  }

  /// `lesson`'s id, title and maximum.
  public init(_ lesson: Lesson) {
    self.init(
      id: lesson.id, title: lesson.title,
      maxScore: lesson.checkedBlocks.reduce(0) { $0 + ($1.isOptional ? 0 : $1.points) })
  }
}
