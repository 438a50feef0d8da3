import Descent
import Testing

@testable import Tutor

/// Commands answer with typed events; the one formatter turns them into text. The numbers
/// are the course's example 1 worked by hand: X = 1…5, Y = 150·X, m = c = 0, rate 0.01.
@Suite struct SessionEventTests {
  @Test func oneEpochIsTrainedThenTheLineMovesAsTheCourseComputesIt() {
    var session = Session()
    let response = session.apply(line: "step")
    // loss = mean(Y²) = 22500 · 11; D_m = -2/5 · Σ X·Y = -3300, D_c = -2/5 · Σ Y = -900.
    #expect(
      response.events == [
        .trained(epochs: 1...1, from: 247_500, to: 247_500),
        .parameters(.line(slope: 33, intercept: 9, names: .course)),
      ])
    #expect(response.failure == nil)
    #expect(response.lines == ["epoch 1: loss 247500 before the update", "m = 33, c = 9"])
  }

  @Test func aSettingChangeSaysHowTheRunGoesOn() {
    var session = Session()
    #expect(
      session.apply(line: "lr 0.05").events == [
        .settingChanged(.learningRate(0.05), start: .over)
      ])
    session.apply(line: "step 5")
    #expect(session.apply(line: "branch").events == [.branched(epoch: 5)])
    let branched = session.apply(line: "lr 0.02")
    #expect(
      branched.events == [.settingChanged(.learningRate(0.02), start: .continuing(fromEpoch: 5))])
    #expect(
      branched.lines == [
        "learning rate 0.02; continuing from the parameters of epoch 5 (the old curve is kept)"
      ])
    #expect(session.apply(line: "lr").events == [.setting(.learningRate(0.02))])
  }

  @Test func divergenceIsAnEventNotASentence() throws {
    var session = Session()
    session.apply(line: "lr 0.1")
    let response = session.apply(line: "step 100")
    guard case .trained(let epochs, _, _) = response.events.first,
      case .diverged(let divergence) = response.events.last
    else {
      Issue.record("expected training then a divergence: \(response.events)")
      return
    }
    #expect(epochs == 1...24)
    #expect(divergence.epoch == 24)
    #expect(session.apply(line: "step").events == [.stopped(divergence)])
    #expect(session.apply(line: "play").events == [.cannotPlay(stoppedAt: 24)])
  }

  @Test func aBadValueFailsAtItsColumnWithNoEvents() {
    var session = Session()
    let response = session.apply(line: "lr fast")
    #expect(response.events.isEmpty)
    #expect(response.failure?.column == 4)
    #expect(session.failure == response.failure)
    #expect(response.lines.count == 1 && response.lines[0].hasPrefix("lr fast\n   ^"))
  }

  @Test func aFunctionStepsFromItsStartByItsGradient() throws {
    var session = Session()
    #expect(
      session.apply(line: "model function (x - 3)^2").events == [
        .minimizing(source: "(x - 3)^2", .point(variables: ["x"], at: [0], f: 9))
      ])
    let response = session.apply(line: "step")
    // f'(0) = 2·(0 − 3) = −6, so x = 0 − 0.01·(−6).
    let x = 0 - 0.01 * -6.0
    guard case .stepped(let steps, let from, let to) = response.events.first,
      case .parameters(.point(let names, let point, let f)) = response.events.last
    else {
      Issue.record("expected a step and the point: \(response.events)")
      return
    }
    #expect(steps == 1...1 && from == 9 && to == 9)
    #expect(names == ["x"] && point == [x])
    #expect(abs(f - (x - 3) * (x - 3)) < 1e-12)
    #expect(
      session.apply(line: "x = 1").events.first
        == .movedStart(name: "x", value: .number(1), .point(variables: ["x"], at: [1], f: 4)))
  }

  @Test func anAssignmentToAParameterMovesTheModel() {
    var session = Session()
    let response = session.apply(line: "m = 150")
    // At m = 150, c = 0 the line passes through every house: the loss is 0.
    #expect(
      response.events == [.modelMoved(.line(slope: 150, intercept: 0, names: .course), loss: 0)])
    #expect(session.workspace.scratchpad.variables["m"] == nil)
  }

  @Test func theFormatterWritesEachEventsSentence() {
    let cases: [(SessionEvent, [String])] = [
      (.stepOpened(index: 1, count: 9, title: "Loss", forwards: true), ["step 2 of 9: Loss"]),
      (.stepOpened(index: 1, count: 9, title: "Loss", forwards: false), ["back to step 2 of 9"]),
      (
        .hint(index: 1, count: 2, text: "Square it.", wasLast: true),
        ["hint 2 of 2: Square it.", "that was the last hint"]
      ),
      (
        .missed(block: "q", .fail("not yet"), advice: .tryAgain(hasHints: true)),
        ["✗ not yet", "try again, or type hint"]
      ),
      (
        .closed(block: "q", .pass("right", "because"), explanation: "Why.", next: .lastStep),
        ["✓ right", "  because", "Why.", "that was the last step: type next to finish the lesson"]
      ),
      (.paused(.steady), ["the loss stopped changing; paused"]),
      (
        .settingChanged(.batchSize(0), start: .over),
        ["batches of every row; the run starts over at epoch 0"]
      ),
      (.setting(.rows(training: 4, validation: 1)), ["training on 4 rows, validating on 1"]),
      (
        .parameters(
          .layers([NamedParameter(name: "w", shape: [7], values: [1, 2, 3, 4, 5, 6, 7])])),
        ["w = [1, 2, 3, 4, 5, 6, …]"]
      ),
      (.ran(line: "step", events: [.viewChanged(.loss)], failure: nil), ["  view loss"]),
      (.stepRan(line: "view loss", events: [.viewChanged(.loss)], failure: nil), []),
      (.progressNotSaved("disk full"), ["(progress not saved: disk full)"]),
    ]
    for (event, lines) in cases {
      #expect(event.lines == lines, "\(event)")
    }
  }

  @Test func theLastProgressOfAResponseIsTheOneToSave() {
    let first = LessonProgress(lessonID: "a", started: 1)
    var second = first
    second.stepID = "two"
    let response = Response(effects: [.saveProgress(first), .saveProgress(second)])
    #expect(response.progressToSave == second)
    #expect(Response().progressToSave == nil)
  }
}
