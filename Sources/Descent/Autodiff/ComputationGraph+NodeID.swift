extension ComputationGraph {
  /// A node's handle: its position in creation order, valid only in the graph that made it.
  ///
  /// IDs compare by creation order, which is a topological order: a node's inputs always
  /// have smaller IDs than the node.
  public struct NodeID: Hashable, Sendable, Comparable {
    /// The node's position in `ComputationGraph.nodes`.
    public let index: Int

    /// Whether `lhs` was created before `rhs`.
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool {
      lhs.index < rhs.index
    }
  }
}
