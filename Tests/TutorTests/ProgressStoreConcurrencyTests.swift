import Foundation
import Testing

@testable import Tutor

/// Tutors running at once: readers never see half a file, writers never lose each other's
/// work.
@Suite struct ProgressStoreConcurrencyTests {
  let scratch: ProgressTests.Scratch
  let path: String

  init() throws {
    scratch = try ProgressTests.Scratch()
    path = scratch.path("progress.json")
  }

  /// A lesson with 200 long answers, all stamped `version`, so a file is tens of kilobytes
  /// and a torn write would show.
  private static func bigLesson(version: Int) -> LessonProgress {
    var lesson = LessonProgress(lessonID: "big", started: 1)
    for i in 0..<200 {
      let text = "version \(version) answer \(i) " + String(repeating: "x", count: 100)
      lesson.answers["q\(i)"] = AnswerRecord(
        answer: text, verdict: .failed, attempts: version, updated: Double(version))
    }
    lesson.updated = Double(version)
    return lesson
  }

  @Test func readersNeverSeeAPartialFileWhileSavesRun() throws {
    let store = ProgressStore(path: path)
    try store.save(Self.bigLesson(version: 0))
    let saves = 150
    let done = DispatchSemaphore(value: 0)
    let writer = Thread {
      for version in 1...saves {
        guard (try? store.save(Self.bigLesson(version: version))) != nil else { break }
      }
      done.signal()
    }
    writer.start()
    var reads = 0
    var versions: Set<Int> = []
    var failures: [String] = []
    while done.wait(timeout: .now()) == .timedOut {
      reads += 1
      let text = String(decoding: scratch.bytes(path) ?? [], as: UTF8.self)
      do {
        let book = try ProgressBook(parsing: text, source: "progress.json")
        versions.insert(book.lessons["big"]?.answers["q0"]?.attempts ?? -1)
      } catch {
        failures.append(error.description)
      }
      let (book, warning) = try store.load()
      if let warning { failures.append(warning) }
      if book.lessons["big"]?.answers.count != 200 { failures.append("answers missing") }
    }
    #expect(failures == [])
    #expect(reads > 0)
    #expect(versions.count > 1)
    let last = try store.load().book.lessons["big"]
    #expect(last == Self.bigLesson(version: saves))
    #expect(scratch.temporaries() == [])
  }

  @Test func twoWritersOnDifferentLessonsBothKeepTheirLastValues() async throws {
    let stores = [ProgressStore(path: path), ProgressStore(path: path)]
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (i, store) in stores.enumerated() {
        group.addTask {
          for k in 1...50 {
            try store.save(ProgressTests.lesson("lesson-\(i)", answer: "\(k)", at: Double(k)))
          }
        }
      }
      try await group.waitForAll()
    }
    let book = try ProgressStore(path: path).load().book
    #expect(book.lessons.keys.sorted() == ["lesson-0", "lesson-1"])
    #expect(book.lessons["lesson-0"] == ProgressTests.lesson("lesson-0", answer: "50", at: 50))
    #expect(book.lessons["lesson-1"] == ProgressTests.lesson("lesson-1", answer: "50", at: 50))
    #expect(scratch.temporaries() == [])
  }

  @Test func twoWritersOnOneLessonKeepTheNewerAnswerForEachID() async throws {
    // Writer 0 stamps its answers at even times and writer 1 at odd ones, so whatever the
    // interleaving, writer 1's last answer (time 101) is the newest for the shared id.
    let stores = [ProgressStore(path: path), ProgressStore(path: path)]
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (i, store) in stores.enumerated() {
        group.addTask {
          for k in 1...50 {
            let time = Double(2 * k + i)
            var lesson = ProgressTests.lesson("shared", answer: "w\(i)-\(k)", at: time)
            lesson.answers["own-\(i)"] = AnswerRecord(
              answer: "\(k)", verdict: .passed, attempts: k, updated: time)
            try store.save(lesson)
          }
        }
      }
      try await group.waitForAll()
    }
    let lesson = try #require(try ProgressStore(path: path).load().book.lessons["shared"])
    #expect(
      lesson.answers["q1"]
        == AnswerRecord(answer: "w1-50", verdict: .passed, attempts: 1, updated: 101))
    #expect(lesson.answers["own-0"]?.attempts == 50)
    #expect(lesson.answers["own-1"]?.attempts == 50)
    #expect(lesson.updated == 101)
  }

  @Test func anOlderSaveDoesNotOverwriteANewerAnswer() throws {
    let first = ProgressStore(path: path)
    let second = ProgressStore(path: path)
    try first.save(ProgressTests.lesson("a", answer: "newer", at: 20))
    let book = try second.save(ProgressTests.lesson("a", step: "s2", answer: "older", at: 10))
    #expect(book.lessons["a"]?.answers["q1"]?.answer == "newer")
    #expect(book.lessons["a"]?.stepID == "s2")
    #expect(try first.load().book == book)
  }
}
