import Foundation
import TermPlot
import TestSupport
import Testing

@testable import Tutor

/// The status line counts a function's descent in steps: it has no data, so no epochs.
@Suite struct StatusLineTests {
  static func parts(_ session: Session) -> [String] {
    StatusLine(style: Layout().style).statusParts(session: session, pane: nil, hidden: [])
      .map(\.text)
  }

  /// Issue 14: `the-valley`'s status line called function-descent steps "epoch".
  @Test func aFunctionsDescentIsCountedInSteps() {
    var session = Session()
    session.apply(line: "model function (x - 3)^2")
    session.apply(line: "lr 0.1")
    #expect(Self.parts(session) == ["downhill", "0 steps", "f 9", "lr 0.1"])
    session.apply(line: "step")
    // x ← x - 0.1·2(x - 3) takes 0 to 0.6: f = 2.4² = 5.76.
    #expect(Self.parts(session) == ["downhill", "1 step", "f 5.76", "lr 0.1"])
    session.apply(line: "step 2")
    // Each step keeps 0.8 of the distance to 3: 3·0.8³ = 1.536, f = 2.359296.
    #expect(Self.parts(session) == ["downhill", "3 steps", "f 2.359296", "lr 0.1"])
  }

  @Test func aModelsTrainingIsCountedInEpochs() {
    var session = Session()
    session.apply(line: "step")
    #expect(Self.parts(session) == ["downhill", "epoch 1", "loss 144342", "lr 0.01", "gd"])
  }

  /// The status line as drawn `width` columns wide.
  static func drawn(_ session: Session, width: Int) -> String {
    var frame = Frame(width: width, height: 1)
    StatusLine(style: Layout(style: ChartStyle(tier: .ascii)).style).draw(
      session: session, pane: session.lessonPane, into: &frame,
      in: Rect(x: 0, y: 0, width: width, height: 1))
    return frame.plainText.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// A diverged run in a lesson with a long title still shows its rate and optimizer at 80
  /// columns: the title gives way, then the divergence's wording.
  @Test func theRateAndTheOptimizerOutlastTheTitle() throws {
    let library = LessonLibrary(directory: RepositoryPaths.lessons)
    let file = try library.resolve("linear-regression")
    var session = try Session.opening(
      try library.load(file), loader: library.loader(forLessonAt: file))
    session.apply(line: "lr 1")
    session.apply(line: "step 30")
    #expect(session.run.trainer.divergence != nil)
    let epoch = session.run.trainer.epoch
    let loss = session.run.trainer.currentLoss().formatted(significantDigits: 6)
    let wide = Self.drawn(session, width: 160)
    #expect(wide.hasPrefix("Linear regression, one epoch at a time | step 1/9 | epoch \(epoch)"))
    #expect(wide.hasSuffix("diverged at epoch \(epoch) | lr 1 | gd"))
    let narrow = Self.drawn(session, width: 80)
    #expect(narrow.hasSuffix("| step 1/9 | epoch \(epoch) | loss \(loss) | diverged | lr 1 | gd"), "\(narrow)")
    #expect(narrow.hasPrefix("Lin"), "\(narrow)")
  }
}
