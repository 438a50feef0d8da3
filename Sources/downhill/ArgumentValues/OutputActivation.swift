import ArgumentParser
import Descent

/// `--output`'s value: the activations an MLP's output layer may have.
enum OutputActivation: String, CaseIterable, NamedChoice {
  /// For regression: the output is the prediction itself.
  case identity
  /// For binary classification: the output is a probability.
  case sigmoid

  /// The activation the model applies.
  var activation: Activation {
    switch self {
    case .identity: return .identity
    case .sigmoid: return .sigmoid
    }
  }
}
