extension Session {
  /// Plays in line mode, where nothing can interrupt: runs epochs until training diverges,
  /// the loss stops changing, a lesson's open task is met, or `maximumEpochs` have run,
  /// then pauses.
  ///
  /// The lines are also added to the last transcript entry's output, so a screen shows
  /// them.
  @discardableResult
  public mutating func playBurst(maximumEpochs: Int = 1000) -> [String] {
    guard isPlaying else { return [] }
    defer { isPlaying = false }
    let start = function.map { $0.history.count } ?? trainer.epoch
    var previous = Double.nan
    var ran = 0
    var lines: [String] = []
    // With a task open, one epoch at a time, so play stops on the epoch that meets it.
    let watchTask =
      lesson?.openBlock.map { block in
        if case .task = block.kind { return true }
        return false
      } ?? false
    while ran < maximumEpochs {
      let chunk = Swift.min(watchTask ? 1 : 50, maximumEpochs - ran)
      lines = step(chunk)
      ran += chunk
      if watchTask && meetsOpenTask { break }
      if trainer.divergence != nil && function == nil { break }
      let loss = function?.history.last ?? trainer.history.last ?? .nan
      if loss == previous
        || (previous.isFinite && Swift.abs(loss - previous) <= 1e-12 * Swift.abs(previous))
      {
        lines.append("the loss stopped changing; paused")
        break
      }
      previous = loss
    }
    let end = function.map { $0.history.count } ?? trainer.epoch
    let output = ["played epochs \(start + 1)–\(end)"] + lines + checkOpenTask()
    if !transcript.isEmpty { transcript[transcript.count - 1].output += output }
    return output
  }
}
