import Descent

/// Copies of the run trained side by side with different learning rates or optimizers,
/// each labelled by how it went.
public struct Comparison: Sendable, Hashable {
  /// How a compared run ended.
  public enum Verdict: String, Sendable, Hashable {
    /// The loss fell to under 10⁻⁵ of where it started.
    case converged
    /// The loss fell, but not that far, in the epochs run.
    case slow
    /// Training stopped because the loss or a parameter ran away.
    case diverged
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
    initialRaw: [Double], epochs: Int
  ) throws(DescentError) -> Comparison {
    var runs: [Run] = []
    let stride = Swift.max(1, epochs / 1000)
    for setup in setups {
      var trainer = try Trainer(dataset: dataset, configuration: setup.configuration)
      trainer.setInitialParameters(raw: initialRaw)
      var losses: [Double] = []
      var epochList: [Double] = []
      var path: [[Double]] = [trainer.rawParameters]
      var firstLoss = Double.nan
      for _ in 0..<epochs {
        let record = trainer.step()
        if record.epoch == 1 { firstLoss = record.loss }
        if record.epoch % stride == 0 || record.divergence != nil {
          losses.append(record.loss)
          epochList.append(Double(record.epoch))
          path.append(trainer.rawParameters)
        }
        if record.divergence != nil { break }
      }
      let finalLoss = trainer.currentLoss()
      let verdict: Verdict
      if trainer.divergence != nil {
        verdict = .diverged
      } else if finalLoss <= 1e-5 * firstLoss || finalLoss == 0 {
        verdict = .converged
      } else {
        verdict = .slow
      }
      runs.append(
        Run(
          label: setup.label, losses: losses, epochs: epochList, path: path, verdict: verdict,
          finalLoss: finalLoss, divergedAt: trainer.divergence?.epoch))
    }
    return Comparison(runs: runs, epochs: epochs)
  }

  /// One line a run: its label, verdict and final loss.
  public var summary: [String] {
    let width = runs.map { $0.label.count }.max() ?? 0
    return runs.map { run in
      let padded = run.label + String(repeating: " ", count: width - run.label.count)
      switch run.verdict {
      case .diverged:
        return "\(padded)  diverged at epoch \(run.divergedAt ?? 0)"
      case .converged, .slow:
        return "\(padded)  \(run.verdict.rawValue): loss "
          + "\(run.finalLoss.formatted(significantDigits: 4)) after \(epochs) epochs"
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
        setups, dataset: run.dataset, initialRaw: initial, epochs: epochs(for: run))
    } catch {
      throw CommandFailure(error.description)
    }
  }
}
