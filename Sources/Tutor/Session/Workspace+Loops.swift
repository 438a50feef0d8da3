import Descent
import Python

/// A student's loop held between passes on a screen, so that it can be stepped, played
/// and rewound like the built-in trainer.
///
/// The interpreter cannot be stopped inside a pass and resumed later, so a paused loop is
/// its cell and the session as it was before the cell ran: going to pass k runs the cell
/// again from there until its k-th pass that moved the model. The cell is deterministic
/// (no clock, no files, `np.random` seeded and copied with the interpreter), so the run
/// reaches the same numbers each time, and pass k−1 is as easy to reach as pass k+1.
struct PausedLoop: Sendable {
  /// The cell typed.
  let source: String
  /// The run and the student's names before it ran.
  let run: Run
  let scratchpad: Scratchpad
  /// Passes run so far.
  var passes: Int
  /// Printed lines and figures already shown, not shown again by a replay.
  var shownOutputs: Int
}

extension Workspace {
  /// Runs a cell that may hold a loop: on a screen (`stepsLoops`) its loop plays pass by
  /// pass at the chosen speed, as training does, and can be paused, stepped and rewound.
  /// A loop still held is first run to its end, so the cell sees what the loop left.
  mutating func runCell(_ source: String, stepsLoops: Bool) -> Response {
    let finished = finishLoop()
    // Kept only for a cell that can pause: holding the scratchpad makes the cell copy the
    // student's names, which costs as much as they are many.
    let pauses = stepsLoops && (try? PythonParser.parse(source))?.hasModuleLevelLoop == true
    let before = pauses ? (run: run, scratchpad: scratchpad) : nil
    var response = runPython(source, epochLimit: pauses ? 1 : nil)
    response.events = finished + response.events
    if let before,
      response.events.contains(where: { if case .loopPaused = $0 { true } else { false } })
    {
      pausedLoop = PausedLoop(
        source: source, run: before.run, scratchpad: before.scratchpad, passes: 1,
        shownOutputs: Self.outputCount(response.events))
      isPlaying = true
      response.events = response.events.filter {
        if case .loopPaused = $0 { false } else { true }
      } + [.playing(speed: speed)]
    }
    return response
  }

  /// Runs a held loop to its end: what it did from the pass shown on.
  mutating func finishLoop() -> [SessionEvent] {
    guard pausedLoop != nil else { return [] }
    isPlaying = false
    return moveLoop(to: nil).events
  }

  /// Takes the paused loop to pass `target` (0 is before its first): what is new since the
  /// pass shown, and whether the loop has ended.
  mutating func moveLoop(to target: Int?) -> (events: [SessionEvent], ended: Bool) {
    guard var paused = pausedLoop else { return ([], true) }
    run = paused.run
    scratchpad = paused.scratchpad
    guard target.map({ $0 > 0 }) ?? true else {
      paused.passes = 0
      paused.shownOutputs = 0
      pausedLoop = paused
      return ([.rewound(epoch: run.epoch, run.snapshot), .loopPaused(passes: 0)], false)
    }
    let cell = scratchpad.runPython(paused.source, on: &run, epochLimit: target)
    for event in cell.events {
      if case .showedFigure(let shown) = event {
        figure = shown
        view = .figure
      }
    }
    // Only what this pass added: earlier output was shown when its pass ran.
    var events: [SessionEvent] = []
    var outputs = 0
    for event in cell.events {
      switch event {
      case .printed(let lines):
        let fresh = lines.dropFirst(Swift.max(0, paused.shownOutputs - outputs))
        outputs += lines.count
        if !fresh.isEmpty { events.append(.printed(Array(fresh))) }
      case .showedFigure:
        outputs += 1
        if outputs > paused.shownOutputs { events.append(event) }
      case .hidesSessionName: break
      case .trainedByLoop where cell.paused: break
      default: events.append(event)
      }
    }
    if let failure = cell.failure {
      pausedLoop = nil
      return (events + [.report([failure.rendered])], true)
    }
    guard cell.paused else {
      pausedLoop = nil
      run.noteRoute(paused.source)
      return (events, true)
    }
    paused.passes = cell.epochsRun
    paused.shownOutputs = Swift.max(paused.shownOutputs, outputs)
    pausedLoop = paused
    return (events, false)
  }

  /// Printed lines and figures among `events`.
  static func outputCount(_ events: [SessionEvent]) -> Int {
    events.reduce(0) { count, event in
      switch event {
      case .printed(let lines): return count + lines.count
      case .showedFigure: return count + 1
      default: return count
      }
    }
  }
}
