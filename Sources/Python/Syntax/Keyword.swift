/// Python's keywords. `match`, `case` and `_` are soft keywords, read as names.
enum Keyword: String, Sendable, CaseIterable {
  case falseLiteral = "False"
  case noneLiteral = "None"
  case trueLiteral = "True"
  case and
  case `as`
  case assert
  case async
  case await
  case `break`
  case `class`
  case `continue`
  case def
  case del
  case elif
  case `else`
  case except
  case finally
  case `for`
  case from
  case global
  case `if`
  case `import`
  case `in`
  case `is`
  case lambda
  case nonlocal
  case not
  case or
  case pass
  case raise
  case `return`
  case `try`
  case `while`
  case with
  case yield

  /// The keyword spelled `text`, if it is one.
  static func named(_ text: String) -> Keyword? {
    byName[text]
  }

  private static let byName: [String: Keyword] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}
