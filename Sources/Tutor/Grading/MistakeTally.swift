/// How many students made one known mistake in one block: the class summary's unit.
///
/// A mistake's name alone does not say where it was made: "missing 1/n" in a start loss
/// and in a gradient are different mistakes, so each block's are counted on their own.
public struct MistakeTally: Sendable, Hashable {
  /// The lesson the block is in.
  public var lesson: String
  /// The block's id.
  public var block: String
  /// The mistake's name, such as `sign flip` or the lesson's own.
  public var name: String
  /// How many students made it there (each counted once).
  public var students: Int

  /// `students` made mistake `name` in block `block` of lesson `lesson`.
  public init(lesson: String, block: String, name: String, students: Int) {
    self.lesson = lesson
    self.block = block
    self.name = name
    self.students = students
  }

  /// `gradient: missing 1/n in D_m (3 students)`, the block named `lesson/block` when
  /// `namingLesson` (a report over several lessons, whose ids may repeat).
  func text(namingLesson: Bool) -> String {
    let place = namingLesson ? "\(lesson)/\(block)" : block
    return "\(place): \(name) (\(students) student\(students == 1 ? "" : "s"))"
  }
}
