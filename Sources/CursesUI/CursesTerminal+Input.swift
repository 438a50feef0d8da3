import CursesShim

extension CursesTerminal {
  /// Waits for the next key, resize or signal, at most `timeout` seconds (nil: as long as
  /// it takes, with the CPU idle).
  ///
  /// Keys the tutorial has no use for are skipped without ending the wait. A resize has
  /// already updated `columns` and `rows` when it is reported, and the next draw repaints
  /// the whole screen. Input that ends (the terminal closed) is reported as `.hangup`.
  public func nextEvent(timeout: Double?) -> TerminalEvent {
    guard isActive else { return .hangup }
    let deadline = timeout.map { MonotonicClock.now() + Swift.max(0, $0) }
    while true {
      if let signal = pendingSignal { return .signal(signal) }
      var milliseconds: Int32 = -1
      if let deadline {
        let remaining = deadline - MonotonicClock.now()
        // At most an hour a wait: a timeout that large is as good as none.
        milliseconds = Int32((Swift.max(0, Swift.min(remaining, 3600)) * 1000).rounded(.up))
      }
      var code: UInt32 = 0
      switch downhill_read(milliseconds, &code) {
      case Int32(DOWNHILL_READ_CHARACTER):
        failedReads = 0
        if let event = KeyDecoder.event(forCharacter: code) { return event }
      case Int32(DOWNHILL_READ_KEY):
        failedReads = 0
        if let event = KeyDecoder.event(forKey: Int32(bitPattern: code)) {
          if event == .resize {
            readSize()
            needsRepaint = true
          }
          return event
        }
      case Int32(DOWNHILL_READ_FAILED):
        failedReads += 1
        if failedReads >= 3 { return .hangup }
      default:
        if let signal = pendingSignal { return .signal(signal) }
        if milliseconds == 0 { return .timeout }
      }
    }
  }
}
