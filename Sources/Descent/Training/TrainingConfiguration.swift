/// Everything that decides a training run besides the data.
///
/// The defaults reproduce the course's first example: a linear model, MSE, plain gradient
/// descent at learning rate 0.01, parameters starting at zero, no normalization.
public struct TrainingConfiguration: Sendable, Hashable {
  /// The model to train.
  public var architecture: Architecture
  /// The loss; nil means the model's default (see `Loss.defaultLoss(for:)`).
  public var loss: Loss?
  /// The optimizer and its constants.
  public var optimizer: OptimizerSettings
  /// How features are rescaled (fitted on the training rows).
  public var normalization: Normalization
  /// The fraction of rows to train on, the rest validating; nil trains on every row.
  public var trainingFraction: Double?
  /// The seed of every random choice: split, initialization and shuffling.
  public var seed: UInt64

  /// A configuration; every argument has the course's default.
  public init(
    architecture: Architecture = .linear, loss: Loss? = nil,
    optimizer: OptimizerSettings = OptimizerSettings(), normalization: Normalization = .none,
    trainingFraction: Double? = nil, seed: UInt64 = 0
  ) {
    self.architecture = architecture
    self.loss = loss
    self.optimizer = optimizer
    self.normalization = normalization
    self.trainingFraction = trainingFraction
    self.seed = seed
  }

  /// The loss in effect: the one chosen, or the model's default.
  public var effectiveLoss: Loss { loss ?? Loss.defaultLoss(for: architecture) }
}
