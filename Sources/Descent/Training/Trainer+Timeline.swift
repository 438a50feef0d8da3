/// Everything that changes while a trainer runs, captured to come back to later.
public struct TrainerSnapshot: Sendable {
  let parameters: [Double]
  let optimizer: Optimizer
  let shuffler: SeededGenerator
  let epoch: Int
  let firstLoss: Double?
  let divergence: Divergence?
  let history: LossHistory
  let validationHistory: LossHistory?
  let lastRecord: EpochRecord?
  let initialParameters: [Double]
  let checkpoints: CheckpointStore

  /// The epoch the snapshot was taken at.
  public var snapshotEpoch: Int { epoch }
}

extension Trainer {
  /// Numbers a checkpoint holds: epoch, first loss, generator (4 words), parameters and the
  /// optimizer's state.
  static func stateSize(_ parameterCount: Int, _ optimizer: Optimizer) -> Int {
    6 + parameterCount + optimizer.stateCount
  }

  /// Captures the whole training state: parameters, optimizer state, generator state, epoch,
  /// histories, starting parameters and checkpoints. Restoring it continues, resets and
  /// rewinds bit for bit as the original would have.
  public func snapshot() -> TrainerSnapshot {
    TrainerSnapshot(
      parameters: parameters, optimizer: optimizer, shuffler: shuffler, epoch: epoch,
      firstLoss: firstLoss, divergence: divergence, history: history,
      validationHistory: validationHistory, lastRecord: lastRecord,
      initialParameters: initialParameters, checkpoints: checkpoints)
  }

  /// Returns to a state captured by `snapshot()` of this trainer.
  public mutating func restore(_ snapshot: TrainerSnapshot) {
    precondition(
      snapshot.parameters.count == model.parameterCount, "restore: snapshot of another model")
    makeBuffersUnique()
    buffers.setParameters(snapshot.parameters)
    optimizer = snapshot.optimizer
    shuffler = snapshot.shuffler
    epoch = snapshot.epoch
    firstLoss = snapshot.firstLoss
    divergence = snapshot.divergence
    history = snapshot.history
    validationHistory = snapshot.validationHistory
    lastRecord = snapshot.lastRecord
    initialParameters = snapshot.initialParameters
    checkpoints = snapshot.checkpoints
  }

  /// Back to the starting parameters, with fresh optimizer state and shuffling: as if just
  /// created. Storage is reused, so a reset allocates nothing.
  public mutating func reset() {
    makeBuffersUnique()
    buffers.setParameters(initialParameters)
    optimizer.reset()
    shuffler = initialShuffler
    epoch = 0
    firstLoss = nil
    divergence = nil
    history.removeAll()
    validationHistory?.removeAll()
    lastRecord = nil
    checkpoints.removeAll()
    recordCheckpoint()
  }

  /// Starts over from new starting parameters given in raw units (flat, `model.layout`
  /// order), such as a student's or `--init`'s.
  public mutating func setInitialParameters(raw: [Double]) {
    precondition(raw.count == model.parameterCount, "setInitialParameters: wrong count")
    initialParameters = scaling.scaledParameters(raw, of: model)
    reset()
  }

  /// Replaces the current parameters with `raw` (raw units, flat `model.layout` order),
  /// as when a student assigns `m = m - L*D_m` by hand. The run continues from them at the
  /// same epoch; later checkpoints are dropped, since the run now goes another way.
  public mutating func setParameters(raw: [Double]) {
    precondition(raw.count == model.parameterCount, "setParameters: wrong count")
    makeBuffersUnique()
    buffers.setParameters(scaling.scaledParameters(raw, of: model))
    divergence = nil
    checkpoints.truncate(after: epoch)
    recordCheckpoint()
  }

  /// Goes back to the end of epoch `target` (0 is the start) by restoring the nearest
  /// earlier checkpoint and replaying; the parameters, optimizer and generator are then
  /// exactly as they were the first time. The loss history forgets later epochs.
  public mutating func rewind(to target: Int) {
    let target = Swift.max(0, target)
    guard target < epoch, let checkpoint = checkpoints.latest(atOrBefore: target) else {
      return
    }
    checkpoints.read(slot: checkpoint.slot) { state in readCheckpoint(state) }
    divergence = nil
    history.truncate(to: checkpoint.epoch)
    validationHistory?.truncate(to: checkpoint.epoch)
    checkpoints.truncate(after: checkpoint.epoch)
    lastRecord = nil
    if epoch < target { run(epochs: target - epoch) }
  }

  /// Saves the current state as the checkpoint of the current epoch.
  mutating func recordCheckpoint() {
    let epoch = self.epoch
    let firstLoss = self.firstLoss ?? .nan
    let generator = shuffler.state
    let optimizer = self.optimizer
    let p = model.parameterCount
    let params = buffers.parameters
    checkpoints.record(epoch: epoch) { state in
      state[0] = Double(epoch)
      state[1] = firstLoss
      state[2] = Double(bitPattern: generator.0)
      state[3] = Double(bitPattern: generator.1)
      state[4] = Double(bitPattern: generator.2)
      state[5] = Double(bitPattern: generator.3)
      for k in 0..<p { state[6 + k] = params[k] }
      optimizer.writeState(to: state + 6 + p)
    }
  }

  private mutating func readCheckpoint(_ state: UnsafePointer<Double>) {
    let p = model.parameterCount
    epoch = Int(state[0])
    firstLoss = state[1].isNaN ? nil : state[1]
    shuffler.restore(
      state: (
        state[2].bitPattern, state[3].bitPattern, state[4].bitPattern, state[5].bitPattern
      ))
    makeBuffersUnique()
    buffers.parameters.update(from: state + 6, count: p)
    optimizer.readState(from: state + 6 + p)
  }
}

extension Trainer {
  /// Counts an epoch made outside the trainer, such as a pass of a student's own loop:
  /// `loss` is the training loss of the parameters it started from, and the model moves
  /// to `raw` (raw units, flat `model.layout` order). The history grows by `loss`, the
  /// epoch advances, and the new parameters become a checkpoint, as a trained epoch's
  /// would.
  @discardableResult
  public mutating func recordEpoch(loss: Double, movedTo raw: [Double]) -> EpochRecord {
    precondition(raw.count == model.parameterCount, "recordEpoch: wrong count")
    let validationLoss = validation.map { self.validationLoss(on: $0) }
    if let validationLoss { validationHistory?.append(validationLoss) }
    history.append(loss)
    epoch += 1
    if epoch == 1 { firstLoss = loss }
    makeBuffersUnique()
    buffers.setParameters(scaling.scaledParameters(raw, of: model))
    divergence = nil
    checkpoints.truncate(after: epoch)
    recordCheckpoint()
    let record = EpochRecord(
      epoch: epoch, loss: loss, validationLoss: validationLoss, squaredGradientNorm: .nan)
    lastRecord = record
    return record
  }
}
