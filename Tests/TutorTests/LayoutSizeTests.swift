import TermPlot
import Testing

@testable import Tutor

/// Every terminal size renders: the frame has exactly that size, the cursor lies inside it,
/// text never leaks a control character, and too-small sizes get the note.
@Suite struct LayoutSizeTests {
  /// A lesson screen with everything that can overflow: long prose with wide characters
  /// and an escape sequence, a long transcript, a long prompt and footer.
  static func busyScreen() -> (Session, LessonPane, PromptLine) {
    var session = Session()
    session.apply(line: "step 20")
    session.apply(line: "show data")
    session.apply(line: "no such command \u{1B}[31m")
    session.apply(line: "step 5")
    let pane = LessonPane(
      lessonTitle: "Fitting a line, with a title long enough to be shortened \u{1B}]0;x\u{7}",
      stepIndex: 0, stepCount: 12, stepTitle: "Gradients 勾配 🚀 and a long step title",
      paragraphs: [
        String(repeating: "Prose with 全角 characters and words that wrap. ", count: 12),
        "A \u{1B}[2J paragraph with an escape, and averyveryverylongwordthatcannotbreakanywhere"
          + "atallbecauseithasnospaces.",
      ],
      goal: "reach loss < 1 within 200 epochs, which needs a larger learning rate",
      question: ["What is D_m after one epoch?", "Type it as an expression."],
      feedback: ["Close, but not quite:", "you used + where the course uses -."],
      views: [.fit, .loss, .landscape])
    let prompt = PromptLine(
      text: String(repeating: "D_m = (-2/n) * sum(X * (Y - Y_pred)) ", count: 4), cursor: 50)
    return (session, pane, prompt)
  }

  /// Checks one render of `width` × `height`.
  static func check(
    _ layout: Layout, _ session: Session, _ pane: LessonPane?, _ prompt: PromptLine,
    width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let screen = layout.render(
      session: session, pane: pane, prompt: prompt, footer: "q: quit · ?: help", width: width,
      height: height)
    let frame = screen.frame
    #expect(frame.width == max(0, width), sourceLocation: sourceLocation)
    #expect(frame.height == max(0, height), sourceLocation: sourceLocation)
    let isFull = width >= Layout.minimumWidth && height >= Layout.minimumHeight
    if let cursor = screen.cursor {
      #expect(isFull, sourceLocation: sourceLocation)
      #expect(
        cursor.x >= 0 && cursor.x < width && cursor.y >= 0 && cursor.y < height,
        "cursor \(cursor) outside \(width)×\(height)", sourceLocation: sourceLocation)
    } else {
      #expect(!isFull, "no cursor at \(width)×\(height)", sourceLocation: sourceLocation)
    }
    let leaks = frame.cells.contains { cell in
      cell.character.unicodeScalars.contains {
        $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0)
      }
    }
    #expect(!leaks, "a control character at \(width)×\(height)", sourceLocation: sourceLocation)
  }

  @Test func everySmallWidthAndHeightRenders() {
    let (session, pane, prompt) = Self.busyScreen()
    let layout = Layout()
    for width in [-1, 0] + Array(1...130) {
      for height in [0, 1, 2, 3, 5, 9, 10, 19, 20, 21, 24, 31, 40] {
        Self.check(layout, session, pane, prompt, width: width, height: height)
      }
    }
  }

  @Test func heightsUpToTwoHundredRender() {
    let (session, pane, prompt) = Self.busyScreen()
    let layout = Layout()
    // Every height where the arrangement changes, then a sample (tall screens are slow to
    // draw in a debug build); 400 columns are in `largeScreensRenderInEveryStyle`.
    let heights = Array(1...48) + Array(stride(from: 52, through: 200, by: 12)) + [199, 200]
    for height in heights {
      for width in [1, 59, 60, 61, 99, 100, 160] {
        Self.check(layout, session, pane, prompt, width: width, height: height)
      }
    }
  }

  @Test func largeScreensRenderInEveryStyle() {
    let (session, pane, prompt) = Self.busyScreen()
    for style in [
      ChartStyle(), ChartStyle(theme: .monochrome, tier: .ascii),
      ChartStyle(theme: .highContrast, tier: .halfBlock),
    ] {
      let layout = Layout(style: style)
      for (width, height) in [(400, 200), (399, 199), (250, 60), (200, 200), (400, 20)] {
        Self.check(layout, session, pane, prompt, width: width, height: height)
        Self.check(layout, session, nil, PromptLine(), width: width, height: height)
      }
    }
  }

  @Test func aFortyByTenWindowGetsTheNote() {
    let layout = Layout()
    let screen = layout.render(
      session: Session(), pane: nil, prompt: PromptLine(), footer: nil, width: 40, height: 10)
    #expect(screen.frame.plainText.contains("Please make the window larger."))
    #expect(screen.cursor == nil)
    for (width, height) in [(59, 40), (200, 19), (1, 1)] {
      let small = layout.render(
        session: Session(), pane: nil, prompt: PromptLine(), footer: nil, width: width,
        height: height)
      #expect(small.cursor == nil)
    }
  }
}
