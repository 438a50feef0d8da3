import Descent
import Foundation

/// The folder of lessons: finding them, naming them, reading them, and confining the
/// files they read to the folder.
///
/// The folder is `--lessons DIR`, else `$DOWNHILL_LESSONS`, else `./Lessons`. A lesson is
/// named by a path, a file name in the folder (`02-linear-regression.md`, with or without
/// `.md`) or its id (`linear-regression`).
public struct LessonLibrary: Sendable {
  /// The folder, as given.
  public let directory: String

  /// The library in `directory`.
  public init(directory: String) {
    self.directory = directory
  }

  /// The library an option, the environment or the working directory names.
  public init(option: String?, environment: [String: String]) {
    if let option, !option.isEmpty {
      directory = option
    } else if let variable = environment["DOWNHILL_LESSONS"], !variable.isEmpty {
      directory = variable
    } else {
      directory = "Lessons"
    }
  }

  /// The lesson files in the folder (`NN-slug.md`, not README.md), in order.
  public func files() throws(DescentError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw DescentError(
        "cannot read the lessons folder '\(directory)'; give another with --lessons DIR or "
          + "DOWNHILL_LESSONS")
    }
    return names.filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }.sorted()
      .map { (directory as NSString).appendingPathComponent($0) }
  }

  /// The file a LESSON argument names: an existing path, a file in the folder, or an id.
  public func resolve(_ argument: String) throws(DescentError) -> String {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      return argument
    }
    let inFolder = (directory as NSString).appendingPathComponent(argument)
    for candidate in [inFolder, inFolder + ".md"]
    where FileManager.default.fileExists(atPath: candidate) {
      return candidate
    }
    let files = (try? self.files()) ?? []
    for file in files {
      let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
      // `02-linear-regression` is found by `linear-regression` without reading a file.
      if name == argument || Self.droppingNumber(name) == argument {
        return file
      }
    }
    for file in files {
      if let text = try? Self.readText(file),
        let lesson = LessonParser.parseReportingProblems(text, file: file).lesson,
        lesson.id == argument
      {
        return file
      }
    }
    let known = files.map {
      ((($0 as NSString).lastPathComponent) as NSString).deletingPathExtension
    }
    throw DescentError(
      "there is no lesson '\(argument)' in \(directory)"
        + (known.isEmpty ? "" : "; the lessons are " + known.joined(separator: ", ")))
  }

  /// `linear-regression` for `02-linear-regression`; nil for a name without an `NN-`
  /// prefix (`intro`).
  static func droppingNumber(_ name: String) -> String? {
    let digits = name.prefix { $0.isASCII && $0.isNumber }
    let rest = name.dropFirst(digits.count)
    guard !digits.isEmpty, rest.hasPrefix("-") else { return nil }
    return String(rest.dropFirst())
  }

  /// The lesson in `file`; a file that cannot be read or parsed throws its problems.
  public func load(_ file: String) throws(LessonLoadError) -> Lesson {
    let text: String
    do {
      text = try Self.readText(file)
    } catch {
      throw LessonLoadError(problems: [LessonProblem(error.message, file: file, line: 1)])
    }
    return try LessonParser.parse(text, file: file)
  }

  /// Reads CSV files for the lesson in `file`: paths relative to the lesson's folder, and
  /// nothing outside the lessons folder.
  public func loader(forLessonAt file: String) -> DataLoader {
    let folder = (file as NSString).deletingLastPathComponent
    let root = Self.realPath(directory.isEmpty ? "." : directory)
    let lessonRoot = Self.realPath(folder.isEmpty ? "." : folder)
    return DataLoader { path, target in
      let joined =
        (path as NSString).isAbsolutePath
        ? path : ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(path)
      let real = Self.realPath(joined)
      let allowed = [root, lessonRoot].contains { real == $0 || real.hasPrefix($0 + "/") }
      guard allowed else {
        throw DescentError(
          "a lesson reads only files in its lessons folder; '\(path)' is outside it")
      }
      return try Dataset(
        csv: TextFile.read(joined, limit: TextFile.dataLimit, advice: TextFile.csvAdvice),
        source: path, target: target)
    }
  }

  /// What the menu and `lessons` list: each lesson with the student's place in it, or the
  /// located problem that stops it loading.
  public func catalog(progress: ProgressBook) -> [LessonListing] {
    let files = (try? self.files()) ?? []
    return files.map { file in
      do throws(LessonLoadError) {
        let lesson = try load(file)
        return LessonListing(
          id: lesson.id, title: lesson.title,
          status: Self.status(of: lesson, progress: progress.lessons[lesson.id]))
      } catch {
        return LessonListing(
          id: (file as NSString).lastPathComponent,
          title: error.problems.first?.description ?? "cannot be read", status: "cannot be read")
      }
    }
  }

  /// "not started", "step 3 of 8" or "done".
  public static func status(of lesson: Lesson, progress: LessonProgress?) -> String {
    guard let progress else { return "not started" }
    if progress.isCompleted { return "done" }
    let index = Session.resumeIndex(in: lesson, progress: progress)
    return "step \(index + 1) of \(lesson.steps.count)"
  }

  /// The UTF-8 text of a lesson file (a regular file of at most 16 MiB).
  static func readText(_ path: String) throws(DescentError) -> String {
    try TextFile.read(path, limit: TextFile.documentLimit)
  }

  /// The absolute path with symbolic links and `..` resolved (as far as it exists).
  static func realPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
