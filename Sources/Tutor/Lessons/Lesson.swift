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
  /// The student this copy of the lesson was drawn for (nil: the course's numbers and the
  /// file's order of choices).
  public var student: String?
  /// The values drawn for the student, by name, in the order the front matter declares
  /// them (empty when nothing varies).
  public var drawn: [DrawnValue] = []

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

  /// The variant's values as one line for reports: `bottom = 2, start = 8` (the derived
  /// values follow from them, and are left out).
  public var drawnDescription: String {
    drawn.filter { !$0.isDerived }.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
  }

  /// Every checked block of every step, in order.
  public var checkedBlocks: [CheckedBlock] { steps.flatMap(\.checks) }

  /// The index of the step with `id`, if the lesson still has it.
  public func stepIndex(id: String) -> Int? { steps.firstIndex { $0.id == id } }

  /// The checked block with `id`, if the lesson has one.
  public func block(id: String) -> CheckedBlock? { checkedBlocks.first { $0.id == id } }
}

/// One value drawn for a student: a variant name and its value, or a derived value.
public struct DrawnValue: Sendable, Hashable {
  /// The name the lesson's text refers to as `{{name}}`.
  public var name: String
  /// The value, as the text shows it.
  public var value: String
  /// Whether it was derived from the others rather than drawn.
  public var isDerived: Bool

  /// A drawn (or, with `isDerived`, derived) value.
  public init(name: String, value: String, isDerived: Bool = false) {
    self.name = name
    self.value = value
    self.isDerived = isDerived
  }
}
