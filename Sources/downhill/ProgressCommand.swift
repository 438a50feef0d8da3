import ArgumentParser
import Descent
import Foundation
import Interchange
import Tutor

/// `downhill progress`: the student's progress, exported as a submission, or reset.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Show, export or reset your progress through the lessons.",
    subcommands: [ProgressList.self, ProgressExport.self, ProgressReset.self],
    defaultSubcommand: ProgressList.self
  )
}

/// `downhill progress [--json]`: every lesson's status.
struct ProgressList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Every lesson and where you are in it (the default).")

  @OptionGroup var source: LessonSource

  @OptionGroup var progress: ProgressOption

  @Flag(help: "JSON instead of text.")
  var json = false

  func run() throws {
    let catalog = source.library.catalog(progress: try progress.book())
    if json {
      let lessons: [JSONValue] = catalog.map { listing in
        .object([
          JSONMember(key: "id", value: .string(listing.id)),
          JSONMember(key: "title", value: .string(listing.title)),
          JSONMember(key: "status", value: .string(listing.status)),
        ])
      }
      print(
        JSONValue.object([JSONMember(key: "lessons", value: .array(lessons))]).serialized(
          pretty: true))
      return
    }
    let width = catalog.map(\.id.count).max() ?? 0
    for listing in catalog {
      print(
        listing.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + listing.status
          + "  " + listing.title)
    }
  }
}

/// `downhill progress export [LESSON]`: your answers, in the submission format.
struct ProgressExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Print your answers to a lesson as a submission for downhill check.")

  @Argument(
    help: "The lesson (needed when you have answers in more than one).",
    completion: LessonCompletion.kind)
  var lesson: String?

  @Option(help: "The name on the submission (default: $USER).")
  var student: String?

  @Option(
    name: .customLong("id"),
    help: ArgumentHelp(
      "Your login or email, written as the submission's id: so a roster can match it "
        + "(default: the --student the progress file keeps)."))
  var identity: String?

  @OptionGroup var source: LessonSource

  @OptionGroup var progress: ProgressOption

  func run() throws {
    let book = try progress.book()
    let id: String
    if let lesson {
      let library = source.library
      id = (try? library.load(try library.resolve(lesson)).id) ?? lesson
    } else {
      let started = book.lessons.values.filter { !$0.answers.isEmpty }.map(\.lessonID).sorted()
      guard started.count == 1, let only = started.first else {
        throw DescentError(
          started.isEmpty
            ? "there are no answers to export yet"
            : "name the lesson to export: "
              + started.map(\.sanitizedForDisplay).joined(separator: ", "))
      }
      id = only
    }
    guard let lessonProgress = book.lessons[id] else {
      throw DescentError("there is no progress for the lesson '\(id.sanitizedForDisplay)'")
    }
    // In the lesson's order when it can be read, else by id.
    var order: [String] = lessonProgress.answers.keys.sorted()
    let library = source.library
    if let file = try? library.resolve(id), let lesson = try? library.load(file) {
      let ids = lesson.checkedBlocks.map(\.id)
      order =
        ids.filter { lessonProgress.answers[$0] != nil }
        + order.filter { !ids.contains($0) }
    }
    // Every block the student finished or tried, with its tries and whether the tutorial
    // revealed or skipped it, so the file grades as the tutorial did.
    let answers = order.compactMap { key -> (id: String, answer: Submission.Answer)? in
      guard let record = lessonProgress.answers[key] else { return nil }
      let settled: AnswerRecord.Verdict? =
        record.verdict == .revealed || record.verdict == .skipped ? record.verdict : nil
      guard !record.answer.isEmpty || settled != nil else { return nil }
      return (
        key,
        Submission.Answer(
          text: record.answer, line: 0, attempts: record.attempts, settled: settled)
      )
    }
    let name = student ?? Environment.variables()["USER"] ?? "student"
    print(
      Submission.text(lesson: id, student: name, id: identity ?? book.student, answers: answers),
      terminator: "")
  }
}

/// `downhill progress reset LESSON`: forget one lesson's progress.
struct ProgressReset: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reset", abstract: "Forget your progress in one lesson (asks first).")

  @Argument(help: "The lesson.", completion: LessonCompletion.kind)
  var lesson: String

  @Flag(help: "Do not ask.")
  var yes = false

  @OptionGroup var source: LessonSource

  @OptionGroup var progress: ProgressOption

  func run() throws {
    let library = source.library
    let id = (try? library.load(try library.resolve(lesson)).id) ?? lesson
    let book = try progress.book()
    guard book.lessons[id] != nil else {
      print("there is no progress for '\(id)'")
      return
    }
    if !yes {
      print("forget your progress in '\(id)'? [y/N] ", terminator: "")
      fflush(nil)
      let reply = readLine()?.lowercased() ?? ""
      guard reply == "y" || reply == "yes" else {
        print("kept")
        return
      }
    }
    try progress.requiredStore().remove(lessonID: id)
    print("progress in '\(id)' forgotten")
  }
}
