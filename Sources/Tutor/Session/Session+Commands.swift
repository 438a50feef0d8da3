import Descent

extension Session {
  /// Carries out one command and returns the lines to print.
  ///
  /// The backward pass stepped through with `backstep` is kept until what its graph was
  /// built from (the data, the settings, the parameters, the function) changes.
  mutating func perform(_ command: Command) -> [String] {
    guard graphState != nil else { return carryOut(command) }
    let before = graphInputs
    let output = carryOut(command)
    if graphInputs != before { graphState = nil }
    return output
  }

  /// What the autodiff graph of `view graph` depends on.
  var graphInputs: GraphInputs {
    GraphInputs(
      dataset: dataset.name, configuration: configuration, parameters: trainer.rawParameters,
      function: function?.source, point: function?.point)
  }

  private mutating func carryOut(_ command: Command) -> [String] {
    switch command {
    case .step(let epochs): return step(epochs)
    case .play:
      if let divergence = trainer.divergence {
        return ["training stopped at epoch \(divergence.epoch); rewind or reset first"]
      }
      isPlaying = true
      return ["playing at \(speed.shortDescription) epochs a second; pause to stop"]
    case .pause:
      isPlaying = false
      return ["paused at epoch \(trainer.epoch)"]
    case .speed(let value):
      speed = value
      return ["speed \(value.shortDescription) epochs a second"]
    case .reset:
      trainer.reset()
      path = [trainer.rawParameters]
      previousParameters = nil
      function?.reset()
      return ["back to epoch 0: " + parameterSummary()]
    case .solve: return solve()
    case .learningRate(let rate): return setLearningRate(rate)
    case .optimizer(let name): return setOptimizer(name)
    case .batch(let size): return setBatch(size)
    case .model(let kind): return setModel(kind)
    case .data(let name): return setData(name)
    case .split(let fraction): return setSplit(fraction)
    case .normalize(let kind): return setNormalization(kind)
    case .lossFunction(let name): return setLoss(name)
    case .set(let name, let expression): return evaluate("\(name) = \(expression)")
    case .show(let topic): return show(topic)
    case .view(let view):
      self.view = view
      return ["view \(view.rawValue)"]
    case .backstep: return backstep()
    case .compareRates(let rates): return compare(rates: rates)
    case .compareOptimizers(let kinds): return compare(optimizers: kinds)
    case .rewind(let epochs): return rewind(epochs)
    case .branch:
      isBranching = true
      branchedLosses = trainer.history.recentLosses
      return [
        "branching at epoch \(trainer.epoch): the next change of settings continues from here, "
          + "with this run's loss curve kept for comparison"
      ]
    case .check, .answer, .hint, .reveal, .skip, .next, .back, .lessons:
      return performLessonCommand(command)
    case .help(let topic): return help(topic)
    case .quit:
      isFinished = true
      isPlaying = false
      return ["bye"]
    case .expression(let text): return evaluate(text)
    }
  }

  /// Runs `epochs` epochs (of the function being minimized, after `model function`).
  mutating func step(_ epochs: Int) -> [String] {
    if function != nil { return stepFunction(epochs) }
    if let divergence = trainer.divergence {
      return [
        "training stopped at epoch \(divergence.epoch): \(divergence.message)",
        "rewind to go back, or reset to start over",
      ]
    }
    let first = trainer.epoch + 1
    var firstLoss = Double.nan
    var last: EpochRecord?
    for k in 0..<epochs {
      previousParameters = trainer.rawParameters
      let record = trainer.step()
      if k == 0 { firstLoss = record.loss }
      last = record
      // The path feeds the landscape, which exists for two-parameter models only.
      if trainer.model.parameterCount == 2 { path.append(trainer.rawParameters) }
      if record.divergence != nil { break }
    }
    if path.count > 100_000 { path.removeFirst(path.count - 100_000) }
    guard let last else { return [] }
    var lines: [String] = []
    if last.epoch == first {
      lines.append(
        "epoch \(last.epoch): loss \(last.loss.formatted(significantDigits: 6)) before the update")
    } else {
      lines.append(
        "epochs \(first)–\(last.epoch): loss \(firstLoss.formatted(significantDigits: 6)) → "
          + "\(last.loss.formatted(significantDigits: 6))")
    }
    if let divergence = last.divergence {
      lines.append("diverged at epoch \(divergence.epoch): \(divergence.message)")
      lines.append("the update was not applied; rewind to go back, or change the rate")
    } else {
      lines.append(parameterSummary())
    }
    return lines
  }

  /// Goes back `epochs` epochs (never before 0), undoing a divergence too.
  mutating func rewind(_ epochs: Int) -> [String] {
    if function != nil { return rewindFunction(epochs) }
    // After a divergence at epoch e the parameters are epoch e − 1's: rewind 1 undoes the
    // divergence alone.
    let diverged = trainer.divergence != nil
    let completed = diverged ? trainer.epoch - 1 : trainer.epoch
    let target = Swift.max(0, completed - (diverged ? epochs - 1 : epochs))
    guard target < trainer.epoch else {
      return ["at epoch \(trainer.epoch): " + parameterSummary()]
    }
    trainer.rewind(to: target)
    path = Array(path.prefix(target + 1))
    previousParameters = path.count >= 2 ? path[path.count - 2] : nil
    return ["back at epoch \(trainer.epoch): " + parameterSummary()]
  }

  /// A new trainer for `configuration` (and `dataset`), keeping the old one if they do not
  /// fit together. After `branch`, it starts from the current parameters.
  mutating func rebuild(
    configuration newConfiguration: TrainingConfiguration, dataset newDataset: Dataset? = nil,
    describing change: String
  ) -> [String] {
    let data = newDataset ?? dataset
    var next: Trainer
    do {
      next = try Trainer(dataset: data, configuration: newConfiguration)
    } catch {
      return fail(error.description)
    }
    var note = "the run starts over at epoch 0"
    if let start = customStart, next.model.layout == trainer.model.layout,
      start.count == next.rawParameters.count
    {
      next.setInitialParameters(raw: start)
    } else if next.model.layout != trainer.model.layout {
      customStart = nil
    }
    if isBranching, next.model.layout == trainer.model.layout {
      next.setInitialParameters(raw: trainer.rawParameters)
      note = "continuing from the parameters of epoch \(trainer.epoch) (the old curve is kept)"
      isBranching = false
    } else {
      branchedLosses = isBranching ? branchedLosses : nil
      isBranching = false
    }
    dataset = data
    configuration = newConfiguration
    trainer = next
    function = nil
    comparison = nil
    path = [trainer.rawParameters]
    previousParameters = nil
    return ["\(change); \(note)"]
  }

  mutating func setLearningRate(_ rate: Double?) -> [String] {
    guard let rate else {
      return ["learning rate \(configuration.optimizer.learningRate.shortDescription)"]
    }
    if var function {
      function.learningRate = rate
      self.function = function
      return ["learning rate \(rate.shortDescription)"]
    }
    var next = configuration
    next.optimizer.learningRate = rate
    return rebuild(configuration: next, describing: "learning rate \(rate.shortDescription)")
  }

  mutating func setOptimizer(_ kind: OptimizerKind?) -> [String] {
    guard let kind else { return ["optimizer \(configuration.optimizer.kind.name)"] }
    var next = configuration
    next.optimizer.kind = kind
    if kind == .gradientDescent { next.optimizer.batchSize = nil }
    return rebuild(configuration: next, describing: "optimizer \(kind.name)")
  }

  mutating func setBatch(_ size: Int?) -> [String] {
    guard let size else {
      return ["batches of \(trainer.effectiveBatchSize) of \(trainer.training.count) rows"]
    }
    var next = configuration
    if size == 0 || size >= trainer.training.count {
      next.optimizer.batchSize = nil
      if next.optimizer.kind == .sgd { next.optimizer.batchSize = trainer.training.count }
    } else {
      next.optimizer.batchSize = size
      if next.optimizer.kind == .gradientDescent { next.optimizer.kind = .sgd }
    }
    return rebuild(
      configuration: next, describing: "batches of \(size == 0 ? "every row" : String(size))")
  }

  mutating func setModel(_ choice: ModelChoice) -> [String] {
    let architecture: Architecture
    switch choice {
    case .function(let source):
      return setFunction(source)
    case .trained(.mlp(let layers, let hidden, _)):
      // The output follows the data, as `data` does: a probability (sigmoid) for 0/1
      // targets, the value itself otherwise.
      architecture = .mlp(
        layers: layers, hidden: hidden, output: dataLooksBinary ? .sigmoid : .identity)
    case .trained(let other):
      architecture = other
    }
    var next = configuration
    next.architecture = architecture
    next.loss = nil
    return rebuild(configuration: next, describing: "model \(architecture.name)")
  }

  /// Whether every target is 0 or 1 (a classification dataset).
  var dataLooksBinary: Bool {
    dataset.targets.allSatisfy { $0 == 0 || $0 == 1 }
  }

  mutating func setData(_ name: String) -> [String] {
    let next: Dataset
    do {
      if Dataset.builtInNames.contains(name.lowercased()) {
        next = try Dataset.builtIn(named: name, seed: configuration.seed)
      } else if name.contains(".") || name.contains("/") {
        next = try loader.load(name, nil)
      } else {
        next = try Dataset.builtIn(named: name, seed: configuration.seed)
      }
    } catch let error as DescentError {
      return fail(error.description)
    } catch {
      return fail("cannot read '\(name)': \(error)")
    }
    var configuration = self.configuration
    // A classification set gets a classifier; a numeric one a line.
    let binary = next.targets.allSatisfy { $0 == 0 || $0 == 1 }
    if case .logistic = configuration.architecture, !binary { configuration.architecture = .linear }
    if case .mlp(let layers, let hidden, _) = configuration.architecture {
      configuration.architecture = .mlp(
        layers: [next.featureCount] + layers.dropFirst(), hidden: hidden,
        output: binary ? .sigmoid : .identity)
    }
    if case .polynomial = configuration.architecture, next.featureCount != 1 {
      configuration.architecture = .linear
    }
    configuration.loss = nil
    return rebuild(
      configuration: configuration, dataset: next,
      describing: "data \(next.name): \(next.count) rows, features "
        + next.featureNames.joined(separator: ", ") + ", target \(next.targetName)")
  }

  mutating func setSplit(_ fraction: Double?) -> [String] {
    guard let fraction else {
      guard let validation = trainer.validation else { return ["training on every row"] }
      return ["training on \(trainer.training.count) rows, validating on \(validation.count)"]
    }
    var next = configuration
    next.trainingFraction = fraction <= 0 || fraction >= 1 ? nil : fraction
    return rebuild(
      configuration: next,
      describing: next.trainingFraction == nil
        ? "training on every row" : "training on \(fraction.shortDescription) of the rows")
  }

  /// `solve`: the least-squares solution, the minimum descent heads for, at epoch 0.
  mutating func solve() -> [String] {
    guard function == nil else {
      return fail(
        "solve finds the least-squares line or curve; model function is minimized by step")
    }
    var next = trainer
    do {
      try next.solveClosedForm()
    } catch {
      return fail(error.description)
    }
    trainer = next
    path = [trainer.rawParameters]
    previousParameters = nil
    return [
      "least squares: " + parameterSummary() + "; loss "
        + trainer.currentLoss().formatted(significantDigits: 6)
    ]
  }

  mutating func setLoss(_ loss: Loss) -> [String] {
    var next = configuration
    next.loss = loss
    return rebuild(configuration: next, describing: "loss \(loss.name)")
  }

  mutating func setNormalization(_ normalization: Normalization) -> [String] {
    var next = configuration
    next.normalization = normalization
    return rebuild(configuration: next, describing: "features \(normalization.rawValue)")
  }

  /// `m = 33, c = 9` for a line, `w = [..], b = ..` otherwise, in raw units.
  func parameterSummary() -> String {
    if let function { return function.summary }
    let raw = trainer.rawParameters
    if trainer.model.isSingleLayer && trainer.model.inputCount == 1 {
      return
        "m = \(raw[0].formatted(significantDigits: 7)), c = \(raw[1].formatted(significantDigits: 7))"
    }
    return trainer.model.layout.entries.prefix(4).map { entry in
      let values = raw[entry.range].prefix(6).map { $0.formatted(significantDigits: 4) }
      let more = entry.count > 6 ? ", …" : ""
      return entry.shape.isEmpty
        ? "\(entry.name) = \(values[0])"
        : "\(entry.name) = [\(values.joined(separator: ", "))\(more)]"
    }.joined(separator: ", ")
  }
}
