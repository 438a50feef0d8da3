import TermPlot

extension TutorialApp {
  /// Seconds from `now` until `tick` should run: the next frame of play, or the next
  /// automatic step of a presentation; nil when nothing animates (wait for a key). Nothing
  /// moves while the key help shows.
  public func secondsUntilTick(now: Double) -> Double? {
    guard page == .lesson, !showsHelp, let session else { return nil }
    if session.isPlaying {
      let interval = 1 / Swift.min(playSpeed(of: session), Self.framesPerSecond)
      return Swift.max(0, (lastTick ?? now) + interval - now)
    }
    guard autoplayRuns else { return nil }
    return Swift.max(0, (nextAutoStep ?? now) - now)
  }

  /// Advances play by the epochs due since the last frame, and a presentation by a step
  /// when its time has come. Autoplay waits while training plays: its time runs from the
  /// end of what the screen animates.
  public mutating func tick(now: Double) {
    guard page == .lesson, !showsHelp, var session else { return }
    defer { self.session = session }
    if session.isPlaying {
      playFrame(&session, now: now)
      if let seconds = configuration.autoplay { nextAutoStep = now + seconds }
      return
    }
    guard let seconds = configuration.autoplay, autoplayRuns else { return }
    guard let due = nextAutoStep else {
      nextAutoStep = now + seconds
      return
    }
    if now >= due {
      autoStep(&session)
      nextAutoStep = now + seconds
    }
  }

  /// One frame of play: the epochs due at the play's speed since the last frame, at most
  /// one second's worth after a stall, and never past an animation's last epoch.
  mutating func playFrame(_ session: inout Session, now: Double) {
    // Play's clock starts at its first frame.
    guard let last = lastTick else {
      lastTick = now
      return
    }
    let speed = playSpeed(of: session)
    let interval = 1 / Swift.min(speed, Self.framesPerSecond)
    guard now - last >= interval * 0.999 else { return }
    let due = Swift.min((now - last) * speed, speed)
    var epochs = Swift.max(1, Int(clamping: due.rounded()))
    if let target = animationTarget {
      epochs = Swift.min(epochs, Swift.max(1, target - session.run.epoch))
    }
    lastTick = now
    if let stop = session.playTick(epochs: epochs) {
      carryOut(stop, in: &session)
      animationTarget = nil
      return
    }
    if let target = animationTarget, session.run.epoch >= target {
      session.pausePlay()
      animationTarget = nil
      lastTick = nil
    }
  }

  /// Epochs a second of play now: an animation's own speed, else the session's.
  func playSpeed(of session: Session) -> Double {
    animationTarget == nil ? session.speed : (animationSpeed ?? session.speed)
  }

  /// Whether autoplay is set, not paused, and has steps left.
  var autoplayRuns: Bool {
    configuration.autoplay != nil && !autoplayPaused && !autoplayFinished
  }

  /// Whether autoplay has reached the lesson's last step with nothing left open.
  var autoplayFinished: Bool {
    guard let state = session?.lesson else { return true }
    return state.stepIndex + 1 >= state.lesson.steps.count && state.openBlock == nil
      && !holdsNextQuestion
  }

  /// One step of a presentation, by key or by autoplay: the open block answered with the
  /// lesson's own answer, else the next step. With autoplay, an answer first shows alone:
  /// the step's next question follows one step later, so each gets its own time.
  mutating func autoStep(_ session: inout Session) {
    finishAnimation(&session)
    if holdsNextQuestion {
      holdsNextQuestion = false
      return
    }
    if let block = session.lesson?.openBlock {
      carryOut(session.presentOpenBlock(), in: &session)
      animateRun(of: Self.commandsRun(presenting: block), in: &session)
      holdsNextQuestion = configuration.autoplay != nil && session.lesson?.openBlock != nil
    } else {
      let step = session.lesson?.stepIndex
      send(.next, to: &session)
      if session.lesson?.stepIndex != step {
        scroll = 0
        chosenView = nil
        animateRun(of: session.lesson?.step.run ?? [], in: &session)
      }
    }
  }

  /// The commands presenting `block` runs: a prediction's experiment, a task's solution.
  static func commandsRun(presenting block: CheckedBlock) -> [String] {
    switch block.kind {
    case .predict(let prediction): return prediction.run
    case .task(let task): return task.solution
    case .ask, .exercise: return []
    }
  }

  /// Plays again, at a visible speed, the epochs that `lines` (commands just run) ended
  /// with: `step 1000` is rewound and replayed in about `animationSeconds`, so a projector
  /// shows the line moving instead of a jump from epoch 0 to 1000. Training is
  /// deterministic, so the replay ends exactly where the commands left it.
  mutating func animateRun(of lines: [String], in session: inout Session) {
    let epochs = Self.trailingEpochs(of: lines)
    let end = session.run.epoch
    guard epochs > 1, end >= epochs, !session.isPlaying else { return }
    send(.rewind(epochs), to: &session)
    guard session.run.epoch == end - epochs else {
      // The run could not go back as far (it diverged): leave it where the commands did.
      if session.run.epoch < end { send(.step(end - session.run.epoch), to: &session) }
      return
    }
    send(.play, to: &session)
    guard session.isPlaying else { return }
    animationTarget = end
    animationSpeed = Swift.max(session.speed, Double(epochs) / Self.animationSeconds)
    lastTick = nil
  }

  /// About how long an animated `step N` of a presentation takes.
  static let animationSeconds = 3.0

  /// The epochs the `step` commands at the end of `lines` run (0 when the last is another).
  static func trailingEpochs(of lines: [String]) -> Int {
    var total = 0
    for line in lines.reversed() {
      guard case .step(let epochs)? = try? Command.parse(line) else { break }
      total += epochs
    }
    return total
  }

  /// Runs what is left of an animation at once, so that the next step starts from exactly
  /// where the lesson's commands left the run.
  mutating func finishAnimation(_ session: inout Session) {
    guard let target = animationTarget else { return }
    animationTarget = nil
    session.pausePlay()
    lastTick = nil
    let left = target - session.run.epoch
    if left > 0 { send(.step(left), to: &session) }
  }

  /// Stops an animation where it is: the presenter takes the run over (rewind, a new rate,
  /// another step).
  mutating func stopAnimation(_ session: inout Session) {
    guard animationTarget != nil else { return }
    animationTarget = nil
    session.pausePlay()
    lastTick = nil
  }

  /// Pauses autoplay, keeping the time its next step had left, or resumes it with that time.
  mutating func toggleAutoplay(now: Double) {
    guard configuration.autoplay != nil else {
      notice = "no autoplay: start with --autoplay SECONDS"
      return
    }
    if autoplayPaused {
      autoplayPaused = false
      nextAutoStep = autoplayLeft.map { now + $0 }
      autoplayLeft = nil
    } else {
      autoplayPaused = true
      autoplayLeft = nextAutoStep.map { Swift.max(0, $0 - now) }
    }
  }

  /// Keys of presentation mode: no prompt, so single letters step and play. Play goes on
  /// under every key but space and `p`, which pause it.
  mutating func presentationKey(_ key: Key, session: inout Session, now: Double) -> Effect {
    switch key {
    case .character(" "):
      if session.isPlaying {
        session.pausePlay()
        lastTick = nil
      } else {
        send(.step(1), to: &session)
      }
    case .enter, .right, .character("n"), .pageDown:
      nextAutoStep = nil
      autoStep(&session)
    case .left, .character("b"), .backspace, .pageUp:
      stopAnimation(&session)
      holdsNextQuestion = false
      nextAutoStep = nil
      let step = session.lesson?.stepIndex
      send(.back, to: &session)
      scroll = 0
      if session.lesson?.stepIndex != step {
        chosenView = nil
        animateRun(of: session.lesson?.step.run ?? [], in: &session)
      }
    case .character("p"), .control("p"):
      if session.isPlaying {
        session.pausePlay()
        lastTick = nil
      } else {
        send(.play, to: &session)
        if session.isPlaying { lastTick = now }
      }
    case .character("a"): toggleAutoplay(now: now)
    case .character("r"), .control("r"):
      stopAnimation(&session)
      send(.rewind(1), to: &session)
    case .character("+"), .control("t"):
      stopAnimation(&session)
      stepRate(up: true, in: &session)
    case .character("-"), .control("g"):
      stopAnimation(&session)
      stepRate(up: false, in: &session)
    case .tab, .character("v"): cycleView()
    case .character("q"), .control("q"), .control("c"), .control("d"):
      return quit()
    case .escape: askToQuit()
    case .character("?"), .function(1): openHelp(now: now)
    case .control("z"): return .suspend
    default: break
    }
    return .none
  }
}
