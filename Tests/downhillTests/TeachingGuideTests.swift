import Foundation
import Testing
import TestSupport

/// The teacher's guide, `Lessons/TEACHING.md`: it gives every lesson a section under a
/// heading naming the lesson's id, and names the grading platforms' formats.
@Suite struct TeachingGuideTests {
  let guide: String

  init() throws {
    guide = try String(contentsOfFile: Self.path("TEACHING.md"), encoding: .utf8)
  }

  /// A file in `Lessons/`.
  static func path(_ name: String) -> String {
    (RepositoryPaths.lessons as NSString).appendingPathComponent(name)
  }

  /// The lesson files of `Lessons/`: `NN-slug.md`, in order.
  static func lessonFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.lessons)
      .filter { name in
        let characters = Array(name)
        return name.hasSuffix(".md") && characters.count > 6
          && characters[0].isWholeNumber && characters[1].isWholeNumber && characters[2] == "-"
      }
      .sorted()
  }

  /// The `id:` of a lesson's front matter, or nil when it has none.
  static func frontMatterID(of text: String) -> String? {
    let lines = text.components(separatedBy: "\n").map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard lines.first == "---" else { return nil }
    for line in lines.dropFirst() {
      if line == "---" { return nil }
      if line.hasPrefix("id:") {
        return String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
      }
    }
    return nil
  }

  @Test func everyLessonHasAHeadingWithItsID() throws {
    let files = try Self.lessonFiles()
    #expect(!files.isEmpty, "no NN-*.md lessons in \(RepositoryPaths.lessons)")
    let headings = guide.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
    for file in files {
      let text = try String(contentsOfFile: Self.path(file), encoding: .utf8)
      let id = try #require(Self.frontMatterID(of: text), "\(file) has no id: in its front matter")
      #expect(
        headings.contains { $0.contains(id) },
        "Lessons/TEACHING.md has no heading naming lesson \(id) (\(file))")
    }
  }

  @Test(arguments: ["gradescope", "prairielearn", "canvas-csv"])
  func namesTheFormat(format: String) {
    #expect(guide.contains(format), "Lessons/TEACHING.md does not name the format \(format)")
  }
}
