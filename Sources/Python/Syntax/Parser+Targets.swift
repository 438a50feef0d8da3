/// What may be assigned to or deleted: names, attributes, subscripts, and tuples or lists
/// of them (`a, b = b, a`, `for i, (x, y) in …`). Anything else is a syntax error worded
/// as CPython words it.
extension Parser {
  /// Where a target appears, which decides the wording of its error.
  enum TargetContext {
    /// `target = value`.
    case assignment
    /// `for target in …`, in a statement or a comprehension.
    case forLoop
    /// `target += value`: a single name, attribute or subscript only.
    case augmented
    /// `del target`.
    case deletion
  }

  /// Throws unless `target` may be assigned to (or deleted) in `context`.
  func checkTarget(_ target: Expression, _ context: TargetContext) throws(ParseError) {
    switch target.kind {
    case .name, .attribute, .subscript:
      return
    case .tuple(let items), .list(let items):
      guard context != .augmented else { break }
      for item in items { try checkTarget(item, context) }
      return
    default:
      break
    }
    let described = Self.describe(target)
    let message: String
    switch context {
    case .augmented:
      message = "'\(described)' is an illegal expression for augmented assignment"
    case .deletion:
      message = "cannot delete \(described)"
    case .assignment where !Self.isConstant(target):
      message = "cannot assign to \(described) here. Maybe you meant '==' instead of '='?"
    case .assignment, .forLoop:
      message = "cannot assign to \(described)"
    }
    throw syntaxError(message, at: target.span)
  }

  /// What CPython calls an expression in its messages.
  private static func describe(_ expression: Expression) -> String {
    switch expression.kind {
    case .none: return "None"
    case .bool(let value): return value ? "True" : "False"
    case .int, .float, .string: return "literal"
    case .formattedString: return "f-string expression"
    case .call: return "function call"
    case .comparison: return "comparison"
    case .conditional: return "conditional expression"
    case .listComprehension: return "list comprehension"
    case .tuple: return "tuple"
    case .list: return "list"
    case .name: return "name"
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .unary, .binary, .logical, .slice: return "expression"
    }
  }

  /// `True`, `False` and `None`, which CPython names without suggesting `==`.
  private static func isConstant(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .none, .bool: return true
    default: return false
    }
  }
}
