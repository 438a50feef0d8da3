import Descent

extension Session {
  /// Evaluates an expression or assignment typed by the student and returns what to print:
  /// the value, `name = value` for an assignment, or the line with a caret and a sentence.
  mutating func evaluate(_ line: String) -> [String] {
    if function != nil, let output = evaluateInFunction(line) { return output }
    let value: Value
    let statement: Statement
    var environment: SessionVariables
    do {
      statement = try Statement.parse(line)
    } catch {
      return fail(error, in: line)
    }
    environment = SessionVariables(session: self, reading: statement.referencedNames)
    // The environment holds the only reference to the variables while it evaluates, so an
    // assignment updates the dictionary in place instead of copying every variable.
    variables = [:]
    do {
      value = try Evaluator.evaluate(statement, in: &environment)
    } catch {
      variables = environment.userVariables
      return fail(error, in: line)
    }
    variables = environment.userVariables
    if let name = statement.assignedName, variables[name] != nil {
      definitions[name] = line.trimmingSpaces
    }
    var lines: [String] = []
    if let name = statement.assignedName {
      lines.append("\(name) = \(value.formatted)")
    } else {
      lines.append(value.formatted)
    }
    if environment.parametersChanged {
      previousParameters = trainer.rawParameters
      trainer.setParameters(raw: environment.parameters)
      path.append(trainer.rawParameters)
      lines.append(
        "the model moved: " + parameterSummary() + "; loss "
          + trainer.currentLoss().formatted(significantDigits: 6))
    }
    return lines
  }

  /// `show params`, `show grads`, `show data` or `show history`.
  func show(_ topic: ShowTopic) -> [String] {
    switch topic {
    case .params:
      if let function { return [function.summary] }
      let raw = trainer.rawParameters
      return trainer.model.layout.entries.map { entry in
        "\(entry.name) = \(Self.value(raw, entry).formatted)"
      }
    case .grads:
      if let function { return [function.gradientSummary] }
      let gradient = rawGradient
      var lines = trainer.model.layout.entries.map { entry in
        "∂L/∂\(entry.name) = \(Self.value(gradient, entry).formatted)"
      }
      lines.append(
        "‖∇L‖ = \(gradient.reduce(0) { $0 + $1 * $1 }.squareRoot().formatted(significantDigits: 6))"
      )
      return lines
    case .data:
      let data = trainingRowsRaw
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
      let shown = Array(epochs.suffix(10))
      var lines = ["epoch  loss (before the update)"]
      for epoch in shown {
        let loss = history.recentLoss(epoch: epoch) ?? .nan
        lines.append("\(epoch)  \(loss.formatted(significantDigits: 6))")
      }
      return lines
    }
  }

  /// One layout entry of a flat vector as a value.
  static func value(_ flat: [Double], _ entry: ParameterLayout.Entry) -> Value {
    let slice = Array(flat[entry.range])
    switch entry.shape.count {
    case 0: return .number(slice[0])
    case 1: return .vector(slice)
    default: return .matrix(rows: entry.shape[0], columns: entry.shape[1], slice)
    }
  }

  /// The command list, or one command's usage.
  func help(_ topic: String?) -> [String] {
    if let topic {
      guard let entry = Command.summaries.first(where: { $0.word == topic.lowercased() }) else {
        return ["there is no command '\(topic)'; type help for the list"]
      }
      return ["\(entry.usage): \(entry.meaning)"]
    }
    let width = Command.summaries.map { $0.usage.count }.max() ?? 0
    var lines = Command.summaries.map { entry in
      entry.usage + String(repeating: " ", count: Swift.max(1, width - entry.usage.count + 2))
        + entry.meaning
    }
    lines.append("anything else is an expression, such as D_m = (-2/n) * sum(X * (Y - Y_pred))")
    return lines
  }
}
