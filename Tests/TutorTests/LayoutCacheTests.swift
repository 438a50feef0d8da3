import TermPlot
import Testing

@testable import Tutor

/// The layout keeps landscape and boundary surfaces while what they depend on stays the
/// same, and a screen drawn from kept surfaces is the screen drawn afresh.
@Suite struct LayoutCacheTests {
  static let pane = LessonPane(
    lessonTitle: "Fitting a line", stepIndex: 0, stepCount: 3, stepTitle: "Downhill",
    paragraphs: ["Watch the path."], views: [.fit, .loss, .landscape])

  /// The screen of `session` at 120×40 from `layout`.
  static func screen(_ layout: Layout, _ session: Session, pane: LessonPane? = pane) -> Frame {
    layout.render(
      session: session, pane: pane, prompt: PromptLine(text: "step"), footer: nil,
      width: 120, height: 40
    ).frame
  }

  @Test func aRedrawAfterAnEpochReusesTheSurfaceAndMatchesAFreshDraw() {
    var session = Session()
    session.apply(line: "step 30")
    let layout = Layout()
    _ = Self.screen(layout, session)
    #expect(layout.surfaces.misses == 1)
    session.apply(line: "step")
    let cached = Self.screen(layout, session)
    #expect(layout.surfaces.hits == 1)
    #expect(layout.surfaces.misses == 1)
    // Styles included: the whole frame is the same as a new layout's.
    #expect(cached == Self.screen(Layout(), session))
  }

  @Test func steadyRangesKeepTheSurfaceForMostEpochs() {
    var session = Session()
    session.apply(line: "step 100")
    let layout = Layout()
    for _ in 0..<200 {
      session.apply(line: "step")
      _ = Self.screen(layout, session)
    }
    // The first draw only: the frame takes in the minimum the path heads for, so the
    // path stays inside it.
    #expect(layout.surfaces.misses == 1)
    #expect(layout.surfaces.hits == 199)
  }

  @Test func theSurfaceIsSampledAgainWhenWhatItShowsChanges() {
    var session = Session()
    session.apply(line: "step 30")
    let layout = Layout()
    _ = Self.screen(layout, session)
    // Other data: another loss over (m, c).
    session.apply(line: "data squares")
    let changed = Self.screen(layout, session)
    #expect(layout.surfaces.misses == 2)
    #expect(changed == Self.screen(Layout(), session))
    // Another size samples at other dots.
    _ =
      layout.render(
        session: session, pane: Self.pane, prompt: PromptLine(), footer: nil, width: 130,
        height: 40
      ).frame
    #expect(layout.surfaces.misses == 3)
  }

  @Test func aPathLeavingTheRangeWidensItAndSamplesAgain() {
    var session = Session()
    let layout = Layout()
    _ = Self.screen(layout, session)
    // The first epoch moves from (0, 0) to (33, 9), far outside the range around (0, 0).
    session.apply(line: "step")
    let moved = Self.screen(layout, session)
    #expect(layout.surfaces.misses == 2)
    #expect(moved == Self.screen(Layout(), session))
  }

  @Test func aFunctionsLandscapeIsKeptAcrossSteps() {
    var session = Session()
    session.apply(line: "model function (1 - x)^2 + 100*(y - x^2)^2")
    session.apply(line: "lr 0.001")
    session.apply(line: "view landscape")
    session.apply(line: "step 20")
    let layout = Layout()
    _ = Self.screen(layout, session, pane: nil)
    session.apply(line: "step")
    let cached = Self.screen(layout, session, pane: nil)
    #expect(layout.surfaces.hits == 1)
    #expect(cached == Self.screen(Layout(), session, pane: nil))
  }

  @Test func aBoundaryIsKeptWhileNothingTrainsAndRedrawnAfterAnEpoch() {
    var session = Session()
    session.apply(line: "data blobs")
    session.apply(line: "model logistic")
    session.apply(line: "view boundary")
    session.apply(line: "step 5")
    let layout = Layout()
    _ = Self.screen(layout, session, pane: nil)
    session.apply(line: "show params")
    _ = Self.screen(layout, session, pane: nil)
    #expect(layout.surfaces.hits == 1)
    session.apply(line: "step")
    let trained = Self.screen(layout, session, pane: nil)
    #expect(layout.surfaces.misses == 2)
    #expect(trained == Self.screen(Layout(), session, pane: nil))
    #expect(trained.plainText.contains("decision boundary"))
  }

  @Test func aChartIgnoresASurfaceSampledForAnotherSize() {
    var session = Session()
    session.apply(line: "step 10")
    guard
      let (chart, _) = Pictures(session.workspace).landscape(
        style: ChartStyle(), steadyRanges: true)
    else {
      Issue.record("a line on houses has a landscape")
      return
    }
    let rect = Rect(x: 0, y: 0, width: 70, height: 20)
    var fresh = Frame(width: 70, height: 20)
    fresh.draw(chart, in: rect)
    var reused = chart
    reused.surface = chart.surface(in: rect)
    var fromSurface = Frame(width: 70, height: 20)
    fromSurface.draw(reused, in: rect)
    #expect(fromSurface == fresh)
    reused.surface = chart.surface(in: Rect(x: 0, y: 0, width: 50, height: 20))
    var fromOther = Frame(width: 70, height: 20)
    fromOther.draw(reused, in: rect)
    #expect(fromOther == fresh)
  }

  @Test func steadyRangesCoverTheTightOnesAndStayWhileAPathGrowsALittle() {
    let tight = 3.2...47.9
    let steady = Pictures.steady(tight)
    #expect(steady == 0...50)
    #expect(Pictures.steady(3.3...48.6) == steady)
    #expect(Pictures.steady(-0.05...0.05) == -0.06...0.06)
    #expect(Pictures.steady(1...1) == 1...1)
  }
}
