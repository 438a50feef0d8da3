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
        if code == 27 {
          guard let event = readAfterEscape() else { continue }
          return event
        }
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

  /// What an Escape that ncurses could not match to a key began: Escape alone when
  /// nothing follows at once; the key of an escape sequence terminfo does not list (nil
  /// to skip one the tutorial has no use for); or, for Escape followed by another key (Alt
  /// held), that key.
  ///
  /// ncurses has already waited its escape delay before handing over a lone Escape, so the
  /// rest of a sequence sent with it is in the input now: reads here do not wait.
  func readAfterEscape() -> TerminalEvent? {
    var codes: [UInt32] = []
    while codes.count < 32 {
      var code: UInt32 = 0
      guard downhill_read(0, &code) == Int32(DOWNHILL_READ_CHARACTER) else { break }
      codes.append(code)
      if codes.count == 1 && code != 0x5B && code != 0x4F {
        return KeyDecoder.event(forCharacter: code)
      }
      if KeyDecoder.isComplete(escapeSequence: codes) { break }
      if !KeyDecoder.isPartial(escapeSequence: codes) { return nil }
    }
    guard !codes.isEmpty else { return .key(.escape) }
    // Alt-[ or Alt-O alone: the character.
    if codes.count == 1 { return KeyDecoder.event(forCharacter: codes[0]) }
    return KeyDecoder.event(forEscapeSequence: codes)
  }
}
