import Descent
import Python

/// What a student works on, with or without a lesson: the run, their variables, what the
/// picture shows and whether it plays. It carries out every command but the lesson's.
public struct Workspace: Sendable {
  /// The data, the settings and what descends.
  public internal(set) var run: Run
  /// The student's variables.
  public internal(set) var scratchpad = Scratchpad()
  /// What the picture shows.
  public internal(set) var view: View = .fit
  /// Whether training is animating.
  public internal(set) var isPlaying = false
  /// Epochs a second while playing.
  public internal(set) var speed: Double = 10
  /// Set by `quit`.
  public internal(set) var isFinished = false
  /// The last figure the student's Python showed (`plt.show()`), for the figure view.
  public internal(set) var figure: Figure?
  /// A student's loop paused between passes, on a screen.
  var pausedLoop: PausedLoop?
  /// Whether a cell's loop stops after its first pass to be stepped (a screen), rather than
  /// running to its end (line mode, lessons' own commands, checks).
  public internal(set) var stepsLoops = false
  /// The graph being stepped through by `backstep`, if any.
  var graphState: GraphState?

  /// A workspace on `run`.
  init(run: Run) {
    self.run = run
  }

  /// Carries out one command that is not a lesson's.
  ///
  /// The backward pass stepped through with `backstep` is kept until `reset` or a change
  /// to what its graph was built from (the data, the settings, the parameters, the
  /// function).
  mutating func perform(_ command: Command) -> Response {
    let before = graphState.map { _ in run.graphInputs }
    var response: Response
    switch command {
    case .expression(let source), .set(_, let source):
      var text = source
      if case .set(let name, let expression) = command { text = "\(name) = \(expression)" }
      response = runCell(text, stepsLoops: stepsLoops)
    case .step(let passes) where pausedLoop != nil:
      response = Response(moveLoop(to: (pausedLoop?.passes ?? 0) + passes).events)
    case .rewind(let passes) where pausedLoop != nil:
      response = Response(moveLoop(to: Swift.max(0, (pausedLoop?.passes ?? 0) - passes)).events)
    case .play where pausedLoop != nil:
      isPlaying = true
      response = Response([.playing(speed: speed)])
    case .pause, .speed, .view, .show, .help, .quit:
      response = performCommand(command)
    default:
      // Anything else runs a held loop to its end first, as the loop would have.
      let finished = finishLoop()
      response = performCommand(command)
      response.events = finished + response.events
    }
    if let before, run.graphInputs != before { graphState = nil }
    if case .reset = command { graphState = nil }
    return response
  }

  /// Runs a cell of the student's Python; a figure it shows becomes the picture.
  mutating func runPython(_ source: String, epochLimit: Int? = nil) -> Response {
    let cell = scratchpad.runPython(source, on: &run, epochLimit: epochLimit)
    for event in cell.events {
      if case .showedFigure(let shown) = event {
        figure = shown
        view = .figure
      }
    }
    let moved = cell.events.contains { event in
      switch event {
      case .trainedByLoop, .modelMoved, .movedStart, .settingChanged: return true
      default: return false
      }
    }
    if moved || cell.epochsRun > 0 { run.noteRoute(source) }
    return Response(cell.events, failure: cell.failure)
  }

  private mutating func performCommand(_ command: Command) -> Response {
    let response: Response
    do {
      let events = try carryOut(command)
      if Self.shapesRun(command, events) { run.noteRoute(command.text) }
      response = Response(events)
    } catch {
      response = Response(failure: error)
    }
    return response
  }

  private mutating func carryOut(_ command: Command) throws(CommandFailure) -> [SessionEvent] {
    switch command {
    case .step(let epochs):
      try run.charge(epochs: epochs)
      return run.step(epochs)
    case .play:
      if run.function == nil, let divergence = run.trainer.divergence {
        return [.cannotPlay(stoppedAt: divergence.epoch)]
      }
      // A burst in line mode (the only play a budgeted session runs) is at most 1000.
      try run.charge(epochs: 1000)
      isPlaying = true
      return [.playing(speed: speed)]
    case .pause:
      isPlaying = false
      return [.paused(.stopped(epoch: run.trainer.epoch))]
    case .speed(let value):
      speed = value
      return [.speedChanged(value)]
    case .reset: return run.reset()
    case .solve: return try run.solve()
    case .learningRate(let rate): return try run.setLearningRate(rate)
    case .optimizer(let kind): return try run.setOptimizer(kind)
    case .batch(let size): return try run.setBatch(size)
    case .model(let choice):
      try run.admit(choice)
      let events = try run.setModel(choice)
      if let function = run.function, case .function = choice {
        view = function.variables.count == 2 ? .landscape : .fit
      }
      return events
    case .data(let name): return try run.setData(name)
    case .split(let fraction): return try run.setSplit(fraction)
    case .normalize(let kind): return try run.setNormalization(kind)
    case .lossFunction(let loss): return try run.setLoss(loss)
    case .set, .expression:
      // Python, run by `perform`.
      return []
    case .show(let topic): return [.report(RunReport(run: run).lines(topic))]
    case .view(let view):
      self.view = view
      return [.viewChanged(view)]
    case .backstep: return backstep()
    case .compareRates(let rates):
      try run.charge(epochs: Comparison.epochs(for: run), runs: rates.count)
      let events = run.show(try Comparison.of(run, rates: rates))
      view = .loss
      return events
    case .compareOptimizers(let kinds):
      try run.charge(epochs: Comparison.epochs(for: run), runs: kinds.count)
      let events = run.show(try Comparison.of(run, optimizers: kinds))
      view = .loss
      return events
    case .rewind(let epochs): return run.rewind(epochs)
    case .branch: return run.branch()
    case .help(let topic): return [.report(Command.helpLines(topic))]
    case .quit:
      isFinished = true
      isPlaying = false
      return [.finished]
    case .check, .answer, .hint, .reveal, .skip, .next, .back, .lessons:
      return [.lessonNotice(.noLesson(listing: command == .lessons))]
    }
  }

  /// Whether a command that worked changed the run or a variable a later one may read (its
  /// steps are noted as they run).
  private static func shapesRun(_ command: Command, _ events: [SessionEvent]) -> Bool {
    switch command {
    case .reset, .solve, .model, .data, .normalize, .lossFunction, .rewind, .branch:
      return true
    case .learningRate(let rate): return rate != nil
    case .optimizer(let kind): return kind != nil
    case .batch(let size): return size != nil
    case .split(let fraction): return fraction != nil
    case .set, .expression:
      return events.contains { event in
        switch event {
        case .assigned, .modelMoved, .movedStart: return true
        default: return false
        }
      }
    default: return false
    }
  }

  /// One more node of the backward pass: its gradient flows into its inputs.
  mutating func backstep() -> [SessionEvent] {
    guard var current = graphState ?? run.freshGraph() else { return [.noGraph] }
    if !current.backwardStarted {
      current.graph.beginBackward(from: current.output)
      current.backwardStarted = true
    }
    guard let id = current.graph.backwardStep() else {
      // The finished pass stays on screen, every gradient in place, until a reset or a
      // change to what the graph was built from starts a new one.
      graphState = current
      view = .graph
      return [.backwardFinished]
    }
    graphState = current
    view = .graph
    let node = current.graph[id]
    return [
      .backstepped(
        output: run.function == nil ? "loss" : "f", node: current.graph.describe(id),
        gradient: node.gradient,
        inputs: node.inputs.map { current.graph.describe($0, limit: 16) })
    ]
  }

  /// Stops play.
  mutating func pause() {
    isPlaying = false
  }

  /// Shows `view` (a lesson step's own).
  mutating func show(_ view: View) {
    self.view = view
  }

  // MARK: - Reading, for checks and the lesson text

  /// The value of one expression of the run's and the student's variables.
  func value(of expression: String) throws(ExpressionError) -> Value {
    try scratchpad.value(of: expression, on: run)
  }

  /// Whether a condition holds: every element of its value is a number other than 0.
  func holds(_ condition: String) throws(ExpressionError) -> Bool {
    let elements = try value(of: condition).elements
    return !elements.isEmpty && elements.allSatisfy { $0 != 0 && !$0.isNaN }
  }

  /// Evaluates `statements` on a copy, changing nothing.
  func evaluating(
    _ statements: [Statement], limits: ExpressionLimits = ExpressionLimits()
  ) throws(ExpressionError) -> EvaluatedStatements {
    try scratchpad.evaluating(statements, on: run, limits: limits)
  }

  /// Runs `statements` for real, as if the student had typed them.
  mutating func adopt(_ statements: [Statement]) throws(ExpressionError) {
    try scratchpad.adopt(statements, on: &run)
  }

  /// Takes over what an evaluation assigned.
  mutating func adopt(_ environment: RunVariables) {
    scratchpad.adopt(environment, on: &run)
  }

  /// Names the prompt can complete: the variables and the expression functions.
  public var completionNames: [String] {
    let variables = scratchpad.environment(run, reading: []).variableNames
    return Array(Set(variables).union(Run.functionNames)).sorted()
  }
}
