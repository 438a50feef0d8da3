extension Session {
  /// Plays in line mode, where nothing can interrupt: runs epochs until training diverges,
  /// the loss stops changing, a lesson's open task is met, or `maximumEpochs` have run,
  /// then pauses.
  ///
  /// What it did is also added to the last transcript entry's output, so a screen shows
  /// it.
  @discardableResult
  public mutating func playBurst(maximumEpochs: Int = 1000) -> Response {
    guard isPlaying else { return Response() }
    defer { workspace.pause() }
    let start = run.epoch
    var previous = Double.nan
    var ran = 0
    var events: [SessionEvent] = []
    // With a task open, one epoch at a time, so play stops on the epoch that meets it.
    let watchTask = lesson?.hasOpenTask ?? false
    while ran < maximumEpochs {
      let chunk = Swift.min(watchTask ? 1 : 50, maximumEpochs - ran)
      events = workspace.run.step(chunk)
      ran += chunk
      if watchTask && meetsOpenTask { break }
      if run.function == nil && run.trainer.divergence != nil { break }
      let loss = run.function?.history.last ?? run.trainer.history.last ?? .nan
      if loss == previous
        || (previous.isFinite && Swift.abs(loss - previous) <= 1e-12 * Swift.abs(previous))
      {
        events.append(.paused(.steady))
        break
      }
      previous = loss
    }
    var response = Response([.played(from: start + 1, to: run.epoch)] + events)
    if let met = checkOpenTask() { response.append(met) }
    if !transcript.isEmpty { transcript[transcript.count - 1].output += response.lines }
    return response
  }

  /// One frame of animated play: runs up to `epochs` epochs (stopping early when training
  /// diverges or a lesson's open task is met) without adding to the transcript. Returns nil
  /// while play goes on, or why it stopped, which is also recorded.
  public mutating func playTick(epochs: Int) -> Response? {
    guard isPlaying else { return nil }
    if let paused = workspace.pausedLoop {
      // A student's loop plays pass by pass, until it ends.
      let (events, ended) = workspace.moveLoop(to: paused.passes + Swift.max(1, epochs))
      guard ended else { return nil }
      return stopPlay(events + [.paused(.stopped(epoch: run.trainer.epoch))])
    }
    let watchTask = !meetsOpenTask && lesson?.hasOpenTask == true
    for _ in 0..<Swift.max(1, epochs) {
      _ = workspace.run.step(1)
      if run.function == nil, let divergence = run.trainer.divergence {
        return stopPlay([.paused(.diverged(epoch: divergence.epoch)), .diverged(divergence)])
      }
      if let function = run.function, function.isStalled {
        return stopPlay([.paused(.stalled(function.snapshot))])
      }
      if watchTask && meetsOpenTask {
        let met = checkOpenTask() ?? Response()
        var response = stopPlay([.paused(.stopped(epoch: run.trainer.epoch))] + met.events)
        response.effects = met.effects
        return response
      }
    }
    return nil
  }

  /// Pauses play (a key was pressed) and records where it stopped.
  public mutating func pausePlay() {
    guard isPlaying else { return }
    _ = stopPlay([.paused(.stopped(epoch: run.epoch))])
  }

  private mutating func stopPlay(_ events: [SessionEvent]) -> Response {
    workspace.pause()
    note(events)
    return Response(events)
  }

  /// Makes a cell's loop stop after its first pass, to be stepped with `step`, played and
  /// rewound (the full-screen tutorial), rather than run to its end.
  public mutating func stepLoops(_ on: Bool) {
    workspace.stepsLoops = on
  }

  /// Whether a student's loop is paused between passes.
  public var hasPausedLoop: Bool { workspace.pausedLoop != nil }

  /// Names the prompt can complete: the variables and the expression functions.
  public var completionNames: [String] { workspace.completionNames }
}
