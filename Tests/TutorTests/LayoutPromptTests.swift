import TermPlot
import Testing

@testable import Tutor

/// The prompt row: where the cursor lands, and how long input scrolls to keep it in view.
@Suite struct LayoutPromptTests {
  /// Renders a plain session at 80×24 with `prompt` (and a footer, so the prompt is on row
  /// 22) and returns the prompt's row as text with the layout's cursor.
  static func render(_ prompt: PromptLine) -> (row: String, cursor: (x: Int, y: Int)?) {
    let layout = Layout()
    let screen = layout.render(
      session: Session(), pane: nil, prompt: prompt, footer: "q: quit", width: 80, height: 24)
    let frame = screen.frame
    let row = (0..<frame.width).map { String(frame[$0, 22].character) }.joined()
    return (row, screen.cursor)
  }

  /// The text of `row` from column `x` for `count` columns.
  static func columns(_ row: String, from x: Int, count: Int) -> String {
    String(Array(row).dropFirst(x).prefix(count))
  }

  @Test func anEmptyPromptPutsTheCursorAfterTheLabel() throws {
    let (row, cursor) = Self.render(PromptLine())
    let at = try #require(cursor)
    #expect(at == (10, 22))
    #expect(row.hasPrefix("downhill> "))
  }

  @Test func theCursorFollowsItsCharacterOffset() throws {
    #expect(try #require(Self.render(PromptLine(text: "step 10")).cursor) == (17, 22))
    #expect(try #require(Self.render(PromptLine(text: "step 10", cursor: 2)).cursor) == (12, 22))
    // Offsets outside the text are taken as its nearest end.
    #expect(try #require(Self.render(PromptLine(text: "step", cursor: -3)).cursor) == (10, 22))
    #expect(try #require(Self.render(PromptLine(text: "step", cursor: 99)).cursor) == (14, 22))
  }

  @Test func wideCharactersTakeTwoColumnsBeforeTheCursor() throws {
    let (row, cursor) = Self.render(PromptLine(text: "x = 日本", cursor: 5))
    #expect(try #require(cursor) == (10 + 4 + 2, 22))
    #expect(row.hasPrefix("downhill> x = 日"))
  }

  @Test func inputLongerThanTheRowShowsItsStartWhileTheCursorFits() throws {
    let text = (0..<120).map { String($0 % 10) }.joined()
    let (row, cursor) = Self.render(PromptLine(text: text, cursor: 0))
    #expect(try #require(cursor) == (10, 22))
    // 69 characters, then an ellipsis in the last column says there is more.
    #expect(Self.columns(row, from: 10, count: 70) == String(text.prefix(69)) + "…")
  }

  @Test func inputLongerThanTheRowScrollsToKeepTheCursorInView() throws {
    let text = (0..<120).map { String($0 % 10) }.joined()
    // At the end: an ellipsis, then the last 67 characters, the cursor after them.
    let (end, endCursor) = Self.render(PromptLine(text: text))
    #expect(try #require(endCursor) == (78, 22))
    #expect(Self.columns(end, from: 10, count: 70) == "…" + String(text.suffix(67)) + "  ")
    // In the middle: the cursor on character 100, one column from the right edge.
    let (middle, middleCursor) = Self.render(PromptLine(text: text, cursor: 100))
    #expect(try #require(middleCursor) == (78, 22))
    let shown = String(Array(text)[33..<101])
    #expect(Self.columns(middle, from: 10, count: 70) == "…" + shown + "…")
    #expect(Self.columns(middle, from: 78, count: 1) == String(Array(text)[100]))
  }

  @Test func theCursorIsOnTheLastRowWithoutAFooter() throws {
    let layout = Layout()
    let screen = layout.render(
      session: Session(), pane: nil, prompt: PromptLine(text: "lr"), footer: nil, width: 100,
      height: 30)
    #expect(try #require(screen.cursor) == (12, 29))
  }
}
