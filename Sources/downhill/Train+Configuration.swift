import Descent

extension Train {
  /// The training run the options describe, checked; `validate()` runs it before `run()`.
  ///
  /// Every refusal names the option at fault (`--lr: the learning rate must be …`), so
  /// `downhill train` gives one clear sentence for a bad request.
  func trainingConfiguration() throws -> TrainingConfiguration {
    let architecture = try Architecture(
      parsing: model, hidden: activation, output: output.activation)
    if case .mlp = architecture {
    } else if activation != .tanh || output != .identity {
      throw OptionError(
        "--activation and --output shape an MLP; the \(architecture.name) model has none")
    }
    if momentum != nil && optimizer != .momentum && optimizer != .nesterov {
      throw OptionError(
        "--momentum sets the momentum of the momentum and nesterov optimizers; "
          + "\(optimizer.name) has none")
    }
    guard seed <= 1 << 53 else {
      throw OptionError(
        "--seed must be a whole number from 0 to 9007199254740992 (2^53), so that reports "
          + "can print it exactly")
    }
    guard epochs >= 0 else {
      throw OptionError("--epochs must be 0 or more, not \(epochs)")
    }
    guard recordEvery >= 1 else {
      throw OptionError("--record-every must be 1 or more, not \(recordEvery)")
    }
    if let split, !(split > 0 && split < 1) {
      throw OptionError(
        "--split is the fraction of rows to train on, a number between 0 and 1 such as 0.8; "
          + "\(split.shortDescription) is not")
    }
    let settings = OptimizerSettings(
      optimizer, learningRate: lr, momentum: momentum ?? 0.9, batchSize: batchSize)
    if let problem = settings.problem {
      switch problem.setting {
      case .learningRate: throw OptionError("--lr: " + problem.message)
      case .momentum: throw OptionError("--momentum: " + problem.message)
      case .optimizer:
        // A batch size for full-batch descent: say which option gives mini-batches.
        throw OptionError(
          "gd is full-batch gradient descent and takes no batch size; use --optimizer sgd "
            + "for mini-batches")
      case .batchSize: throw OptionError("--batch-size: " + problem.message)
      }
    }
    return TrainingConfiguration(
      architecture: architecture, loss: loss, optimizer: settings,
      normalization: normalize, trainingFraction: split, seed: seed)
  }
}
