extension Trainer {
  /// Runs exactly one epoch and returns its record.
  ///
  /// The epoch first evaluates the full training set (its loss and gradient norm, and the
  /// validation loss), then updates: once from that gradient for full-batch optimizers, or
  /// once a mini-batch over a fresh seeded shuffle. If the loss or the update runs away,
  /// the update is not applied and the record carries the `Divergence`. After divergence,
  /// `step()` returns the same record until the run is reset or rewound.
  @discardableResult
  public mutating func step() -> EpochRecord {
    if divergence != nil, let lastRecord { return lastRecord }
    let record = advance()
    lastRecord = record
    return record
  }

  /// Runs up to `epochs` epochs, stopping early on divergence; returns the last record.
  /// The fast path: nothing is allocated while it runs.
  @discardableResult
  public mutating func run(epochs: Int) -> EpochRecord? {
    guard divergence == nil else { return lastRecord }
    var record: EpochRecord?
    for _ in 0..<epochs {
      let r = advance()
      record = r
      if r.divergence != nil { break }
    }
    if let record { lastRecord = record }
    return record
  }

  /// The training loss of the current parameters (after the last update).
  public func currentLoss() -> Double {
    loss(on: training)
  }

  /// The validation loss of the current parameters, when the data was split.
  public func currentValidationLoss() -> Double? {
    validation.map { loss(on: $0) }
  }

  private func loss(on data: Dataset) -> Double {
    model.loss(of: parameters, on: data, loss: loss)
  }

  /// One epoch. See `step()`.
  @inline(__always)
  private mutating func advance() -> EpochRecord {
    let e = epoch + 1
    let n = training.count
    let p = model.parameterCount
    let model = self.model
    let loss = self.loss

    // 1. The full training set at the start of the epoch: L and ∇L.
    var trainingLoss = 0.0
    var squaredNorm = 0.0
    withBuffers { params, data, grad, scratch, _ in
      trainingLoss = model.evaluate(
        parameters: params, data: data, rows: nil, count: n, loss: loss, gradient: grad,
        scratch: scratch)
      for k in 0..<p { squaredNorm += grad[k] * grad[k] }
    }
    var validationLoss: Double?
    if let validation { validationLoss = self.validationLoss(on: validation) }
    history.append(trainingLoss)
    if let validationLoss { validationHistory?.append(validationLoss) }
    if e == 1 { firstLoss = trainingLoss }
    let gradientNorm = squaredNorm.squareRoot()

    // 2. Has the loss run away? Then stop before updating.
    let first = firstLoss ?? trainingLoss
    if !trainingLoss.isFinite || (first > 0 && trainingLoss > Divergence.growthLimit * first) {
      let cause: Divergence.Cause = trainingLoss.isFinite ? .explodingLoss : .nonFiniteLoss
      return diverge(
        at: e, cause: cause, loss: trainingLoss, validationLoss: validationLoss,
        gradientNorm: gradientNorm)
    }

    // 3. Update, keeping the state to fall back on if a parameter overflows.
    saveState()
    if batchSize >= n {
      // Borrow the optimizer for the update: the buffers closure already has `self`.
      var optimizer = Optimizer.placeholder
      swap(&optimizer, &self.optimizer)
      withBuffers { params, _, grad, _, _ in
        optimizer.update(params, gradient: UnsafePointer(grad), count: p)
      }
      swap(&optimizer, &self.optimizer)
    } else {
      updateInMiniBatches()
    }
    if !parametersAreFinite() {
      restoreSavedState()
      return diverge(
        at: e, cause: .nonFiniteParameters, loss: trainingLoss, validationLoss: validationLoss,
        gradientNorm: gradientNorm)
    }
    epoch = e
    if checkpoints.isDue() { recordCheckpoint() }
    return EpochRecord(
      epoch: e, loss: trainingLoss, validationLoss: validationLoss, gradientNorm: gradientNorm,
      divergence: nil)
  }

  private mutating func diverge(
    at e: Int, cause: Divergence.Cause, loss: Double, validationLoss: Double?,
    gradientNorm: Double
  ) -> EpochRecord {
    let divergence = Divergence(
      epoch: e, cause: cause, firstLoss: firstLoss ?? loss, loss: loss,
      learningRate: configuration.optimizer.learningRate,
      normalized: configuration.normalization != .none)
    self.divergence = divergence
    epoch = e
    return EpochRecord(
      epoch: e, loss: loss, validationLoss: validationLoss, gradientNorm: gradientNorm,
      divergence: divergence)
  }

  /// One update a mini-batch, over a fresh Fisher–Yates shuffle of the rows (the last batch
  /// may be smaller).
  private mutating func updateInMiniBatches() {
    let n = training.count
    let p = model.parameterCount
    let size = batchSize
    let model = self.model
    let loss = self.loss
    var shuffler = self.shuffler
    order.withUnsafeMutableBufferPointer { rows in
      for k in 0..<n { rows[k] = k }
      var i = n - 1
      while i > 0 {
        let j = shuffler.nextInt(below: i + 1)
        rows.swapAt(i, j)
        i -= 1
      }
    }
    self.shuffler = shuffler
    var optimizer = Optimizer.placeholder
    swap(&optimizer, &self.optimizer)
    defer { swap(&optimizer, &self.optimizer) }
    var start = 0
    while start < n {
      let count = Swift.min(size, n - start)
      withBuffers { params, data, grad, scratch, rows in
        _ = model.evaluate(
          parameters: params, data: data, rows: rows + start, count: count, loss: loss,
          gradient: grad, scratch: scratch)
        optimizer.update(params, gradient: UnsafePointer(grad), count: p)
      }
      start += count
    }
  }

  /// The loss on `data` (the validation rows) without a gradient, using the trainer's
  /// scratch space, so it allocates nothing.
  private mutating func validationLoss(on data: Dataset) -> Double {
    let model = self.model
    let loss = self.loss
    return parameters.withUnsafeBufferPointer { params in
      data.features.withUnsafeBufferPointer { x in
        data.targets.withUnsafeBufferPointer { y in
          scratch.withUnsafeMutableBufferPointer { s in
            guard let p = params.baseAddress, let x = x.baseAddress, let y = y.baseAddress
            else { return Double.nan }
            return model.evaluate(
              parameters: p, data: RowData(features: x, targets: y, width: model.inputCount),
              rows: nil, count: data.count, loss: loss, gradient: nil, scratch: s.baseAddress)
          }
        }
      }
    }
  }

  private func parametersAreFinite() -> Bool {
    parameters.withUnsafeBufferPointer { params in
      var finite = true
      for value in params where !value.isFinite { finite = false }
      return finite
    }
  }

  private mutating func saveState() {
    let p = model.parameterCount
    parameters.withUnsafeBufferPointer { params in
      savedParameters.withUnsafeMutableBufferPointer { saved in
        for k in 0..<p { saved[k] = params[k] }
      }
    }
    if optimizer.stateCount > 3 || optimizer.step > 0 {
      savedOptimizer.copyState(from: optimizer)
    }
  }

  private mutating func restoreSavedState() {
    let p = model.parameterCount
    savedParameters.withUnsafeBufferPointer { saved in
      parameters.withUnsafeMutableBufferPointer { params in
        for k in 0..<p { params[k] = saved[k] }
      }
    }
    optimizer.copyState(from: savedOptimizer)
  }

  /// Calls `body` with pointers to the parameters, the training rows, the gradient buffer,
  /// the scratch buffer and the row order.
  @inline(__always)
  private mutating func withBuffers(
    _ body: (
      UnsafeMutablePointer<Double>, RowData, UnsafeMutablePointer<Double>,
      UnsafeMutablePointer<Double>, UnsafePointer<Int>
    ) -> Void
  ) {
    let training = self.training
    let width = model.inputCount
    parameters.withUnsafeMutableBufferPointer { params in
      gradient.withUnsafeMutableBufferPointer { grad in
        scratch.withUnsafeMutableBufferPointer { scratch in
          order.withUnsafeBufferPointer { rows in
            training.features.withUnsafeBufferPointer { x in
              training.targets.withUnsafeBufferPointer { y in
                guard let params = params.baseAddress, let grad = grad.baseAddress,
                  let scratch = scratch.baseAddress, let rows = rows.baseAddress,
                  let x = x.baseAddress, let y = y.baseAddress
                else { return }
                body(params, RowData(features: x, targets: y, width: width), grad, scratch, rows)
              }
            }
          }
        }
      }
    }
  }
}
