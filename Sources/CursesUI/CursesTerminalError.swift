/// Why the full-screen tutorial cannot use this terminal.
///
/// Each case is a plain sentence a student understands; the executable adds what to run
/// instead (`downhill repl`, `downhill play LESSON`) and exits with status 2.
public enum CursesTerminalError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Standard input is not a terminal (a pipe or a file).
  case inputNotATerminal
  /// Standard output is not a terminal (a pipe or a file).
  case outputNotATerminal
  /// `TERM` is unset or empty.
  case noTerminalType
  /// `TERM` is `dumb`: a terminal that cannot move the cursor.
  case dumbTerminal
  /// The terminfo database has no entry for `TERM`.
  case unknownTerminal(String)
  /// The terminal's entry has no cursor addressing (`cup`), so a full screen cannot be
  /// drawn on it.
  case noCursorAddressing(String)
  /// ncurses could not start on the terminal (`newterm` failed).
  case cannotStart(String)
  /// A file the headless screen needs (`/dev/null`) could not be opened.
  case cannotOpen(String)

  /// The reason as a sentence.
  public var description: String {
    switch self {
    case .inputNotATerminal:
      return "standard input is not a terminal"
    case .outputNotATerminal:
      return "standard output is not a terminal"
    case .noTerminalType:
      return "TERM is not set, so the terminal's type is unknown"
    case .dumbTerminal:
      return "TERM is 'dumb', a terminal that cannot move the cursor"
    case .unknownTerminal(let term):
      return "the terminal type '\(term)' (TERM) is not in the terminfo database"
    case .noCursorAddressing(let term):
      return "the terminal type '\(term)' (TERM) cannot move the cursor"
    case .cannotStart(let term):
      return "ncurses could not start on the terminal '\(term)'"
    case .cannotOpen(let path):
      return "cannot open \(path)"
    }
  }
}
