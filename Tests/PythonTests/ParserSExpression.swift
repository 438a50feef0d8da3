@testable import Python

/// Renders syntax trees as S-expressions, so a test states a whole tree in one string:
///
///     Y_pred = m*X + c            (assign [Y_pred] (+ (* m X) c))
///     lr * H.T @ dZ2              (@ (* lr (. H T)) dZ2)
///     a[1:, ::2]                  ([] a (tuple (: 1 _ _) (: _ _ 2)))
///     f"{m:.2f}"                  (f {m :'.2f'})
///
/// Names print bare; strings in single quotes (`\n` for a line end); a comparison with
/// one operator as `(< a b)` and a chain as `(chain a < b < c)`; a missing part as `_`.
enum SExpression {
  static func render(_ program: Program) -> String {
    program.statements.map(render).joined(separator: "\n")
  }

  static func render(_ statements: [Statement]) -> String {
    "[" + statements.map(render).joined(separator: " ") + "]"
  }

  static func render(_ statement: Statement) -> String {
    switch statement.kind {
    case .expression(let expression):
      return render(expression)
    case .assign(let targets, let value):
      return "(assign [\(targets.map(render).joined(separator: " "))] \(render(value)))"
    case .augmentedAssign(let target, let op, let value):
      return "(\(op.rawValue)= \(render(target)) \(render(value)))"
    case .if(let branches, let otherwise):
      var parts = ["if"]
      for (index, (condition, body)) in branches.enumerated() {
        if index > 0 { parts.append("elif") }
        parts += [render(condition), render(body)]
      }
      if !otherwise.isEmpty { parts += ["else", render(otherwise)] }
      return "(" + parts.joined(separator: " ") + ")"
    case .while(let condition, let body):
      return "(while \(render(condition)) \(render(body)))"
    case .for(let target, let iterable, let body):
      return "(for \(render(target)) \(render(iterable)) \(render(body)))"
    case .break:
      return "break"
    case .continue:
      return "continue"
    case .pass:
      return "pass"
    case .function(let name, let parameters, let body):
      let rendered = parameters.map { parameter in
        parameter.name + (parameter.defaultValue.map { "=" + render($0) } ?? "")
      }
      return "(def \(name) (\(rendered.joined(separator: " "))) \(render(body)))"
    case .return(let value):
      return value.map { "(return \(render($0)))" } ?? "(return)"
    case .delete(let targets):
      return "(del \(targets.map(render).joined(separator: " ")))"
    case .import(let module, let alias):
      return "(import \(module)\(alias.map { " as " + $0 } ?? ""))"
    case .importFrom(let module, let names):
      let rendered = names.map { $0.name + ($0.alias.map { " as " + $0 } ?? "") }
      return "(from \(module) import \(rendered.joined(separator: ", ")))"
    }
  }

  static func render(_ expression: Expression) -> String {
    switch expression.kind {
    case .name(let name): return name
    case .none: return "None"
    case .bool(let value): return value ? "True" : "False"
    case .int(let value): return String(value)
    case .float(let value): return String(value)
    case .string(let text): return quote(text)
    case .formattedString(let parts): return "(f" + render(parts) + ")"
    case .list(let items): return "[" + items.map(render).joined(separator: " ") + "]"
    case .tuple(let items): return "(tuple" + items.map { " " + render($0) }.joined() + ")"
    case .listComprehension(let element, let clauses):
      let rendered = clauses.map { clause in
        "(for \(render(clause.target)) \(render(clause.iterable))"
          + clause.conditions.map { " (if \(render($0)))" }.joined() + ")"
      }
      return "(listcomp \(render(element)) \(rendered.joined(separator: " ")))"
    case .unary(let op, let operand): return "(\(op.rawValue) \(render(operand)))"
    case .binary(let op, let left, let right):
      return "(\(op.rawValue) \(render(left)) \(render(right)))"
    case .logical(let isAnd, let operands):
      return "(\(isAnd ? "and" : "or") \(operands.map(render).joined(separator: " ")))"
    case .comparison(let first, let rest):
      if rest.count == 1, let (op, right) = rest.first {
        return "(\(op.rawValue) \(render(first)) \(render(right)))"
      }
      return "(chain \(render(first))"
        + rest.map { " \($0.0.rawValue) \(render($0.1))" }.joined() + ")"
    case .conditional(let condition, let then, let otherwise):
      return "(if \(render(condition)) \(render(then)) \(render(otherwise)))"
    case .call(let callee, let arguments, let keywords):
      let rendered =
        arguments.map { " " + render($0) } + keywords.map { " \($0.name)=\(render($0.value))" }
      return "(call \(render(callee))\(rendered.joined()))"
    case .attribute(let value, let name): return "(. \(render(value)) \(name))"
    case .subscript(let value, let index): return "([] \(render(value)) \(render(index)))"
    case .slice(let lower, let upper, let step):
      return "(: \(render(lower)) \(render(upper)) \(render(step)))"
    }
  }

  private static func render(_ expression: Expression?) -> String {
    expression.map { render($0) } ?? "_"
  }

  private static func render(_ parts: [FStringPart]) -> String {
    parts.map { part in
      switch part {
      case .literal(let text):
        return " " + quote(text)
      case .field(let expression, let conversion, let spec):
        var field = "{" + render(expression)
        if let conversion { field += " !\(conversion)" }
        if let spec { field += " :" + render(spec).dropFirst() }
        return " " + field + "}"
      }
    }.joined()
  }

  private static func quote(_ text: String) -> String {
    var quoted = "'"
    for character in text {
      switch character {
      case "\n": quoted += "\\n"
      case "\t": quoted += "\\t"
      case "\\": quoted += "\\\\"
      case "'": quoted += "\\'"
      default: quoted.append(character)
      }
    }
    return quoted + "'"
  }
}

/// The tree of `source` as S-expressions, or the error's description.
func parsedTree(_ source: String) -> String {
  do {
    return SExpression.render(try PythonParser.parse(source))
  } catch {
    return error.description
  }
}

/// The error `source` fails with: `line L, column C: Kind: message`, plus its length as
/// `~N` when longer than 1; or the tree when it parses.
func parseFailure(_ source: String) -> String {
  do {
    return "parsed: " + SExpression.render(try PythonParser.parse(source))
  } catch {
    let length = error.span.map { $0.length > 1 ? " ~\($0.length)" : "" } ?? ""
    return error.description + length
  }
}
