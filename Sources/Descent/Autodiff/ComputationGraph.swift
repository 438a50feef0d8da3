/// A scalar expression as a graph of nodes, with reverse-mode differentiation (backprop).
///
/// The backprop lessons build small expressions here, such as a neuron
/// `tanh(w1·x1 + w2·x2 + b)`, then run the backward pass one node at a time to show each
/// node's value, its local derivatives and the gradient that reaches it.
///
/// The graph is an arena of nodes in creation order. A node can only use nodes that exist
/// already, so creation order is a topological order: inputs come before what uses them.
/// Every builder (`add`, `multiply`, `tanh`, …) computes its node's value and its local
/// derivatives at once, as micrograd does; `backward(from:)` then multiplies them along
/// every path, in reverse creation order.
///
/// ```swift
/// var graph = ComputationGraph()
/// let x = graph.input("x", 3)
/// let y = graph.multiply(x, x, label: "y")  // y = x², a node used twice
/// graph.backward(from: y)
/// graph[x].gradient                         // dy/dx = 2x = 6
/// ```
///
/// Values follow IEEE arithmetic and never trap: `log` of 0 is −∞ and of a negative number
/// NaN, and NaN travels on through everything computed from it.
public struct ComputationGraph: Sendable {
  /// Every node, in creation order; `nodes[id.index]` is the node `id`.
  public internal(set) var nodes: [Node] = []

  /// The nodes still to visit in the step-by-step backward pass, in topological order:
  /// the next one is the last.
  var pendingBackward: [NodeID] = []

  /// Creates an empty graph.
  public init() {}

  /// The node `id`; it must come from this graph.
  public subscript(id: NodeID) -> Node {
    precondition(contains(id), "ComputationGraph: no node \(id.index) in this graph")
    return nodes[id.index]
  }

  /// Adds an input: a leaf whose value the lesson may change later with `setInput(_:to:)`.
  ///
  /// The label names it on screen (`x1`, `w1`, `b`).
  public mutating func input(_ label: String, _ value: Double) -> NodeID {
    append(
      Node(
        id: NodeID(index: nodes.count), operation: .input, label: label, inputs: [],
        value: value, localDerivatives: []))
  }

  /// Adds a constant: a leaf that keeps its value. Its label defaults to the value itself.
  ///
  /// The backward pass still gives a constant a gradient, which a lesson is free to show or
  /// to hide.
  public mutating func constant(_ value: Double, label: String? = nil) -> NodeID {
    append(
      Node(
        id: NodeID(index: nodes.count), operation: .constant, label: label ?? "\(value)",
        inputs: [], value: value, localDerivatives: []))
  }

  /// Gives the input `id` a new value, then recomputes every node's value and local
  /// derivatives.
  ///
  /// All gradients go back to 0 and any step-by-step backward pass is abandoned: run
  /// `backward(from:)` or `beginBackward(from:)` again. `id` must be an input of this graph.
  public mutating func setInput(_ id: NodeID, to value: Double) {
    precondition(contains(id), "ComputationGraph.setInput: no node \(id.index) in this graph")
    precondition(
      nodes[id.index].operation == .input,
      "ComputationGraph.setInput: node \(id.index) is a \(nodes[id.index].operation), "
        + "not an input")
    nodes[id.index].value = value
    recomputeForward()
  }

  // MARK: - Building

  /// Adds a node computed by `operation` from `inputs`, with its value and local derivatives.
  mutating func apply(_ operation: Operation, _ inputs: [NodeID], label: String?) -> NodeID {
    precondition(
      inputs.count == operation.arity,
      "ComputationGraph: \(operation) takes \(operation.arity) input(s), not \(inputs.count)")
    for input in inputs {
      precondition(
        contains(input),
        "ComputationGraph: \(operation) of node \(input.index), which is not in this graph")
    }
    let (value, localDerivatives) = operation.evaluate(inputs.map { nodes[$0.index].value })
    return append(
      Node(
        id: NodeID(index: nodes.count), operation: operation, label: label ?? "",
        inputs: inputs, value: value, localDerivatives: localDerivatives))
  }

  private mutating func append(_ node: Node) -> NodeID {
    nodes.append(node)
    return node.id
  }

  /// Recomputes every computed node from its inputs, in creation order (a topological
  /// order, so inputs are always up to date), and clears the backward pass.
  private mutating func recomputeForward() {
    for i in nodes.indices {
      nodes[i].gradient = 0
      guard nodes[i].operation.arity > 0 else { continue }
      let (value, localDerivatives) = nodes[i].operation.evaluate(
        nodes[i].inputs.map { nodes[$0.index].value })
      nodes[i].value = value
      nodes[i].localDerivatives = localDerivatives
    }
    pendingBackward = []
  }

  func contains(_ id: NodeID) -> Bool {
    id.index >= 0 && id.index < nodes.count
  }
}
