import ArgumentParser
import Descent
import Tutor

/// `downhill lint`: checks lesson files and reports every problem as `file:line:col`.
struct Lint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check lesson files and report every problem with its place.",
    discussion: """
      Reads each lesson, then walks it with its own answers: every command must run, \
      every question must accept its own answer and reject its known mistakes, every \
      exercise its reference, every task's solution must meet its goal.

      With no LESSON, checks the lessons folder (--lessons-folder, $DOWNHILL_LESSONS, or \
      ./Lessons when it exists), or else the built-in lessons.

      Exit status: 0 no problems, 1 problems found, 2 a folder or file that cannot be read, \
      or a folder with no lessons.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "Lesson files or names (default: every lesson in the lessons folder, or the built-in "
        + "lessons when there is no folder)."),
    completion: LessonCompletion.kind)
  var lessons: [String] = []

  @OptionGroup var source: LessonSource

  func run() throws {
    let library = source.library
    let files: [String]
    if !lessons.isEmpty {
      files = try lessons.map(library.resolve)
    } else if let folder = library.directory {
      files = try library.folderFiles()
      guard !files.isEmpty else {
        throw DescentError("there are no lessons (NN-name.md files) in '\(folder)' to check")
      }
    } else {
      files = LessonLibrary.builtInFiles()
    }
    var problemCount = 0
    for file in files {
      let text: String
      do {
        text = try library.text(of: file)
      } catch {
        print("\(file):1:1: \(error)")
        problemCount += 1
        continue
      }
      let problems = LessonLinter.problems(
        in: text, file: file, loader: library.loader(forLessonAt: file))
      for problem in problems { print(problem.description) }
      problemCount += problems.count
    }
    let lessonsChecked = files.count == 1 ? "1 lesson" : "\(files.count) lessons"
    if problemCount == 0 {
      printError("\(lessonsChecked) checked: no problems")
    } else {
      printError(
        "\(lessonsChecked) checked: \(problemCount) problem\(problemCount == 1 ? "" : "s")")
      throw ExitCode(1)
    }
  }
}
