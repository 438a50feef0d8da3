/// Every lesson's progress: the whole progress file.
///
/// `ProgressStore` reads and writes a book; `json` and `init(json:source:)` give its form
/// in the file, and `merge(_:)` how a save combines with what another tutor wrote.
public struct ProgressBook: Sendable, Hashable {
  /// The version of the file's layout, written as its `"format"` member.
  public static let formatVersion = 1

  /// Each lesson's progress, by lesson id.
  public var lessons: [String: LessonProgress]
  /// Whose progress this is (`--student`, a login or email), given once: each lesson is
  /// drawn for this student, so their numbers and order of choices stay the same from one
  /// run to the next; nil shows the course's numbers.
  public var student: String?

  /// A book of `lessons`, by default none.
  public init(lessons: [String: LessonProgress] = [:], student: String? = nil) {
    self.lessons = lessons
    self.student = student
  }
}
