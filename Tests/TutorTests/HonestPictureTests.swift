import Testing

@testable import TermPlot
@testable import Tutor

/// The session's pictures as a student reads them: a loss axis that does not flip while
/// stepping, views that apply, a start marked apart from the point now.
@Suite struct HonestPictureTests {
  @Test func theLossAxisTurnsLogOnceAndStaysSoUntilReset() {
    var session = Session()
    session.apply(line: "lr 0.05")
    // Epoch 1 alone: one loss, nothing to compare.
    session.apply(line: "step")
    #expect(!session.run.lossAxisIsLogarithmic)
    // By epoch 15 the loss fell from 247,500 to 168: log from then on.
    session.apply(line: "step 14")
    #expect(session.run.lossAxisIsLogarithmic)
    #expect(Pictures(session.workspace).lossChart(style: ChartStyle()).scale == .logarithmic)
    // Rewinding to epoch 1 keeps the axis, so stepping back and forth never flips it.
    session.apply(line: "rewind 14")
    #expect(session.run.epoch == 1)
    #expect(session.run.lossAxisIsLogarithmic)
    // A reset, or a change of settings, starts over.
    session.apply(line: "reset")
    #expect(!session.run.lossAxisIsLogarithmic)
    session.apply(line: "step 15")
    #expect(session.run.lossAxisIsLogarithmic)
    session.apply(line: "lr 0.01")
    #expect(!session.run.lossAxisIsLogarithmic)
    #expect(Pictures(session.workspace).lossChart(style: ChartStyle()).scale == nil)
  }

  @Test func aFunctionsStartIsMarkedApartFromItsPointNow() {
    var session = Session()
    session.apply(line: "model function (x - 3)^2")
    session.apply(line: "step 5")
    let text = Pictures(session.workspace).render(.fit, width: 60, height: 16).plainText
    #expect(text.contains("○ start"), "\(text)")
    #expect(text.contains("● now"), "\(text)")
    #expect(text.filter { $0 == "●" }.count == 2, "the point and its legend: \(text)")
    #expect(text.filter { $0 == "○" }.count == 2, "the start and its legend: \(text)")
  }

  @Test func viewsThatDoNotApplyAreNamedWithTheirStandIn() {
    var session = Session()
    session.apply(line: "data xor")
    session.apply(line: "model logistic")
    let pictures = Pictures(session.workspace)
    // XOR has two features: no fit line and no (m, c) landscape; a classifier's boundary.
    #expect(!pictures.applies(.fit))
    #expect(!pictures.applies(.landscape))
    #expect(pictures.applies(.boundary))
    #expect(pictures.standIn(for: .fit).view == .boundary)
    #expect(pictures.standIn(for: .fit).reason == "no fit line: two features")
    #expect(pictures.standIn(for: .landscape).view == .loss)
    #expect(pictures.standIn(for: .landscape).reason == "no landscape: more than two parameters")
    #expect(pictures.standIn(for: .graph).view == .graph)
    // No figure yet: the data's own picture, which here is the boundary, not a fit line.
    #expect(pictures.standIn(for: .figure).view == .boundary)
    #expect(pictures.standIn(for: .figure).reason == "no figure shown yet")
  }
}
