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
    return run(epochs: 1) ?? EpochRecord(epoch: epoch, loss: .nan, squaredGradientNorm: .nan)
  }

  /// Runs up to `epochs` epochs, stopping early on divergence; returns the last record.
  /// The fast path the benchmarks time: nothing is allocated while it runs.
  @discardableResult
  public mutating func run(epochs: Int) -> EpochRecord? {
    var ignoring = IgnoringEpochs()
    return run(epochs: epochs, observing: &ignoring)
  }

  /// Runs up to `epochs` epochs, stopping early on divergence or when `observer` says so,
  /// telling `observer` of each; returns the last record. Every front end trains through
  /// this one loop (the course's line fused, with its parameters in registers).
  @discardableResult
  public mutating func run<Observer: EpochObserver>(
    epochs: Int, observing observer: inout Observer
  ) -> EpochRecord? {
    guard divergence == nil else { return lastRecord }
    guard epochs > 0 else { return nil }
    makeBuffersUnique()
    let training = self.training
    let record = training.features.withUnsafeBufferPointer { x in
      training.targets.withUnsafeBufferPointer { y in
        // Rows always have at least one feature and two targets (checked at init).
        let data = RowData(
          features: x.baseAddress.unsafelyUnwrapped, targets: y.baseAddress.unsafelyUnwrapped,
          width: model.inputCount)
        let buffers = self.buffers
        if canFuseCourseLine {
          return runCourseLine(epochs: epochs, data, buffers, observer: &observer)
        }
        var last = EpochRecord(epoch: epoch, loss: .nan, squaredGradientNorm: .nan)
        let factor = -2 / Double(training.count)
        let parameters = UnsafeBufferPointer(start: buffers.parameters, count: buffers.parameterCount)
        for _ in 0..<epochs {
          last = advance(data, buffers, courseFactor: factor)
          let goOn = observer.epochFinished(last, parameters: parameters)
          if last.divergence != nil || !goOn { break }
        }
        return last
      }
    }
    lastRecord = record
    return record
  }

  /// The training loss of the current parameters (after the last update).
  public func currentLoss() -> Double {
    model.loss(of: parameters, on: training, loss: loss)
  }

  /// The validation loss of the current parameters, when the data was split.
  public func currentValidationLoss() -> Double? {
    validation.map { model.loss(of: parameters, on: $0, loss: loss) }
  }

  /// One epoch over the training rows `data`. See `step()`.
  @inline(__always)
  private mutating func advance(
    _ data: RowData, _ b: TrainerBuffers, courseFactor: Double
  ) -> EpochRecord {
    let e = epoch + 1
    let n = training.count
    let p = b.parameterCount

    // 1. The full training set at the start of the epoch: L and ∇L.
    let trainingLoss: Double
    if usesCourseLine {
      trainingLoss = model.evaluateCourseLine(
        parameters: b.parameters, data: data, rows: nil, count: n, gradient: b.gradient,
        factor: courseFactor)
    } else {
      trainingLoss = model.evaluate(
        parameters: b.parameters, data: data, rows: nil, count: n, loss: loss,
        gradient: b.gradient, scratch: b.scratch)
    }
    var squaredNorm = 0.0
    for k in 0..<p { squaredNorm += b.gradient[k] * b.gradient[k] }
    var validationLoss: Double?
    if let validation {
      validationLoss = self.validationLoss(on: validation)
      validationHistory?.append(validationLoss ?? .nan)
    }
    history.append(trainingLoss)
    if e == 1 { firstLoss = trainingLoss }

    // 2. Has the loss run away? Then stop before updating.
    let first = firstLoss ?? trainingLoss
    if !trainingLoss.isFinite || (first > 0 && trainingLoss > Divergence.growthLimit * first) {
      let cause: Divergence.Cause = trainingLoss.isFinite ? .explodingLoss : .nonFiniteLoss
      return diverge(
        at: e, cause: cause, loss: trainingLoss, validationLoss: validationLoss,
        squaredGradientNorm: squaredNorm)
    }

    // 3. Update, keeping the state to fall back on if a parameter overflows.
    for k in 0..<p { b.savedParameters[k] = b.parameters[k] }
    savedOptimizer.copyState(from: optimizer)
    if batchSize >= n {
      optimizer.update(b.parameters, gradient: b.gradient, count: p)
    } else {
      updateInMiniBatches(data, b)
    }
    var finite = true
    for k in 0..<p where !b.parameters[k].isFinite { finite = false }
    if !finite {
      for k in 0..<p { b.parameters[k] = b.savedParameters[k] }
      optimizer.copyState(from: savedOptimizer)
      return diverge(
        at: e, cause: .nonFiniteParameters, loss: trainingLoss, validationLoss: validationLoss,
        squaredGradientNorm: squaredNorm)
    }
    epoch = e
    if checkpoints.isDue() { recordCheckpoint() }
    return EpochRecord(
      epoch: e, loss: trainingLoss, validationLoss: validationLoss,
      squaredGradientNorm: squaredNorm,
      divergence: nil)
  }

  mutating func diverge(
    at e: Int, cause: Divergence.Cause, loss: Double, validationLoss: Double?,
    squaredGradientNorm: Double
  ) -> EpochRecord {
    let divergence = Divergence(
      epoch: e, cause: cause, firstLoss: firstLoss ?? loss, loss: loss,
      learningRate: configuration.optimizer.learningRate,
      normalized: configuration.normalization != .none)
    self.divergence = divergence
    epoch = e
    return EpochRecord(
      epoch: e, loss: loss, validationLoss: validationLoss,
      squaredGradientNorm: squaredGradientNorm, divergence: divergence)
  }

  /// One update a mini-batch, over a fresh Fisher–Yates shuffle of the rows (from the last
  /// position down; the last batch may be smaller).
  private mutating func updateInMiniBatches(_ data: RowData, _ b: TrainerBuffers) {
    let n = training.count
    let p = b.parameterCount
    for k in 0..<n { b.order[k] = k }
    var i = n - 1
    while i > 0 {
      let j = shuffler.nextInt(below: i + 1)
      let t = b.order[i]
      b.order[i] = b.order[j]
      b.order[j] = t
      i -= 1
    }
    var start = 0
    while start < n {
      let count = Swift.min(batchSize, n - start)
      _ = model.evaluate(
        parameters: b.parameters, data: data, rows: b.order + start, count: count, loss: loss,
        gradient: b.gradient, scratch: b.scratch)
      optimizer.update(b.parameters, gradient: b.gradient, count: p)
      start += count
    }
  }

  /// The loss on the validation rows, without a gradient, in the trainer's scratch space.
  func validationLoss(on data: Dataset) -> Double {
    let b = buffers
    return data.features.withUnsafeBufferPointer { x in
      data.targets.withUnsafeBufferPointer { y in
        model.evaluate(
          parameters: b.parameters,
          data: RowData(
            features: x.baseAddress.unsafelyUnwrapped, targets: y.baseAddress.unsafelyUnwrapped,
            width: model.inputCount),
          rows: nil, count: data.count, loss: loss, gradient: nil, scratch: b.scratch)
      }
    }
  }
}
