import Descent

/// What `model …` switches to: a model to train, or a function to minimize.
public enum ModelChoice: Sendable, Hashable {
  /// A model to train. An MLP's hidden activation is the one typed (tanh if none); its
  /// output is decided by the data when the model is built: a probability (sigmoid) for
  /// 0/1 targets, the value itself otherwise.
  case trained(Architecture)
  /// A function of one or two variables to minimize, as typed (`(x - 3)**2`).
  case function(String)

  /// The words as a student types them after `model`.
  public var text: String {
    switch self {
    case .trained(let architecture):
      // The name gives the layer sizes; the activation is said when it is not the default.
      if case .mlp(_, let hidden, _) = architecture, hidden != .tanh {
        return "\(architecture.name) \(hidden.rawValue)"
      }
      return architecture.name
    case .function(let source): return "function \(source)"
    }
  }
}
