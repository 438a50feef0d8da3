import Descent

extension Run {
  /// A new trainer for `configuration` (and `dataset`), keeping the old one if they do not
  /// fit together. After `branch`, it starts from the current parameters. Leaves function
  /// mode: a setting of the model brings the model back.
  mutating func rebuild(
    configuration newConfiguration: TrainingConfiguration, dataset newDataset: Dataset? = nil,
    announcing setting: Setting
  ) throws(CommandFailure) -> [SessionEvent] {
    let data = newDataset ?? dataset
    var next: Trainer
    do {
      next = try Trainer(dataset: data, configuration: newConfiguration)
    } catch {
      throw CommandFailure(error.description)
    }
    var start = RunStart.over
    if let start = customStart, next.model.layout == trainer.model.layout,
      start.count == next.rawParameters.count
    {
      next.setInitialParameters(raw: start)
    } else if next.model.layout != trainer.model.layout {
      customStart = nil
    }
    if isBranching, next.model.layout == trainer.model.layout {
      next.setInitialParameters(raw: trainer.rawParameters)
      start = .continuing(fromEpoch: trainer.epoch)
      isBranching = false
    } else {
      branchedLosses = isBranching ? branchedLosses : nil
      isBranching = false
      provenance = .start
      lossAxisIsLogarithmic = false
    }
    dataset = data
    configuration = newConfiguration
    trainer = next
    subject = .model
    comparison = nil
    path = [trainer.rawParameters]
    previousParameters = nil
    return [.settingChanged(setting, start: start)]
  }

  /// `lr`: reports the rate, or sets it (a function's keeps its point).
  mutating func setLearningRate(_ rate: Double?) throws(CommandFailure) -> [SessionEvent] {
    guard let rate else { return [.setting(.learningRate(learningRate))] }
    if case .function(var descent) = subject {
      descent.learningRate = rate
      subject = .function(descent)
      return [.settingChanged(.learningRate(rate), start: nil)]
    }
    var next = configuration
    next.optimizer.learningRate = rate
    return try rebuild(configuration: next, announcing: .learningRate(rate))
  }

  mutating func setOptimizer(_ kind: OptimizerKind?) throws(CommandFailure) -> [SessionEvent] {
    guard let kind else { return [.setting(.optimizer(configuration.optimizer.kind))] }
    var next = configuration
    next.optimizer.kind = kind
    if kind == .gradientDescent { next.optimizer.batchSize = nil }
    return try rebuild(configuration: next, announcing: .optimizer(kind))
  }

  mutating func setBatch(_ size: Int?) throws(CommandFailure) -> [SessionEvent] {
    guard let size else {
      return [.setting(.batches(size: trainer.effectiveBatchSize, rows: trainer.training.count))]
    }
    var next = configuration
    if size == 0 || size >= trainer.training.count {
      next.optimizer.batchSize = nil
      if next.optimizer.kind == .sgd { next.optimizer.batchSize = trainer.training.count }
    } else {
      next.optimizer.batchSize = size
      if next.optimizer.kind == .gradientDescent { next.optimizer.kind = .sgd }
    }
    return try rebuild(configuration: next, announcing: .batchSize(size))
  }

  mutating func setModel(_ choice: ModelChoice) throws(CommandFailure) -> [SessionEvent] {
    let architecture: Architecture
    switch choice {
    case .function(let source):
      return try setFunction(source)
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
    return try rebuild(configuration: next, announcing: .model(architecture))
  }

  mutating func setData(_ name: String) throws(CommandFailure) -> [SessionEvent] {
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
      throw CommandFailure(error.description)
    } catch {
      throw CommandFailure("cannot read '\(name)': \(error)")
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
    return try rebuild(
      configuration: configuration, dataset: next,
      announcing: .data(
        name: next.name, rows: next.count, features: next.featureNames,
        target: next.targetName))
  }

  /// Makes `next` the data (the student's `X` and `Y`), keeping the model where it can.
  mutating func adoptData(_ next: Dataset) throws(CommandFailure) -> [SessionEvent] {
    var configuration = self.configuration
    let binary = next.targets.allSatisfy { $0 == 0 || $0 == 1 }
    if case .logistic = configuration.architecture, !binary { configuration.architecture = .linear }
    if case .mlp(let layers, let hidden, let output) = configuration.architecture {
      configuration.architecture = .mlp(
        layers: [next.featureCount] + layers.dropFirst(), hidden: hidden, output: output)
    }
    if case .polynomial = configuration.architecture, next.featureCount != 1 {
      configuration.architecture = .linear
    }
    return try rebuild(
      configuration: configuration, dataset: next,
      announcing: .data(
        name: next.name, rows: next.count, features: next.featureNames,
        target: next.targetName))
  }

  mutating func setSplit(_ fraction: Double?) throws(CommandFailure) -> [SessionEvent] {
    guard let fraction else {
      return [
        .setting(.rows(training: trainer.training.count, validation: trainer.validation?.count))
      ]
    }
    var next = configuration
    next.trainingFraction = fraction <= 0 || fraction >= 1 ? nil : fraction
    return try rebuild(
      configuration: next,
      announcing: .trainingFraction(next.trainingFraction.map { _ in fraction }))
  }

  mutating func setLoss(_ loss: Loss) throws(CommandFailure) -> [SessionEvent] {
    var next = configuration
    next.loss = loss
    return try rebuild(configuration: next, announcing: .loss(loss))
  }

  mutating func setNormalization(
    _ normalization: Normalization
  ) throws(CommandFailure) -> [SessionEvent] {
    var next = configuration
    next.normalization = normalization
    return try rebuild(configuration: next, announcing: .normalization(normalization))
  }
}
