/// An `exercise` block: the student writes an expression or a few assignments, or a
/// Python program (a loop, a function), checked against the reference on several random
/// states of the session.
public struct Exercise: Sendable, Hashable {
  /// What to write.
  public var prompt: String
  /// The reference: one expression, or assignments one a line (`D_m = …`); a program's
  /// lines.
  public var reference: [String]
  /// The reference program (`program:`), when the student writes Python that runs
  /// whole, such as a training loop; nil for an expression exercise.
  public var program: String?
  /// The names a program's values are compared by once it has run (`compare:`).
  public var compared: [String] = []
  /// Which states the answer is checked on.
  public var states: StateSpace
  /// How close each value must be, relative to its size.
  public var tolerance: Double

  /// Creates an exercise whose answer is a program, compared by the names `compared`.
  public init(
    prompt: String, program: String, compared: [String], states: StateSpace = StateSpace(),
    tolerance: Double = 1e-6
  ) {
    self.init(
      prompt: prompt, reference: program.codeLines, states: states,
      tolerance: tolerance)
    self.program = program
    self.compared = compared
  }

  /// Creates an exercise.
  public init(
    prompt: String, reference: [String], states: StateSpace = StateSpace(),
    tolerance: Double = 1e-6
  ) {
    self.prompt = prompt
    self.reference = reference
    self.states = states
    self.tolerance = tolerance
  }
}

/// The random states an answer is checked on: variables drawn from ranges.
public struct StateSpace: Sendable, Hashable {
  /// Each variable varied and its range; empty varies every parameter in −3…3.
  public var ranges: [(name: String, low: Double, high: Double)]
  /// How many states besides the session's own.
  public var count: Int

  /// Creates a state space.
  public init(ranges: [(name: String, low: Double, high: Double)] = [], count: Int = 4) {
    self.ranges = ranges
    self.count = count
  }

  public static func == (lhs: StateSpace, rhs: StateSpace) -> Bool {
    lhs.count == rhs.count
      && lhs.ranges.map { "\($0.name) \($0.low) \($0.high)" }
        == rhs.ranges.map { "\($0.name) \($0.low) \($0.high)" }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for range in ranges {
      hasher.combine(range.name)
      hasher.combine(range.low)
      hasher.combine(range.high)
    }
  }
}
