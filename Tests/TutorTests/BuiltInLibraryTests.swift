import Descent
import Foundation
import TestSupport
import Testing

@testable import Tutor

/// The lessons compiled into the binary, and a folder's lessons over them.
@Suite struct BuiltInLibraryTests {
  /// Every file under the repository's `Lessons/`, by path relative to it.
  static func filesOnDisk() throws -> [String: String] {
    let root = URL(fileURLWithPath: RepositoryPaths.lessons)
    var files: [String: String] = [:]
    let walker = FileManager.default.enumerator(atPath: root.path)
    while let relative = walker?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = root.appendingPathComponent(relative).path
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue, !(relative as NSString).lastPathComponent.hasPrefix(".")
      else { continue }
      files[relative] = try String(contentsOfFile: path, encoding: .utf8)
    }
    return files
  }

  @Test func theBuiltInsAreTheLessonsFolderByteForByte() throws {
    let builtIn = Dictionary(
      uniqueKeysWithValues: LessonLibrary.builtInFolder.map { ($0.path, $0.text) })
    let disk = try Self.filesOnDisk()
    #expect(builtIn.keys.sorted() == disk.keys.sorted())
    for (path, text) in disk { #expect(builtIn[path] == text, "\(path)") }
  }

  @Test func documentsNamedInCapitalsAreNeverLessons() {
    for name in ["README.md", "TEACHING.md", "NOTES-2.md", "readme.md"] {
      #expect(!LessonLibrary.isLessonName(name), "\(name)")
    }
    for name in ["02-linear-regression.md", "custom.md", "My-Lesson.md", "7.md"] {
      #expect(LessonLibrary.isLessonName(name), "\(name)")
    }
    #expect(!LessonLibrary.isLessonName("notes.txt"))
    // The teacher's guide travels with the built-ins but is not in the menu.
    #expect(LessonLibrary.builtInFiles().count == 11)
  }

  @Test func theBuiltInLessonsAreNamedAndOpenedLikeFiles() throws {
    let library = LessonLibrary(builtInsWith: nil)
    let files = try library.files()
    #expect(files.count == 11)
    #expect(files.first == "<built-in>/01-the-valley.md")
    #expect(try library.resolve("normalization") == "<built-in>/04-normalization.md")
    #expect(try library.resolve("04-normalization") == "<built-in>/04-normalization.md")
    #expect(try library.resolve("<built-in>/11-review.md") == "<built-in>/11-review.md")
    let lesson = try library.load(try library.resolve("normalization"))
    #expect(lesson.id == "normalization")
    // Its data file is built in: twelve flats.
    let flats = try library.loader(forLessonAt: "<built-in>/04-normalization.md").load(
      "data/flats.csv", nil)
    #expect(flats.count == 12)
  }

  @Test(arguments: ["../secret.csv", "/etc/passwd", "data/../../x.csv", "data/none.csv"])
  func aBuiltInLessonReadsNothingButItsOwnData(path: String) {
    let loader = LessonLibrary(builtInsWith: nil).loader(forLessonAt: "<built-in>/01-the-valley.md")
    #expect(
      throws: DescentError(
        "a built-in lesson reads only the built-in data files; there is none at '\(path)'")
    ) { _ = try loader.load(path, nil) }
  }

  @Test func aFolderLessonReplacesTheBuiltInWithItsIdAndTheMenuSaysWhere() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "downhill-override-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(
      contentsOfFile: RepositoryPaths.lessons + "/03-learning-rate.md", encoding: .utf8)
    // Windows line ends, another file name, another title: still the same id.
    let mine = text.replacingOccurrences(of: "title: The learning rate", with: "title: Rates")
      .replacingOccurrences(of: "\n", with: "\r\n")
    try mine.write(to: folder.appendingPathComponent("rates.md"), atomically: true, encoding: .utf8)
    let library = LessonLibrary(builtInsWith: folder.path)
    let files = try library.files()
    #expect(files.count == 11)
    #expect(!files.contains("<built-in>/03-learning-rate.md"))
    #expect(try library.resolve("learning-rate") == folder.path + "/rates.md")
    let catalog = library.catalog(progress: ProgressBook())
    #expect(catalog.first { $0.id == "learning-rate" }?.origin == folder.path)
    #expect(catalog.first { $0.id == "review" }?.origin == "built in")
    #expect(library.sourceDescription == "built-in lessons and those in \(folder.path)")
  }

  @Test func theFrontMattersIdIsReadWithoutParsing() {
    #expect(LessonLibrary.frontMatterID(in: "---\nformat: 1\nid: a-b\n---\n") == "a-b")
    #expect(LessonLibrary.frontMatterID(in: "\u{FEFF}---\r\nid:   c  \r\n---\r\n") == "c")
    #expect(LessonLibrary.frontMatterID(in: "---\ntitle: x\n---\nid: late\n") == nil)
    #expect(LessonLibrary.frontMatterID(in: "# no front matter\nid: x\n") == nil)
  }
}
