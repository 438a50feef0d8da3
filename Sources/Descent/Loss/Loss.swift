/// How far predictions are from targets, averaged over the examples.
///
/// Every loss is a mean over samples (and outputs), as PyTorch's `reduction='mean'`, and is
/// computed in the targets' raw units.
public enum Loss: String, Sendable, Hashable, CaseIterable {
  /// Mean squared error, L = (1/n) Σ (ŷ − y)², as `nn.MSELoss`.
  case meanSquaredError = "mse"
  /// Mean absolute error, L = (1/n) Σ |ŷ − y|, as `nn.L1Loss`.
  case meanAbsoluteError = "mae"
  /// Binary cross-entropy, L = −(1/n) Σ [y log p + (1 − y) log(1 − p)], as
  /// `nn.BCEWithLogitsLoss`: computed from the logit, so it never takes log 0.
  case binaryCrossEntropy = "bce"

  /// The loss a model trains with unless told otherwise: BCE when its output is a
  /// probability (logistic, or an MLP with a sigmoid output), MSE otherwise.
  public static func defaultLoss(for architecture: Architecture) -> Loss {
    architecture.outputActivation == .sigmoid ? .binaryCrossEntropy : .meanSquaredError
  }

  /// The short name used on the command line and in reports.
  public var name: String { rawValue }
}
