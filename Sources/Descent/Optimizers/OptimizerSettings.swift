/// An optimizer and its hyper-parameters, with PyTorch's defaults.
public struct OptimizerSettings: Sendable, Hashable {
  /// Which update rule.
  public var kind: OptimizerKind
  /// The learning rate η (the course's `L`).
  public var learningRate: Double
  /// The momentum coefficient μ of `momentum` and `nesterov` (PyTorch's default for these
  /// lessons: 0.9).
  public var momentum: Double
  /// RMSProp's smoothing constant α (PyTorch: 0.99).
  public var alpha: Double
  /// Adam's β₁ (PyTorch: 0.9).
  public var beta1: Double
  /// Adam's β₂ (PyTorch: 0.999).
  public var beta2: Double
  /// The ε added to RMSProp's and Adam's denominators (PyTorch: 1e-8).
  public var epsilon: Double
  /// Rows a mini-batch; nil means every row at once, except for `sgd`, which defaults to 1.
  public var batchSize: Int?

  /// Settings for `kind` at `learningRate`, other constants at PyTorch's defaults.
  public init(
    _ kind: OptimizerKind = .gradientDescent, learningRate: Double = 0.01,
    momentum: Double = 0.9, alpha: Double = 0.99, beta1: Double = 0.9, beta2: Double = 0.999,
    epsilon: Double = 1e-8, batchSize: Int? = nil
  ) {
    self.kind = kind
    self.learningRate = learningRate
    self.momentum = momentum
    self.alpha = alpha
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.batchSize = batchSize
  }

  /// The batch size used on `rows` training rows: the one given (at most `rows`), else 1
  /// for `sgd` and `rows` (full batch) for the rest.
  public func effectiveBatchSize(rows: Int) -> Int {
    if let batchSize { return Swift.min(Swift.max(batchSize, 1), rows) }
    return kind == .sgd ? 1 : rows
  }

  /// A hyper-parameter that can be set wrongly (`optimizer`: the kind cannot use the
  /// others, as full-batch `gd` given a batch size).
  public enum Setting: Sendable, Hashable {
    case learningRate, momentum, batchSize, optimizer
  }

  /// The first setting that cannot work, and why, in a sentence; nil when all can.
  ///
  /// Front ends name the setting their own way (`--lr`, `lr`) from `setting`, never from
  /// the sentence.
  public var problem: (setting: Setting, message: String)? {
    guard learningRate.isFinite, learningRate >= 0 else {
      return (
        .learningRate,
        "the learning rate must be a finite number, zero or more (such as 0.01), "
          + "not \(learningRate.shortDescription)"
      )
    }
    guard momentum.isFinite, momentum >= 0, momentum < 1 else {
      return (
        .momentum,
        "momentum must be at least 0 and below 1 (such as 0.9), not \(momentum.shortDescription)"
      )
    }
    if let batchSize, batchSize < 1 {
      return (
        .batchSize, "the batch size must be a whole number of rows, 1 or more, not \(batchSize)"
      )
    }
    if kind == .gradientDescent, batchSize != nil {
      return (
        .optimizer,
        "gd is full-batch gradient descent and takes no batch size; use the sgd optimizer "
          + "for mini-batches"
      )
    }
    return nil
  }

  /// Checks the settings, throwing the first `problem`.
  public func validate() throws(DescentError) {
    if let problem { throw DescentError(problem.message) }
  }
}
