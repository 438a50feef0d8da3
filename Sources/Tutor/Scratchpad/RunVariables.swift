import Descent

/// A run's variables as expressions see them: the data, the model's parameters under
/// their own names (and the course's `m` and `c` for a line), the predictions, the loss,
/// and the student's own variables.
///
/// Built fresh for each evaluation. Assignments to parameters are collected and applied to
/// the trainer afterwards, so `m = m - L*D_m` takes a descent step by hand.
struct RunVariables: ExpressionEnvironment {
  /// Names an expression may read but not assign, with the reason.
  static let readOnly: [String: String] = [
    "X": "X is the data's features",
    "Y": "Y is the data's targets",
    "n": "n is the number of rows",
    "Y_pred": "Y_pred is the model's prediction; change the parameters instead",
    "loss": "loss is computed from the parameters",
    "epoch": "epoch counts the epochs run",
    "lr": "the learning rate changes with the command lr 0.05",
    "L": "the learning rate changes with the command lr 0.05",
    "grad": "grad is computed from the parameters",
    "f": "f is the function's value; move its variables instead",
    "diverged": "diverged says whether training stopped on a divergence",
    "rises": "rises counts the epochs whose loss rose",
    "last_loss": "last_loss is the loss the last epoch recorded",
    "val_loss": "val_loss is computed from the parameters",
  ]

  private let builtIn: [String: Value]
  private let deferredNames: Set<String>
  private let layout: ParameterLayout
  private let isLine: Bool
  /// The parameters after the evaluation (raw units), when it assigned any.
  private(set) var parameters: [Double]
  private(set) var parametersChanged = false
  /// The student's own variables, updated by assignments.
  var userVariables: [String: Value]
  /// The point of the function being minimized (after `model function`), updated by
  /// assignments to its variables.
  private(set) var functionPoint: [Double]?
  private let functionVariables: [String]

  /// The variables of `run` and the student's own `variables`; the costly ones (`Y_pred`, `loss`, `grad`, `h1`, …) are
  /// computed only if `names` (what the statement reads) asks for them.
  init(run: Run, variables: [String: Value], reading names: Set<String>) {
    let trainer = run.trainer
    let data = trainer.trainingRowsRaw
    let model = trainer.model
    var values: [String: Value] = [:]
    let n = data.count
    let d = data.featureCount
    values["X"] = d == 1 ? .vector(data.column(0)) : .matrix(rows: n, columns: d, data.features)
    values["Y"] = .vector(data.targets)
    values["n"] = .number(Double(n))
    let raw = trainer.rawParameters
    for entry in model.layout.entries {
      values[entry.name] = Value(raw, entry)
    }
    isLine = model.isStraightLine
    if isLine {
      values["m"] = .number(raw[0])
      values["c"] = .number(raw[1])
    }
    values["epoch"] = .number(Double(trainer.epoch))
    values["lr"] = .number(run.configuration.optimizer.learningRate)
    values["diverged"] = .number(trainer.divergence == nil ? 0 : 1)
    // The loss the last epoch recorded, before its update: what the course's loop prints.
    values["last_loss"] = .number(trainer.history.last ?? .nan)
    if let function = run.function {
      // A function's own step count, rate, value and gradient replace the model's.
      let f = function.value(at: function.point)
      values["epoch"] = .number(Double(function.history.count))
      values["lr"] = .number(function.learningRate)
      values["f"] = .number(f)
      if names.contains("grad") {
        values["grad"] = .vector(function.valueAndGradient()?.gradient ?? [.nan])
      }
      values["diverged"] = .number(f.isFinite ? 0 : 1)
    }
    if names.contains("rises") {
      let losses = run.function?.history ?? trainer.history.recentLosses
      values["rises"] = .number(Double(Self.rises(in: losses)))
    }
    values["L"] = values["lr"]
    if names.contains("Y_pred") { values["Y_pred"] = .vector(trainer.predictionsRaw) }
    if names.contains("loss") { values["loss"] = .number(trainer.currentLoss()) }
    if names.contains("val_loss") {
      // The loss on the validation rows after `split`; nan without a split.
      values["val_loss"] = .number(trainer.currentValidationLoss() ?? .nan)
    }
    if names.contains("grad"), values["grad"] == nil {
      values["grad"] = .vector(trainer.rawGradient)
    }
    var hidden = model.isMLP ? (1..<model.layerCount).map { "h\($0)" } : []
    if hidden.contains(where: names.contains) {
      for (name, activations) in trainer.hiddenActivations { values[name] = activations }
      hidden = []
    }
    // Names not computed still count as defined, for "did you mean" suggestions.
    deferredNames = Set(["Y_pred", "loss", "val_loss", "grad", "rises"] + hidden)
      .subtracting(values.keys)
    builtIn = values
    layout = model.layout
    parameters = raw
    userVariables = variables
    functionVariables = run.function?.variables ?? []
    functionPoint = run.function?.point
  }

  func value(of name: String) -> Value? {
    if let point = functionPoint, let index = functionVariables.firstIndex(of: name) {
      return .number(point[index])
    }
    if let parameter = parameterValue(name) { return parameter }
    return builtIn[name] ?? userVariables[name]
  }

  /// A parameter's current value (after any assignment in this evaluation).
  private func parameterValue(_ name: String) -> Value? {
    if isLine && (name == "m" || name == "c") {
      return .number(parameters[name == "m" ? 0 : 1])
    }
    guard let entry = layout.entry(named: name) else { return nil }
    return Value(parameters, entry)
  }

  var variableNames: [String] {
    Array(
      Set(builtIn.keys).union(userVariables.keys).union(deferredNames).union(functionVariables)
    ).sorted()
  }

  mutating func assign(_ value: Value, to name: String) throws(ExpressionError) {
    if let reason = Self.readOnly[name] {
      throw ExpressionError("\(reason); it cannot be assigned")
    }
    if var point = functionPoint, let index = functionVariables.firstIndex(of: name) {
      guard case .number(let x) = value, x.isFinite else {
        throw ExpressionError("\(name) is a number; this is \(value.shapeDescription)")
      }
      point[index] = x
      functionPoint = point
      return
    }
    if isLine && (name == "m" || name == "c") {
      guard case .number(let x) = value, x.isFinite else {
        throw ExpressionError("\(name) is a number; this is \(value.shapeDescription)")
      }
      parameters[name == "m" ? 0 : 1] = x
      parametersChanged = true
      return
    }
    if let entry = layout.entry(named: name) {
      let flat: [Double]
      switch (entry.shape.count, value) {
      case (0, .number(let x)): flat = [x]
      case (1, .vector(let xs)) where xs.count == entry.shape[0]: flat = xs
      case (2, .matrix(let r, let c, let xs)) where r == entry.shape[0] && c == entry.shape[1]:
        flat = xs
      default:
        throw ExpressionError(
          "\(name) must be \(entry.shapeDescription); this is \(value.shapeDescription)")
      }
      guard flat.allSatisfy(\.isFinite) else {
        throw ExpressionError("\(name) must hold finite numbers")
      }
      for (k, x) in flat.enumerated() { parameters[entry.offset + k] = x }
      parametersChanged = true
      return
    }
    userVariables[name] = value
  }

  /// How many losses rose above the one before by more than rounding (one part in 10⁹),
  /// so a converged run's last-digit noise is not counted as oscillation.
  static func rises(in losses: [Double]) -> Int {
    zip(losses, losses.dropFirst()).filter { previous, next in
      next > previous + 1e-9 * Swift.max(Swift.abs(previous), 1e-300) || next.isNaN
    }.count
  }
}

extension Value {
  /// One layout entry of a flat parameter vector: a number, a vector or a matrix.
  init(_ flat: [Double], _ entry: ParameterLayout.Entry) {
    let slice = Array(flat[entry.range])
    switch entry.shape.count {
    case 0: self = .number(slice[0])
    case 1: self = .vector(slice)
    default: self = .matrix(rows: entry.shape[0], columns: entry.shape[1], slice)
    }
  }
}
