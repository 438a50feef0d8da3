import ArgumentParser
import Descent
import Foundation
import Tutor

/// `downhill autograder`: packages lessons as an autograder a grading platform runs.
struct Autograder: ParsableCommand {
  /// The platforms an autograder can be packaged for.
  enum Platform: String, ExpressibleByArgument, CaseIterable {
    case gradescope

    /// The platform's name as its users write it.
    var title: String {
      switch self {
      case .gradescope: return "Gradescope"
      }
    }
  }

  static let configuration = CommandConfiguration(
    commandName: "autograder",
    abstract: "Package lessons as an autograder for a grading platform (Gradescope).",
    discussion: """
      Writes the zip a teacher uploads as a Gradescope programming assignment's \
      autograder: setup.sh (installs ncurses' terminal library from the distribution's \
      packages), run_autograder (grades the submitted .md files into results.json), this \
      downhill binary, and the lessons named with the data files they read. Students \
      upload the file 'downhill progress export' writes.

      Each submission is graded against its student's own numbers and order of choices \
      (check --variants), the student being the account Gradescope received it from: \
      students run the tutorial with --student and the email Gradescope knows them by. \
      --no-variants grades everyone against the course's numbers.
      """
  )

  @Argument(
    help: "The lessons to grade against (ids, file names or paths).",
    completion: LessonCompletion.kind)
  var lessons: [String] = []

  @Option(help: "The platform to package for.")
  var platform: Platform = .gradescope

  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp("Where to write the zip.", valueName: "file"),
    completion: .file(extensions: ["zip"]))
  var output: String

  @OptionGroup var source: LessonSource

  @Flag(
    name: .customLong("no-variants"),
    help: "Grade every submission against the course's numbers and the file's order of choices.")
  var noVariants = false

  func validate() throws {
    guard !lessons.isEmpty else { throw ValidationError("name at least one lesson to grade") }
  }

  func run() throws {
    let library = source.library
    var ids: [String] = []
    var files: [(path: String, text: String)] = []
    for argument in lessons {
      let file = try library.resolve(argument)
      let lesson = try library.load(file)
      guard !ids.contains(lesson.id) else { continue }
      ids.append(lesson.id)
      let text = try library.text(of: file)
      files.append(((file as NSString).lastPathComponent, text))
      // Every file some student's draw of the lesson reads.
      let texts = LessonVariants.textsOfEveryDraw(text, file: file)
      for path in GradescopeAutograder.dataPaths(in: texts.joined(separator: "\n"))
      where !files.contains(where: { $0.path == path }) {
        if file.hasPrefix(LessonLibrary.builtInPrefix) {
          if let data = LessonLibrary.builtInFolder.first(where: { $0.path == path }) {
            files.append((path, data.text))
          }
        } else {
          let folder = (file as NSString).deletingLastPathComponent
          let full = (folder.isEmpty ? "." : folder as NSString).appendingPathComponent(path)
          if let text = try? TextFile.read(full, limit: TextFile.dataLimit) {
            files.append((path, text))
          }
        }
      }
    }
    let binary = try TextFile.readBytes("/proc/self/exe", limit: TextFile.dataLimit)
    let archive = GradescopeAutograder.archive(
      binary: binary, lessonIDs: ids, files: files, variants: !noVariants)
    let bytes: [UInt8]
    do {
      bytes = try archive.bytes()
    } catch {
      throw DescentError(error.description)
    }
    guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
      throw DescentError("cannot write '\(output)'")
    }
    print("wrote \(output), an autograder for \(platform.title):")
    for entry in archive.entries {
      print("  \(entry.path) (\(entry.bytes.count) bytes)")
    }
  }
}
