import Foundation
import Tutor

/// The tutorial on the course's example 1 with three views on its screen.
enum RedrawFixture {
  /// The repository's `Lessons` folder.
  static let lessons = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Lessons")

  /// The linear-regression lesson, copied into a temporary folder with the landscape added
  /// to its views, opened at its first step after 100 epochs.
  static func lessonApp() throws -> TutorialApp {
    let source = lessons.appendingPathComponent("02-linear-regression.md")
    let text = try String(contentsOf: source, encoding: .utf8)
      .replacingOccurrences(of: "views: [fit, loss]", with: "views: [fit, loss, landscape]")
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("downhill-redraw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try text.write(
      to: folder.appendingPathComponent("02-linear-regression.md"), atomically: false,
      encoding: .utf8)
    var app = TutorialApp(
      configuration: TutorialApp.Configuration(
        library: LessonLibrary(directory: folder.path), lesson: "linear-regression"))
    for key in "step 100" { _ = app.handle(.character(key), now: 0) }
    _ = app.handle(.enter, now: 0)
    try? FileManager.default.removeItem(at: folder)
    return app
  }
}
