import Descent
import Python

/// The run's names as the student's Python sees them, for one cell.
///
/// Reads: the data (`X`, `Y`, `n`), the parameters under the course's names (`m`, `c`
/// for a line; `w`, `b`, `W1`, `b1`, … otherwise), the learning rate (`L`, `lr`), and what
/// is computed from them (`Y_pred`, `loss`, `grad`, `epoch`, …) at the parameters as
/// they are at that moment. A name the student assigns hides the computed one until
/// `del`; the pinned names (parameters, learning rate, data) are the run's: assigning them
/// moves the model, sets the rate, or, for `X` and `Y` of one length, makes them the data.
///
/// A pass of the innermost loop that moved the model is an epoch of the run, its loss
/// the loss of the parameters the pass started from; each pass of a loop around such a
/// loop ends one run of an overlay on the loss chart, as `compare` draws.
final class SessionNames: InterpreterHost {
  /// The run, changed by what the cell assigned.
  private(set) var run: Run
  /// The state kept between cells (the student's values of pinned names, what was said).
  private(set) var state: PromptState
  /// What happened, in order, besides what the cell printed.
  private(set) var events: [SessionEvent] = []
  /// Epochs the cell's passes ran.
  private(set) var epochsRun = 0
  /// Stop the cell, as paused, once this many passes have been epochs.
  let epochLimit: Int?
  /// Whether the cell stopped because of `epochLimit`.
  private(set) var reachedLimit = false

  /// The parameters as the cell left them (raw units), ahead of the run until synced.
  private var parameters: [Double]
  private var parametersAhead = false
  private let layout: ParameterLayout
  private let isLine: Bool
  /// A function's point, when the run minimizes a function.
  private var point: [Double]?
  private let pointVariables: [String]
  /// The student's old-language variables (from answers adopted by the lesson).
  private let variables: [String: Value]
  /// numpy as `np` and matplotlib's pyplot as `plt`, before the student imports them.
  private let modules: [String: PyValue]

  private var frames: [LoopFrame] = []
  private var overlay: [Comparison.Run] = []
  private var rateSetInCell = false
  private var trainedFrom: (epoch: Int, loss: Double)?
  private var trainedTo: (epoch: Int, loss: Double)?
  /// The data values built once a cell (the columns as arrays).
  private var dataCache: [String: PyValue] = [:]

  /// The names a student may assign that hide a computed one, said once each.
  static let computedNames: Set<String> = [
    "n", "Y_pred", "loss", "epoch", "grad", "f", "diverged", "rises", "last_loss", "val_loss",
  ]

  private struct LoopFrame {
    /// This pass assigned a parameter itself.
    var moved = false
    /// The loss of the parameters this pass started from (taken at its first move).
    var startLoss: Double?
    /// Epochs the inner loops ran during this pass.
    var innerEpochs = 0
  }

  init(
    run: Run, state: PromptState, variables: [String: Value], modules: [String: PyValue],
    epochLimit: Int?
  ) {
    self.run = run
    var state = state
    if let adopted = state.adoptedData, adopted != run.dataset {
      state.adoptedData = nil
      state.pinned["X"] = nil
      state.pinned["Y"] = nil
    }
    self.state = state
    self.variables = variables
    self.modules = modules
    self.epochLimit = epochLimit
    parameters = run.trainer.rawParameters
    layout = run.trainer.model.layout
    isLine = run.trainer.model.isStraightLine
    point = run.function?.point
    pointVariables = run.function?.variables ?? []
  }

  // MARK: - Reading

  var lentNames: [String] {
    var names = ["X", "Y", "n", "L", "lr", "epoch", "loss", "Y_pred", "grad"]
    if isLine { names += ["m", "c"] }
    names += layout.entries.map(\.name)
    names += pointVariables
    names += variables.keys
    names += modules.keys
    names += PromptFunctions.table.keys
    return names
  }

  var listedNames: [String] {
    var names: Set<String> = ["X", "Y", "n", "L", "lr", "epoch", "loss", "Y_pred", "grad"]
    if isLine { names.formUnion(["m", "c"]) }
    names.formUnion(layout.entries.map(\.name))
    names.formUnion(pointVariables)
    names.formUnion(variables.keys)
    return names.sorted()
  }

  func value(of name: String) -> PyValue? {
    if let pinnedValue = pinnedValue(name) { return pinnedValue }
    switch name {
    case "X", "Y":
      if let value = state.pinned[name] { return value }
      return data(name)
    case "n": return .float(Double(run.trainer.trainingRowsRaw.count))
    case "L", "lr":
      if let value = state.pinned[name], value.numbers?.values == [run.learningRate] {
        return value
      }
      return .float(run.learningRate)
    case "epoch":
      return .int(run.function.map { $0.history.count } ?? run.trainer.epoch)
    default: break
    }
    if let computed = computed(name) { return computed }
    if let variable = variables[name] { return PyValue(variable) }
    if let module = modules[name] { return module }
    return PromptFunctions.table[name]
  }

  /// A parameter's or a function variable's current value: the student's own value while
  /// it is still the number the run holds.
  private func pinnedValue(_ name: String) -> PyValue? {
    if let index = pointVariables.firstIndex(of: name), let point {
      return current(name, [point[index]], shape: [])
    }
    if isLine, name == "m" || name == "c" {
      return current(name, [parameters[name == "m" ? 0 : 1]], shape: [])
    }
    guard let entry = layout.entry(named: name) else { return nil }
    return current(name, Array(parameters[entry.range]), shape: entry.shape)
  }

  private func current(_ name: String, _ values: [Double], shape: [Int]) -> PyValue {
    if let value = state.pinned[name], let numbers = value.numbers,
      numbers.values.elementsEqual(values, by: { $0.bitPattern == $1.bitPattern })
    {
      return value
    }
    if shape.isEmpty { return .float(values[0]) }
    return NDArray(values: values, shape: shape).map { .array($0) } ?? .float(values[0])
  }

  private func data(_ name: String) -> PyValue {
    if let cached = dataCache[name] { return cached }
    let rows = run.trainer.trainingRowsRaw
    let value: PyValue
    if name == "Y" {
      value = NDArray(values: rows.targets, shape: [rows.count]).map { .array($0) } ?? .none
    } else if rows.featureCount == 1 {
      value = NDArray(values: rows.column(0), shape: [rows.count]).map { .array($0) } ?? .none
    } else {
      value =
        NDArray(values: rows.features, shape: [rows.count, rows.featureCount]).map { .array($0) }
        ?? .none
    }
    dataCache[name] = value
    return value
  }

  /// The trainer at the cell's parameters.
  private var trainer: Trainer {
    guard parametersAhead else { return run.trainer }
    var trainer = run.trainer
    trainer.setParameters(raw: parameters)
    return trainer
  }

  /// A value computed from the run at the cell's parameters, or nil if `name` is not one.
  private func computed(_ name: String) -> PyValue? {
    if let function = run.function {
      let at = point ?? function.point
      switch name {
      case "f": return .float(function.value(at: at))
      case "grad":
        var descent = function
        descent.restart(at: at)
        return PyValue(.vector(descent.valueAndGradient()?.gradient ?? [.nan]))
      case "diverged": return .bool(!function.value(at: at).isFinite)
      default: break
      }
    }
    switch name {
    case "loss": return .float(trainer.currentLoss())
    case "Y_pred": return PyValue(.vector(trainer.predictionsRaw))
    case "grad": return PyValue(.vector(trainer.rawGradient))
    case "val_loss": return .float(trainer.currentValidationLoss() ?? .nan)
    case "last_loss": return .float(run.trainer.history.last ?? .nan)
    case "diverged": return .bool(run.trainer.divergence != nil)
    case "rises":
      let losses = run.function?.history ?? run.trainer.history.recentLosses
      return .int(RunVariables.rises(in: losses))
    default: break
    }
    if run.trainer.model.isMLP, name.hasPrefix("h"), Int(name.dropFirst()) != nil {
      return trainer.hiddenActivations.first { $0.0 == name }.map { PyValue($0.1) }
    }
    return nil
  }

  // MARK: - Assigning

  func assign(_ value: PyValue, to name: String) -> HostAssignment {
    if let index = pointVariables.firstIndex(of: name), point != nil {
      guard let x = scalar(value), x.isFinite else {
        return .refused("\(name) is a finite number; this is \(describe(value))")
      }
      point?[index] = x
      state.pinned[name] = value
      return .kept
    }
    if isLine, name == "m" || name == "c" {
      return move(name, value, range: (name == "m" ? 0 : 1)..<(name == "m" ? 1 : 2), shape: [])
    }
    if let entry = layout.entry(named: name) {
      return move(name, value, range: entry.range, shape: entry.shape)
    }
    switch name {
    case "L", "lr": return setRate(value, name: name)
    case "X", "Y": return setData(value, name: name)
    default: break
    }
    if Self.computedNames.contains(name) || isHiddenLayer(name) {
      if !state.announcedHidden.contains(name) {
        state.announcedHidden.insert(name)
        events.append(.hidesSessionName(name))
      }
    }
    return .declined
  }

  private func isHiddenLayer(_ name: String) -> Bool {
    guard run.trainer.model.isMLP, name.hasPrefix("h"), let k = Int(name.dropFirst()) else {
      return false
    }
    return k >= 1 && k < run.trainer.model.layerCount
  }

  func deleted(_ name: String) {}

  private func scalar(_ value: PyValue) -> Double? {
    guard let numbers = value.numbers, numbers.values.count == 1, numbers.shape.isEmpty
    else { return nil }
    return numbers.values[0]
  }

  private func describe(_ value: PyValue) -> String {
    if case .int(let i) = value { return "\(i)" }
    if case .list = value, value.numbers == nil { return "a list that is not a table of numbers" }
    guard let numbers = value.numbers else { return "a \(value.typeName)" }
    if numbers.shape.isEmpty { return "\(numbers.values[0])" }
    return "an array of shape (" + numbers.shape.map(String.init).joined(separator: ", ")
      + (numbers.shape.count == 1 ? ",)" : ")")
  }

  /// A parameter assigned: the model moves (at the end of the pass or the cell).
  private func move(_ name: String, _ value: PyValue, range: Range<Int>, shape: [Int])
    -> HostAssignment
  {
    guard let numbers = value.numbers else {
      return .refused("\(name) holds numbers; this is \(describe(value))")
    }
    let fits =
      numbers.shape == shape
      || (shape.isEmpty && numbers.values.count == 1 && numbers.shape.allSatisfy { $0 == 1 })
    guard fits else {
      let wanted =
        shape.isEmpty
        ? "a number"
        : "an array of shape (" + shape.map(String.init).joined(separator: ", ")
          + (shape.count == 1 ? ",)" : ")")
      return .refused("\(name) is \(wanted); this is \(describe(value))")
    }
    guard numbers.values.allSatisfy(\.isFinite) else {
      return .refused(
        "\(name) would be \(describe(value)): the updates ran away (a smaller learning rate "
          + "keeps them finite)")
    }
    if !frames.isEmpty, frames[frames.count - 1].startLoss == nil {
      frames[frames.count - 1].startLoss = trainer.currentLoss()
    }
    if !frames.isEmpty { frames[frames.count - 1].moved = true }
    for (k, x) in zip(range, numbers.values) { parameters[k] = x }
    parametersAhead = true
    state.pinned[name] = value
    return .kept
  }

  private func setRate(_ value: PyValue, name: String) -> HostAssignment {
    guard let rate = scalar(value), rate.isFinite, rate > 0 else {
      return .refused("the learning rate \(name) is a positive number; this is \(describe(value))")
    }
    state.pinned["L"] = value
    state.pinned["lr"] = value
    rateSetInCell = true
    guard rate != run.learningRate else { return .kept }
    let kept = parameters
    sync()
    do {
      events += try run.setLearningRate(rate)
    } catch {
      return .refused(error.message)
    }
    if run.function == nil, run.trainer.rawParameters != kept {
      run.move(to: kept)
    }
    parameters = run.trainer.rawParameters
    parametersAhead = false
    return .kept
  }

  /// `X` or `Y` assigned: once both have one length, they are the run's data.
  private func setData(_ value: PyValue, name: String) -> HostAssignment {
    guard let numbers = value.numbers, (1...2).contains(numbers.shape.count) else {
      return .refused(
        "\(name) is the data: an array, such as np.array([1, 2, 3]); this is \(describe(value))")
    }
    if name == "Y", numbers.shape.count == 2, numbers.shape[1] != 1 {
      return .refused("Y holds one target a row; this is \(describe(value))")
    }
    guard numbers.values.allSatisfy(\.isFinite) else {
      return .refused("\(name) must hold finite numbers")
    }
    state.pinned[name] = value
    dataCache[name] = nil
    let other = name == "X" ? "Y" : "X"
    guard let otherNumbers = (state.pinned[other] ?? data(other)).numbers,
      let rows = numbers.shape.first, otherNumbers.shape.first == rows, rows >= 2
    else { return .kept }
    let (x, y) = name == "X" ? (numbers, otherNumbers) : (otherNumbers, numbers)
    let features = x.shape.count == 2 ? x.shape[1] : 1
    let names = features == 1 ? ["x"] : (1...features).map { "x\($0)" }
    let dataset = Dataset(
      name: "X and Y", featureNames: names, targetName: "y", features: x.values, targets: y.values)
    guard dataset != run.dataset else {
      state.adoptedData = dataset
      return .kept
    }
    let kept = parameters
    sync()
    do {
      let changed = try run.adoptData(dataset)
      if !state.announcedData {
        state.announcedData = true
        events += changed
      }
    } catch {
      state.pinned[name] = nil
      return .refused(error.message)
    }
    if run.trainer.rawParameters.count == kept.count, run.trainer.rawParameters != kept {
      run.move(to: kept)
    }
    state.adoptedData = dataset
    parameters = run.trainer.rawParameters
    parametersAhead = false
    point = run.function?.point
    dataCache = [:]
    return .kept
  }

  // MARK: - Loops

  func loopBegan() {
    frames.append(LoopFrame())
  }

  func passEnded() -> HostVerdict {
    guard var frame = frames.popLast() else { return .goOn }
    if frame.moved && frame.innerEpochs == 0 {
      let loss = frame.startLoss ?? trainer.currentLoss()
      run.recordPass(loss: loss, movedTo: parameters)
      parametersAhead = false
      epochsRun += 1
      if trainedFrom == nil { trainedFrom = (run.trainer.epoch, loss) }
      trainedTo = (run.trainer.epoch, loss)
      for k in frames.indices { frames[k].innerEpochs += 1 }
    } else if frame.innerEpochs > 0 {
      closeOverlayRun(epochs: frame.innerEpochs)
    }
    frame.moved = false
    frame.startLoss = nil
    frame.innerEpochs = 0
    frames.append(frame)
    if let epochLimit, epochsRun >= epochLimit {
      reachedLimit = true
      return .stop("paused")
    }
    return .goOn
  }

  func loopEnded() {
    frames.removeLast()
  }

  /// One run of the overlay: the `epochs` the inner loops ran during an outer pass
  /// (counted, not read off the epoch, which setting a parameter by hand starts over).
  private func closeOverlayRun(epochs: Int) {
    let losses = Array(run.trainer.history.recentLosses.suffix(Swift.max(0, epochs)))
    guard !losses.isEmpty else { return }
    let finalLoss = trainer.currentLoss()
    // The rate names the run when the loop sets it (`L = rate`).
    let label =
      "run \(overlay.count + 1)"
      + (rateSetInCell ? ", lr \(run.learningRate.formatted(significantDigits: 4))" : "")
    let startLoss = losses[0]
    let verdict = Comparison.Verdict.of(
      start: startLoss, final: finalLoss, floor: 0, stopped: !finalLoss.isFinite)
    overlay.append(
      Comparison.Run(
        label: label, losses: losses, epochs: losses.indices.map { Double($0 + 1) },
        path: [], verdict: verdict, startLoss: startLoss, finalLoss: finalLoss,
        divergedAt: nil))
  }

  // MARK: - Finishing

  /// Brings the run up to the cell's parameters.
  private func sync() {
    if parametersAhead {
      run.move(to: parameters)
      parametersAhead = false
    }
  }

  /// Ends the cell: the model moved to where it was left, the epochs and the overlay
  /// reported.
  func finish() {
    frames = []
    if let from = trainedFrom, let to = trainedTo {
      // To the loss where the loop left the model, as the status line shows it (the
      // curve's last point is the loss its last pass started from).
      events.append(
        .trainedByLoop(
          passes: epochsRun, epochs: from.epoch...to.epoch, from: from.loss,
          to: trainer.currentLoss()))
    }
    if overlay.count >= 1 {
      let longest = overlay.map(\.losses.count).max() ?? 0
      events += run.show(Comparison(runs: overlay, epochs: longest))
      overlay = []
    }
    if parametersAhead {
      parametersAhead = false
      if parameters != run.trainer.rawParameters {
        run.move(to: parameters)
        events.append(.modelMoved(run.snapshot, loss: run.trainer.currentLoss()))
      }
    }
    if let point, let function = run.function, point != function.point {
      run.restart(at: point)
      if let index = point.indices.first {
        events.append(
          .movedStart(name: pointVariables[index], value: .number(point[index]), run.snapshot))
      }
    }
  }
}

/// What the prompt's Python keeps between cells besides the interpreter.
struct PromptState: Sendable {
  /// The student's own values of pinned names (`m` as the `np.float64` their update gave),
  /// shown as long as the run still holds that number.
  var pinned: [String: PyValue] = [:]
  /// Computed names the student has hidden with their own, said once each.
  var announcedHidden: Set<String> = []
  /// Whether assigning `X` and `Y` has been said to change the data.
  var announcedData = false
  /// The data the student's `X` and `Y` made, while it is the run's.
  var adoptedData: Dataset?
}

extension PyValue {
  /// An expression value as Python sees it: a float, or a float64 array.
  init(_ value: Value) {
    switch value {
    case .number(let x): self = .float(x)
    case .vector(let xs): self = NDArray(values: xs, shape: [xs.count]).map { .array($0) } ?? .none
    case .matrix(let rows, let columns, let xs):
      self = NDArray(values: xs, shape: [rows, columns]).map { .array($0) } ?? .none
    }
  }
}

extension Value {
  /// A Python value as an expression value, when it holds numbers of rank 0 to 2.
  init?(_ value: PyValue) {
    guard let numbers = value.numbers else { return nil }
    switch numbers.shape.count {
    case 0: self = .number(numbers.values[0])
    case 1: self = .vector(numbers.values)
    case 2: self = .matrix(rows: numbers.shape[0], columns: numbers.shape[1], numbers.values)
    default: return nil
    }
  }
}
