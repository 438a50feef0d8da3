import Descent
import Foundation
import Testing

@testable import Tutor

extension LessonLintTests {
  /// The lessons folder: naming lessons, listing them, and confining what they read.
  @Suite struct Library {
    /// A new folder holding `files` (name → text), under the temporary directory.
    static func folder(_ files: [String: String]) throws -> URL {
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("downhill-lessons-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      for (name, text) in files {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
          at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
      }
      return url
    }

    /// A valid lesson with `id` and a step for each of `steps`.
    static func lesson(id: String, title: String = "A lesson", steps: [String] = ["one"])
      -> String
    {
      "---\nformat: 1\nid: \(id)\ntitle: \(title)\nsummary: S\n---\n"
        + steps.map { "## \($0)\n" }.joined()
    }

    /// The fixture folder with `01-prices.md` and the `prices.csv` it reads.
    static var fixtures: URL {
      URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Lessons")
    }

    // MARK: - Naming a lesson

    @Test func resolvesAPathAFileNameAStrippedNameAndAnId() throws {
      let url = try Self.folder([
        "02-linear.md": Self.lesson(id: "linear"),
        "03-misc.md": Self.lesson(id: "gradient-descent"),
      ])
      defer { try? FileManager.default.removeItem(at: url) }
      let library = LessonLibrary(directory: url.path)
      let linear = url.path + "/02-linear.md"
      #expect(try library.resolve(linear) == linear)
      #expect(try library.resolve("02-linear.md") == linear)
      #expect(try library.resolve("02-linear") == linear)
      #expect(try library.resolve("linear") == linear)
      #expect(try library.resolve("misc") == url.path + "/03-misc.md")
      #expect(try library.resolve("gradient-descent") == url.path + "/03-misc.md")
    }

    @Test func anUnknownLessonNameListsTheLessons() throws {
      let url = try Self.folder([
        "02-linear.md": Self.lesson(id: "linear"), "01-intro.md": Self.lesson(id: "intro"),
        "README.md": "# Lessons\n",
      ])
      defer { try? FileManager.default.removeItem(at: url) }
      #expect(
        throws: DescentError(
          "there is no lesson 'logistic' in \(url.path); the lessons are intro, linear")
      ) { try LessonLibrary(directory: url.path).resolve("logistic") }
      let empty = try Self.folder([:])
      defer { try? FileManager.default.removeItem(at: empty) }
      #expect(throws: DescentError("there is no lesson 'logistic' in \(empty.path)")) {
        try LessonLibrary(directory: empty.path).resolve("logistic")
      }
    }

    @Test func aFileWithoutNumberIsNotFoundByItsNameMissingAFirstLetter() throws {
      let url = try Self.folder(["intro.md": Self.lesson(id: "intro")])
      defer { try? FileManager.default.removeItem(at: url) }
      let library = LessonLibrary(directory: url.path)
      #expect(try library.resolve("intro") == url.path + "/intro.md")
      #expect(
        throws: DescentError("there is no lesson 'ntro' in \(url.path); did you mean 'intro'?")
      ) {
        try library.resolve("ntro")
      }
    }

    @Test func theFolderComesFromTheOptionThenTheEnvironmentThenLessons() {
      let environment = ["DOWNHILL_LESSONS": "/srv/lessons"]
      #expect(LessonLibrary(option: "mine", environment: environment).directory == "mine")
      #expect(LessonLibrary(option: "", environment: environment).directory == "/srv/lessons")
      #expect(LessonLibrary(option: nil, environment: [:]).directory == "Lessons")
      #expect(
        LessonLibrary(option: nil, environment: ["DOWNHILL_LESSONS": ""]).directory == "Lessons")
    }

    // MARK: - Listing lessons

    @Test func filesAreTheSortedLessonsWithoutTheReadme() throws {
      let url = try Self.folder([
        "10-late.md": "", "02-b.md": "", "01-a.md": "", "README.md": "", "notes.txt": "",
        "prices.csv": "",
      ])
      defer { try? FileManager.default.removeItem(at: url) }
      #expect(
        try LessonLibrary(directory: url.path).files()
          == ["01-a.md", "02-b.md", "10-late.md"].map { url.path + "/" + $0 })
    }

    @Test func aMissingFolderSaysHowToNameAnother() {
      #expect(
        throws: DescentError(
          "cannot read the lessons folder '/nonexistent/lessons'; give another with "
            + "--lessons-folder DIR or DOWNHILL_LESSONS")
      ) { try LessonLibrary(directory: "/nonexistent/lessons").files() }
    }

    @Test func theCatalogShowsEachLessonsPlaceOrWhyItCannotBeRead() throws {
      let nine = (1...9).map { "Step \($0)" }
      let url = try Self.folder([
        "01-alpha.md": Self.lesson(id: "alpha", title: "Alpha"),
        "02-beta.md": Self.lesson(id: "beta", title: "Beta", steps: nine),
        "03-gamma.md": Self.lesson(id: "gamma", title: "Gamma"),
        "04-delta.md": Self.lesson(id: "delta", title: "Delta", steps: nine),
        "05-broken.md": "# No front matter\n",
      ])
      defer { try? FileManager.default.removeItem(at: url) }
      var beta = LessonProgress(lessonID: "beta", started: 0)
      beta.stepID = "step-3"
      var gamma = LessonProgress(lessonID: "gamma", started: 0)
      gamma.isCompleted = true
      // A step id the lesson no longer has: the furthest visited step that remains.
      var delta = LessonProgress(lessonID: "delta", started: 0)
      delta.stepID = "removed"
      delta.visitedSteps = ["step-1", "step-5", "removed", "step-2"]
      let book = ProgressBook(lessons: ["beta": beta, "gamma": gamma, "delta": delta])
      #expect(
        LessonLibrary(directory: url.path).catalog(progress: book) == [
          LessonListing(
            id: "alpha", title: "Alpha", status: "not started", origin: url.path),
          LessonListing(
            id: "beta", title: "Beta", status: "step 3 of 9", origin: url.path),
          LessonListing(
            id: "gamma", title: "Gamma", status: "done", origin: url.path),
          LessonListing(
            id: "delta", title: "Delta", status: "step 5 of 9", origin: url.path),
          LessonListing(
            id: "05-broken.md",
            title: url.path + "/05-broken.md:1:1: a lesson starts with its front matter: a line "
              + "'---', `key: value` lines (format, id, title, summary, …) and another '---'",
            status: "cannot be read", origin: url.path),
        ])
    }

    // MARK: - Loading lessons

    @Test func loadingAFileThatCannotBeReadIsAProblemAtItsFirstLine() throws {
      let url = try Self.folder([:])
      defer { try? FileManager.default.removeItem(at: url) }
      let missing = url.path + "/01-missing.md"
      #expect(
        throws: LessonLoadError(problems: [
          LessonProblem(
            "cannot read '\(missing)': no such file or directory", file: missing, line: 1)
        ])
      ) { try LessonLibrary(directory: url.path).load(missing) }
      let latin1 = url.appendingPathComponent("02-latin1.md")
      try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xE9, 0x0A]).write(to: latin1)
      #expect(
        throws: LessonLoadError(problems: [
          LessonProblem(
            "'\(latin1.path)' is not UTF-8 text; save it as UTF-8", file: latin1.path, line: 1)
        ])
      ) { try LessonLibrary(directory: url.path).load(latin1.path) }
    }

    // MARK: - Reading files

    @Test func aLessonReadsACSVFileNextToIt() throws {
      let library = LessonLibrary(directory: Self.fixtures.path)
      let file = try library.resolve("prices")
      #expect(file == Self.fixtures.path + "/01-prices.md")
      let text = try String(contentsOfFile: file, encoding: .utf8)
      let loader = library.loader(forLessonAt: file)
      #expect(LessonLinter.problems(in: text, file: file, loader: loader) == [])
      let session = try Session.opening(library.load(file), loader: loader)
      #expect(session.run.dataset.targets == [100, 210, 290, 400])
    }

    @Test func aLessonCannotReadAFileOutsideItsFolder() throws {
      let root = try Self.folder([
        "outside.csv": "size,price\n1,1\n2,2\n",
        "lessons/01-up.md": Self.lesson(id: "up"),
      ])
      defer { try? FileManager.default.removeItem(at: root) }
      let folder = root.appendingPathComponent("lessons")
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent("link.csv"),
        withDestinationURL: root.appendingPathComponent("outside.csv"))
      let library = LessonLibrary(directory: folder.path)
      let file = folder.path + "/01-up.md"
      let loader = library.loader(forLessonAt: file)
      let outside = root.path + "/outside.csv"
      for path in ["../outside.csv", outside, "link.csv"] {
        #expect(
          throws: DescentError(
            "a lesson reads only files in its lessons folder; '\(path)' is outside it")
        ) { try loader.load(path, nil) }
      }
      let text = LessonParserTests.lessonText("## One\n", header: "dataset: ../outside.csv\n")
      #expect(
        LessonLinter.problems(in: text, file: file, loader: loader).map(\.description) == [
          file + ":6:1: a lesson reads only files in its lessons folder; '../outside.csv' is "
            + "outside it"
        ])
    }
  }
}
