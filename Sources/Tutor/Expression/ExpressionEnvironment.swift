/// Where the evaluator gets and sets variables: implemented by the session.
///
/// The evaluator only reads through `value(of:)` while it computes, and calls `assign`
/// once, after the whole right-hand side has been evaluated, for `name = expr`.
public protocol ExpressionEnvironment {
  /// The value of a variable, or `nil` if there is no variable with that name.
  func value(of name: String) -> Value?

  /// Called for `name = expr`; throw (e.g. a wrong shape for a parameter) with a sentence;
  /// the evaluator attaches the column.
  ///
  /// The error's column and length are replaced by those of the assigned name, so an
  /// implementation may create it with `ExpressionError("…")` alone.
  mutating func assign(_ value: Value, to name: String) throws(ExpressionError)

  /// The names that are defined now, for "did you mean 'Y_pred'?" suggestions.
  var variableNames: [String] { get }
}
