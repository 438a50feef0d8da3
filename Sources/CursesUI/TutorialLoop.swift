import Python
import TermPlot
import Tutor

/// The tutorial's event loop: draws the app at the terminal's size, waits for a key or the
/// app's next tick, and dispatches, until the app quits or a signal arrives.
///
/// One thread, one loop: while nothing animates the wait blocks and the CPU idles; in play
/// mode it ends at the app's next tick. The screen is redrawn after every key, tick and
/// resize (ncurses sends only what changed).
public enum TutorialLoop {
  /// Why the loop ended. Each is a clean end: restore the terminal and exit with status 0.
  public enum Outcome: Sendable, Hashable {
    /// The student quit (the quit key, Ctrl-C, `quit` at the prompt).
    case quit
    /// The app finished by itself.
    case finished
    /// SIGTERM, SIGHUP or SIGINT arrived.
    case signal(Int32)
    /// The terminal went away.
    case hangup
  }

  /// Runs `app` on `terminal` until it ends; `clock` gives the seconds that `handle`,
  /// `tick` and `secondsUntilTick` measure time in (a monotonic clock by default).
  ///
  /// The terminal is left as it is at the end: the caller restores it.
  ///
  /// `drawn` sees every frame as it goes to the screen (for recording a session).
  public static func run(
    _ app: inout TutorialApp, on terminal: CursesTerminal,
    clock: () -> Double = MonotonicClock.now, drawn: ((Frame) -> Void)? = nil
  ) -> Outcome {
    run(&app, on: terminal, clock: clock, drawn: drawn, crash: nil)
  }

  /// The loop, with a key that crashes on purpose for the tests of the crash guard.
  package static func run(
    _ app: inout TutorialApp, on terminal: CursesTerminal,
    clock: () -> Double = MonotonicClock.now, drawn: ((Frame) -> Void)? = nil,
    crash: CrashTrigger?
  ) -> Outcome {
    let recorder = app.progressStore.map { ProgressRecorder(store: $0) }
    // Ctrl-C while a command runs the student's Python stops it there.
    if terminal.catchesSignals {
      Interruption.readFrontEnd { CursesTerminal.interruptRequested }
    }
    defer { if terminal.catchesSignals { Interruption.readFrontEnd(nil) } }
    // The app is pure state: what it asks for (saving progress) is done here, before the
    // next draw, so a save that fails is on the screen at once.
    func carryOut() {
      // Each save holds a lesson's whole progress: its last one is all that matters.
      var latest: [String: LessonProgress] = [:]
      var order: [String] = []
      for case .saveProgress(let progress) in app.takeEffects() {
        if latest.updateValue(progress, forKey: progress.lessonID) == nil {
          order.append(progress.lessonID)
        }
      }
      for id in order {
        if let progress = latest[id], let problem = recorder?.save(progress) {
          app.progressNotSaved(problem)
        }
      }
    }
    defer { carryOut() }
    while true {
      carryOut()
      if let signal = terminal.pendingSignal { return .signal(signal) }
      if app.isFinished { return .finished }
      let screen = app.render(width: terminal.columns, height: terminal.rows)
      terminal.draw(screen.frame, cursor: screen.cursor)
      drawn?(screen.frame)
      // A tick that is due still lets a waiting key in first (a zero timeout), so a key
      // can always stop play however far behind the animation is.
      let wait = app.secondsUntilTick(now: clock()).map { Swift.max(0, $0) }
      var event = terminal.nextEvent(timeout: wait)
      // Keys already waiting (a paste) are all handled before the next draw, for up to a
      // tenth of a second at a time, so a long paste costs a draw per batch, not a draw
      // per character, and the screen still moves during a very long one.
      let batchEnd = clock() + 0.1
      while true {
        switch event {
        case .key(let key):
          if let crash, key == crash.key { crash.fire() }
          // Ctrl-L redraws the screen in every terminal program: whatever the app makes
          // of it, the terminal is repainted from scratch.
          if key == .control("l") { terminal.repaintAll() }
          switch terminal.interruptible({ app.handle(key, now: clock()) }) {
          case .none: break
          case .quit: return .quit
          case .suspend: terminal.suspend()
          }
        case .resize:
          break
        case .timeout:
          terminal.interruptible { app.tick(now: clock()) }
        case .signal(let signal):
          return .signal(signal)
        case .hangup:
          return .hangup
        }
        guard case .key = event, !app.isFinished, clock() < batchEnd else { break }
        event = terminal.nextEvent(timeout: 0)
        // Nothing more waiting: draw.
        if event == .timeout { break }
      }
    }
  }
}
