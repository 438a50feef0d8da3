/// Trains one model on one dataset, exactly one epoch a `step()`.
///
/// The trainer owns the run: the prepared data (polynomial features, split, normalization),
/// the parameters, the optimizer's state, the shuffling generator, the loss histories and
/// checkpoints to revisit any epoch. Epochs count from 1; `epoch` is the number completed.
///
/// ```swift
/// var trainer = try Trainer(dataset: .builtIn(named: "houses", seed: 0),
///                           configuration: TrainingConfiguration())
/// trainer.run(epochs: 1000)
/// trainer.namedRawParameters  // w ≈ 149.7, b ≈ 1.06
/// ```
///
/// Parameters are kept in the units the optimizer sees (normalized when normalizing);
/// `rawParameters` maps them back to the data's units. An epoch allocates nothing.
public struct Trainer: Sendable {
  /// How the run was set up.
  public let configuration: TrainingConfiguration
  /// The model being trained.
  public let model: Model
  /// The loss being minimized.
  public let loss: Loss
  /// The rescaling fitted on the training rows (identity without normalization).
  public let scaling: FeatureScaling
  /// The training rows as the model reads them (expanded and rescaled).
  public let training: Dataset
  /// The validation rows, prepared the same way, when the data was split.
  public let validation: Dataset?
  /// Whether rows were set aside for validation, read by the epoch loops without copying
  /// (and so retaining) `validation`.
  let hasValidation: Bool
  /// The starting parameters, in the optimizer's units.
  public internal(set) var initialParameters: [Double]
  /// The current parameters, in the optimizer's units (flat, `model.layout` order).
  public var parameters: [Double] { buffers.parameterArray }
  /// Epochs completed (or, after divergence, the epoch that stopped training).
  public internal(set) var epoch = 0
  /// Set once training has run away; `step()` then does nothing until `reset()`/`rewind`.
  public internal(set) var divergence: Divergence?
  /// The training loss of every epoch, at the start of the epoch.
  public internal(set) var history = LossHistory()
  /// The validation loss of every epoch, when the data was split.
  public internal(set) var validationHistory: LossHistory?
  /// The record of the last epoch run.
  public internal(set) var lastRecord: EpochRecord?

  var optimizer: Optimizer
  var savedOptimizer: Optimizer
  var shuffler: SeededGenerator
  let initialShuffler: SeededGenerator
  var firstLoss: Double?
  var buffers: TrainerBuffers
  var checkpoints: CheckpointStore
  let batchSize: Int
  /// Whether epochs take the course's example 1 kernel (one feature, a line, MSE).
  let usesCourseLine: Bool
  /// Whether `run(epochs:)` may use a fused loop for special cases; tests turn it off to
  /// check that both paths agree bit for bit.
  var usesFusedEpochs = true

  /// Prepares a run of `configuration` on `dataset`, checking that they fit together.
  ///
  /// Throws when they do not: a polynomial model on several features, binary cross-entropy
  /// without a probability output, logistic targets other than 0 and 1, an MLP whose first
  /// layer does not match the features, a split too small, bad optimizer settings.
  public init(dataset: Dataset, configuration: TrainingConfiguration) throws(DescentError) {
    try configuration.optimizer.validate()
    try Self.validate(dataset: dataset, configuration: configuration)
    self.configuration = configuration
    let loss = configuration.effectiveLoss
    self.loss = loss

    var inputs = dataset
    if case .polynomial(let degree) = configuration.architecture {
      inputs = try dataset.polynomialFeatures(degree: degree)
    }
    var rawValidation: Dataset?
    if let fraction = configuration.trainingFraction {
      var splitter = SeededGenerator(seed: configuration.seed, stream: 2)
      let parts = try inputs.split(trainingFraction: fraction, using: &splitter)
      inputs = parts.training
      rawValidation = parts.validation
    }
    let scaling = FeatureScaling(fitting: configuration.normalization, to: inputs)
    self.scaling = scaling
    training = scaling.apply(to: inputs)
    validation = rawValidation.map { scaling.apply(to: $0) }
    hasValidation = rawValidation != nil
    validationHistory = rawValidation == nil ? nil : LossHistory()

    let model = try Model(configuration.architecture, inputCount: training.featureCount)
    self.model = model
    var initializer = SeededGenerator(seed: configuration.seed, stream: 3)
    initialParameters = model.initialParameters(using: &initializer)

    let p = model.parameterCount
    optimizer = Optimizer(configuration.optimizer, parameterCount: p)
    savedOptimizer = Optimizer(configuration.optimizer, parameterCount: p)
    initialShuffler = SeededGenerator(seed: configuration.seed, stream: 4)
    shuffler = initialShuffler
    buffers = TrainerBuffers(
      parameters: initialParameters, scratchCount: model.scratchCount, rowCount: training.count)
    usesCourseLine = model.isCourseLine(loss)
    batchSize = configuration.optimizer.effectiveBatchSize(rows: training.count)
    checkpoints = CheckpointStore(stateSize: Self.stateSize(p, optimizer))
    recordCheckpoint()
  }

  /// Rejects data that cannot train with the configuration, naming the row at fault.
  private static func validate(
    dataset: Dataset, configuration: TrainingConfiguration
  ) throws(DescentError) {
    let output = configuration.architecture.outputActivation
    let loss = configuration.effectiveLoss
    guard dataset.count >= 2 else {
      throw DescentError("'\(dataset.name)' has \(dataset.count) row(s); training needs at least 2")
    }
    guard dataset.featureCount >= 1 else {
      throw DescentError("'\(dataset.name)' has no feature columns to learn from")
    }
    if loss == .binaryCrossEntropy && output != .sigmoid {
      throw DescentError(
        "binary cross-entropy needs a model whose output is a probability: use the logistic "
          + "model or an MLP with a sigmoid output, or choose mse for this model")
    }
    for i in 0..<dataset.count {
      let y = dataset.targets[i]
      guard y.isFinite else {
        throw DescentError(
          "row \(i + 1) of '\(dataset.name)' has a target that is not a finite number")
      }
      for j in 0..<dataset.featureCount where !dataset.feature(i, j).isFinite {
        throw DescentError(
          "row \(i + 1) of '\(dataset.name)' has a value of '\(dataset.featureNames[j])' that is "
            + "not a finite number")
      }
      if case .logistic = configuration.architecture, y != 0 && y != 1 {
        throw DescentError(
          "logistic regression classifies into 0 and 1, but row \(i + 1) of '\(dataset.name)' "
            + "has the target \(y.shortDescription); use a linear model for numeric targets")
      }
      if loss == .binaryCrossEntropy, y < 0 || y > 1 {
        throw DescentError(
          "binary cross-entropy needs targets between 0 and 1, but row \(i + 1) of "
            + "'\(dataset.name)' has \(y.shortDescription)")
      }
    }
  }

  /// Gives the trainer its own copy of the epoch buffers if a copy of the trainer shares
  /// them, before they are written.
  mutating func makeBuffersUnique() {
    if !isKnownUniquelyReferenced(&buffers) {
      buffers = buffers.copy()
    }
  }

  /// The current parameters in the data's raw units.
  public var rawParameters: [Double] { scaling.rawParameters(parameters, of: model) }

  /// The mini-batch size each update uses (the training row count for full batch).
  public var effectiveBatchSize: Int { batchSize }
}
