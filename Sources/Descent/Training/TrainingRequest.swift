import Interchange

/// A training run as a person asks for it, in words (`--model poly:2 --optimizer adam`),
/// checked and turned into a `TrainingConfiguration`.
///
/// Every check names the option at fault, so `downhill train` and scripts get one clear
/// sentence for a bad request.
public struct TrainingRequest: Sendable, Hashable {
  /// The configuration the words describe.
  public let configuration: TrainingConfiguration
  /// Epochs to train.
  public let epochs: Int
  /// Keep every K-th epoch's loss in reports.
  public let recordEvery: Int
  /// Whether to solve by least squares instead of descending.
  public let usesClosedForm: Bool

  /// Parses and checks the options of `downhill train` (see its help for their meaning).
  public init(
    data: String = "houses", target: String? = nil, model: String = "linear",
    activation: String = "tanh", output: String = "identity", loss: String? = nil,
    optimizer: String = "gd", learningRate: Double = 0.01, momentum: Double? = nil,
    batchSize: Int? = nil, seed: UInt64 = 0, epochs: Int = 1000, solver: String = "descent",
    normalize: String = "none", split: Double? = nil, recordEvery: Int = 1
  ) throws(DescentError) {
    guard let hidden = Activation(rawValue: activation.lowercased()) else {
      throw Self.unknown("--activation", activation, Activation.allCases.map(\.rawValue))
    }
    guard let outputActivation = Activation(rawValue: output.lowercased()),
      outputActivation == .identity || outputActivation == .sigmoid
    else {
      throw Self.unknown("--output", output, ["identity", "sigmoid"])
    }
    let architecture = try Architecture(parsing: model, hidden: hidden, output: outputActivation)
    if case .mlp = architecture {
    } else {
      if activation.lowercased() != "tanh" || output.lowercased() != "identity" {
        throw DescentError(
          "--activation and --output shape an MLP; the \(architecture.name) model has none")
      }
    }
    var chosenLoss: Loss?
    if let loss {
      guard let parsed = Loss(rawValue: loss.lowercased()) else {
        throw Self.unknown("--loss", loss, Loss.allCases.map(\.rawValue))
      }
      chosenLoss = parsed
    }
    guard let kind = OptimizerKind(rawValue: optimizer.lowercased()) else {
      throw Self.unknown("--optimizer", optimizer, OptimizerKind.allCases.map(\.rawValue))
    }
    if momentum != nil && kind != .momentum && kind != .nesterov {
      throw DescentError(
        "--momentum sets the momentum of the momentum and nesterov optimizers; "
          + "\(kind.name) has none")
    }
    guard let normalization = Normalization(rawValue: normalize.lowercased()) else {
      throw Self.unknown("--normalize", normalize, Normalization.allCases.map(\.rawValue))
    }
    switch solver.lowercased() {
    case "descent": usesClosedForm = false
    case "closed-form": usesClosedForm = true
    default: throw Self.unknown("--solver", solver, ["descent", "closed-form"])
    }
    guard seed <= 1 << 53 else {
      throw DescentError(
        "--seed must be a whole number from 0 to 9007199254740992 (2^53), so that reports "
          + "can print it exactly")
    }
    guard epochs >= 0 else {
      throw DescentError("--epochs must be 0 or more, not \(epochs)")
    }
    guard recordEvery >= 1 else {
      throw DescentError("--record-every must be 1 or more, not \(recordEvery)")
    }
    if let split, !(split > 0 && split < 1) {
      throw DescentError(
        "--split is the fraction of rows to train on, a number between 0 and 1 such as 0.8; "
          + "\(split.shortDescription) is not")
    }
    let settings = OptimizerSettings(
      kind, learningRate: learningRate, momentum: momentum ?? 0.9, batchSize: batchSize)
    if let problem = settings.problem {
      switch problem.setting {
      case .learningRate: throw DescentError("--lr: " + problem.message)
      case .momentum: throw DescentError("--momentum: " + problem.message)
      case .optimizer:
        // A batch size for full-batch descent: say which option gives mini-batches.
        throw DescentError(
          "gd is full-batch gradient descent and takes no batch size; use --optimizer sgd "
            + "for mini-batches")
      case .batchSize: throw DescentError("--batch-size: " + problem.message)
      }
    }
    configuration = TrainingConfiguration(
      architecture: architecture, loss: chosenLoss, optimizer: settings,
      normalization: normalization, trainingFraction: split, seed: seed)
    self.epochs = epochs
    self.recordEvery = recordEvery
  }

  private static func unknown(_ option: String, _ value: String, _ choices: [String])
    -> DescentError
  {
    DescentError(
      "\(option) \(value.quotedForMessage) is not one of "
        + choices.joined(separator: ", "))
  }
}
