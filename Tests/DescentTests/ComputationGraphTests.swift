import Descent
import Foundation
import Testing

@Suite struct ComputationGraphTests {
  // MARK: - Helpers

  private typealias NodeID = ComputationGraph.NodeID

  /// |actual − expected| ≤ tolerance·max(1, |expected|).
  private func isClose(_ actual: Double, _ expected: Double, _ tolerance: Double) -> Bool {
    abs(actual - expected) <= tolerance * max(1, abs(expected))
  }

  /// ∂output/∂input by central finite differences, (f(x + h) − f(x − h)) / 2h, moving the input
  /// with `setInput` (so this also checks that `setInput` recomputes every value).
  private func centralDifference(
    _ graph: ComputationGraph, of output: NodeID, withRespectTo input: NodeID
  ) -> Double {
    var graph = graph
    let x = graph[input].value
    let h = 1e-6 * max(1, abs(x))
    graph.setInput(input, to: x + h)
    let above = graph[output].value
    graph.setInput(input, to: x - h)
    let below = graph[output].value
    return (above - below) / (2 * h)
  }

  /// A graph of one operation on inputs named a, b (or x) with the given values.
  private func oneOperationGraph(
    _ values: [Double], _ build: (inout ComputationGraph, [NodeID]) -> NodeID
  ) -> (graph: ComputationGraph, inputs: [NodeID], output: NodeID) {
    var graph = ComputationGraph()
    let names = values.count == 1 ? ["x"] : ["a", "b"]
    let inputs = zip(names, values).map { graph.input($0, $1) }
    let output = build(&graph, inputs)
    return (graph, inputs, output)
  }

  /// Checks every input's gradient against central differences at each point.
  private func expectGradientsMatchFiniteDifferences(
    _ name: String, at points: [[Double]],
    sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ build: (inout ComputationGraph, [NodeID]) -> NodeID
  ) {
    for point in points {
      var (graph, inputs, output) = oneOperationGraph(point, build)
      graph.backward(from: output)
      for (k, input) in inputs.enumerated() {
        let numeric = centralDifference(graph, of: output, withRespectTo: input)
        let gradient = graph[input].gradient
        #expect(
          isClose(gradient, numeric, 1e-6),
          "\(name) at \(point): ∂/∂input \(k) is \(gradient), finite differences say \(numeric)",
          sourceLocation: sourceLocation)
      }
    }
  }

  /// The value and local derivatives of one operation at `values`.
  private func evaluate(
    _ values: [Double], _ build: (inout ComputationGraph, [NodeID]) -> NodeID
  ) -> (value: Double, localDerivatives: [Double]) {
    let (graph, _, output) = oneOperationGraph(values, build)
    return (graph[output].value, graph[output].localDerivatives)
  }

  /// micrograd's README example, with the README's Python alongside.
  private struct MicrogradExample {
    var graph = ComputationGraph()
    let a: NodeID
    let b: NodeID
    let g: NodeID

    init() {
      a = graph.input("a", -4)  // a = Value(-4.0)
      b = graph.input("b", 2)  // b = Value(2.0)
      var c = graph.add(a, b)  // c = a + b
      var d = graph.add(  // d = a * b + b**3
        graph.multiply(a, b), graph.power(b, 3))
      c = graph.add(c, graph.add(c, graph.constant(1)))  // c += c + 1
      c = graph.add(  // c += 1 + c + (-a)
        c, graph.add(graph.add(graph.constant(1), c), graph.negate(a)))
      d = graph.add(  // d += d * 2 + (b + a).relu()
        d, graph.add(graph.multiply(d, graph.constant(2)), graph.relu(graph.add(b, a))))
      d = graph.add(  // d += 3 * d + (b - a).relu()
        d, graph.add(graph.multiply(graph.constant(3), d), graph.relu(graph.subtract(b, a))))
      let e = graph.subtract(c, d)  // e = c - d
      let f = graph.power(e, 2)  // f = e**2
      var g = graph.divide(f, graph.constant(2))  // g = f / 2.0
      g = graph.add(g, graph.divide(graph.constant(10), f), label: "g")  // g += 10.0 / f
      self.g = g
    }
  }

  // MARK: - Forward and backward on whole expressions

  @Test func reproducesMicrogradsReadmeExample() {
    // By hand, near a = −4, b = 2 (where a + b < 0 and b − a > 0, so the relus are 0 and
    // b − a): c = 3a + 4b + 3 = −1, d = 12(ab + b³) + b − a = 6, e = c − d = −7, f = e² = 49,
    //   g = f/2 + 10/f = 49/2 + 10/49 = 2421/98 ≈ 24.7041
    //   dg/df = 1/2 − 10/f² = 2381/4802,  df/de = 2e = −14
    //   ∂e/∂a = 4 − 12b = −20,  ∂e/∂b = 3 − 12a − 36b² = −93
    //   dg/da = 2381/4802 · (−14) · (−20) = 333340/2401 ≈ 138.8338   (micrograd prints these)
    //   dg/db = 2381/4802 · (−14) · (−93) = 1550031/2401 ≈ 645.5773
    var example = MicrogradExample()
    example.graph.backward(from: example.g)
    let graph = example.graph
    #expect(isClose(graph[example.g].value, 2421.0 / 98.0, 1e-15))
    #expect(isClose(graph[example.a].gradient, 333_340.0 / 2_401.0, 1e-14))
    #expect(isClose(graph[example.b].gradient, 1_550_031.0 / 2_401.0, 1e-14))
    #expect(graph[example.g].label == "g")
  }

  @Test func nodeUsedTwiceGetsBothContributions() {
    // y = x·x: the multiply node lists x twice, with local derivatives (x, x), so
    // dy/dx = x + x = 2x.
    var graph = ComputationGraph()
    let x = graph.input("x", 3)
    let y = graph.multiply(x, x)
    graph.backward(from: y)
    #expect(graph[y].value == 9)
    #expect(graph[y].inputs == [x, x])
    #expect(graph[y].localDerivatives == [3, 3])
    #expect(graph[x].gradient == 6)
  }

  @Test func fanOutSumsThePathsThroughEachUse() {
    // u = x + 1, v = 2x, y = u·v = 2x² + 2x, so dy/dx = 4x + 2 = 14 at x = 3
    // (the paths: ∂y/∂u·∂u/∂x + ∂y/∂v·∂v/∂x = v·1 + u·2 = 6 + 8).
    var graph = ComputationGraph()
    let x = graph.input("x", 3)
    let u = graph.add(x, graph.constant(1))
    let v = graph.multiply(graph.constant(2), x)
    let y = graph.multiply(u, v)
    graph.backward(from: y)
    #expect(graph[y].value == 24)
    #expect(graph[u].gradient == 6)
    #expect(graph[v].gradient == 4)
    #expect(graph[x].gradient == 14)
  }

  @Test func neuronGradientsMatchTheClosedForm() {
    // o = tanh(n), n = w1·x1 + w2·x2 + b:
    //   ∂o/∂n = 1 − o²,  ∂o/∂wᵢ = (1 − o²)·xᵢ,  ∂o/∂xᵢ = (1 − o²)·wᵢ,  ∂o/∂b = 1 − o².
    // First at micrograd's lecture neuron, where n = ln(1 + √2) = atanh(1/√2), so o = 1/√2
    // and 1 − o² = 1/2 exactly in real numbers.
    func neuron(_ x1: Double, _ x2: Double, _ w1: Double, _ w2: Double, _ b: Double)
      -> (ComputationGraph, [NodeID], NodeID)
    {
      var graph = ComputationGraph()
      let ids = [
        graph.input("x1", x1), graph.input("x2", x2), graph.input("w1", w1),
        graph.input("w2", w2), graph.input("b", b),
      ]
      let n = graph.add(
        graph.add(graph.multiply(ids[2], ids[0]), graph.multiply(ids[3], ids[1])), ids[4],
        label: "n")
      let o = graph.tanh(n, label: "o")
      graph.backward(from: o)
      return (graph, ids, o)
    }

    let (lecture, l, lo) = neuron(2, 0, -3, 1, 6.881_373_587_019_543_2)
    #expect(isClose(lecture[lo].value, 0.5.squareRoot(), 1e-12))
    let expectedLecture: [Double] = [-1.5, 0.5, 1, 0, 0.5]  // x1, x2, w1, w2, b
    for (id, expected) in zip(l, expectedLecture) {
      #expect(isClose(lecture[id].gradient, expected, 1e-12), "\(lecture[id].label)")
    }

    // Then at an arbitrary point, against the formula evaluated here.
    let (x1, x2, w1, w2, b) = (0.7, -1.3, 0.4, 0.9, -0.2)
    let o = Foundation.tanh(w1 * x1 + w2 * x2 + b)
    let slope = 1 - o * o
    let (graph, ids, out) = neuron(x1, x2, w1, w2, b)
    #expect(isClose(graph[out].value, o, 1e-15))
    let expected = [slope * w1, slope * w2, slope * x1, slope * x2, slope]
    for (id, expected) in zip(ids, expected) {
      #expect(isClose(graph[id].gradient, expected, 1e-15), "\(graph[id].label)")
    }
  }

  @Test func nodesOutsideTheOutputsAncestryKeepGradientZero() {
    var graph = ComputationGraph()
    let x = graph.input("x", 2)
    let y = graph.input("y", 5)
    let unused = graph.exp(y)  // depends on y, but the output does not depend on it
    let z = graph.multiply(x, x)
    let later = graph.add(z, y)  // made after z, uses z, not an ancestor of z
    graph.backward(from: z)
    #expect(graph[x].gradient == 4)
    #expect(graph[z].gradient == 1)
    #expect(graph[y].gradient == 0)
    #expect(graph[unused].gradient == 0)
    #expect(graph[later].gradient == 0)
    #expect(graph.topologicalOrder(to: z) == [x, z])
  }

  @Test func backwardStartsFromZeroEachTime() {
    // Unlike PyTorch's .grad, gradients do not pile up over calls.
    var graph = ComputationGraph()
    let x = graph.input("x", 3)
    let y = graph.multiply(x, x)
    graph.backward(from: y)
    graph.backward(from: y)
    #expect(graph[x].gradient == 6)
    // A backward pass from another node replaces the gradients too.
    graph.backward(from: x)
    #expect(graph[x].gradient == 1)
    #expect(graph[y].gradient == 0)
  }

  // MARK: - Step by step

  @Test func stepsVisitNodesInReverseTopologicalOrder() {
    // x(0), y(1), s = x·y (2), u = x + 1 (3, not used by the output), o = tanh(s) (4).
    var graph = ComputationGraph()
    let x = graph.input("x", 0.5)
    let y = graph.input("y", -2)
    let s = graph.multiply(x, y)
    let u = graph.add(x, graph.constant(1))
    let o = graph.tanh(s)
    #expect(graph.topologicalOrder(to: o) == [x, y, s, o])
    #expect(graph.isBackwardFinished)
    #expect(graph.backwardStep() == nil)

    graph.beginBackward(from: o)
    #expect(!graph.isBackwardFinished)
    #expect(graph.nextBackwardNode == o)
    #expect(graph[o].gradient == 1)
    #expect(graph[s].gradient == 0)

    // Visiting o passes do/ds = 1 − tanh²(s) to s; x and y wait for s's turn.
    #expect(graph.backwardStep() == o)
    let slope = 1 - graph[o].value * graph[o].value
    #expect(graph[s].gradient == slope)
    #expect(graph[x].gradient == 0)
    #expect(graph[y].gradient == 0)

    // Visiting s passes slope·y to x and slope·x to y.
    #expect(graph.backwardStep() == s)
    #expect(graph[x].gradient == slope * -2)
    #expect(graph[y].gradient == slope * 0.5)

    // The leaves are visited last, with nothing to pass on.
    #expect(graph.backwardStep() == y)
    #expect(graph.backwardStep() == x)
    #expect(graph.isBackwardFinished)
    #expect(graph.nextBackwardNode == nil)
    #expect(graph.backwardStep() == nil)
    #expect(graph[u].gradient == 0)
  }

  @Test func steppingGivesExactlyTheGradientsOfBackward() {
    var stepped = MicrogradExample()
    var whole = stepped
    whole.graph.backward(from: whole.g)

    stepped.graph.beginBackward(from: stepped.g)
    var visited: [NodeID] = []
    while let id = stepped.graph.backwardStep() { visited.append(id) }

    #expect(stepped.graph.nodes == whole.graph.nodes)
    #expect(visited == stepped.graph.topologicalOrder(to: stepped.g).reversed())
    #expect(visited.first == stepped.g)
    // Every node of this example feeds g, so every node is visited.
    #expect(visited.count == stepped.graph.nodes.count)
  }

  // MARK: - setInput

  @Test func settingAnInputRecomputesValuesAndClearsGradients() {
    // y = x² + 3x, z = ln y.
    var graph = ComputationGraph()
    let x = graph.input("x", 2)
    let y = graph.add(graph.power(x, 2), graph.multiply(graph.constant(3), x))
    let z = graph.log(y)
    #expect(graph[y].value == 10)
    graph.beginBackward(from: z)
    _ = graph.backwardStep()

    graph.setInput(x, to: 5)
    #expect(graph[x].value == 5)
    #expect(graph[y].value == 40)
    #expect(graph[z].value == Foundation.log(40))
    #expect(graph[z].localDerivatives == [1.0 / 40])
    #expect(graph.nodes.allSatisfy { $0.gradient == 0 })
    #expect(graph.isBackwardFinished)

    // dz/dx = (2x + 3)/y = 13/40 at x = 5.
    graph.backward(from: z)
    #expect(graph[x].gradient == 13.0 / 40)
  }

  // MARK: - Each operation

  @Test func binaryOperationGradientsMatchFiniteDifferences() {
    let points: [[Double]] = [[3, -2], [-1.5, 0.5], [0.7, 4], [-2.5, -0.3]]
    expectGradientsMatchFiniteDifferences("add", at: points) { $0.add($1[0], $1[1]) }
    expectGradientsMatchFiniteDifferences("subtract", at: points) { $0.subtract($1[0], $1[1]) }
    expectGradientsMatchFiniteDifferences("multiply", at: points) { $0.multiply($1[0], $1[1]) }
    expectGradientsMatchFiniteDifferences("divide", at: points) { $0.divide($1[0], $1[1]) }
    expectGradientsMatchFiniteDifferences(
      "pow", at: [[2, 3], [0.5, -1.5], [3.2, 0.7], [1, 2.5], [0.1, 0.1]]
    ) { $0.pow($1[0], $1[1]) }
  }

  @Test func unaryOperationGradientsMatchFiniteDifferences() {
    let anywhere: [[Double]] = [[-2.5], [-0.3], [0], [0.8], [3]]
    let positive: [[Double]] = [[0.1], [0.5], [1], [2.5], [40]]
    expectGradientsMatchFiniteDifferences("negate", at: anywhere) { $0.negate($1[0]) }
    expectGradientsMatchFiniteDifferences("exp", at: anywhere) { $0.exp($1[0]) }
    expectGradientsMatchFiniteDifferences("log", at: positive) { $0.log($1[0]) }
    expectGradientsMatchFiniteDifferences("tanh", at: anywhere) { $0.tanh($1[0]) }
    expectGradientsMatchFiniteDifferences("sigmoid", at: anywhere + [[-30], [30]]) {
      $0.sigmoid($1[0])
    }
    expectGradientsMatchFiniteDifferences("relu", at: [[-2.5], [-0.3], [0.8], [3]]) {
      $0.relu($1[0])
    }
    expectGradientsMatchFiniteDifferences("abs", at: [[-2.5], [-0.3], [0.8], [3]]) {
      $0.abs($1[0])
    }
    for p in [2, 3, -1, 0.5, 2.5, 0] {
      expectGradientsMatchFiniteDifferences("power \(p)", at: positive) { $0.power($1[0], p) }
    }
    for p in [2.0, 3, -1, -2] {
      // Whole exponents are defined for negative x too.
      expectGradientsMatchFiniteDifferences("power \(p)", at: [[-2.5], [-0.3]]) {
        $0.power($1[0], p)
      }
    }
  }

  @Test func eachOperationHasTheHandDerivedLocalDerivatives() {
    // Exactly representable cases, derived by hand.
    #expect(evaluate([3, -2]) { $0.add($1[0], $1[1]) } == (1, [1, 1]))
    #expect(evaluate([3, -2]) { $0.subtract($1[0], $1[1]) } == (5, [1, -1]))
    #expect(evaluate([3, -2]) { $0.multiply($1[0], $1[1]) } == (-6, [-2, 3]))
    // 3/−2 = −1.5; ∂/∂a = 1/b = −0.5; ∂/∂b = −a/b² = −3/4
    #expect(evaluate([3, -2]) { $0.divide($1[0], $1[1]) } == (-1.5, [-0.5, -0.75]))
    #expect(evaluate([3]) { $0.negate($1[0]) } == (-3, [-1]))
    // 3² = 9, 2·3 = 6;  4^0.5 = 2, 0.5·4^−0.5 = 0.25
    #expect(evaluate([3]) { $0.power($1[0], 2) } == (9, [6]))
    #expect(evaluate([4]) { $0.power($1[0], 0.5) } == (2, [0.25]))
    // 2³ = 8; ∂/∂a = 3·2² = 12; ∂/∂b = 8·ln 2
    let pow = evaluate([2, 3]) { $0.pow($1[0], $1[1]) }
    #expect(pow.value == 8)
    #expect(pow.localDerivatives[0] == 12)
    #expect(isClose(pow.localDerivatives[1], 8 * Foundation.log(2.0), 1e-15))
    #expect(evaluate([0]) { $0.exp($1[0]) } == (1, [1]))
    #expect(evaluate([1]) { $0.log($1[0]) } == (0, [1]))
    #expect(evaluate([0]) { $0.tanh($1[0]) } == (0, [1]))
    // σ(0) = 1/2, σ′(0) = 1/2 · 1/2
    #expect(evaluate([0]) { $0.sigmoid($1[0]) } == (0.5, [0.25]))
    #expect(evaluate([2]) { $0.relu($1[0]) } == (2, [1]))
    #expect(evaluate([-2]) { $0.relu($1[0]) } == (0, [0]))
  }

  // MARK: - Special values

  /// |x| has no derivative at 0; like PyTorch's `abs`, the graph gives the subgradient 0
  /// there (sign 0), so a descent that lands on the minimum stays, and NaN stays NaN.
  @Test func absHasTheSignAsItsDerivativeAndZeroAtZero() {
    #expect(evaluate([-3]) { $0.abs($1[0]) } == (3, [-1]))
    #expect(evaluate([2]) { $0.abs($1[0]) } == (2, [1]))
    #expect(evaluate([0]) { $0.abs($1[0]) } == (0, [0]))
    #expect(evaluate([-0.0]) { $0.abs($1[0]) } == (0, [0]))
    let nan = evaluate([.nan]) { $0.abs($1[0]) }
    #expect(nan.value.isNaN && nan.localDerivatives[0].isNaN)
  }

  @Test func powerWithAConstantExponentIsFiniteAtZero() {
    // d(x^p)/dx = p·x^(p−1) at x = 0: 1 for p = 1, 0 for p > 1, 0 for p = 0 (x⁰ = 1 is flat),
    // unbounded for p < 1.
    #expect(evaluate([0]) { $0.power($1[0], 1) } == (0, [1]))
    #expect(evaluate([0]) { $0.power($1[0], 2) } == (0, [0]))
    #expect(evaluate([0]) { $0.power($1[0], 3) } == (0, [0]))
    #expect(evaluate([0]) { $0.power($1[0], 0) } == (1, [0]))
    #expect(evaluate([5]) { $0.power($1[0], 0) } == (1, [0]))
    #expect(evaluate([0]) { $0.power($1[0], 0.5) } == (0, [.infinity]))
    // A negative x with a fractional exponent has no real value.
    let root = evaluate([-4]) { $0.power($1[0], 0.5) }
    #expect(root.value.isNaN && root.localDerivatives[0].isNaN)
  }

  @Test func powOfNodesHasNoNaNDerivativeWhereItsValueIsANumber() {
    // a = 0, b > 0: 0ᵇ = 0 is flat in b, so ∂/∂b = 0; ∂/∂a = b·0^(b−1) = 0 for b = 2, 1 for b = 1.
    #expect(evaluate([0, 2]) { $0.pow($1[0], $1[1]) } == (0, [0, 0]))
    #expect(evaluate([0, 1]) { $0.pow($1[0], $1[1]) } == (0, [1, 0]))
    // a = 0, b = 0: 0⁰ = 1 as in C and PyTorch; both derivatives taken as 0.
    #expect(evaluate([0, 0]) { $0.pow($1[0], $1[1]) } == (1, [0, 0]))
    // a < 0, whole b: (−2)³ = −8, ∂/∂a = 3·(−2)² = 12, and ∂/∂b is taken as 0.
    #expect(evaluate([-2, 3]) { $0.pow($1[0], $1[1]) } == (-8, [12, 0]))
    // a < 0, fractional b: no real value, so NaN throughout.
    let root = evaluate([-2, 0.5]) { $0.pow($1[0], $1[1]) }
    #expect(root.value.isNaN && root.localDerivatives.allSatisfy(\.isNaN))
    // a = 0, b < 0: 0⁻¹ = ∞ with infinite, not NaN, derivatives.
    #expect(evaluate([0, -1]) { $0.pow($1[0], $1[1]) } == (.infinity, [-.infinity, -.infinity]))
  }

  @Test func logOutsideItsDomainGivesInfinityOrNaNWithoutTrapping() {
    #expect(evaluate([0]) { $0.log($1[0]) } == (-.infinity, [.infinity]))
    let negative = evaluate([-1]) { $0.log($1[0]) }
    #expect(negative.value.isNaN)
    #expect(evaluate([2, 0]) { $0.divide($1[0], $1[1]) }.value == .infinity)
  }

  @Test func sigmoidSaturatesWithoutOverflow() {
    #expect(evaluate([-1000]) { $0.sigmoid($1[0]) } == (0, [0]))
    #expect(evaluate([1000]) { $0.sigmoid($1[0]) } == (1, [0]))
    // σ(−x) = 1 − σ(x): both branches agree.
    let left = evaluate([-1.25]) { $0.sigmoid($1[0]) }.value
    let right = evaluate([1.25]) { $0.sigmoid($1[0]) }.value
    #expect(isClose(left, 1 - right, 1e-15))
    #expect(isClose(right, 1 / (1 + Foundation.exp(-1.25)), 1e-15))
  }

  @Test func reluHasDerivativeZeroAtZeroAndKeepsNaN() {
    #expect(evaluate([0]) { $0.relu($1[0]) } == (0, [0]))
    #expect(evaluate([.nan]) { $0.relu($1[0]) }.value.isNaN)
  }

  @Test func exponentialOverflowsToInfinity() {
    #expect(evaluate([1000]) { $0.exp($1[0]) } == (.infinity, [.infinity]))
  }
}
