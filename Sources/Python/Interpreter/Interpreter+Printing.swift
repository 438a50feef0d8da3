extension Interpreter {
  /// `str(value)`: what `print` shows.
  func str(_ value: PyValue, at span: SourceSpan) throws(PythonError) -> String {
    switch value {
    case .string(let s): return s
    case .array(let array): return NumpyText.str(array)
    case .scalar(let s): return NumpyText.scalarStr(s)
    case .dtype(let d): return d.name
    default: return try repr(value, at: span)
    }
  }

  /// `repr(value)`: what the prompt echoes and what lists show of their items.
  func repr(_ value: PyValue, at span: SourceSpan) throws(PythonError) -> String {
    var depth = 0
    return try repr(value, depth: &depth, at: span)
  }

  private func repr(_ value: PyValue, depth: inout Int, at span: SourceSpan) throws(PythonError) -> String {
    depth += 1
    defer { depth -= 1 }
    if depth > 100 {
      throw PythonError(.limit, "a list nested more than 100 deep (does it contain itself?)", at: span)
    }
    switch value {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let x): return PythonFormatting.repr(x)
    case .string(let s): return Self.quoted(s)
    case .list(let list):
      var parts: [String] = []
      for item in list.items { parts.append(try repr(item, depth: &depth, at: span)) }
      return "[" + parts.joined(separator: ", ") + "]"
    case .tuple(let items):
      var parts: [String] = []
      for item in items { parts.append(try repr(item, depth: &depth, at: span)) }
      return "(" + parts.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
    case .range(let start, let stop, let step):
      return step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    case .array(let array): return NumpyText.repr(array)
    case .scalar(let s): return NumpyText.scalarRepr(s)
    case .function(let f): return "<function \(f.name)>"
    case .builtin(let b): return "<built-in function \(b.name)>"
    case .module(let m): return "<module '\(m.name)'>"
    case .method(let m): return "<bound method \(m.receiver.typeName).\(m.name)>"
    case .opaque(let name): return "<\(name)>"
    case .slice(let s):
      func part(_ i: Int?) -> String { i.map(String.init) ?? "None" }
      return "slice(\(part(s.lower)), \(part(s.upper)), \(part(s.step)))"
    case .dtype(let d): return "dtype('\(d.name)')"
    }
  }

  /// A string as Python's `repr` quotes it: single quotes unless it holds a single quote
  /// and no double one; backslash escapes for quotes, backslashes and unprintables.
  static func quoted(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var result = String(quote)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if Character(scalar) == quote {
          result += "\\" + String(quote)
        } else if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
        } else if (0x80...0x9F).contains(scalar.value) {
          result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    result.append(quote)
    return result
  }

  /// The text of an f-string.
  func format(_ parts: [FStringPart], in frame: Frame) throws(PythonError) -> String {
    var result = ""
    for part in parts {
      switch part {
      case .literal(let text):
        result += text
      case .field(let expression, let conversion, let specParts):
        let value = try evaluate(expression, in: frame)
        let spec = try specParts.map { p throws(PythonError) in try format(p, in: frame) } ?? ""
        result += try formatField(value, conversion: conversion, spec: spec, at: expression.span)
      }
    }
    return result
  }

  /// One replacement field: the conversion, then the format spec for the value's type.
  func formatField(_ value: PyValue, conversion: Character?, spec: String, at span: SourceSpan) throws(PythonError) -> String {
    if let conversion {
      let text = conversion == "s" ? try str(value, at: span) : try repr(value, at: span)
      return try applySpec(spec, to: .string(text), at: span)
    }
    return try applySpec(spec, to: value, at: span)
  }

  private func applySpec(_ specText: String, to value: PyValue, at span: SourceSpan) throws(PythonError) -> String {
    if specText.isEmpty { return try str(value, at: span) }
    let spec: FormatSpec
    do throws(FormatSpecError) {
      spec = try FormatSpec(parsing: specText)
    } catch {
      throw PythonError(error.kind == .overflow ? .overflow : .value, error.message, at: span)
    }
    do throws(FormatSpecError) {
      switch value {
      case .int(let i), .scalar(.int(let i)): return try spec.format(i)
      case .bool(let b), .scalar(.bool(let b)): return try spec.format(b)
      case .float(let x), .scalar(.float(let x)): return try spec.format(x)
      case .string(let s): return try spec.format(s)
      default: break
      }
    } catch {
      throw PythonError(error.kind == .overflow ? .overflow : .value, error.message, at: span)
    }
    if case .array(let array) = value, array.rank == 0 {
      return try applySpec(specText, to: .scalar(array.scalars[0]), at: span)
    }
    throw PythonError(.type, "unsupported format string passed to \(value.typeName).__format__", at: span)
  }
}

extension PyValue {
  /// The type name format errors use (numpy floats format as `float`).
  var formatTypeName: String {
    switch self {
    case .scalar(.float): return "float"
    case .scalar(.int): return "int"
    case .scalar(.bool): return "bool"
    default: return typeName
    }
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
