extension Trainer {
  /// Whether `run(epochs:)` may take the fused loop below: the course's example 1 setting
  /// (one feature, a line, MSE, plain full-batch descent, no validation rows).
  var canFuseCourseLine: Bool {
    usesFusedEpochs && usesCourseLine && configuration.optimizer.kind == .gradientDescent
      && batchSize >= training.count && !hasValidation
  }

  /// The course's example 1 loop with m and c held in registers: the same arithmetic, in the
  /// same order, as the general epoch (`advance`) with `evaluateCourseLine` and plain
  /// descent, so every bit agrees; only the loads and stores between epochs are gone.
  ///
  ///     Y_pred = m·X + c
  ///     D_m = (−2/n) · Σ X (Y − Y_pred)          D_c = (−2/n) · Σ (Y − Y_pred)
  ///     m = m − L·D_m                            c = c − L·D_c
  mutating func runCourseLine<Observer: EpochObserver>(
    epochs: Int, _ data: RowData, _ b: TrainerBuffers, observer: inout Observer
  ) -> EpochRecord {
    // The history is held open for the whole run (its storage checked unique once, not
    // once an epoch): it is swapped out of the trainer, so the loop may update the rest.
    // An observer that takes losses only gets them up to `chunkSize` epochs at a time,
    // from the stack.
    // 128 losses are 1 KiB, which Swift keeps on the stack (a larger buffer is allocated).
    let chunkSize = 128
    var open = LossHistory.placeholder
    swap(&open, &history)
    defer { swap(&open, &history) }
    return open.withAppender { appender in
      withUnsafeTemporaryAllocation(of: Double.self, capacity: chunkSize) { chunk in
        runCourseLine(epochs: epochs, data, b, history: &appender, chunk: chunk, observer: &observer)
      }
    }
  }

  @inline(__always)
  private mutating func runCourseLine<Observer: EpochObserver>(
    epochs: Int, _ data: RowData, _ b: TrainerBuffers, history: inout LossHistory.Appender,
    chunk: UnsafeMutableBufferPointer<Double>, observer: inout Observer
  ) -> EpochRecord {
    let n = training.count
    let x = data.features
    let y = data.targets
    let factor = -2 / Double(n)
    let learningRate = configuration.optimizer.learningRate
    var m = b.parameters[0]
    var c = b.parameters[1]
    var dm = b.gradient[0]
    var dc = b.gradient[1]
    var lastLoss = Double.nan
    var lastSquaredNorm = Double.nan
    var first = firstLoss
    var filled = 0
    let parameters = UnsafeBufferPointer(start: b.parameters, count: 2)
    let chunkSize = chunk.count
    let losses = UnsafeBufferPointer(chunk)

    // Hands the waiting losses to an observer that takes losses only; `epoch` is the last.
    func flush(_ observer: inout Observer, through epoch: Int) {
      guard Observer.takesLossesOnly, filled > 0 else { return }
      let waiting = UnsafeBufferPointer(rebasing: losses[0..<filled])
      observer.epochsFinished(losses: waiting, through: epoch)
      filled = 0
    }

    for _ in 0..<epochs {
      let e = epoch + 1
      var squares = 0.0
      var sumXR = 0.0
      var sumR = 0.0
      for i in 0..<n {
        let r = y[i] - (m * x[i] + c)
        squares += r * r
        sumXR += x[i] * r
        sumR += r
      }
      dm = factor * sumXR
      dc = factor * sumR
      let loss = squares / Double(n)
      var squaredNorm = 0.0
      squaredNorm += dm * dm
      squaredNorm += dc * dc
      history.append(loss)
      if Observer.takesLossesOnly {
        chunk[filled] = loss
        filled += 1
      }
      if e == 1 {
        first = loss
        firstLoss = loss
      }
      let start = first ?? loss
      if !loss.isFinite || (start > 0 && loss > Divergence.growthLimit * start) {
        flush(&observer, through: e)
        store(m, c, dm, dc, in: b)
        let record = diverge(
          at: e, cause: loss.isFinite ? .explodingLoss : .nonFiniteLoss, loss: loss,
          validationLoss: nil, squaredGradientNorm: squaredNorm)
        if !Observer.takesLossesOnly { _ = observer.epochFinished(record, parameters: parameters) }
        return record
      }
      let nextM = m - learningRate * dm
      let nextC = c - learningRate * dc
      if !nextM.isFinite || !nextC.isFinite {
        flush(&observer, through: e)
        store(m, c, dm, dc, in: b)
        let record = diverge(
          at: e, cause: .nonFiniteParameters, loss: loss, validationLoss: nil,
          squaredGradientNorm: squaredNorm)
        if !Observer.takesLossesOnly { _ = observer.epochFinished(record, parameters: parameters) }
        return record
      }
      m = nextM
      c = nextC
      optimizer.countStep()
      epoch = e
      if checkpoints.isDue() {
        store(m, c, dm, dc, in: b)
        recordCheckpoint()
      }
      lastLoss = loss
      lastSquaredNorm = squaredNorm
      if Observer.takesLossesOnly {
        if filled == chunkSize { flush(&observer, through: e) }
        continue
      }
      // Two stores an epoch give the observer the parameters, when it reads them.
      if Observer.readsParameters {
        b.parameters[0] = m
        b.parameters[1] = c
      }
      let record = EpochRecord(epoch: e, loss: loss, squaredGradientNorm: squaredNorm)
      if !observer.epochFinished(record, parameters: parameters) { break }
    }
    flush(&observer, through: epoch)
    store(m, c, dm, dc, in: b)
    return EpochRecord(epoch: epoch, loss: lastLoss, squaredGradientNorm: lastSquaredNorm)
  }

  @inline(__always)
  private func store(_ m: Double, _ c: Double, _ dm: Double, _ dc: Double, in b: TrainerBuffers) {
    b.parameters[0] = m
    b.parameters[1] = c
    b.gradient[0] = dm
    b.gradient[1] = dc
  }
}
