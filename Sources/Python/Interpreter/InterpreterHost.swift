/// A host that lends a program names and watches it train: the tutorial's session, whose
/// run's data, parameters and computed values (`X`, `m`, `Y_pred`, `loss`) a student's
/// Python reads and assigns.
///
/// Names resolve as the program's own globals first, then the host's, then the built-ins:
/// a student's `Y_pred = m*X + c` hides the session's `Y_pred` until `del Y_pred`. A
/// pinned name (a parameter, the learning rate, the data) is the host's to keep: every
/// assignment of it goes to the host, never to a global. The host hears each loop's
/// passes, so it can count a pass that moved the model as an epoch, and stop the program
/// between passes.
public protocol InterpreterHost: AnyObject {
  /// The host's value of `name`, read when the program has no global of that name; nil
  /// when the host has none.
  func value(of name: String) -> PyValue?
  /// Offered every assignment of a global name, before it is made.
  func assign(_ value: PyValue, to name: String) -> HostAssignment
  /// Told when the program deletes its own global `name` (the host's value shows again).
  func deleted(_ name: String)
  /// The names the host lends, for "did you mean" suggestions.
  var lentNames: [String] { get }
  /// The host's variables, listed when a name is not found and nothing is close to it.
  var listedNames: [String] { get }
  /// A `for` or `while` loop at module level is about to run its first pass.
  func loopBegan()
  /// One pass of the innermost running loop has finished (by its end, `continue`, `break`
  /// or `return`); the program stops here, as if interrupted, if the host says so.
  func passEnded() -> HostVerdict
  /// The innermost running loop has finished.
  func loopEnded()
}

extension InterpreterHost {
  public var listedNames: [String] { [] }
}

/// What a host does with an assignment offered to it.
public enum HostAssignment: Sendable, Equatable {
  /// Not the host's name: the program's global takes the value.
  case declined
  /// A pinned name: the host took the value.
  case kept
  /// A pinned name, refused with a sentence (`m is a number; this is an array of 5`).
  case refused(String)
}

/// Whether a program goes on after a loop's pass.
public enum HostVerdict: Sendable, Equatable {
  case goOn
  /// Stops the program with an `.interrupted` error whose message is the reason.
  case stop(String)
}
