import Foundation
import Testing

@testable import Tutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saves that fail: the old file stays byte for byte, no temporary file is left, and the
/// message says what happened in plain words.
@Suite struct ProgressStoreFailureTests {
  let scratch: ProgressTests.Scratch
  let path: String

  init() throws {
    scratch = try ProgressTests.Scratch()
    path = scratch.path("progress.json")
  }

  @Test(arguments: ProgressFault.Stage.allCases)
  func failedSaveLeavesTheOldFileIntactAndNoTemporaryFile(stage: ProgressFault.Stage) throws {
    try ProgressStore(path: path).save(ProgressTests.lesson("a"))
    let old = try #require(scratch.bytes(path))
    let failing = ProgressStore(
      path: path, clock: { 0 }, fault: ProgressFault(at: stage, code: ENOSPC))
    #expect(throws: ProgressError(.save, path: path, code: ENOSPC)) {
      try failing.save(ProgressTests.lesson("b", answer: "2"))
    }
    #expect(scratch.bytes(path) == old)
    #expect(scratch.temporaries() == [])
    #expect(try ProgressStore(path: path).load().book.lessons.keys.sorted() == ["a"])
  }

  @Test func failedRemoveLeavesTheOldFileIntact() throws {
    try ProgressStore(path: path).save(ProgressTests.lesson("a"))
    let old = try #require(scratch.bytes(path))
    let failing = ProgressStore(
      path: path, clock: { 0 }, fault: ProgressFault(at: .sync, code: EIO))
    let error = ProgressError(.remove, path: path, code: EIO)
    #expect(throws: error) { try failing.remove(lessonID: "a") }
    #expect(
      error.description
        == "could not remove progress from \(path): input/output error; the saved progress is "
        + "unchanged")
    #expect(scratch.bytes(path) == old)
    #expect(scratch.temporaries() == [])
  }

  @Test func folderThatIsAFileIsReportedAndLeftAlone() throws {
    let blocker = scratch.path("blocker")
    let old = Array("not a folder".utf8)
    try scratch.write(old, to: blocker)
    let store = ProgressStore(path: blocker + "/downhill/progress.json")
    let error = ProgressError(.save, path: store.path, code: ENOTDIR)
    #expect(throws: error) { try store.save(ProgressTests.lesson("a")) }
    #expect(
      error.description
        == "could not save progress to \(store.path): part of its folder path is a file, not a "
        + "folder; your answers are kept for this session only")
    #expect(throws: ProgressError(.load, path: store.path, code: ENOTDIR)) { try store.load() }
    #expect(throws: ProgressError(.remove, path: store.path, code: ENOTDIR)) {
      try store.remove(lessonID: "a")
    }
    #expect(scratch.bytes(blocker) == old)
    #expect(scratch.names() == ["blocker"])
  }

  @Test func fileThatIsAFolderIsReportedAndLeftAlone() throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let inside = path + "/keep.txt"
    try scratch.write([1, 2, 3], to: inside)
    let store = ProgressStore(path: path)
    let error = ProgressError(.save, path: path, code: EISDIR)
    #expect(throws: error) { try store.save(ProgressTests.lesson("a")) }
    #expect(
      error.description
        == "could not save progress to \(path): it is a folder, not a file; your answers are "
        + "kept for this session only")
    let loadError = ProgressError(.load, path: path, code: EISDIR)
    #expect(throws: loadError) { try store.load() }
    #expect(
      loadError.description == "could not read progress from \(path): it is a folder, not a file")
    #expect(scratch.bytes(inside) == [1, 2, 3])
    #expect(scratch.temporaries() == [])
  }

  @Test(.enabled(if: !ProgressTests.isRoot, "root writes into read-only folders"))
  func readOnlyFolderIsReportedAndLeavesTheFileIntact() throws {
    let store = ProgressStore(path: path)
    try store.save(ProgressTests.lesson("a"))
    let old = try #require(scratch.bytes(path))
    #expect(chmod(scratch.folder, 0o555) == 0)
    defer { chmod(scratch.folder, 0o755) }
    let error = ProgressError(.save, path: path, code: EACCES)
    #expect(throws: error) { try store.save(ProgressTests.lesson("b")) }
    #expect(
      error.description
        == "could not save progress to \(path): the folder is read-only; your answers are kept "
        + "for this session only")
    #expect(scratch.bytes(path) == old)
    #expect(scratch.temporaries() == [])
    #expect(try store.load().book.lessons.keys.sorted() == ["a"])
  }

  @Test(.enabled(if: !ProgressTests.isRoot, "root writes into read-only folders"))
  func readOnlyFolderWithoutALockFileIsReported() throws {
    let store = ProgressStore(path: path)
    #expect(chmod(scratch.folder, 0o555) == 0)
    defer { chmod(scratch.folder, 0o755) }
    #expect(throws: ProgressError(.save, path: path, code: EACCES)) {
      try store.save(ProgressTests.lesson("a"))
    }
    #expect(scratch.names() == [])
  }

  @Test(.enabled(if: !ProgressTests.isRoot, "root writes into read-only folders"))
  func corruptFileInAReadOnlyFolderIsReportedButNotMoved() throws {
    let old = Array("nonsense".utf8)
    try scratch.write(old, to: path)
    #expect(chmod(scratch.folder, 0o555) == 0)
    defer { chmod(scratch.folder, 0o755) }
    let (book, warning) = try ProgressStore(path: path).load()
    #expect(book == ProgressBook())
    #expect(
      warning
        == "the progress file \(path) could not be read (progress.json:1:1: 'nonsense' is not "
        + "a JSON value; write true, false, null, a number or a \"string\") and could not be "
        + "moved aside (the folder is read-only); progress starts afresh and is not saved "
        + "over it")
    #expect(scratch.bytes(path) == old)
  }

  @Test func messagesNameTheCauseInPlainWords() {
    let cases: [(Int32, String)] = [
      (EROFS, "the disk is read-only"),
      (EACCES, "the folder is read-only"),
      (EPERM, "the folder is read-only"),
      (ENOSPC, "the disk is full"),
      (EDQUOT, "your disk quota is used up"),
      (ENOTDIR, "part of its folder path is a file, not a folder"),
      (EISDIR, "it is a folder, not a file"),
      (EIO, "input/output error"),
    ]
    for (code, reason) in cases {
      let error = ProgressError(.save, path: "/x/progress.json", code: code)
      #expect(
        error.description
          == "could not save progress to /x/progress.json: \(reason); your answers are kept "
          + "for this session only")
    }
    #expect(
      ProgressError(.load, path: "/x/p.json", code: EACCES).description
        == "could not read progress from /x/p.json: you do not have permission to read it")
  }
}
