import Descent

/// One state of the workspace an answer is checked on, and how it reads in a
/// counterexample.
struct CheckState {
  /// The workspace in this state.
  var workspace: Workspace
  /// The varied names and values that matter to the answer: `m = 0.3`.
  var description: StateDescription
}

/// How a state reads in a counterexample: the varied numbers with their values, and the
/// varied vectors, matrices and data named together.
struct StateDescription: Sendable, Hashable {
  /// `m = 0.3`, one a varied number.
  var values: [String] = []
  /// `random W1, b1` (or `the current …`), when vectors or matrices were varied.
  var arrays: String?
  /// `other data (X, Y)`, when the data was varied.
  var data: String?

  /// Every part, numbers first: what a report lists.
  var parts: [String] { values + [arrays, data].compactMap { $0 } }

  /// Where the state is, in words: "at m = 0.3, c = 1.2", "with random W1, b1", "with
  /// other data (X)".
  var place: String {
    var place = values.isEmpty ? "" : "at " + values.joined(separator: ", ")
    for part in [arrays, data].compactMap({ $0 }) {
      place += (place.isEmpty ? "with " : ", with ") + part
    }
    return place
  }
}

/// What the random states vary: each named variable's range, and whether the data varies
/// too.
struct StatePlan {
  /// Each varied name and its range.
  var ranges: [(name: String, low: Double, high: Double)]
  /// The names whose values matter to the answer's target (directly, or through the
  /// predictions, the loss or the gradient); only these are named in a counterexample.
  var relevant: Set<String>
  /// Whether some states draw other data (the data's columns matter to the target).
  var variesData: Bool
}

extension Workspace {
  /// The workspace itself, then `space.count` random states drawn with `seed`: the first
  /// half vary the parameters (or the lesson's `vary` names), the rest the data as well,
  /// within its shape and domain, so an answer that is a constant for this data fails.
  func checkStates(_ space: StateSpace, reading names: Set<String>, seed: UInt64)
    -> [CheckState]
  {
    let plan = statePlan(space, reading: names)
    var generator = SeededGenerator(seed: seed)
    let ranges = plan.ranges
    var states = [
      CheckState(
        workspace: self, description: describe(ranges.map(\.name), plan: plan, random: false))
    ]
    // Each varied name's shape, read once: a vector parameter gets a random vector.
    let shapes = ranges.map { (try? value(of: $0.name))?.shape ?? [] }
    let parametersOnly = plan.variesData ? space.count / 2 : space.count
    for index in 0..<space.count {
      var state = self
      let otherData = index >= parametersOnly
      if otherData { state.run.vary(dataWith: &generator) }
      var environment = state.scratchpad.environment(state.run, reading: [])
      for (range, shape) in zip(ranges, shapes) {
        let count = shape.reduce(1, *)
        let elements = (0..<Swift.max(count, 1)).map { _ in
          (generator.nextUniform(in: range.low, range.high) * 10).rounded() / 10
        }
        let value: Value
        switch shape.count {
        case 0: value = .number(elements[0])
        case 1: value = .vector(elements)
        default: value = .matrix(rows: shape[0], columns: shape[1], elements)
        }
        try? environment.assign(value, to: range.name)
      }
      state.adopt(environment)
      var description = state.describe(ranges.map(\.name), plan: plan, random: true)
      if otherData { description.data = state.run.dataDescription(relevant: plan.relevant) }
      states.append(CheckState(workspace: state, description: description))
    }
    return states
  }

  /// What to vary for an answer whose reference reads `names`.
  func statePlan(_ space: StateSpace, reading names: Set<String>) -> StatePlan {
    let ranges = space.ranges.isEmpty ? defaultRanges : space.ranges
    var relevant = names
    let parameters = Set(parameterNames)
    // Derived values depend on the parameters and the data they are computed from.
    if names.contains("Y_pred") || names.contains(where: Self.isActivation) {
      relevant.formUnion(parameters.union(["X"]))
    }
    if !names.isDisjoint(with: ["loss", "grad", "val_loss"]) {
      relevant.formUnion(parameters.union(["X", "Y"]))
    }
    if names.contains("f") || (names.contains("grad") && run.function != nil) {
      relevant.formUnion(run.function?.variables ?? [])
    }
    // A line's parameters answer to m and c and to the layout's names.
    let layoutNames = run.trainer.model.layout.entries.map(\.name)
    if isLine && !relevant.isDisjoint(with: layoutNames) { relevant.formUnion(["m", "c"]) }
    let variesData = run.function == nil && !relevant.isDisjoint(with: ["X", "Y"])
    return StatePlan(ranges: ranges, relevant: relevant, variesData: variesData)
  }

  /// `h1`, `h2`, …: a hidden layer's activations.
  private static func isActivation(_ name: String) -> Bool {
    name.count >= 2 && name.first == "h" && name.dropFirst().allSatisfy(\.isNumber)
  }

  /// Whether the model is a line with the course's `m` and `c`.
  private var isLine: Bool {
    run.function == nil && run.trainer.model.isStraightLine
  }

  /// The model's parameters by the names the prompt reads (a line's `m` and `c` too), or
  /// a function's variables.
  var parameterNames: [String] {
    if let function = run.function { return function.variables }
    return isLine ? ["m", "c"] : run.trainer.model.layout.entries.map(\.name)
  }

  /// What is varied when a lesson does not say: a line's m and c, a function's variables,
  /// or every parameter of another model.
  private var defaultRanges: [(name: String, low: Double, high: Double)] {
    if let function = run.function { return function.variables.map { ($0, -3, 3) } }
    if isLine { return [("m", -3, 3), ("c", -3, 3)] }
    return run.trainer.model.layout.entries.map { ($0.name, -1, 1) }
  }

  /// `name = value` for each varied name that matters and is a number, as the workspace
  /// holds them now; the vectors and matrices are named together (`random W1, b1`), since
  /// their values would not fit a sentence.
  func describe(_ names: [String], plan: StatePlan, random: Bool) -> StateDescription {
    var description = StateDescription()
    var arrays: [String] = []
    for name in names where plan.relevant.contains(name) || isLineParameter(name, plan) {
      guard let value = try? value(of: name) else { continue }
      if case .number = value {
        description.values.append("\(name) = \(value.formatted)")
      } else {
        arrays.append(name)
      }
    }
    if !arrays.isEmpty {
      description.arrays = (random ? "random " : "the current ") + arrays.joined(separator: ", ")
    }
    return description
  }

  /// A line's `m` or `c` when the other names of its parameters matter.
  private func isLineParameter(_ name: String, _ plan: StatePlan) -> Bool {
    isLine && (name == "m" || name == "c") && !plan.relevant.isDisjoint(with: ["m", "c"])
  }
}

extension Run {
  /// Replaces the data with a random dataset of the same shape and domain, the model and
  /// its parameters kept: each column is redrawn (0/1 columns stay 0/1, positive columns
  /// stay positive).
  mutating func vary(dataWith generator: inout SeededGenerator) {
    let varied = dataset.varied(with: &generator)
    let raw = trainer.rawParameters
    guard var next = try? Trainer(dataset: varied, configuration: configuration) else { return }
    next.setParameters(raw: raw)
    dataset = varied
    trainer = next
  }

  /// `other data (X, Y)`: the data's names that matter.
  func dataDescription(relevant: Set<String>) -> String {
    let names = ["X", "Y"].filter(relevant.contains)
    return "other data (" + names.joined(separator: ", ") + ")"
  }
}

extension Dataset {
  /// A dataset of the same shape with every column redrawn near its values: a column of
  /// 0s and 1s gets random 0s and 1s, a positive column is scaled by 0.5…1.5 a value, and
  /// any other is moved by up to its spread. Values are rounded to 0.01.
  func varied(with generator: inout SeededGenerator) -> Dataset {
    var columns = (0..<featureCount).map(column)
    var target = targets
    for j in columns.indices { columns[j] = Self.vary(columns[j], with: &generator) }
    target = Self.vary(target, with: &generator)
    var features = [Double](repeating: 0, count: count * featureCount)
    for (j, values) in columns.enumerated() {
      for (i, value) in values.enumerated() { features[i * featureCount + j] = value }
    }
    return Dataset(
      name: name, featureNames: featureNames, targetName: targetName, features: features,
      targets: target)
  }

  /// One column redrawn, keeping its domain.
  private static func vary(_ values: [Double], with generator: inout SeededGenerator)
    -> [Double]
  {
    if values.allSatisfy({ $0 == 0 || $0 == 1 }) {
      return values.map { _ in generator.nextUnit() < 0.5 ? 0 : 1 }
    }
    func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
    if values.allSatisfy({ $0 > 0 }) {
      return values.map { value in
        let scaled = value * generator.nextUniform(in: 0.5, 1.5)
        return scaled >= 0.01 ? rounded(scaled) : scaled
      }
    }
    let mean = values.reduce(0, +) / Double(Swift.max(values.count, 1))
    let variance =
      values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(Swift.max(values.count, 1))
    let spread = Swift.max(variance.squareRoot(), 1)
    return values.map { rounded($0 + generator.nextUniform(in: -spread, spread)) }
  }
}
