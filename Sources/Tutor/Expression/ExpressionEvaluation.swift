/// One run of a statement's instructions: the value stack and the work done so far.
struct ExpressionEvaluation {
  let limits: ExpressionLimits
  /// Element operations charged so far; never more than `limits.stepBudget`.
  private(set) var stepsTaken = 0
  private var stack: [Value] = []

  init(limits: ExpressionLimits) {
    self.limits = limits
  }

  /// Runs `program` and returns the one value it leaves.
  mutating func run(
    _ program: [ExpressionInstruction], in environment: some ExpressionEnvironment
  ) throws(ExpressionError) -> Value {
    var counter = 0
    while counter < program.count {
      let instruction = program[counter]
      counter += 1
      switch instruction {
      case .constant(let value):
        stack.append(value)
      case .load(let name, let span):
        stack.append(try load(name, at: span, from: environment))
      case .array(let elements, let opener):
        let items = try pop(elements.count)
        stack.append(try array(items, spans: elements, opener: opener))
      case .negate(let span):
        stack.append(try map(pop(), at: span) { -$0 })
      case .not(let span):
        let x = try truthValue(pop(), of: "'not'", side: "it got", at: span)
        stack.append(.number(x ? 0 : 1))
      case .binary(let op, let symbol, let span):
        let right = try pop()
        let left = try pop()
        if op == .matrixProduct {
          stack.append(try matrixProduct(left, right, label: "'\(symbol)'", at: span))
        } else {
          stack.append(try combine(left, right, op, symbol: symbol, at: span))
        }
      case .transpose(let span):
        stack.append(try transpose(pop(), at: span))
      case .index(let base, let indices):
        let positions = try pop(indices.count)
        let value = try pop()
        stack.append(try index(value, by: positions, base: base, indices: indices))
      case .call(let function, let arguments, let name):
        let values = try pop(arguments.count)
        stack.append(try call(function, values, arguments: arguments, name: name))
      case .shortCircuit(let op, let target, let span):
        let left = try truthValue(pop(), of: "'\(op.keyword)'", side: "its left side is", at: span)
        if op == .and, !left {
          stack.append(.number(0))
          counter = target
        } else if op == .or, left {
          stack.append(.number(1))
          counter = target
        }
      case .truth(let op, let span):
        let right = try truthValue(
          pop(), of: "'\(op.keyword)'", side: "its right side is", at: span)
        stack.append(.number(right ? 1 : 0))
      }
    }
    guard stack.count == 1, let result = stack.last else { throw Self.internalProblem }
    return result
  }

  // MARK: - Stack

  private mutating func pop() throws(ExpressionError) -> Value {
    guard let value = stack.popLast() else { throw Self.internalProblem }
    return value
  }

  /// The top `count` values, in the order they were pushed.
  private mutating func pop(_ count: Int) throws(ExpressionError) -> [Value] {
    guard count <= stack.count else { throw Self.internalProblem }
    let values = Array(stack.suffix(count))
    stack.removeLast(count)
    return values
  }

  /// A compiled program that does not balance its stack: a bug here, not the student's.
  private static let internalProblem = ExpressionError(
    "internal error: the expression was compiled wrongly; please report this line")

  // MARK: - Limits

  /// Counts `steps` element operations (at least one), or throws if the budget would run
  /// out. Called before the work is done, so a hopeless operation is refused at once.
  mutating func charge(_ steps: Int, at span: ExpressionSpan) throws(ExpressionError) {
    let steps = Swift.max(steps, 1)
    guard steps <= limits.stepBudget - stepsTaken else {
      throw ExpressionError(
        "this expression does too much work (over \(limits.stepBudget) steps); "
          + "use smaller arrays or fewer operations", at: span)
    }
    stepsTaken += steps
  }

  /// Checks that a result of `rows` × `columns` elements (a vector when `rows` is nil) fits
  /// `limits.maximumElements`, and charges a step for each element. Call before allocating.
  mutating func reserve(
    rows: Int?, columns: Int, at span: ExpressionSpan
  ) throws(ExpressionError) {
    let (count, overflow) = (rows ?? 1).multipliedReportingOverflow(by: columns)
    guard !overflow, count <= limits.maximumElements else {
      let shape =
        rows.map { Value.describeMatrix(rows: $0, columns: columns) }
        ?? Value.describeVector(count: columns)
      throw ExpressionError(
        "the result would be \(shape), more than the limit of \(limits.maximumElements) "
          + "elements", at: span)
    }
    try charge(count, at: span)
  }

  /// `a × b × c` for step counts, saturating instead of overflowing.
  static func product(_ factors: Int...) -> Int {
    var result = 1
    for factor in factors {
      let (next, overflow) = result.multipliedReportingOverflow(by: factor)
      if overflow { return Int.max }
      result = next
    }
    return result
  }
}
