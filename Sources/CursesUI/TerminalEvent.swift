import Tutor

/// What waiting on the terminal produced.
public enum TerminalEvent: Sendable, Hashable {
  /// The student pressed a key.
  case key(Key)
  /// The terminal changed size; the screen's size has been re-read.
  case resize
  /// The wait's timeout passed without input.
  case timeout
  /// SIGTERM, SIGHUP or SIGINT arrived: restore the terminal and leave.
  case signal(Int32)
  /// Input ended (the terminal went away): restore and leave.
  case hangup
}
