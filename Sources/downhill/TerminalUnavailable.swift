import CursesUI

/// Thrown when the full-screen tutorial cannot use the terminal: the message says why and
/// what to run instead, and the command exits with status 2.
struct TerminalUnavailable: Error, CustomStringConvertible {
  /// Why the terminal cannot be used.
  let reason: CursesTerminalError

  var description: String {
    """
    the full-screen tutorial needs a terminal, and \(reason). \
    Run 'downhill repl --lesson LESSON' to follow a lesson one line at a time, \
    or 'downhill play LESSON' to print its screens.
    """
  }
}
