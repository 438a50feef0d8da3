import Descent

/// The tables `show` prints of a run: its parameters, gradient, data or recent losses.
struct RunReport {
  /// The run shown.
  let run: Run

  var trainer: Trainer { run.trainer }
  var function: FunctionDescent? { run.function }

  /// `show params`, `show grads`, `show data` or `show history`, line by line.
  func lines(_ topic: ShowTopic) -> [String] {
    switch topic {
    case .params:
      if let function { return [function.summary] }
      let raw = trainer.rawParameters
      return trainer.model.layout.entries.map { entry in
        "\(entry.name) = \(Value(raw, entry).formatted)"
      }
    case .grads:
      if let function { return [function.gradientSummary] }
      let gradient = trainer.rawGradient
      var lines = trainer.model.layout.entries.map { entry in
        "∂L/∂\(entry.name) = \(Value(gradient, entry).formatted)"
      }
      let norm = gradient.reduce(0) { $0 + $1 * $1 }.squareRoot()
      lines.append("‖∇L‖ = \(norm.formatted(significantDigits: 6))")
      return lines
    case .data:
      let data = trainer.trainingRowsRaw
      let header = (data.featureNames + [data.targetName]).joined(separator: "  ")
      var lines = ["\(data.name): \(data.count) rows", header]
      for i in 0..<Swift.min(data.count, 12) {
        let row = (0..<data.featureCount).map {
          data.feature(i, $0).formatted(significantDigits: 6)
        }
        lines.append(
          (row + [data.targets[i].formatted(significantDigits: 6)]).joined(separator: "  "))
      }
      if data.count > 12 { lines.append("… \(data.count - 12) more rows") }
      return lines
    case .history:
      if let function {
        guard !function.history.isEmpty else { return ["no steps yet"] }
        let first = Swift.max(0, function.history.count - 10)
        return ["step  f (before the step)"]
          + function.history.indices.dropFirst(first).map { k in
            "\(k + 1)  \(function.history[k].formatted(significantDigits: 6))"
          }
      }
      let history = trainer.history
      guard let epochs = history.recentEpochs else { return ["no epochs yet"] }
      var lines = ["epoch  loss (before the update)"]
      for epoch in epochs.suffix(10) {
        let loss = history.recentLoss(epoch: epoch) ?? .nan
        lines.append("\(epoch)  \(loss.formatted(significantDigits: 6))")
      }
      return lines
    }
  }
}
