/// The losses of a run sampled every few epochs, for reports.
public struct RecordedLosses: Sendable, Hashable {
  /// The epochs sampled, ascending.
  public private(set) var epochs = SampledEpochs()
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
    recorded.losses.reserveCapacity(Swift.min(epochs / every + 1, 1 << 27))
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

/// The epochs a run kept the losses of: every `every`-th epoch, then perhaps one more (the
/// last epoch run). Held as the progression, not a number an epoch, so that recording every
/// epoch of a long run writes only its losses.
public struct SampledEpochs: RandomAccessCollection, Sendable, Hashable {
  /// The first epoch of the progression.
  private var first = 0
  /// The distance between kept epochs of the progression.
  private var step = 1
  /// How many epochs the progression holds.
  private var regular = 0
  /// An epoch kept after the progression, off its step.
  private var extra: Int?

  public var startIndex: Int { 0 }
  public var endIndex: Int { regular + (extra == nil ? 0 : 1) }

  public subscript(position: Int) -> Int {
    precondition(position >= 0 && position < endIndex, "SampledEpochs: index out of range")
    return position < regular ? first + position * step : extra ?? 0
  }

  /// Adds `epoch`, after every epoch already kept: on the progression when it is the next
  /// step of it (or the first or second epoch kept, which set it), else as the one extra.
  mutating func append(_ epoch: Int) {
    precondition(extra == nil, "SampledEpochs: nothing is kept after the extra epoch")
    switch regular {
    case 0:
      first = epoch
      regular = 1
    case 1 where epoch > first:
      step = epoch - first
      regular = 2
    case _ where epoch == first + regular * step:
      regular += 1
    default:
      extra = epoch
    }
  }

  /// Adds the consecutive epochs `epochs`, as one `append` each would.
  mutating func append(consecutive epochs: ClosedRange<Int>) {
    var rest = epochs
    // Start the progression (or join it) one epoch at a time until its step is 1.
    while let epoch = rest.first, !(regular >= 2 && step == 1 && extra == nil) {
      append(epoch)
      guard epoch < rest.upperBound else { return }
      rest = (epoch + 1)...rest.upperBound
    }
    guard let next = rest.first else { return }
    if next == first + regular {
      regular += rest.count
    } else {
      for epoch in rest { append(epoch) }
    }
  }

  public static func == (a: Self, b: Self) -> Bool { a.elementsEqual(b) }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for epoch in self { hasher.combine(epoch) }
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

  /// Adds the training loss of `epoch`.
  mutating func keep(_ loss: Double, of epoch: Int) {
    epochs.append(epoch)
    losses.append(loss)
  }

  /// Adds the training losses of the consecutive epochs `range`, one each.
  mutating func keep(_ losses: UnsafeBufferPointer<Double>, ofConsecutive range: ClosedRange<Int>) {
    epochs.append(consecutive: range)
    self.losses.append(contentsOf: losses)
  }
}
