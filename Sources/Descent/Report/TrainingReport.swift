import Interchange

/// The outcome of `downhill train`: what was trained, its losses, its parameters, and
/// whether it diverged, as JSON for scripts and as a short text for people.
public struct TrainingReport: Sendable {
  /// The trainer after the run.
  public let trainer: Trainer
  /// The data's name.
  public let dataName: String
  /// The sampled losses (empty for the closed form).
  public let recorded: RecordedLosses
  /// Seconds spent training, measured by the caller.
  public let elapsedSeconds: Double
  /// The solver used: `descent` or `closed-form`.
  public let solver: String

  /// A report of `trainer` after a run that recorded `recorded`.
  public init(
    trainer: Trainer, dataName: String, recorded: RecordedLosses, elapsedSeconds: Double,
    solver: String = "descent"
  ) {
    self.trainer = trainer
    self.dataName = dataName
    self.recorded = recorded
    self.elapsedSeconds = elapsedSeconds
    self.solver = solver
  }

  /// Whether all epochs were sampled (then `loss_epochs` is left out of the JSON).
  private var recordsEveryEpoch: Bool {
    recorded.epochs.enumerated().allSatisfy { $0.offset + 1 == $0.element }
  }

  /// The report as one JSON object. Every non-finite number is written as null.
  ///
  /// Keys: `model`, `data`, `loss_function`, `optimizer`, `learning_rate`, `batch_size`,
  /// `normalize`, `seed`, `solver`, `epochs` (completed), `loss` (`loss[i]` is epoch
  /// i+1's, or of `loss_epochs[i]` when sampling), `loss_epochs` (when sampling),
  /// `validation_loss` (when splitting), `final_loss` (after the last update),
  /// `final_validation_loss` (when splitting), `parameters` (raw units),
  /// `parameters_normalized` (when normalizing), `diverged`, `diverged_at`, `message`,
  /// `elapsed_seconds`.
  public var json: JSONValue {
    let settings = trainer.configuration.optimizer
    let completed = trainer.divergence.map { $0.epoch - 1 } ?? trainer.epoch
    var members: [JSONMember] = [
      JSONMember(key: "model", value: .string(trainer.model.architecture.name)),
      JSONMember(key: "data", value: .string(dataName)),
      JSONMember(key: "loss_function", value: .string(trainer.loss.name)),
      JSONMember(key: "optimizer", value: .string(settings.kind.name)),
      JSONMember(key: "learning_rate", value: .number(settings.learningRate)),
      JSONMember(key: "batch_size", value: .number(Double(trainer.effectiveBatchSize))),
      JSONMember(key: "normalize", value: .string(trainer.configuration.normalization.rawValue)),
      JSONMember(key: "seed", value: .number(Double(trainer.configuration.seed))),
      JSONMember(key: "solver", value: .string(solver)),
      JSONMember(key: "epochs", value: .number(Double(completed))),
      JSONMember(key: "loss", value: .array(recorded.losses.map { .number($0) })),
    ]
    if !recordsEveryEpoch {
      members.append(
        JSONMember(key: "loss_epochs", value: .array(recorded.epochs.map { .number(Double($0)) })))
    }
    if let validation = recorded.validationLosses {
      members.append(
        JSONMember(key: "validation_loss", value: .array(validation.map { .number($0) })))
    }
    members.append(JSONMember(key: "final_loss", value: .number(trainer.currentLoss())))
    if let validation = trainer.currentValidationLoss() {
      members.append(JSONMember(key: "final_validation_loss", value: .number(validation)))
    }
    members.append(
      JSONMember(key: "parameters", value: trainer.model.layout.json(trainer.rawParameters)))
    if !trainer.scaling.isIdentity {
      members.append(
        JSONMember(
          key: "parameters_normalized", value: trainer.model.layout.json(trainer.parameters)))
    }
    members.append(JSONMember(key: "diverged", value: .bool(trainer.divergence != nil)))
    members.append(
      JSONMember(
        key: "diverged_at", value: trainer.divergence.map { .number(Double($0.epoch)) } ?? .null))
    members.append(
      JSONMember(key: "message", value: trainer.divergence.map { .string($0.message) } ?? .null))
    members.append(JSONMember(key: "elapsed_seconds", value: .number(elapsedSeconds)))
    return .object(members)
  }

  /// The report for people: the run, a short table of loss by epoch, the final loss and
  /// the parameters in raw units. Ends with a newline.
  public var text: String {
    let settings = trainer.configuration.optimizer
    var lines: [String] = []
    var heading =
      "\(trainer.model.architecture.name) on \(dataName), \(trainer.loss.name) loss"
    if solver == "closed-form" {
      heading += ", least-squares closed form"
    } else {
      heading +=
        ", \(settings.kind.name) at learning rate \(settings.learningRate.shortDescription)"
      if trainer.effectiveBatchSize < trainer.training.count {
        heading += ", batches of \(trainer.effectiveBatchSize)"
      }
    }
    if trainer.configuration.normalization != .none {
      heading += ", \(trainer.configuration.normalization.rawValue) features"
    }
    lines.append(heading)
    if !recorded.epochs.isEmpty {
      lines.append("")
      let hasValidation = recorded.validationLosses != nil
      let epochWidth = Swift.max(5, String(recorded.epochs.last ?? 0).count)
      lines.append(
        "epoch".leftPadded(to: epochWidth) + "  " + "loss".leftPadded(to: 12)
          + (hasValidation ? "  " + "validation".leftPadded(to: 12) : ""))
      for k in Self.tableRows(count: recorded.epochs.count) {
        var line =
          String(recorded.epochs[k]).leftPadded(to: epochWidth) + "  "
          + recorded.losses[k].formatted(significantDigits: 6).leftPadded(to: 12)
        if let validation = recorded.validationLosses, k < validation.count {
          line += "  " + validation[k].formatted(significantDigits: 6).leftPadded(to: 12)
        }
        lines.append(line)
      }
    }
    lines.append("")
    lines.append("final loss: \(trainer.currentLoss().formatted(significantDigits: 6))")
    if let validation = trainer.currentValidationLoss() {
      lines.append("final validation loss: \(validation.formatted(significantDigits: 6))")
    }
    lines.append("parameters (raw units):")
    let raw = trainer.rawParameters
    for entry in trainer.model.layout.entries {
      let values = raw[entry.range].map { $0.formatted(significantDigits: 10) }
      let text: String
      switch entry.shape.count {
      case 0: text = values[0]
      case 1: text = "[" + values.joined(separator: ", ") + "]"
      default:
        let columns = entry.shape[1]
        text =
          "["
          + (0..<entry.shape[0]).map { r in
            "[" + values[(r * columns)..<((r + 1) * columns)].joined(separator: ", ") + "]"
          }.joined(separator: ", ") + "]"
      }
      lines.append("  \(entry.name) = \(text)")
    }
    if let divergence = trainer.divergence {
      lines.append("")
      lines.append("diverged at epoch \(divergence.epoch): \(divergence.message)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Which of `count` sampled rows the text table shows: about ten, evenly spaced, always
  /// the first and the last.
  static func tableRows(count: Int) -> [Int] {
    guard count > 12 else { return Array(0..<count) }
    var rows = (0..<10).map { $0 * (count - 1) / 10 }
    rows.append(count - 1)
    return rows
  }
}
