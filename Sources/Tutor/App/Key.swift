/// A key the student pressed, as the terminal front reads it.
///
/// The front (CursesUI) turns terminal input into these; `TutorialApp` decides what each
/// does, so every binding is testable without a terminal.
public enum Key: Sendable, Hashable {
  /// A printable character (letters, digits, punctuation, space).
  case character(Character)
  /// Return or Enter.
  case enter
  /// Tab.
  case tab
  /// Backspace (either code terminals send).
  case backspace
  /// Delete (forward).
  case delete
  /// Escape, alone.
  case escape
  /// Arrow keys.
  case up, down, left, right
  /// Home, End, Page Up and Page Down.
  case home, end, pageUp, pageDown
  /// A control combination: `.control("a")` is Ctrl-A. Ctrl-C, Ctrl-D and Ctrl-Z arrive
  /// here in raw mode too.
  case control(Character)
  /// A function key, F1 to F12.
  case function(Int)
}
