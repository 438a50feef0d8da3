import ArgumentParser
import Descent
import Tutor

/// `--student ID` for the commands that open lessons: who is studying, so each lesson is
/// drawn for them (their own numbers and order of choices), as `check --variants` will
/// grade it. The tutorial keeps the id in the progress file, so it is given once.
struct StudentOption: ParsableArguments {
  @Option(
    name: .customLong("student"),
    help: ArgumentHelp(
      "Who is studying (a login or email): each lesson shows this student's own numbers and "
        + "order of choices, as their teacher grades it; kept in the progress file.",
      valueName: "id"))
  var id: String?

  func validate() throws {
    if let id, id.trimmingSpaces.isEmpty || id.sanitizedForDisplay != id {
      throw ValidationError("--student is a login or email, such as ada@example.edu")
    }
  }

  /// The student lessons are drawn for: the one given (recorded in `store` when it names
  /// nobody yet), else the one `store` names, else nil (the course's numbers). A store
  /// that names someone else is refused: its answers were given to their numbers.
  func resolve(store: ProgressStore?) throws -> String? {
    guard let store else { return id }
    guard let id else {
      guard let (book, _) = try? store.load() else { return nil }
      return book.student
    }
    let book = try store.claim(student: id)
    if let owner = book.student,
      LessonVariants.normalizedIdentity(owner) != LessonVariants.normalizedIdentity(id)
    {
      throw DescentError(
        "the progress file \(store.path) is \(owner)'s, not \(id)'s: give each student a "
          + "progress file of their own (--progress FILE)")
    }
    return book.student
  }
}
