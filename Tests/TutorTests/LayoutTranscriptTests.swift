import TermPlot
import TestSupport
import Testing

@testable import Tutor

/// The transcript under the pictures: its share of the height, long outputs shown from
/// their top, an error's caret under its column, and scrolling back through the history.
@Suite struct LayoutTranscriptTests {
  static let library = LessonLibrary(builtInsWith: nil)

  /// The built-in lesson `id` opened and walked with the right answers until the block
  /// `blockID` is open.
  static func session(in id: String, openAt blockID: String) throws -> Session {
    let file = try library.resolve(id)
    let lesson = try library.load(file)
    var session = try Session.opening(
      lesson, loader: library.loader(forLessonAt: file), options: LessonOptions(clock: { 1000 }))
    for step in lesson.steps {
      for block in step.checks {
        if block.id == blockID { return session }
        switch block.kind {
        case .task(let task):
          for command in task.solution { session.apply(line: command) }
          if session.lesson?.openBlock?.id == block.id { session.apply(line: "check") }
        case .predict(let prediction):
          if case .choice(let choices, _) = prediction.outcome {
            session.apply(line: "answer " + (choices.first?.key ?? "a"))
          } else {
            session.apply(line: "answer 1")
          }
        case .ask, .exercise:
          session.apply(line: "answer " + LessonLinter.ownAnswer(block))
        }
      }
      session.apply(line: "next")
    }
    Issue.record("\(id) has no block \(blockID)")
    return session
  }

  /// The screen of `session` with its lesson pane, as the tutorial draws it.
  static func screen(
    _ session: Session, width: Int, height: Int, transcriptScroll: Int = 0
  ) -> String {
    Layout().render(
      session: session, pane: session.lessonPane, prompt: PromptLine(),
      footer: "space epoch · Enter next · ^Y log · ? keys", width: width, height: height,
      transcriptScroll: transcriptScroll
    ).frame.plainText
  }

  /// The screen's rows, trailing spaces removed.
  static func rows(_ screen: String) -> [String] {
    screen.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.reversed().drop { $0 == " " }.reversed())
    }
  }

  // MARK: - Long outputs

  /// The loss-functions lesson says "type show history to see the last ten".
  @Test(arguments: [(100, 30), (80, 24)])
  func theTenLinesOfShowHistoryAndItsHeaderAreReadable(width: Int, height: Int) throws {
    var session = try Self.session(in: "loss-functions", openAt: "mae-settle")
    session.apply(line: "answer b")
    session.apply(line: "show history")
    let screen = Self.screen(session, width: width, height: height)
    Golden.check(screen, named: "transcript-history-\(width)x\(height)")
    let rows = Self.rows(screen)
    let header = try #require(rows.firstIndex(of: "epoch  loss (before the update)"))
    #expect(rows[header + 1].hasPrefix("291  "))
    #expect(rows[header + 10].hasPrefix("300  "))
    #expect(rows[header + 11] == "downhill>")
  }

  /// A table longer than the transcript shows from its top: its title and header stay in
  /// view, and a marker counts the lines below.
  @Test(arguments: [(100, 30), (80, 24)])
  func showDataKeepsItsHeaderInView(width: Int, height: Int) throws {
    var session = try Self.session(in: "logistic-regression", openAt: "sigmoid-inverse")
    session.apply(line: "show data")
    let screen = Self.screen(session, width: width, height: height)
    Golden.check(screen, named: "transcript-show-data-\(width)x\(height)")
    let rows = Self.rows(screen)
    let title = try #require(rows.firstIndex(of: "blobs: 100 rows"))
    #expect(rows[title + 1] == "x1  x2  class")
    #expect(rows[title + 2] == "-2.10912  -0.993888  0")
  }

  @Test func aTableThatFitsShowsWholeWithItsInput() throws {
    var session = Session()
    session.apply(line: "show data")
    let rows = Self.rows(Self.screen(session, width: 80, height: 24))
    #expect(
      Array(rows[13..<22]) == [
        String(repeating: "─", count: 80), "downhill> show data", "houses: 5 rows", "size  price",
        "1  150", "2  300", "3  450", "4  600", "5  750",
      ])
    #expect(rows[22] == "downhill>")
  }

  // MARK: - Errors

  /// The caret line is its own row, its leading spaces kept, also when the message wraps
  /// (a row was once broken inside the leading spaces, losing the caret's column).
  @Test func anErrorsCaretSitsUnderItsColumnOnItsOwnRow() throws {
    var session = Session()
    let line = "x = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + xcheck"
    session.apply(line: line)
    let screen = Self.screen(session, width: 80, height: 30)
    Golden.check(screen, named: "transcript-error-80x30")
    #expect(!screen.contains("\u{FFFD}"))
    let rows = Self.rows(screen)
    let echo = try #require(rows.firstIndex(of: "downhill> " + line))
    #expect(rows[echo + 1] == line)
    let column = try #require(line.range(of: "xcheck")).lowerBound.utf16Offset(in: line)
    #expect(rows[echo + 2] == String(repeating: " ", count: column) + "^~~~~~ name 'xcheck' is")
    // Indented deeper than half the row, the message goes on from the left.
    #expect(rows[echo + 3].hasPrefix("not defined; the session's names are"))
  }

  @Test func aLineBreakOfAnyKindSplitsOutputAndNoCaretIsJoinedToItsLine() {
    let layout = Layout()
    let entry = TranscriptEntry(input: "", output: ["xcheck\r\n^~~~~~ unknown name", "a\rb"])
    let rows = layout.transcriptRows(of: entry, label: "> ", width: 40).output
    #expect(rows.map { $0.map(\.text).joined() } == ["xcheck", "^~~~~~ unknown name", "a", "b"])
  }

  @Test func brokenRowsNeverStartInsideTheLeadingSpaces() {
    let caret = String(repeating: " ", count: 12) + "^~~ the name is unknown here"
    #expect(
      Layout.broken(caret, width: 30) == [
        "            ^~~ the name is", "            unknown here",
      ])
    // Indented deeper than half the row: continuation rows start at the left.
    let deep = String(repeating: " ", count: 20) + "^ never closed here"
    #expect(
      Layout.broken(deep, width: 30) == [
        String(repeating: " ", count: 20) + "^ never", "closed here",
      ])
  }

  // MARK: - Size and scrolling

  @Test func theTranscriptsShareGrowsWithTheHeight() {
    let shares = [20, 24, 30, 40, 60].map {
      ScreenRegions.transcriptLines(height: $0, available: $0 - 4, wanted: 0)
    }
    #expect(shares == [2, 3, 6, 10, 15])
    // A longer newest entry grows it, up to what leaves one view's rows.
    #expect(ScreenRegions.transcriptLines(height: 30, available: 26, wanted: 12) == 12)
    #expect(ScreenRegions.transcriptLines(height: 30, available: 26, wanted: 40) == 17)
    #expect(ScreenRegions.transcriptLines(height: 24, available: 20, wanted: 40) == 11)
  }

  @Test func scrollPositionsVisitTheRestOfALongOutputThenGoBackAPageAtATime() {
    // 30 rows, 8 shown, the newest output 12 rows: its top first, then its end, then back.
    #expect(Layout.transcriptOffsets(total: 30, newestOutput: 12, room: 8) == [4, 0, 11, 18, 22])
    // The newest entry fits: the newest rows, then back a page (7 rows) at a time.
    #expect(Layout.transcriptOffsets(total: 30, newestOutput: 3, room: 8) == [0, 7, 14, 21, 22])
    #expect(Layout.transcriptOffsets(total: 5, newestOutput: 3, room: 8) == [0])
    #expect(Layout.transcriptOffsets(total: 5, newestOutput: 3, room: 0) == [0])
  }

  @Test func scrollingBackShowsEarlierLinesAndSaysHowToReturn() throws {
    var session = Session()
    session.apply(line: "show data")
    for _ in 0..<4 { session.apply(line: "step 1") }
    let newest = Self.rows(Self.screen(session, width: 80, height: 24))
    #expect(!newest.contains("size  price"))
    let back = Self.rows(Self.screen(session, width: 80, height: 24, transcriptScroll: 1))
    Golden.check(
      back.joined(separator: "\n"), named: "transcript-scrolled-80x24")
    #expect(back.contains("size  price"))
    #expect(
      back.contains { $0.hasPrefix("── scrolled back · ^Y further · any other key returns ──") })
    // Round past the oldest: the newest again (in the larger window of a scrolled log).
    let positions = (1...6).map {
      Self.rows(Self.screen(session, width: 80, height: 24, transcriptScroll: $0))
    }
    let round = try #require(positions.firstIndex { !$0.contains { $0.contains("scrolled") } })
    #expect(positions[round].suffix(3) == newest.suffix(3))
    #expect(positions[round + 1] == back)
  }

  @Test func controlYScrollsTheTranscriptAndAnyOtherKeyReturns() throws {
    var tutorial = TutorialApp(
      configuration: TutorialApp.Configuration(
        library: Self.library, style: ChartStyle(theme: .monochrome, tier: .ascii),
        lesson: "linear-regression"))
    for line in ["show data", "step 1", "step 1", "step 1", "step 1"] {
      for character in line { _ = tutorial.handle(.character(character), now: 0) }
      _ = tutorial.handle(.enter, now: 0)
    }
    #expect(KeyBinding.binding(for: .control("y"), promptIsEmpty: true) == .scrollTranscript)
    #expect(KeyBinding.binding(for: .control("y"), promptIsEmpty: false) == .scrollTranscript)
    #expect(KeyBinding.scrollTranscript.keyLabel == "^Y")
    let before = tutorial.render(width: 100, height: 30).frame.plainText
    _ = tutorial.handle(.control("y"), now: 0)
    #expect(tutorial.transcriptScroll == 1)
    let back = tutorial.render(width: 100, height: 30).frame.plainText
    #expect(back.contains("scrolled back"))
    #expect(back.contains("size  price"))
    #expect(!before.contains("size  price"))
    _ = tutorial.handle(.left, now: 0)
    #expect(tutorial.transcriptScroll == 0)
    #expect(tutorial.render(width: 100, height: 30).frame.plainText == before)
  }
}
