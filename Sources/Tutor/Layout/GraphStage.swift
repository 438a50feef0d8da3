import Descent

/// A group of a model graph's scalar nodes drawn as one box when the scalar nodes do not
/// fit: the features, a layer's affine map `W1·x+b1` (its parameters, products and sums),
/// its activation, the target, the loss.
struct GraphStage: Sendable, Hashable {
  /// The box's title, such as `W1·x+b1` or `tanh`.
  var title: String
  /// Every node of the stage; each node of the graph belongs to one stage.
  var members: [ComputationGraph.NodeID]
  /// The nodes whose values and gradients the box summarises, such as the sums z1.
  var shown: [ComputationGraph.NodeID]
  /// Whether the stage holds parameters, so that hiding them hides its values too.
  var holdsParameters = false
}
