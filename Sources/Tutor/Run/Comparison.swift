import Descent

/// Copies of the run trained side by side with different learning rates or optimizers,
/// each labelled by how it went.
public struct Comparison: Sendable, Hashable {
  /// How a compared run ended, judged by its loss at the start (`startLoss`), at the end
  /// (`finalLoss`) and, where the model has one, at the least-squares minimum (`floor`;
  /// 0 otherwise, since no loss here is negative). The first rule that holds decides:
  ///
  ///     diverged   training stopped (`Divergence`), or the final loss is not finite
  ///     rising     finalLoss > startLoss             (diverging, too slowly to be stopped)
  ///     converged  finalLoss − floor ≤ 10⁻⁵ · (startLoss − floor)
  ///     slow       otherwise: the loss fell, but not that far, in the epochs run
  ///
  /// Both comparisons allow rounding noise of 10⁻¹² of the larger loss, so a run started at
  /// the minimum is converged, not rising.
  public enum Verdict: String, Sendable, Hashable {
    /// The loss fell to within 10⁻⁵ of the way from its start to the minimum.
    case converged
    /// The loss fell, but not that far, in the epochs run.
    case slow
    /// The loss ended higher than it started, though not far enough for training to stop.
    case rising
    /// Training stopped because the loss or a parameter ran away, or the loss is not finite.
    case diverged

    /// The verdict on a run whose loss went from `start` to `final`, given the lowest loss
    /// the model can reach (`floor`) and whether training stopped on its own.
    static func of(start: Double, final: Double, floor: Double, stopped: Bool) -> Verdict {
      guard !stopped, final.isFinite else { return .diverged }
      let noise = 1e-12 * Swift.max(abs(start), abs(floor))
      if final > start + noise { return .rising }
      if final - floor <= 1e-5 * Swift.max(start - floor, 0) + noise { return .converged }
      return .slow
    }
  }

  /// One compared run.
  public struct Run: Sendable, Hashable {
    /// Its label, such as `lr 0.01` or `adam`.
    public var label: String
    /// The loss of each epoch run (sampled evenly when long).
    public var losses: [Double]
    /// The epoch of each entry of `losses`.
    public var epochs: [Double]
    /// The parameters after each sampled epoch (raw units), for landscape paths.
    public var path: [[Double]]
    /// How it went.
    public var verdict: Verdict
    /// The loss at the starting parameters.
    public var startLoss: Double
    /// The final loss (of the last parameters).
    public var finalLoss: Double
    /// Where it diverged, if it did.
    public var divergedAt: Int?
  }

  /// The runs, in the order asked.
  public var runs: [Run]
  /// Epochs each run was given.
  public var epochs: Int

  /// Trains a copy of `trainer`'s setup from its starting parameters for each
  /// configuration, `epochs` epochs each (fewer if it diverges).
  static func run(
    _ setups: [(label: String, configuration: TrainingConfiguration)], dataset: Dataset,
    initialRaw: [Double], epochs: Int, budget: WorkBudget? = nil
  ) throws(DescentError) -> Comparison {
    var budget = budget
    var runs: [Run] = []
    let stride = Swift.max(1, epochs / 1000)
    var floor: Double?
    for setup in setups {
      var trainer = try Trainer(dataset: dataset, configuration: setup.configuration)
      trainer.setInitialParameters(raw: initialRaw)
      let startLoss = trainer.currentLoss()
      if budget?.isOutOfTime() == true {
        throw DescentError("the comparison stopped: the time limit has passed")
      }
      var sampler = SamplingObserver(
        stride: stride, lastEpoch: trainer.epoch + epochs, budget: budget,
        scaling: trainer.scaling, model: trainer.model, start: trainer.rawParameters)
      trainer.run(epochs: epochs, observing: &sampler)
      budget = sampler.budget
      if sampler.ranOutOfTime {
        throw DescentError("the comparison stopped: the time limit has passed")
      }
      let losses = sampler.losses
      let epochList = sampler.epochs
      let path = sampler.path
      // Every setup shares the data, model and loss, so one floor serves them all.
      let lowest = floor ?? lowestLoss(of: trainer)
      floor = lowest
      let finalLoss = trainer.currentLoss()
      let verdict = Verdict.of(
        start: startLoss, final: finalLoss, floor: lowest, stopped: trainer.divergence != nil)
      runs.append(
        Run(
          label: setup.label, losses: losses, epochs: epochList, path: path, verdict: verdict,
          startLoss: startLoss, finalLoss: finalLoss, divergedAt: trainer.divergence?.epoch))
    }
    return Comparison(runs: runs, epochs: epochs)
  }

  /// The lowest loss `trainer`'s model can reach on its data: the least-squares loss where
  /// the closed form applies and solves, else 0 (every loss here is at least 0).
  private static func lowestLoss(of trainer: Trainer) -> Double {
    guard trainer.hasClosedForm else { return 0 }
    var solved = trainer
    do { try solved.solveClosedForm() } catch { return 0 }
    let loss = solved.currentLoss()
    return loss.isFinite ? Swift.max(loss, 0) : 0
  }

  /// One line a run: its label, verdict and final loss (a rising run's start loss too).
  public var summary: [String] {
    let width = runs.map { $0.label.count }.max() ?? 0
    return runs.map { run in
      let padded = run.label + String(repeating: " ", count: width - run.label.count)
      let final = run.finalLoss.formatted(significantDigits: 4)
      switch run.verdict {
      case .diverged:
        guard let epoch = run.divergedAt else {
          return "\(padded)  diverged: the loss is \(final) after \(epochs) epochs"
        }
        return "\(padded)  diverged at epoch \(epoch)"
      case .rising:
        return "\(padded)  rising: loss rose from "
          + "\(run.startLoss.formatted(significantDigits: 4)) to \(final) in \(epochs) epochs"
      case .converged, .slow:
        return "\(padded)  \(run.verdict.rawValue): loss \(final) after \(epochs) epochs"
      }
    }
  }
}

extension Comparison {
  /// Epochs a comparison of `run` runs: the course's 1000, or the run's length if longer.
  static func epochs(for run: Tutor.Run) -> Int {
    Swift.min(Swift.max(run.trainer.epoch, 1000), 100_000)
  }

  /// `compare lr …`: copies of `run`, one a learning rate.
  static func of(_ run: Tutor.Run, rates: [Double]) throws(CommandFailure) -> Comparison {
    guard rates.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
      throw CommandFailure("each learning rate is a number zero or more")
    }
    let setups = rates.map { rate in
      var configuration = run.configuration
      configuration.optimizer.learningRate = rate
      return (label: "lr \(rate.shortDescription)", configuration: configuration)
    }
    return try of(run, setups)
  }

  /// `compare optimizers …`: copies of `run`, one an optimizer.
  static func of(
    _ run: Tutor.Run, optimizers kinds: [OptimizerKind]
  ) throws(CommandFailure) -> Comparison {
    let setups = kinds.map { kind in
      var configuration = run.configuration
      configuration.optimizer.kind = kind
      if kind == .gradientDescent { configuration.optimizer.batchSize = nil }
      return (label: kind.name, configuration: configuration)
    }
    return try of(run, setups)
  }

  /// Copies of `run` set up by `setups`, from its starting parameters.
  private static func of(
    _ run: Tutor.Run, _ setups: [(label: String, configuration: TrainingConfiguration)]
  ) throws(CommandFailure) -> Comparison {
    let trainer = run.trainer
    let initial = trainer.scaling.rawParameters(trainer.initialParameters, of: trainer.model)
    do {
      return try Comparison.run(
        setups, dataset: run.dataset, initialRaw: initial, epochs: epochs(for: run),
        budget: run.budget)
    } catch {
      throw CommandFailure(error.description)
    }
  }
}

/// What a comparison keeps of each run: every `stride`-th epoch's loss and raw parameters
/// (and the epoch that diverged), while the budget's time lasts.
struct SamplingObserver: EpochObserver {
  let stride: Int
  /// The epoch the run ends at, after which time no longer matters.
  let lastEpoch: Int
  var budget: WorkBudget?
  let scaling: FeatureScaling
  let model: Model
  var losses: [Double] = []
  var epochs: [Double] = []
  var path: [[Double]]
  var ranOutOfTime = false

  init(
    stride: Int, lastEpoch: Int, budget: WorkBudget?, scaling: FeatureScaling, model: Model,
    start: [Double]
  ) {
    self.stride = stride
    self.lastEpoch = lastEpoch
    self.budget = budget
    self.scaling = scaling
    self.model = model
    path = [start]
  }

  mutating func epochFinished(_ record: EpochRecord, parameters: UnsafeBufferPointer<Double>)
    -> Bool
  {
    if record.epoch % stride == 0 || record.divergence != nil {
      losses.append(record.loss)
      epochs.append(Double(record.epoch))
      path.append(scaling.rawParameters(Array(parameters), of: model))
    }
    // Time counts only while epochs remain, as it did between steps.
    if record.divergence == nil, record.epoch < lastEpoch, budget?.isOutOfTime() == true {
      ranOutOfTime = true
      return false
    }
    return true
  }
}
