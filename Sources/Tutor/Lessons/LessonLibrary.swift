import Descent
import Foundation

/// The lessons a command can open: the built-in ones compiled into the binary, and those of a
/// lessons folder, which add to them or replace a built-in lesson with the same id.
///
/// The folder is `--lessons-folder DIR`, else `$DOWNHILL_LESSONS`, else `./Lessons` when it
/// exists. A lesson is named by a path, a file name in the folder or among the built-ins
/// (`02-linear-regression.md`, with or without `.md`) or its id (`linear-regression`).
///
/// Lessons are handled by their file: a path for a folder's lesson, `<built-in>/NAME.md`
/// for a built-in one, which is also how `lint` and `check` name it in their messages.
public struct LessonLibrary: Sendable {
  /// The lessons folder, if there is one.
  public let directory: String?
  /// Whether the built-in lessons are part of the library.
  public let includesBuiltIns: Bool

  /// How a built-in lesson's file is named: `<built-in>/01-the-valley.md`.
  public static let builtInPrefix = "<built-in>/"

  /// The lessons of `directory` alone.
  public init(directory: String) {
    self.directory = directory
    includesBuiltIns = false
  }

  /// The built-in lessons, with those of `directory` (if any) added or put in their place.
  public init(builtInsWith directory: String?) {
    self.directory = directory
    includesBuiltIns = true
  }

  /// The library an option, the environment or the working directory names: the built-in
  /// lessons and, when a folder is given or `./Lessons` exists, that folder's lessons.
  public init(option: String?, environment: [String: String]) {
    if let option, !option.isEmpty {
      self.init(builtInsWith: option)
    } else if let variable = environment["DOWNHILL_LESSONS"], !variable.isEmpty {
      self.init(builtInsWith: variable)
    } else {
      var isDirectory: ObjCBool = false
      let present =
        FileManager.default.fileExists(atPath: "Lessons", isDirectory: &isDirectory)
        && isDirectory.boolValue
      self.init(builtInsWith: present ? "Lessons" : nil)
    }
  }

  // MARK: - Listing

  /// Every lesson file, in order of file name: the built-ins not replaced by the folder's,
  /// and the folder's (`NN-slug.md`, not README.md).
  public func files() throws(DescentError) -> [String] {
    let folder = try folderFiles()
    guard includesBuiltIns else { return folder }
    let replaced = Set(folder.compactMap { Self.frontMatterID(in: (try? Self.readText($0)) ?? "") })
    let builtIn = Self.builtInFiles().filter { file in
      !replaced.contains(Self.frontMatterID(in: Self.builtInText(file) ?? "") ?? "")
    }
    return (builtIn + folder).sorted { Self.fileName($0) < Self.fileName($1) }
  }

  /// The lesson files of the folder alone, in order (none without a folder).
  public func folderFiles() throws(DescentError) -> [String] {
    guard let directory else { return [] }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw DescentError(
        "cannot read the lessons folder '\(directory)'; give another with --lessons-folder DIR "
          + "or DOWNHILL_LESSONS")
    }
    return names.filter(Self.isLessonName).sorted()
      .map { (directory as NSString).appendingPathComponent($0) }
  }

  /// The built-in lesson files, in order.
  public static func builtInFiles() -> [String] {
    BuiltInLessonFiles.files.map(\.path).filter { !$0.contains("/") && isLessonName($0) }
      .map { builtInPrefix + $0 }
  }

  /// Whether a file name is a lesson's: `.md`, but not a document about the folder, whose
  /// name is in capitals (`README.md`, `TEACHING.md`).
  static func isLessonName(_ name: String) -> Bool {
    guard name.hasSuffix(".md") else { return false }
    let stem = name.dropLast(3)
    let isDocument =
      stem.contains { $0.isLetter } && stem.allSatisfy { !$0.isLetter || $0.isUppercase }
    return !isDocument && name.lowercased() != "readme.md"
  }

  /// The ids of every lesson, in order, read from their front matter without parsing the
  /// lessons (for shell completion, which runs on every Tab).
  public func ids() -> [String] {
    ((try? files()) ?? []).compactMap { Self.frontMatterID(in: (try? text(of: $0)) ?? "") }
  }

  /// Where a lesson file comes from, as the menu says it: "built in" or its folder.
  public static func origin(of file: String) -> String {
    if file.hasPrefix(builtInPrefix) { return "built in" }
    let folder = (file as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  // MARK: - Finding

  /// The file a LESSON argument names: an existing path, a file in the folder or among the
  /// built-ins, or an id.
  public func resolve(_ argument: String) throws(DescentError) -> String {
    if includesBuiltIns, argument.hasPrefix(Self.builtInPrefix),
      Self.builtInText(argument) != nil
    {
      return argument
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      return argument
    }
    if let directory {
      let inFolder = (directory as NSString).appendingPathComponent(argument)
      for candidate in [inFolder, inFolder + ".md"]
      where FileManager.default.fileExists(atPath: candidate) {
        return candidate
      }
    }
    let files = (try? self.files()) ?? []
    for file in files {
      let name = (Self.fileName(file) as NSString).deletingPathExtension
      // `02-linear-regression` is found by `linear-regression` without reading a file.
      if name == argument || Self.droppingNumber(name) == argument {
        return file
      }
    }
    for file in files {
      if let text = try? text(of: file),
        let lesson = LessonParser.parseReportingProblems(text, file: file).lesson,
        lesson.id == argument
      {
        return file
      }
    }
    let known = files.map { file in
      let name = (Self.fileName(file) as NSString).deletingPathExtension
      return Self.droppingNumber(name) ?? name
    }
    let suggestion = ExpressionSuggestion.closest(to: argument, among: known)
      .map { "; did you mean '\($0)'?" }
    throw DescentError(
      "there is no lesson '\(argument)' \(whereDescription)"
        + (suggestion ?? (known.isEmpty ? "" : "; the lessons are " + known.joined(separator: ", "))))
  }

  /// Where the lessons come from, as the menu heads them: "built-in lessons", "built-in
  /// lessons and those in Lessons", "lessons in DIR".
  public var sourceDescription: String {
    switch (includesBuiltIns, directory) {
    case (true, let folder?): return "built-in lessons and those in \(folder)"
    case (true, nil): return "built-in lessons"
    case (false, let folder?): return "lessons in \(folder)"
    case (false, nil): return "no lessons"
    }
  }

  /// Where lessons are looked for, as a message says it.
  var whereDescription: String {
    switch (includesBuiltIns, directory) {
    case (true, let folder?): return "among the built-in lessons or in \(folder)"
    case (true, nil): return "among the built-in lessons"
    case (false, let folder?): return "in \(folder)"
    case (false, nil): return "anywhere"
    }
  }

  /// `linear-regression` for `02-linear-regression`; nil for a name without an `NN-`
  /// prefix (`intro`).
  static func droppingNumber(_ name: String) -> String? {
    let digits = name.prefix { $0.isASCII && $0.isNumber }
    let rest = name.dropFirst(digits.count)
    guard !digits.isEmpty, rest.hasPrefix("-") else { return nil }
    return String(rest.dropFirst())
  }

  // MARK: - Reading

  /// The text of a lesson file, built in or on disk.
  public func text(of file: String) throws(DescentError) -> String {
    if includesBuiltIns, file.hasPrefix(Self.builtInPrefix) {
      guard let text = Self.builtInText(file) else {
        throw DescentError("there is no built-in lesson '\(Self.fileName(file))'")
      }
      return text
    }
    return try Self.readText(file)
  }

  /// The lesson in `file`, drawn for `student` when it varies between students (the
  /// course's numbers and the file's order without one); a file that cannot be read or
  /// parsed throws its problems.
  public func load(_ file: String, student: String? = nil) throws(LessonLoadError) -> Lesson {
    let text: String
    do {
      text = try self.text(of: file)
    } catch {
      throw LessonLoadError(problems: [LessonProblem(error.message, file: file, line: 1)])
    }
    return try LessonParser.parse(
      text, file: file, student: student, loader: loader(forLessonAt: file))
  }

  /// Reads CSV files for the lesson in `file`: paths relative to the lesson's folder, and
  /// nothing outside the lessons folder (for a built-in lesson, nothing but the built-in
  /// data files).
  public func loader(forLessonAt file: String) -> DataLoader {
    if includesBuiltIns, file.hasPrefix(Self.builtInPrefix) {
      return DataLoader { path, target in
        guard let text = Self.builtInData(path) else {
          throw DescentError(
            "a built-in lesson reads only the built-in data files; there is none at '\(path)'")
        }
        return try Dataset(csv: text, source: path, target: target)
      }
    }
    let folder = (file as NSString).deletingLastPathComponent
    let root = Self.realPath(directory.map { $0.isEmpty ? "." : $0 } ?? folder)
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
      return try CSVFile.dataset(at: joined, source: path, target: target)
    }
  }

  // MARK: - The menu

  /// What the menu and `lessons` list: each lesson with the student's place in it and
  /// where it comes from, or the located problem that stops it loading.
  public func catalog(progress: ProgressBook) -> [LessonListing] {
    let files = (try? self.files()) ?? []
    return files.map { file in
      do throws(LessonLoadError) {
        let lesson = try load(file)
        return LessonListing(
          id: lesson.id, title: lesson.title,
          status: Self.status(of: lesson, progress: progress.lessons[lesson.id]),
          origin: Self.origin(of: file))
      } catch {
        return LessonListing(
          id: Self.fileName(file),
          title: error.problems.first?.description ?? LessonListing.unreadable,
          status: LessonListing.unreadable,
          origin: Self.origin(of: file))
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

  // MARK: - Built-in files

  /// Every built-in file (lessons, their data, the writing guide) by path relative to the
  /// lessons folder: what `lessons export` writes out.
  public static var builtInFolder: [(path: String, text: String)] {
    BuiltInLessonFiles.files
  }

  /// The text of a built-in lesson file (`<built-in>/NAME.md`).
  static func builtInText(_ file: String) -> String? {
    guard file.hasPrefix(builtInPrefix) else { return nil }
    let name = String(file.dropFirst(builtInPrefix.count))
    return BuiltInLessonFiles.files.first { $0.path == name }?.text
  }

  /// The text of a built-in data file a lesson names (`data/flats.csv`, `./data/flats.csv`);
  /// nil for any other path, so a built-in lesson reads nothing from the disk.
  static func builtInData(_ path: String) -> String? {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..": return nil
      default: parts.append(part)
      }
    }
    guard !path.hasPrefix("/"), !parts.isEmpty else { return nil }
    let name = parts.joined(separator: "/")
    return BuiltInLessonFiles.files.first { $0.path == name }?.text
  }

  // MARK: - Helpers

  /// The file name of a lesson file, built in or on disk.
  static func fileName(_ file: String) -> String {
    (file as NSString).lastPathComponent
  }

  /// The `id:` of a lesson's front matter, read without parsing the lesson (to tell which
  /// built-in lesson a folder's lesson replaces).
  static func frontMatterID(in text: String) -> String? {
    func trimmed(_ line: Substring) -> String { String(line).trimmingSpaces }
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .makeIterator()
    guard let first = lines.next(), trimmed(first).hasSuffix("---") else { return nil }
    while let line = lines.next() {
      let field = trimmed(line)
      if field == "---" || field == "..." { return nil }
      if field.hasPrefix("id:") {
        let value = String(field.dropFirst(3)).trimmingSpaces
        return value.isEmpty ? nil : value
      }
    }
    return nil
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
