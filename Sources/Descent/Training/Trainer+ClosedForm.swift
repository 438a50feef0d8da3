extension Trainer {
  /// Whether the least-squares closed form applies: a linear or polynomial model with MSE.
  public var hasClosedForm: Bool {
    switch model.architecture {
    case .linear, .polynomial: return loss == .meanSquaredError
    case .logistic, .mlp: return false
    }
  }

  /// Sets the parameters to the least-squares solution on the training rows, the minimum
  /// descent is heading for, without any epochs (the course's example 2 fits this way).
  ///
  /// Solves min ‖A θ − y‖² with A = [features, 1] by QR (see `LeastSquares`). The run is
  /// reset first, so `epoch` is 0 afterwards.
  public mutating func solveClosedForm() throws(DescentError) {
    guard hasClosedForm else {
      throw DescentError(
        "the closed-form solution exists for linear and polynomial models with the mse loss; "
          + "\(model.architecture.name) with \(loss.name) must be trained by descent")
    }
    let n = training.count
    let d = model.inputCount
    var design: [Double] = []
    design.reserveCapacity(n * (d + 1))
    for i in 0..<n {
      for j in 0..<d { design.append(training.feature(i, j)) }
      design.append(1)
    }
    let solution = try LeastSquares.solve(
      design: design, rows: n, columns: d + 1, targets: training.targets)
    reset()
    buffers.setParameters(solution)
  }
}
