import TermPlot

extension TutorialApp {
  /// Seconds from `now` until `tick` should run: the next frame of play, or the next
  /// automatic step of a presentation; nil when nothing animates (wait for a key).
  public func secondsUntilTick(now: Double) -> Double? {
    var waits: [Double] = []
    if page == .lesson, let session, session.isPlaying {
      let interval = 1 / Swift.min(session.speed, Self.framesPerSecond)
      waits.append(Swift.max(0, (lastTick ?? now) + interval - now))
    }
    if page == .lesson, configuration.autoplay != nil, !autoplayFinished {
      waits.append(Swift.max(0, (nextAutoStep ?? now) - now))
    }
    return waits.min()
  }

  /// Advances play by the epochs due since the last frame, and a presentation by a step
  /// when its time has come.
  public mutating func tick(now: Double) {
    guard page == .lesson, var session else { return }
    defer { self.session = session }
    if session.isPlaying {
      let last = lastTick ?? now
      let interval = 1 / Swift.min(session.speed, Self.framesPerSecond)
      if now - last >= interval * 0.999 {
        // Epochs due at the chosen speed, at most one second's worth after a stall.
        let due = Swift.min((now - last) * session.speed, session.speed)
        let epochs = Swift.max(1, Int(clamping: due.rounded()))
        if let stop = session.playTick(epochs: epochs) { carryOut(stop, in: &session) }
        lastTick = now
      }
    }
    if let seconds = configuration.autoplay, !autoplayFinished {
      guard let due = nextAutoStep else {
        nextAutoStep = now + seconds
        return
      }
      if now >= due {
        autoStep(&session)
        nextAutoStep = now + seconds
      }
    }
  }

  /// Whether autoplay has reached the lesson's last step with nothing left open.
  var autoplayFinished: Bool {
    guard let state = session?.lesson else { return true }
    return state.stepIndex + 1 >= state.lesson.steps.count && state.openBlock == nil
  }

  /// One automatic step of a presentation: the open blocks answered with the lesson's own
  /// answers, else the next step.
  mutating func autoStep(_ session: inout Session) {
    if session.lesson?.openBlock != nil {
      carryOut(session.presentOpenBlock(), in: &session)
    } else {
      let step = session.lesson?.stepIndex
      send(.next, to: &session)
      if session.lesson?.stepIndex != step {
        scroll = 0
        chosenView = nil
      }
    }
  }

  /// Keys of presentation mode: no prompt, so single letters step and play.
  mutating func presentationKey(_ key: Key, session: inout Session) -> Effect? {
    switch key {
    case .character(" "):
      send(.step(1), to: &session)
    case .enter, .right, .character("n"), .pageDown:
      nextAutoStep = nil
      autoStep(&session)
    case .left, .character("b"), .backspace, .pageUp:
      send(.back, to: &session)
      scroll = 0
    case .character("p"), .control("p"):
      send(.play, to: &session)
      lastTick = nil
    case .character("r"), .control("r"): send(.rewind(1), to: &session)
    case .character("+"), .control("t"): stepRate(up: true, in: &session)
    case .character("-"), .control("g"): stepRate(up: false, in: &session)
    case .tab, .character("v"): cycleView()
    case .character("q"), .control("q"), .control("c"), .control("d"):
      return quit()
    case .escape: askToQuit()
    case .character("?"), .function(1): showsHelp = true
    case .control("z"): return .suspend
    default: return Effect.none
    }
    return Effect.none
  }
}
