extension Session {
  /// Plays in line mode, where nothing can interrupt: runs epochs until training diverges,
  /// the loss stops changing, or `maximumEpochs` have run, then pauses.
  public mutating func playBurst(maximumEpochs: Int = 1000) -> [String] {
    guard isPlaying else { return [] }
    defer { isPlaying = false }
    let start = function.map { $0.history.count } ?? trainer.epoch
    var previous = Double.nan
    var ran = 0
    var lines: [String] = []
    while ran < maximumEpochs {
      let chunk = Swift.min(50, maximumEpochs - ran)
      lines = step(chunk)
      ran += chunk
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
    return ["played epochs \(start + 1)–\(end)"] + lines
  }
}
