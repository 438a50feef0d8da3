import TermPlot
import TestSupport
import Testing

@testable import Tutor

/// Whole screens as the curses front and `downhill play` show them, checked as goldens.
@Suite struct LayoutScreenTests {
  /// A session after `step 10`, with the commands in its transcript.
  static func trainedSession(view: String? = nil) -> Session {
    var session = Session()
    session.apply(line: "step 10")
    if let view { session.apply(line: "view \(view)") }
    return session
  }

  /// A lesson step showing three views, with a question, an open goal and feedback.
  static let lessonPane = LessonPane(
    lessonTitle: "Fitting a line", stepIndex: 2, stepCount: 7,
    stepTitle: "Walking downhill",
    paragraphs: [
      "Each epoch moves m and c a little against the gradient. After 10 epochs the line is "
        + "y = 148.2·x + 41.4 and the loss has fallen from 247500 to 58.4.",
      "The landscape on the right shows the loss for every (m, c); the path is where "
        + "descent has been.",
    ],
    goal: "reach loss < 1 within 200 epochs",
    question: ["Which way does the path bend, and why?"],
    feedback: ["Not yet: the loss is 58.4 after 10 epochs."],
    views: [.fit, .loss, .landscape])

  static let footer = "space: one epoch · p: play · ?: help · q: quit"

  @Test(arguments: [(80, 24), (120, 40)])
  func plainSessionAfterTenEpochs(width: Int, height: Int) {
    let layout = Layout()
    let frame = layout.render(
      session: Self.trainedSession(), pane: nil, prompt: PromptLine(), footer: Self.footer,
      width: width, height: height
    ).frame
    Golden.check(frame.plainText, named: "layout-plain-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func plainSessionShowingTheLandscape(width: Int, height: Int) {
    let layout = Layout()
    let frame = layout.render(
      session: Self.trainedSession(view: "landscape"), pane: nil,
      prompt: PromptLine(text: "step"), footer: nil, width: width, height: height
    ).frame
    Golden.check(frame.plainText, named: "layout-landscape-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func lessonWithThreeViewsAGoalAndFeedback(width: Int, height: Int) {
    let layout = Layout()
    let frame = layout.render(
      session: Self.trainedSession(), pane: Self.lessonPane, prompt: PromptLine(text: "step"),
      footer: Self.footer, width: width, height: height
    ).frame
    Golden.check(frame.plainText, named: "layout-lesson-\(width)x\(height)")
  }

  @Test func lessonInASCIIAndMonochrome() {
    let layout = Layout(style: ChartStyle(theme: .monochrome, tier: .ascii))
    let frame = layout.render(
      session: Self.trainedSession(), pane: Self.lessonPane, prompt: PromptLine(text: "step"),
      footer: "q: quit", width: 120, height: 40
    ).frame
    Golden.check(frame.plainText, named: "layout-lesson-ascii-120x40")
    // Only the lesson's text ("·") and the session's output ("–", "→") are not ASCII: the
    // layout's own rules, markers and notes are.
    let others = frame.plainText.unicodeScalars.filter { !$0.isASCII }.map { String($0) }
    #expect(Set(others) == ["·", "–", "→"])
  }

  /// Prose with the course's formulas and a list: a formula moves whole to the next row, a
  /// list item's rows hang under its text, and no row starts with a lone minus.
  static let formulaPane = LessonPane(
    lessonTitle: "Linear regression, one epoch at a time", stepIndex: 8, stepCount: 9,
    stepTitle: "Summary",
    paragraphs: [
      "Average that over the n houses: D_m = (-2/n) * sum(X * (Y - Y_pred)). D_c is the same "
        + "without the X.",
      "- The gradient you wrote: D_m = (-2/n) * sum(X * (Y - Y_pred)), "
        + "D_c = (-2/n) * sum(Y - Y_pred).",
      "- The update: m = m - L*D_m, c = c - L*D_c, once an epoch.",
      "Write the gradient out in full inside each update: "
        + "m = m - L * ((-2/n) * sum(X * (Y - Y_pred))), and the same for c.",
    ],
    views: [.fit])

  @Test(arguments: [(100, 30), (80, 24)])
  func lessonProseKeepsFormulasAndListItemsWhole(width: Int, height: Int) {
    let frame = Layout().render(
      session: Self.trainedSession(), pane: Self.formulaPane, prompt: PromptLine(),
      footer: nil, width: width, height: height
    ).frame
    Golden.check(frame.plainText, named: "layout-formulas-\(width)x\(height)")
    for line in frame.plainText.split(separator: "\n") {
      let pane = line.prefix(width >= 100 ? 40 : width).dropFirst()
      #expect(!pane.hasPrefix("- L") && !pane.hasPrefix("  - "), "\(line)")
    }
  }

  @Test func tooSmallAWindowGetsANoteWithBothSizes() {
    let layout = Layout()
    let screen = layout.render(
      session: Session(), pane: Self.lessonPane, prompt: PromptLine(), footer: nil, width: 40,
      height: 10)
    let frame = screen.frame
    Golden.check(frame.plainText, named: "layout-too-small-40x10")
    #expect(frame.plainText.contains("40×10"))
    #expect(frame.plainText.contains("60×20"))
    #expect(screen.cursor == nil)
  }

  @Test func aLongPromptScrollsToKeepTheCursorInView() {
    let layout = Layout()
    let text =
      "D_m = (-2/n) * sum(X * (Y - Y_pred)) + 0 * sum(X * X) + 0 * sum(Y * Y) "
      + "+ 0 * sum(Y_pred * Y_pred)"
    let frame = layout.render(
      session: Self.trainedSession(), pane: nil, prompt: PromptLine(text: text), footer: nil,
      width: 80, height: 24
    ).frame
    Golden.check(frame.plainText, named: "layout-long-prompt-80x24")
  }
}
