import Descent
import Testing

/// `train(epochs:recordingEvery:)` keeps the epochs it says: every `every`-th, counted from
/// epoch 0 of the run, and always the last epoch run.
@Suite struct RecordedLossesTests {
  /// The epochs expected after `start` epochs already run, for `epochs` more.
  private func expected(start: Int, epochs: Int, every: Int) -> [Int] {
    var kept = Array(stride(from: (start / every + 1) * every, through: start + epochs, by: every))
    if epochs > 0, kept.last != start + epochs { kept.append(start + epochs) }
    return kept
  }

  @Test(arguments: [
    (0, 10, 1), (0, 10, 3), (0, 9, 3), (0, 1, 5), (0, 0, 1), (4, 10, 3), (7, 2, 5), (5, 5, 5),
    (0, 1_000, 250), (3, 1_000, 1),
  ] as [(Int, Int, Int)])
  func theKeptEpochsAreEveryStepAndTheLast(start: Int, epochs: Int, every: Int) throws {
    var trainer = try Trainer(
      dataset: .builtIn(named: "houses", seed: 0), configuration: TrainingConfiguration())
    _ = trainer.train(epochs: start)
    let recorded = trainer.train(epochs: epochs, recordingEvery: every)
    let kept = expected(start: start, epochs: epochs, every: every)
    #expect(Array(recorded.epochs) == kept)
    #expect(recorded.losses.count == kept.count)
    #expect(recorded.epochs.count == kept.count)
    #expect(recorded.epochs.last == kept.last)
  }

  @Test func equalRecordsAreEqualHoweverTheirEpochsWereKept() throws {
    var trainer = try Trainer(
      dataset: .builtIn(named: "houses", seed: 0), configuration: TrainingConfiguration())
    var again = trainer
    // Epochs 2 and 3: a progression of two either way.
    _ = trainer.train(epochs: 1)
    _ = again.train(epochs: 1)
    let a = trainer.train(epochs: 2, recordingEvery: 1)
    let b = again.train(epochs: 2, recordingEvery: 2)
    #expect(Array(a.epochs) == [2, 3])
    #expect(Array(b.epochs) == [2, 3])
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
  }
}

/// The losses `train` keeps, and the history it leaves, are those of the course's example 1
/// computed plainly here, epoch by epoch, across the fused loop's hand-over of losses every
/// 128 epochs and whatever the observer.
@Suite struct RecordedLossValuesTests {
  /// The course's loop over the five houses: the loss of each epoch before its update.
  private func courseLosses(epochs: Int) -> [Double] {
    let x: [Double] = [1, 2, 3, 4, 5]
    let y: [Double] = [150, 300, 450, 600, 750]
    var m = 0.0
    var c = 0.0
    var losses: [Double] = []
    for _ in 0..<epochs {
      var squares = 0.0
      var sumXR = 0.0
      var sumR = 0.0
      for i in 0..<5 {
        let r = y[i] - (m * x[i] + c)
        squares += r * r
        sumXR += x[i] * r
        sumR += r
      }
      losses.append(squares / 5)
      m -= 0.01 * ((-2 / 5) * sumXR)
      c -= 0.01 * ((-2 / 5) * sumR)
    }
    return losses
  }

  @Test(arguments: [(0, 1_000, 1), (0, 1_000, 3), (5, 600, 128), (127, 2, 1), (128, 257, 300), (1, 129, 2)]
    as [(Int, Int, Int)])
  func recordedLossesAreTheCourseLosses(start: Int, epochs: Int, every: Int) throws {
    let expected = courseLosses(epochs: start + epochs)
    var trainer = try Trainer(
      dataset: .builtIn(named: "houses", seed: 0), configuration: TrainingConfiguration())
    _ = trainer.train(epochs: start)
    let recorded = trainer.train(epochs: epochs, recordingEvery: every)
    for (epoch, loss) in zip(recorded.epochs, recorded.losses) {
      #expect(loss.bitPattern == expected[epoch - 1].bitPattern, "epoch \(epoch)")
    }
    let history = trainer.history
    #expect(history.count == start + epochs)
    for epoch in history.recentEpochs ?? 1...0 {
      #expect(history.recentLoss(epoch: epoch)?.bitPattern == expected[epoch - 1].bitPattern)
    }
    var plain = LossHistory()
    for loss in expected { plain.append(loss) }
    #expect(history == plain)
  }

  @Test func anObserverOfEveryEpochSeesTheSameLosses() throws {
    struct Every: EpochObserver {
      var losses: [Double] = []
      mutating func epochFinished(_ record: EpochRecord, parameters: UnsafeBufferPointer<Double>)
        -> Bool
      {
        losses.append(record.loss)
        return true
      }
    }
    var trainer = try Trainer(
      dataset: .builtIn(named: "houses", seed: 0), configuration: TrainingConfiguration())
    var observer = Every()
    _ = trainer.run(epochs: 700, observing: &observer)
    #expect(observer.losses.map(\.bitPattern) == courseLosses(epochs: 700).map(\.bitPattern))
    var plain = LossHistory()
    for loss in observer.losses { plain.append(loss) }
    #expect(trainer.history == plain)
  }
}
