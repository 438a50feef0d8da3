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
    let watchTask = lesson?.openBlock.map(Self.isTask) ?? false
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

extension Session {
  /// One frame of animated play: runs up to `epochs` epochs (stopping early when training
  /// diverges or a lesson's open task is met) without adding to the transcript. Returns nil
  /// while play goes on, or the lines saying why it stopped, which are also recorded.
  public mutating func playTick(epochs: Int) -> [String]? {
    guard isPlaying else { return nil }
    let watchTask = meetsOpenTask == false && lesson?.openBlock.map(Self.isTask) == true
    for _ in 0..<Swift.max(1, epochs) {
      let output = step(1)
      if function == nil, let divergence = trainer.divergence {
        isPlaying = false
        return recordPlayStop(
          ["paused: diverged at epoch \(divergence.epoch)"] + output.suffix(2))
      }
      if function?.isStalled == true {
        isPlaying = false
        return recordPlayStop(output.prefix(1).map { "paused: " + $0 })
      }
      if watchTask && meetsOpenTask {
        isPlaying = false
        return recordPlayStop(["paused at epoch \(trainer.epoch)"] + checkOpenTask())
      }
    }
    return nil
  }

  /// Pauses play (a key was pressed) and records where it stopped.
  public mutating func pausePlay() {
    guard isPlaying else { return }
    isPlaying = false
    _ = recordPlayStop(["paused at epoch \(function?.history.count ?? trainer.epoch)"])
  }

  private mutating func recordPlayStop(_ lines: [String]) -> [String] {
    transcript.append(TranscriptEntry(input: "", output: lines))
    return lines
  }

  static func isTask(_ block: CheckedBlock) -> Bool {
    if case .task = block.kind { return true }
    return false
  }

  /// Names the prompt can complete: the session's variables and the expression functions.
  public var completionNames: [String] {
    let variables = SessionVariables(session: self, reading: []).variableNames
    return Array(Set(variables).union(Self.functionNames)).sorted()
  }
}
