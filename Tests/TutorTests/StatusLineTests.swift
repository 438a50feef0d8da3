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
}
