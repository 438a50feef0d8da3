import Descent

/// Gradient descent on a function of one or two named variables, such as `(x - 3)**2` for
/// the valley lesson or Rosenbrock's `(1 - x)**2 + 100*(y - x**2)**2`; each gradient comes
/// from the core's autodiff graph of the expression.
public struct FunctionDescent: Sendable {
  /// The expression as typed.
  public let source: String
  /// Its variables, in order of first appearance (one or two).
  public let variables: [String]
  /// Where descent started.
  public internal(set) var start: [Double]
  /// The current point.
  public internal(set) var point: [Double]
  /// The step size.
  public var learningRate: Double
  /// f at the start of each step taken.
  public internal(set) var history: [Double] = []
  /// Every point visited, the start first.
  public internal(set) var trail: [[Double]]
  let statement: Statement

  /// Descent on `statement` over `variables` from `start`.
  init(
    source: String, statement: Statement, variables: [String], start: [Double],
    learningRate: Double
  ) {
    self.source = source
    self.statement = statement
    self.variables = variables
    self.start = start
    point = start
    self.learningRate = learningRate
    trail = [start]
  }

  /// Whether the last step could not be taken: f or its gradient was not finite at the
  /// point, or the step would leave the finite numbers.
  public internal(set) var isStalled = false

  /// f at `point`.
  public func value(at point: [Double]) -> Double {
    (try? ExpressionGraph(statement, variables: variables, at: point))?.value ?? .nan
  }

  /// f and ∇f at the current point, from the autodiff graph.
  func valueAndGradient() -> (value: Double, gradient: [Double])? {
    guard var graph = try? ExpressionGraph(statement, variables: variables, at: point) else {
      return nil
    }
    graph.graph.backward(from: graph.output)
    return (graph.value, graph.inputs.map { graph.graph[$0].gradient })
  }

  /// One step: x ← x − η ∇f(x). Returns f before the step and the gradient, or nil when
  /// the function is not finite there (the point then stays).
  mutating func step() -> (value: Double, gradient: [Double])? {
    guard let (value, gradient) = valueAndGradient(), value.isFinite,
      gradient.allSatisfy(\.isFinite)
    else {
      isStalled = true
      return nil
    }
    let next = zip(point, gradient).map { $0 - learningRate * $1 }
    guard next.allSatisfy(\.isFinite) else {
      isStalled = true
      return nil
    }
    isStalled = false
    history.append(value)
    point = next
    trail.append(next)
    return (value, gradient)
  }

  /// Starts over from `point`: it becomes the start, and the history is cleared.
  mutating func restart(at point: [Double]) {
    isStalled = false
    start = point
    self.point = point
    history = []
    trail = [point]
  }

  /// Back to the start.
  mutating func reset() {
    isStalled = false
    point = start
    history = []
    trail = [start]
  }

  /// Goes back `steps` steps.
  mutating func rewind(_ steps: Int) {
    isStalled = false
    let keep = Swift.max(0, history.count - steps)
    history = Array(history.prefix(keep))
    trail = Array(trail.prefix(keep + 1))
    point = trail[trail.count - 1]
  }

  /// Where descent is: the point and f there.
  public var snapshot: ParameterSnapshot {
    .point(variables: variables, at: point, f: value(at: point))
  }

  /// `x = 2.7, f = 0.09`.
  public var summary: String { snapshot.text }

  /// Runs `count` steps, or stops at the first that cannot be taken, or before any step
  /// when `stop` says so (a graded session's time has run out).
  mutating func steps(_ count: Int, stop: () -> Bool = { false }) -> [SessionEvent] {
    var first: Double?
    var last: Double?
    var ran = 0
    for _ in 0..<count {
      if stop() { break }
      guard let result = step() else { return [.stalled(snapshot)] }
      if first == nil { first = result.value }
      last = result.value
      ran += 1
    }
    guard let first, let last else { return [] }
    return [
      .stepped(steps: (history.count - ran + 1)...history.count, from: first, to: last),
      .parameters(snapshot),
    ]
  }

  /// `∂f/∂x = -0.6`.
  public var gradientSummary: String {
    guard let (_, gradient) = valueAndGradient() else { return "the gradient is not finite here" }
    return zip(variables, gradient).map { "∂f/∂\($0) = \($1.formatted(significantDigits: 7))" }
      .joined(separator: ", ")
  }
}
