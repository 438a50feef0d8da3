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
