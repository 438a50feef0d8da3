/// A lesson: a script that leads a student through a session step by step.
///
/// Read from `Lessons/NN-slug.md` by `LessonParser`: a YAML front matter (`LessonSetup`)
/// and one `LessonStep` for each `## ` heading. `Lessons/README.md` documents the format.
public struct Lesson: Sendable, Hashable {
  /// The version of the lesson format this build reads.
  public static let formatVersion = 1

  /// The stable id progress and submissions refer to (`linear-regression`).
  public var id: String
  /// The title shown in the menu and the status line.
  public var title: String
  /// One line for the menu.
  public var summary: String
  /// The session the lesson starts from.
  public var setup: LessonSetup
  /// The steps, in order.
  public var steps: [LessonStep]
  /// The file it was read from, for messages (`Lessons/02-linear-regression.md`).
  public var source: String

  /// Creates a lesson from its parts.
  public init(
    id: String, title: String, summary: String, setup: LessonSetup, steps: [LessonStep],
    source: String
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.setup = setup
    self.steps = steps
    self.source = source
  }

  /// Every checked block of every step, in order.
  public var checkedBlocks: [CheckedBlock] { steps.flatMap(\.checks) }

  /// The index of the step with `id`, if the lesson still has it.
  public func stepIndex(id: String) -> Int? { steps.firstIndex { $0.id == id } }

  /// The checked block with `id`, if the lesson has one.
  public func block(id: String) -> CheckedBlock? { checkedBlocks.first { $0.id == id } }
}
