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
    recorded.epochs.reserveCapacity(Swift.min(epochs / every + 1, 1 << 20))
    recorded.losses.reserveCapacity(recorded.epochs.capacity)
    var last: EpochRecord?
    var lastWasKept = false
    for _ in 0..<epochs {
      let record = step()
      last = record
      lastWasKept = record.epoch % every == 0
      if lastWasKept { keep(record, in: &recorded) }
      if record.divergence != nil { break }
    }
    if let last, !lastWasKept { keep(last, in: &recorded) }
    return recorded
  }

  private func keep(_ record: EpochRecord, in recorded: inout RecordedLosses) {
    recorded.epochs.append(record.epoch)
    recorded.losses.append(record.loss)
    if let validationLoss = record.validationLoss {
      recorded.validationLosses?.append(validationLoss)
    }
  }
}
