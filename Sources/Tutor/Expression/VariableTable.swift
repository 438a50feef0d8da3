/// A dictionary-backed environment for tests and checking exercises.
///
/// Every assignment succeeds and replaces the variable, whatever its shape.
///
///     var table: VariableTable = ["X": .vector([1, 2, 3])]
///     try Evaluator.evaluate("s = sum(X)", in: &table)  // table.values["s"] == .number(6)
public struct VariableTable: ExpressionEnvironment, Sendable, Hashable,
  ExpressibleByDictionaryLiteral
{
  /// The variables by name.
  public var values: [String: Value]

  /// Creates a table holding `values`.
  public init(_ values: [String: Value] = [:]) {
    self.values = values
  }

  /// Creates a table from a literal such as `["n": .number(5)]`.
  public init(dictionaryLiteral elements: (String, Value)...) {
    self.values = Dictionary(elements, uniquingKeysWith: { _, last in last })
  }

  /// The value stored under `name`, if any.
  public func value(of name: String) -> Value? {
    values[name]
  }

  /// Stores `value` under `name`; never throws.
  public mutating func assign(_ value: Value, to name: String) {
    values[name] = value
  }

  /// The names in the table, sorted.
  public var variableNames: [String] {
    values.keys.sorted()
  }
}
