import ArgumentParser
import Descent
import Foundation
import Tutor

/// `downhill lessons`: the lessons this binary can open, and writing the built-in ones out.
struct LessonsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lessons",
    abstract: "List the lessons, or write the built-in ones out to edit.",
    subcommands: [LessonsList.self, LessonsExport.self],
    defaultSubcommand: LessonsList.self
  )
}

/// `downhill lessons [list]`: every lesson with where it comes from.
struct LessonsList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Every lesson's id, title and where it comes from (the default).")

  @OptionGroup var source: LessonSource

  func run() throws {
    let catalog = source.library.catalog(progress: ProgressBook())
    let width = catalog.map(\.id.count).max() ?? 0
    let originWidth = catalog.map { ($0.origin ?? "").count }.max() ?? 0
    for listing in catalog {
      print(
        listing.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
          + (listing.origin ?? "").padding(toLength: originWidth + 2, withPad: " ", startingAt: 0)
          + listing.title)
    }
  }
}

/// `downhill lessons export DIR`: the built-in lessons, their data and the writing guide,
/// as files a teacher can edit and give back with `--lessons-folder DIR`.
struct LessonsExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the built-in lessons, their data files and the writing guide to a folder.",
    discussion: """
      The folder is created if needed. Existing files are never overwritten unless --force \
      is given; nothing is written if any would be. Edit the lessons, check them with \
      downhill lint --lessons-folder DIR, and open them with --lessons-folder DIR: a lesson \
      there replaces the built-in lesson with the same id.
      """)

  @Argument(help: ArgumentHelp("The folder to write to.", valueName: "dir"), completion: .directory)
  var folder: String

  @Flag(help: "Overwrite files that exist.")
  var force = false

  func run() throws {
    let files = LessonLibrary.builtInFolder
    let manager = FileManager.default
    let targets = files.map { ($0, (folder as NSString).appendingPathComponent($0.path)) }
    if !force {
      let existing = targets.map(\.1).filter { manager.fileExists(atPath: $0) }
      if !existing.isEmpty {
        throw DescentError(
          "\(existing.count) of the files exist already (\(existing[0]) first); nothing was "
            + "written: give --force to overwrite them, or another folder")
      }
    }
    for (file, path) in targets {
      let parent = (path as NSString).deletingLastPathComponent
      do {
        try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      } catch {
        throw DescentError("cannot write '\(path)': \(error.localizedDescription)")
      }
    }
    let lessons = LessonLibrary.builtInFiles().count
    printError(
      "wrote \(lessons) lessons and \(files.count - lessons) other files to \(folder); open "
        + "them with --lessons-folder \(folder)")
  }
}
