import ArgumentParser

/// `--solver`'s value: how `downhill train` fits its model.
enum Solver: String, CaseIterable, NamedChoice {
  /// Descent, one epoch at a time, with the chosen optimizer.
  case descent
  /// The least-squares solution at once (linear and polynomial models with MSE).
  case closedForm = "closed-form"
}
