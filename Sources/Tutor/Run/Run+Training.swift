import Descent

extension Run {
  /// Runs `epochs` epochs (steps of the function being minimized, in function mode).
  mutating func step(_ epochs: Int) -> [SessionEvent] {
    if provenance == .start && epochs > 0 { provenance = .trained }
    noteEpochs(epochs)
    defer { noteLossScale() }
    if case .function(var descent) = subject {
      defer { subject = .function(descent) }
      guard budget?.deadline != nil else { return descent.steps(epochs) }
      return descent.steps(epochs) { budget?.isOutOfTime() == true }
    }
    if let divergence = trainer.divergence { return [.stopped(divergence)] }
    let first = trainer.epoch + 1
    guard epochs > 0, budget?.isOutOfTime() != true else { return [] }
    // One run of the trainer's loop for all the epochs, told of each as it ends.
    var observer = SteppingObserver(
      budget: budget, scaling: trainer.scaling, model: trainer.model,
      start: trainer.parameters)
    trainer.run(epochs: epochs, observing: &observer)
    budget = observer.budget
    path += observer.path
    previousParameters = trainer.scaling.rawParameters(observer.beforeLast, of: trainer.model)
    let firstLoss = observer.first?.loss ?? .nan
    if path.count > 100_000 { path.removeFirst(path.count - 100_000) }
    guard let last = observer.last else { return [] }
    let trained = SessionEvent.trained(epochs: first...last.epoch, from: firstLoss, to: last.loss)
    if let divergence = last.divergence { return [trained, .diverged(divergence)] }
    return [trained, .parameters(snapshot)]
  }

  /// What one epoch costs in `WorkBudget` operations: the parameters times the rows (a
  /// function's descent step, the length of its source).
  var epochCost: Int {
    if let function { return Swift.max(1, function.source.utf8.count) }
    return Swift.max(1, trainer.model.parameterCount) * Swift.max(1, dataset.count)
  }

  /// Counts `epochs` epochs of `runs` runs against the budget, if there is one; throws,
  /// before anything runs, when they would pass it.
  mutating func charge(epochs: Int, runs: Int = 1) throws(CommandFailure) {
    guard budget != nil else { return }
    let (perRun, overflow) = epochCost.multipliedReportingOverflow(by: Swift.max(0, epochs))
    let (total, overflowAgain) = perRun.multipliedReportingOverflow(by: Swift.max(0, runs))
    try budget?.charge(overflow || overflowAgain ? Int.max : total)
  }

  /// Throws when the budget, if any, does not admit `choice`'s model (before it is built).
  func admit(_ choice: ModelChoice) throws(CommandFailure) {
    guard let budget, case .trained(.mlp(let layers, _, _)) = choice else { return }
    var parameters = 0
    for (inputs, outputs) in zip(layers, layers.dropFirst()) {
      parameters += (inputs + 1) * outputs
    }
    try budget.admit(parameters: parameters)
  }

  /// Goes back `epochs` epochs (never before 0), undoing a divergence too.
  mutating func rewind(_ epochs: Int) -> [SessionEvent] {
    if case .function(var descent) = subject {
      descent.rewind(epochs)
      subject = .function(descent)
      return [.rewound(epoch: descent.history.count, snapshot)]
    }
    // After a divergence at epoch e the parameters are epoch e − 1's: rewind 1 undoes the
    // divergence alone.
    let diverged = trainer.divergence != nil
    let completed = diverged ? trainer.epoch - 1 : trainer.epoch
    let target = Swift.max(0, completed - (diverged ? epochs - 1 : epochs))
    guard target < trainer.epoch else { return [.stayed(epoch: trainer.epoch, snapshot)] }
    trainer.rewind(to: target)
    path = Array(path.prefix(target + 1))
    previousParameters = path.count >= 2 ? path[path.count - 2] : nil
    return [.rewound(epoch: trainer.epoch, snapshot)]
  }

  /// Back to epoch 0 (a function to its start).
  mutating func reset() -> [SessionEvent] {
    provenance = .start
    lossAxisIsLogarithmic = false
    trainer.reset()
    path = [trainer.rawParameters]
    previousParameters = nil
    if case .function(var descent) = subject {
      descent.reset()
      subject = .function(descent)
    }
    return [.reset(snapshot)]
  }

  /// `solve`: the least-squares solution, the minimum descent heads for, at epoch 0.
  mutating func solve() throws(CommandFailure) -> [SessionEvent] {
    guard function == nil else {
      throw CommandFailure(
        "solve finds the least-squares line or curve; model function is minimized by step")
    }
    var next = trainer
    do {
      try next.solveClosedForm()
    } catch {
      throw CommandFailure(error.description)
    }
    trainer = next
    provenance = .solved
    lossAxisIsLogarithmic = false
    path = [trainer.rawParameters]
    previousParameters = nil
    return [.solved(snapshot, loss: trainer.currentLoss())]
  }

  /// `branch`: the next change of settings continues from here, this curve kept.
  mutating func branch() -> [SessionEvent] {
    isBranching = true
    branchedLosses = trainer.history.recentLosses
    return [.branched(epoch: trainer.epoch)]
  }
}

/// What stepping in a session keeps of each epoch: the first and last records, the
/// parameters before the last (the picture's ghost line), the path for the landscape (a
/// two-parameter model's only), and whether the grading budget's time is up.
struct SteppingObserver: EpochObserver {
  var budget: WorkBudget?
  let scaling: FeatureScaling
  let model: Model
  let keepsPath: Bool
  var first: EpochRecord?
  var last: EpochRecord?
  /// The parameters after the epoch before the last one seen (scaled, as trained).
  var beforeLast: [Double]
  /// The parameters after the last epoch seen.
  var latest: [Double]
  /// Raw parameters after each epoch, for the landscape.
  var path: [[Double]] = []

  init(budget: WorkBudget?, scaling: FeatureScaling, model: Model, start: [Double]) {
    self.budget = budget
    self.scaling = scaling
    self.model = model
    keepsPath = model.parameterCount == 2
    beforeLast = start
    latest = start
  }

  mutating func epochFinished(_ record: EpochRecord, parameters: UnsafeBufferPointer<Double>)
    -> Bool
  {
    if first == nil { first = record }
    last = record
    // A diverged epoch's update was not applied: the parameters did not move.
    if record.divergence != nil {
      beforeLast = latest
    } else {
      swap(&beforeLast, &latest)
      for k in latest.indices where k < parameters.count { latest[k] = parameters[k] }
      if keepsPath { path.append(scaling.rawParameters(latest, of: model)) }
    }
    return budget?.isOutOfTime() != true
  }
}

extension Run {
  /// Counts a pass of the student's own loop as an epoch: `loss` is the loss of the
  /// parameters it started from, and the model moves to `raw`.
  mutating func recordPass(loss: Double, movedTo raw: [Double]) {
    if provenance == .start { provenance = .trained }
    previousParameters = trainer.rawParameters
    trainer.recordEpoch(loss: loss, movedTo: raw)
    path.append(trainer.rawParameters)
    if path.count > 100_000 { path.removeFirst(path.count - 100_000) }
  }
}
