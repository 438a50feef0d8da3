// The backward pass (reverse-mode differentiation), all at once or one node a step.
//
// For the output L and a node u used by the nodes v₁, v₂, … (the chain rule, summed over
// every use):
//
//   ∂L/∂L = 1
//   ∂L/∂u = Σᵥ ∂L/∂v · ∂v/∂u
//
// ∂v/∂u is v's local derivative for that input. Visiting nodes in reverse topological
// order, each node v *adds* ∂L/∂v · ∂v/∂u into every input u. Every user of u comes after u
// in topological order, so it has added its term before u's turn: u's gradient is complete
// when u passes it on. A node used twice (x·x) is an input twice and gets both terms.

extension ComputationGraph {
  /// The nodes that `output` depends on, and `output` itself, inputs first.
  ///
  /// It is a topological order (every node after all of its inputs), in creation order;
  /// nodes that `output` does not depend on are left out.
  public func topologicalOrder(to output: NodeID) -> [NodeID] {
    precondition(
      contains(output), "ComputationGraph.topologicalOrder: no node \(output.index) in this graph")
    // Inputs have smaller indices than their users, so one sweep down from the output
    // marks every ancestor before it is reached.
    var isAncestor = [Bool](repeating: false, count: output.index + 1)
    isAncestor[output.index] = true
    for i in stride(from: output.index, through: 0, by: -1) where isAncestor[i] {
      for input in nodes[i].inputs { isAncestor[input.index] = true }
    }
    return isAncestor.indices.filter { isAncestor[$0] }.map { NodeID(index: $0) }
  }

  /// Computes ∂output/∂node into every node's `gradient`.
  ///
  /// Gradients start from 0 on every call (they do not pile up across calls, unlike
  /// PyTorch's `.grad`); nodes that `output` does not depend on keep gradient 0. The result
  /// is the same as `beginBackward(from:)` followed by `backwardStep()` until it is nil.
  public mutating func backward(from output: NodeID) {
    beginBackward(from: output)
    while backwardStep() != nil {}
  }

  /// Starts a step-by-step backward pass: every gradient is 0 but the output's, which is 1
  /// (∂L/∂L), and every node the output depends on waits its turn, output first.
  ///
  /// Then each `backwardStep()` passes one node's gradient on to its inputs.
  public mutating func beginBackward(from output: NodeID) {
    precondition(
      contains(output), "ComputationGraph.beginBackward: no node \(output.index) in this graph")
    for i in nodes.indices { nodes[i].gradient = 0 }
    nodes[output.index].gradient = 1
    // Visited from the end: reverse topological order.
    pendingBackward = topologicalOrder(to: output)
  }

  /// Visits the next node of the backward pass: adds its gradient times each local
  /// derivative into its inputs' gradients, and returns it; nil once every node is visited.
  ///
  /// Nodes come in reverse topological order (reverse creation order), the output first.
  /// Leaves are visited too, with nothing to pass on, so an animation can show them
  /// finished. Without `beginBackward(from:)` there is nothing to visit.
  public mutating func backwardStep() -> NodeID? {
    guard let id = pendingBackward.popLast() else { return nil }
    // ∂L/∂u += ∂L/∂v · ∂v/∂u for each input u of v = nodes[id].
    let v = nodes[id.index]
    for (k, u) in v.inputs.enumerated() {
      nodes[u.index].gradient += v.gradient * v.localDerivatives[k]
    }
    return id
  }

  /// The node the next `backwardStep()` visits; nil when the backward pass is finished.
  public var nextBackwardNode: NodeID? {
    pendingBackward.last
  }

  /// Whether every node of the current backward pass has been visited (also true before
  /// any backward pass, and after `setInput(_:to:)`).
  public var isBackwardFinished: Bool {
    pendingBackward.isEmpty
  }
}
