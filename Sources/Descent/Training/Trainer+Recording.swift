/// The losses of a run sampled every few epochs, for reports.
public struct RecordedLosses: Sendable, Hashable {
  /// The epochs sampled, ascending.
  public var epochs: [Int] = []
  /// The training loss of each sampled epoch.
  public var losses: [Double] = []
  /// The validation loss of each sampled epoch, when the data was split.
  public var validationLosses: [Double]?

  /// No losses yet.
  public init() {}
}

extension Trainer {
  /// Runs up to `epochs` epochs (stopping on divergence) and keeps the loss of epochs
  /// `every`, 2·`every`, … and always of the last epoch run.
  public mutating func train(epochs: Int, recordingEvery every: Int = 1) -> RecordedLosses {
    precondition(every >= 1, "train: record every 1 or more epochs")
    var recorded = RecordedLosses()
    if validation != nil { recorded.validationLosses = [] }
    // Room for every kept loss at once, so a long run never copies its history to grow
    // it (pages not yet written cost no memory); capped so a huge count asks for no more
    // than 1 GiB an array up front.
    recorded.epochs.reserveCapacity(Swift.min(epochs / every + 1, 1 << 27))
    recorded.losses.reserveCapacity(recorded.epochs.capacity)
    var observer = RecordingEpochs(every: every, recorded: recorded, startingAfter: epoch)
    // One run for all the epochs: the fused loop, not a call a step. A run that has
    // diverged runs nothing more, and its last epoch is the one kept.
    let last: EpochRecord?
    if divergence == nil {
      last = run(epochs: epochs, observing: &observer)
    } else {
      last = epochs > 0 ? lastRecord : nil
    }
    if let last, last.epoch != observer.recorded.epochs.last {
      observer.recorded.keep(last)
    }
    return observer.recorded
  }
}

extension RecordedLosses {
  /// Adds `record`'s losses.
  mutating func keep(_ record: EpochRecord) {
    epochs.append(record.epoch)
    losses.append(record.loss)
    if let validationLoss = record.validationLoss {
      validationLosses?.append(validationLoss)
    }
  }
}
