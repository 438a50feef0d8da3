extension ComputationGraph {
  /// One node of the graph: what it computes, from what, its value and its gradient.
  ///
  /// `localDerivatives[k]` is ∂value/∂inputs[k], taken at the current values. `gradient` is
  /// ∂output/∂value for the output of the last backward pass: 0 until that pass reaches the
  /// node, and 0 for every node the output does not depend on.
  public struct Node: Sendable, Hashable {
    /// The node's handle.
    public let id: NodeID
    /// What the node computes from its inputs.
    public let operation: Operation
    /// The node's name on screen, such as `x1` or `n`; empty if it was given none.
    public let label: String
    /// The nodes this one is computed from, in operand order (`a`, then `b` for `a − b`).
    /// A node used twice, as in `x·x`, appears twice.
    public let inputs: [NodeID]
    /// The node's value from the forward computation.
    public internal(set) var value: Double
    /// ∂value/∂inputs[k], one a input, at the current values; empty for a leaf.
    public internal(set) var localDerivatives: [Double]
    /// ∂output/∂value, accumulated by the backward pass; 0 before it reaches the node.
    public internal(set) var gradient: Double = 0

    init(
      id: NodeID, operation: Operation, label: String, inputs: [NodeID], value: Double,
      localDerivatives: [Double]
    ) {
      self.id = id
      self.operation = operation
      self.label = label
      self.inputs = inputs
      self.value = value
      self.localDerivatives = localDerivatives
    }
  }
}
