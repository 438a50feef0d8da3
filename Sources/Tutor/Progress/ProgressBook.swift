/// Every lesson's progress: the whole progress file.
///
/// `ProgressStore` reads and writes a book; `json` and `init(json:source:)` give its form
/// in the file, and `merge(_:)` how a save combines with what another tutor wrote.
public struct ProgressBook: Sendable, Hashable {
  /// The version of the file's layout, written as its `"format"` member.
  public static let formatVersion = 1

  /// Each lesson's progress, by lesson id.
  public var lessons: [String: LessonProgress]

  /// A book of `lessons`, by default none.
  public init(lessons: [String: LessonProgress] = [:]) {
    self.lessons = lessons
  }
}
