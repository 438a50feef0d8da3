/// The update rule that turns a gradient into a parameter step.
public enum OptimizerKind: String, Sendable, Hashable, CaseIterable {
  /// Full-batch gradient descent, θ ← θ − η g: the course's loop.
  case gradientDescent = "gd"
  /// Mini-batch stochastic gradient descent with seeded shuffling (batch size 1 unless
  /// given).
  case sgd
  /// Gradient descent with momentum (heavy ball), as `torch.optim.SGD(momentum:)`.
  case momentum
  /// Nesterov momentum, as `torch.optim.SGD(momentum:, nesterov: true)`.
  case nesterov
  /// RMSProp, as `torch.optim.RMSprop`.
  case rmsprop
  /// Adam, as `torch.optim.Adam`.
  case adam

  /// The short name used on the command line and in reports.
  public var name: String { rawValue }
}
