import Foundation
import Testing

@testable import Tutor

/// The progress store: where the file is, saving and loading it, corrupt and stale files.
@Suite struct ProgressStoreTests {
  let scratch: ProgressTests.Scratch
  let path: String
  let store: ProgressStore

  init() throws {
    scratch = try ProgressTests.Scratch()
    path = scratch.path("downhill/progress.json")
    store = ProgressStore(path: path, clock: { 1_700_000_123.9 })
  }

  // MARK: - Default path

  @Test func defaultPathUsesXDGDataHome() {
    let environment = ["XDG_DATA_HOME": "/data/", "HOME": "/home/ada"]
    #expect(ProgressStore.defaultPath(environment: environment) == "/data/downhill/progress.json")
  }

  @Test func defaultPathFallsBackToHome() {
    #expect(
      ProgressStore.defaultPath(environment: ["HOME": "/home/ada"])
        == "/home/ada/.local/share/downhill/progress.json")
  }

  @Test func defaultPathIgnoresAnEmptyOrRelativeXDGDataHome() {
    for data in ["", "data"] {
      #expect(
        ProgressStore.defaultPath(environment: ["XDG_DATA_HOME": data, "HOME": "/home/ada"])
          == "/home/ada/.local/share/downhill/progress.json")
    }
  }

  @Test func defaultPathIsNilWithNeither() {
    #expect(ProgressStore.defaultPath(environment: [:]) == nil)
    #expect(ProgressStore.defaultPath(environment: ["HOME": "", "PATH": "/bin"]) == nil)
  }

  // MARK: - Saving and loading

  @Test func missingFileIsAnEmptyBookWithoutWarning() throws {
    let (book, warning) = try store.load()
    #expect(book == ProgressBook())
    #expect(warning == nil)
    #expect(scratch.names() == [])
  }

  @Test func savedLessonsLoadBackWithEveryField() throws {
    let lessons = ProgressTests.sampleBook.lessons
    try store.save(try #require(lessons["02-logistic"]))
    let returned = try store.save(try #require(lessons["01-linear"]))
    #expect(returned == ProgressTests.sampleBook)
    let (book, warning) = try store.load()
    #expect(book == ProgressTests.sampleBook)
    #expect(warning == nil)
    #expect(scratch.bytes(path) == Array(ProgressTests.sampleText.utf8))
    #expect(scratch.names(in: scratch.path("downhill")) == ["progress.json", "progress.json.lock"])
  }

  @Test func savingALessonAgainReplacesItsStep() throws {
    try store.save(ProgressTests.lesson("a", step: "s1", at: 10))
    try store.save(ProgressTests.lesson("a", step: "s2", answer: "2", at: 20))
    let lesson = try #require(try store.load().book.lessons["a"])
    #expect(lesson.stepID == "s2")
    #expect(lesson.visitedSteps == ["s2", "s1"])
    #expect(lesson.answers["q1"]?.answer == "2")
  }

  @Test func removeDeletesOneLessonOnly() throws {
    try store.save(ProgressTests.lesson("a"))
    try store.save(ProgressTests.lesson("b"))
    try store.remove(lessonID: "a")
    #expect(try store.load().book.lessons.keys.sorted() == ["b"])
    try store.remove(lessonID: "missing")
    #expect(try store.load().book.lessons.keys.sorted() == ["b"])
  }

  @Test func removeWithoutAFileDoesNothing() throws {
    try store.remove(lessonID: "a")
    #expect(scratch.names() == [])
  }

  @Test func aBareFileNameIsKeptInTheCurrentFolder() {
    #expect(ProgressStore.parentFolder(of: "progress.json") == ".")
    #expect(ProgressStore.parentFolder(of: "/progress.json") == "/")
    #expect(ProgressStore.parentFolder(of: "/a/b//progress.json") == "/a/b/")
  }

  // MARK: - Corrupt and stale files

  @Test func fileThatIsNotUTF8IsMovedAsideWithAWarning() throws {
    try store.save(ProgressTests.lesson("a"))
    let old: [UInt8] = [0x7B, 0xFF, 0xFE, 0x7D]
    try scratch.write(old, to: path)
    let (book, warning) = try store.load()
    let aside = path + ".corrupt-1700000123"
    #expect(book == ProgressBook())
    #expect(
      warning
        == "the progress file \(path) could not be read (progress.json: it is not UTF-8 text), "
        + "so it was moved to \(aside) and progress starts afresh")
    #expect(scratch.bytes(aside) == old)
    #expect(scratch.bytes(path) == nil)
  }

  @Test func fileOfTheWrongShapeIsMovedAsideAndTheNextSaveStartsAfresh() throws {
    let old = Array(#"{"format": 2, "lessons": {}}"#.utf8)
    try FileManager.default.createDirectory(
      atPath: scratch.path("downhill"), withIntermediateDirectories: true)
    try scratch.write(old, to: path)
    try scratch.write([1, 2, 3], to: path + ".corrupt-1700000123")
    let (book, warning) = try store.load()
    let aside = path + ".corrupt-1700000123-2"
    #expect(book == ProgressBook())
    #expect(
      warning
        == "the progress file \(path) could not be read (progress.json: \"format\" is 2, but "
        + "this version of Downhill reads format 1 only), so it was moved to \(aside) and "
        + "progress starts afresh")
    #expect(scratch.bytes(aside) == old)
    #expect(scratch.bytes(path + ".corrupt-1700000123") == [1, 2, 3])
    try store.save(ProgressTests.lesson("a"))
    #expect(try store.load().book.lessons.keys.sorted() == ["a"])
  }

  @Test func corruptFileFoundBySaveIsMovedAsideAndReplaced() throws {
    try store.save(ProgressTests.lesson("a"))
    let old = Array("{\"format\": 1, \"lesso".utf8)
    try scratch.write(old, to: path)
    let book = try store.save(ProgressTests.lesson("b"))
    #expect(book.lessons.keys.sorted() == ["b"])
    #expect(scratch.bytes(path + ".corrupt-1700000123") == old)
    let loaded = try store.load()
    #expect(loaded.book == book)
    #expect(loaded.warning == nil)
  }

  @Test func staleTemporaryFileFromAKilledWriterIsIgnoredThenCleared() throws {
    try store.save(ProgressTests.lesson("a"))
    let stale = path + ".tmp-99999-killed"
    try scratch.write(Array("{\"format\": 1, \"lessons\": {\"a\": {\"sta".utf8), to: stale)
    let (book, warning) = try store.load()
    #expect(book.lessons.keys.sorted() == ["a"])
    #expect(warning == nil)
    try store.save(ProgressTests.lesson("b"))
    #expect(try store.load().book.lessons.keys.sorted() == ["a", "b"])
    #expect(scratch.temporaries(in: scratch.path("downhill")) == [])
  }

  @Test func staleLockFileDoesNotBlockASave() throws {
    try FileManager.default.createDirectory(
      atPath: scratch.path("downhill"), withIntermediateDirectories: true)
    try scratch.write(Array("left by a killed tutor".utf8), to: path + ".lock")
    try store.save(ProgressTests.lesson("a"))
    #expect(try store.load().book.lessons.keys.sorted() == ["a"])
  }
}
