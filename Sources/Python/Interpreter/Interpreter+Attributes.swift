extension Interpreter {
  /// `object.name`: a module's member, an array's attribute, or a method to call.
  func attribute(_ object: PyValue, _ name: String, at span: SourceSpan) throws(PythonError) -> PyValue {
    switch object {
    case .module(let module):
      if let member = module.members[name] { return member }
      throw PythonError(
        .attribute,
        "module '\(module.name)' has no attribute '\(name)'; \(module.name) here has \(module.members.keys.filter { !$0.hasPrefix("_") }.sorted().joined(separator: ", "))",
        at: span)
    case .array(let array):
      if let value = arrayAttribute(array, name) { return value }
      if Self.arrayMethods.contains(name) { return .method(PyMethod(receiver: object, name: name)) }
    case .scalar(let s):
      if let value = arrayAttribute(NDArray.filled(s, shape: []), name) { return value }
      if Self.arrayMethods.contains(name) { return .method(PyMethod(receiver: object, name: name)) }
    case .list:
      if Self.listMethods.contains(name) { return .method(PyMethod(receiver: object, name: name)) }
    case .string:
      if Self.stringMethods.contains(name) { return .method(PyMethod(receiver: object, name: name)) }
    case .float:
      if name == "is_integer" { return .method(PyMethod(receiver: object, name: name)) }
      if name == "real" { return object }
    case .int, .bool:
      if name == "real" { return object }
    default:
      break
    }
    throw PythonError(.attribute, "'\(object.typeName)' object has no attribute '\(name)'", at: span)
  }

  static let arrayMethods: Set<String> = [
    "sum", "mean", "max", "min", "std", "var", "argmax", "argmin", "reshape", "flatten", "ravel",
    "copy", "dot", "astype", "tolist", "any", "all", "item", "prod", "cumsum", "round", "fill",
    "transpose", "clip",
  ]
  static let listMethods: Set<String> = [
    "append", "extend", "pop", "insert", "copy", "index", "count", "reverse", "sort", "clear",
    "remove",
  ]
  static let stringMethods: Set<String> = [
    "upper", "lower", "strip", "lstrip", "rstrip", "split", "join", "replace", "startswith",
    "endswith", "title", "capitalize", "center", "ljust", "rjust", "zfill", "find", "count",
  ]

  private func arrayAttribute(_ array: NDArray, _ name: String) -> PyValue? {
    switch name {
    case "shape": return .tuple(array.shape.map { .int($0) })
    case "T": return .array(array.transposed)
    case "ndim": return .int(array.rank)
    case "size": return .int(array.count)
    case "dtype": return .dtype(array.dtype)
    default: return nil
    }
  }

  /// Calls method `name` of `receiver`.
  func callMethod(_ receiver: PyValue, _ name: String, _ context: inout CallContext) throws(PythonError) -> PyValue {
    switch receiver {
    case .array, .scalar:
      return try callArrayMethod(try asArray(receiver, at: context.span), name, isScalar: !(receiver.isArray), &context)
    case .list(let list):
      return try callListMethod(list, name, &context)
    case .string(let s):
      return try callStringMethod(s, name, &context)
    case .float(let x) where name == "is_integer":
      try context.finish(positional: 0)
      return .bool(x.isFinite && x == x.rounded())
    default:
      throw PythonError(.attribute, "'\(receiver.typeName)' object has no attribute '\(name)'", at: context.span)
    }
  }

  private func callListMethod(_ list: PyList, _ name: String, _ context: inout CallContext) throws(PythonError) -> PyValue {
    let span = context.span
    switch name {
    case "append":
      let value = try context.require(0, "object")
      try context.finish(positional: 1)
      try checkSize(list.items.count + 1, at: span)
      list.items.append(value)
    case "extend":
      let value = try context.require(0, "iterable")
      try context.finish(positional: 1)
      let items = try sequenceItems(value, at: context.span(of: 0))
      try checkSize(list.items.count + items.count, at: span)
      list.items.append(contentsOf: items)
    case "pop":
      let index = try context.take(0, "index")
      try context.finish(positional: 1)
      guard !list.items.isEmpty else { throw PythonError(.index, "pop from empty list", at: span) }
      let i = try index.map { v throws(PythonError) in try context.int(v, "index", at: 0) } ?? -1
      let k = i < 0 ? i + list.items.count : i
      guard k >= 0 && k < list.items.count else { throw PythonError(.index, "pop index out of range", at: span) }
      return list.items.remove(at: k)
    case "insert":
      let index = try context.int(try context.require(0, "index"), "index", at: 0)
      let value = try context.require(1, "object")
      try context.finish(positional: 2)
      let n = list.items.count
      let k = Swift.min(Swift.max(index < 0 ? index + n : index, 0), n)
      list.items.insert(value, at: k)
    case "copy":
      try context.finish(positional: 0)
      return .list(PyList(list.items))
    case "clear":
      try context.finish(positional: 0)
      list.items.removeAll()
    case "reverse":
      try context.finish(positional: 0)
      list.items.reverse()
    case "index", "count", "remove":
      let value = try context.require(0, "value")
      try context.finish(positional: 1)
      var matches: [Int] = []
      for (k, item) in list.items.enumerated() {
        if try truth(try compare(.equal, item, value, at: span), at: span) { matches.append(k) }
      }
      if name == "count" { return .int(matches.count) }
      guard let first = matches.first else {
        throw PythonError(.value, name == "index" ? "\(try repr(value, at: span)) is not in list" : "list.remove(x): x not in list", at: span)
      }
      if name == "index" { return .int(first) }
      list.items.remove(at: first)
    case "sort":
      let reverse = try context.keyword("reverse").map { v throws(PythonError) in try truth(v, at: span) } ?? false
      try context.finish(positional: 0)
      list.items = try sorted(list.items, reverse: reverse, at: span)
    default:
      throw PythonError(.attribute, "'list' object has no attribute '\(name)'", at: span)
    }
    return .none
  }

  /// Items in Python's order (numbers with numbers, strings with strings); stable.
  func sorted(_ items: [PyValue], reverse: Bool, at span: SourceSpan) throws(PythonError) -> [PyValue] {
    var failure: PythonError?
    let result = items.enumerated().sorted { a, b in
      if failure != nil { return false }
      do throws(PythonError) {
        let less = try truth(try compare(.less, a.element, b.element, at: span), at: span)
        let greater = try truth(try compare(.greater, a.element, b.element, at: span), at: span)
        if reverse { return greater || (!less && a.offset < b.offset) }
        return less || (!greater && a.offset < b.offset)
      } catch {
        failure = error
        return false
      }
    }.map(\.element)
    if let failure { throw failure }
    return result
  }

  private func callStringMethod(_ s: String, _ name: String, _ context: inout CallContext) throws(PythonError) -> PyValue {
    let span = context.span
    func stringArgument(_ index: Int, _ label: String) throws(PythonError) -> String? {
      guard let value = try context.take(index, label) else { return nil }
      if case .none = value { return nil }
      guard case .string(let t) = value else {
        throw PythonError(.type, "\(name)() argument must be str, not \(value.typeName)", at: context.span(of: index))
      }
      return t
    }
    switch name {
    case "upper": try context.finish(positional: 0); return .string(s.uppercased())
    case "lower": try context.finish(positional: 0); return .string(s.lowercased())
    case "title", "capitalize":
      try context.finish(positional: 0)
      if name == "capitalize" { return .string(s.prefix(1).uppercased() + s.dropFirst().lowercased()) }
      var result = ""
      var previousIsLetter = false
      for c in s {
        result += previousIsLetter ? c.lowercased() : c.uppercased()
        previousIsLetter = c.isLetter
      }
      return .string(result)
    case "strip", "lstrip", "rstrip":
      let characters = try stringArgument(0, "chars")
      try context.finish(positional: 1)
      let remove: (Character) -> Bool = { c in characters.map { $0.contains(c) } ?? c.isWhitespace }
      var t = Substring(s)
      if name != "rstrip" { t = t.drop(while: remove) }
      if name != "lstrip" { while let last = t.last, remove(last) { t = t.dropLast() } }
      return .string(String(t))
    case "split":
      let separator = try stringArgument(0, "sep")
      try context.finish(positional: 1)
      if let separator {
        guard !separator.isEmpty else { throw PythonError(.value, "empty separator", at: span) }
        return .list(PyList(s.pieces(separatedBy: separator).map { PyValue.string($0) }))
      }
      return .list(PyList(s.split(whereSeparator: \.isWhitespace).map { .string(String($0)) }))
    case "join":
      let iterable = try context.require(0, "iterable")
      try context.finish(positional: 1)
      var parts: [String] = []
      for item in try sequenceItems(iterable, at: context.span(of: 0)) {
        guard case .string(let t) = item else {
          throw PythonError(.type, "sequence item \(parts.count): expected str instance, \(item.typeName) found", at: span)
        }
        parts.append(t)
      }
      return .string(parts.joined(separator: s))
    case "replace":
      let old = try stringArgument(0, "old") ?? ""
      let new = try stringArgument(1, "new") ?? ""
      try context.finish(positional: 2)
      guard !old.isEmpty else { throw PythonError(.unsupported, "replacing an empty string is not supported here", at: span) }
      return .string(s.pieces(separatedBy: old).joined(separator: new))
    case "startswith", "endswith":
      let affix = try stringArgument(0, "prefix") ?? ""
      try context.finish(positional: 1)
      return .bool(name == "startswith" ? s.hasPrefix(affix) : s.hasSuffix(affix))
    case "find", "count":
      let sub = try stringArgument(0, "sub") ?? ""
      try context.finish(positional: 1)
      if name == "count" {
        if sub.isEmpty { return .int(s.count + 1) }
        return .int(s.pieces(separatedBy: sub).count - 1)
      }
      let characters = Array(s)
      let needle = Array(sub)
      guard !needle.isEmpty else { return .int(0) }
      if needle.count <= characters.count {
        for start in 0...(characters.count - needle.count) where Array(characters[start..<(start + needle.count)]) == needle {
          return .int(start)
        }
      }
      return .int(-1)
    case "center", "ljust", "rjust", "zfill":
      let width = try context.int(try context.require(0, "width"), "width", at: 0)
      let fill = name == "zfill" ? "0" : (try stringArgument(1, "fillchar") ?? " ")
      try context.finish(positional: name == "zfill" ? 1 : 2)
      try checkSize(width, at: span)
      let pad = Swift.max(width - s.count, 0)
      switch name {
      case "ljust": return .string(s + String(repeating: fill, count: pad))
      case "rjust": return .string(String(repeating: fill, count: pad) + s)
      case "zfill":
        if let sign = s.first, sign == "-" || sign == "+" {
          return .string(String(sign) + String(repeating: "0", count: pad) + s.dropFirst())
        }
        return .string(String(repeating: "0", count: pad) + s)
      default:
        let left = pad / 2 + (pad % 2 == 1 && s.count % 2 == 1 ? 1 : 0)
        return .string(String(repeating: fill, count: left) + s + String(repeating: fill, count: pad - left))
      }
    default:
      throw PythonError(.attribute, "'str' object has no attribute '\(name)'", at: span)
    }
  }
}

extension PyValue {
  var isArray: Bool {
    if case .array = self { return true }
    return false
  }
}

extension String {
  /// The pieces between occurrences of a non-empty `separator`, as Python's `split(sep)`.
  func pieces(separatedBy separator: String) -> [String] {
    let characters = Array(self)
    let needle = Array(separator)
    guard !needle.isEmpty else { return [self] }
    var pieces: [String] = []
    var current = ""
    var k = 0
    while k < characters.count {
      if k + needle.count <= characters.count && Array(characters[k..<(k + needle.count)]) == needle {
        pieces.append(current)
        current = ""
        k += needle.count
      } else {
        current.append(characters[k])
        k += 1
      }
    }
    pieces.append(current)
    return pieces
  }
}
