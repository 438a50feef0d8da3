/// What a front end wants to know of each epoch while `Trainer.run(epochs:observing:)`
/// runs many: the loss to keep for a report, the path for the landscape, whether time is
/// up. Training runs its fastest loop whatever observes it, so `train`, the tutorial and
/// the REPL all step the same way the benchmarks time.
public protocol EpochObserver {
  /// Whether it reads the parameters it is given: when not, the fused loop keeps them in
  /// registers until the run ends.
  static var readsParameters: Bool { get }

  /// Takes the record of the epoch just run (its update applied, unless it diverged) and
  /// the parameters after it, flat in the model's layout; returns whether to run the next.
  mutating func epochFinished(_ record: EpochRecord, parameters: UnsafeBufferPointer<Double>)
    -> Bool

  /// Whether it wants only the losses and never stops a run: then the fused loop hands it
  /// the losses of many epochs at once (`epochsFinished(losses:through:)`) instead of a
  /// record an epoch, and an epoch costs no call.
  static var takesLossesOnly: Bool { get }

  /// Takes the training losses of the epochs that end at `epoch`, oldest first. Called
  /// only when `takesLossesOnly`, in place of `epochFinished` for those epochs.
  mutating func epochsFinished(losses: UnsafeBufferPointer<Double>, through epoch: Int)
}

extension EpochObserver {
  /// An observer reads the parameters unless it says otherwise.
  public static var readsParameters: Bool { true }

  /// An observer sees every epoch's record unless it says otherwise.
  public static var takesLossesOnly: Bool { false }

  /// Unused by observers that see every epoch's record.
  public mutating func epochsFinished(losses: UnsafeBufferPointer<Double>, through epoch: Int) {}
}

/// Observes nothing: `run(epochs:)`.
struct IgnoringEpochs: EpochObserver {
  static var readsParameters: Bool { false }
  static var takesLossesOnly: Bool { true }

  @inline(__always)
  func epochFinished(_ record: EpochRecord, parameters: UnsafeBufferPointer<Double>) -> Bool {
    true
  }
}

/// Keeps the loss of every `every`-th epoch, for `train(epochs:recordingEvery:)`.
struct RecordingEpochs: EpochObserver {
  static var readsParameters: Bool { false }
  static var takesLossesOnly: Bool { true }
  let every: Int
  var recorded: RecordedLosses
  /// Epochs until the next one kept: a countdown, since a division an epoch would cost as
  /// much as the course's whole epoch.
  private var untilKept: Int

  init(every: Int, recorded: RecordedLosses, startingAfter epoch: Int) {
    self.every = every
    self.recorded = recorded
    let past = epoch % every
    untilKept = every - past
  }

  @inline(__always)
  mutating func epochFinished(_ record: EpochRecord, parameters: UnsafeBufferPointer<Double>)
    -> Bool
  {
    untilKept -= 1
    if untilKept == 0 {
      untilKept = every
      recorded.keep(record)
    }
    return true
  }

  mutating func epochsFinished(losses: UnsafeBufferPointer<Double>, through epoch: Int) {
    let firstEpoch = epoch - losses.count + 1
    if every == 1 {
      recorded.keep(losses, ofConsecutive: firstEpoch...epoch)
      return
    }
    var k = untilKept - 1
    while k < losses.count {
      recorded.keep(losses[k], of: firstEpoch + k)
      k += every
    }
    untilKept = k - losses.count + 1
  }
}
