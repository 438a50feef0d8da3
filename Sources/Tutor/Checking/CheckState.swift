import Descent

/// One state of the workspace an answer is checked on, and how it reads in a
/// counterexample.
struct CheckState {
  /// The workspace in this state.
  var workspace: Workspace
  /// The varied names and values: `m = 0.3`.
  var description: StateDescription
}

/// How a state reads in a counterexample: the varied numbers with their values, and the
/// varied vectors and matrices named together.
struct StateDescription: Sendable, Hashable {
  /// `m = 0.3`, one a varied number.
  var values: [String] = []
  /// `random W1, b1` (or `the current …`), when vectors or matrices were varied.
  var arrays: String?

  /// Every part, numbers first: what a report lists.
  var parts: [String] { values + (arrays.map { [$0] } ?? []) }

  /// Where the state is, in words: "at m = 0.3, c = 1.2", "with random W1, b1".
  var place: String {
    var place = values.isEmpty ? "" : "at " + values.joined(separator: ", ")
    if let arrays { place += (place.isEmpty ? "with " : ", with ") + arrays }
    return place
  }
}

extension Workspace {
  /// The workspace itself, then `space.count` random states drawn with `seed`.
  func checkStates(_ space: StateSpace, seed: UInt64) -> [CheckState] {
    let ranges = space.ranges.isEmpty ? defaultRanges : space.ranges
    var generator = SeededGenerator(seed: seed)
    var states = [
      CheckState(workspace: self, description: describe(ranges.map(\.name), random: false))
    ]
    // Each varied name's shape, read once: a vector parameter gets a random vector.
    let shapes = ranges.map { (try? value(of: $0.name))?.shape ?? [] }
    for _ in 0..<space.count {
      var environment = scratchpad.environment(run, reading: [])
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
      var state = self
      state.adopt(environment)
      states.append(
        CheckState(
          workspace: state, description: state.describe(ranges.map(\.name), random: true)))
    }
    return states
  }

  /// What is varied when a lesson does not say: a line's m and c, a function's variables,
  /// or every parameter of another model.
  private var defaultRanges: [(name: String, low: Double, high: Double)] {
    if let function = run.function { return function.variables.map { ($0, -3, 3) } }
    if run.trainer.model.isSingleLayer && run.trainer.model.inputCount == 1 {
      return [("m", -3, 3), ("c", -3, 3)]
    }
    return run.trainer.model.layout.entries.map { ($0.name, -1, 1) }
  }

  /// `name = value` for each name that is a number, as the workspace holds them now; the
  /// vectors and matrices are named together (`random W1, b1`), since their values would
  /// not fit a sentence.
  func describe(_ names: [String], random: Bool) -> StateDescription {
    var description = StateDescription()
    var arrays: [String] = []
    for name in names {
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
}
