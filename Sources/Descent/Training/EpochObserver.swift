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
}

extension EpochObserver {
  /// An observer reads the parameters unless it says otherwise.
  public static var readsParameters: Bool { true }
}

/// Observes nothing: `run(epochs:)`.
struct IgnoringEpochs: EpochObserver {
  static var readsParameters: Bool { false }

  @inline(__always)
  func epochFinished(_ record: EpochRecord, parameters: UnsafeBufferPointer<Double>) -> Bool {
    true
  }
}

/// Keeps the loss of every `every`-th epoch, for `train(epochs:recordingEvery:)`.
struct RecordingEpochs: EpochObserver {
  static var readsParameters: Bool { false }
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
}
