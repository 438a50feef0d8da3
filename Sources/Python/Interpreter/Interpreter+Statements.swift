extension Interpreter {
  /// Runs `statements` in order until one breaks, continues or returns.
  func execute(_ statements: [Statement], in frame: Frame) throws(PythonError) -> Flow {
    for statement in statements {
      steps &+= 1
      let flow = try execute(statement, in: frame)
      if case .normal = flow { continue }
      return flow
    }
    return .normal
  }

  private func execute(_ statement: Statement, in frame: Frame) throws(PythonError) -> Flow {
    switch statement.kind {
    case .expression(let expression):
      let value = try evaluate(expression, in: frame)
      if echoesExpressions && frame.localNames == nil {
        // None is not echoed, as in Python; nor are plotting handles (`<Line2D>`), which
        // say nothing to a student.
        switch value {
        case .none, .opaque: break
        default: write(try repr(value, at: expression.span) + "\n")
        }
      }
    case .assign(let targets, let value):
      let result = try evaluate(value, in: frame)
      for target in targets {
        try assign(result, to: target, in: frame)
      }
    case .augmentedAssign(let target, let op, let valueExpression):
      try augmentedAssign(target, op, valueExpression, in: frame)
    case .if(let branches, let otherwise):
      for (condition, body) in branches {
        if try truth(try evaluate(condition, in: frame), at: condition.span) {
          return try execute(body, in: frame)
        }
      }
      return try execute(otherwise, in: frame)
    case .while(let condition, let body):
      let watcher = frame.localNames == nil ? host : nil
      watcher?.loopBegan()
      defer { watcher?.loopEnded() }
      while try truth(try evaluate(condition, in: frame), at: condition.span) {
        try tick(statement.span)
        let flow = try execute(body, in: frame)
        if let watcher { try passEnded(watcher, at: statement.span) }
        switch flow {
        case .normal, .continueLoop: continue
        case .breakLoop: return .normal
        case .returned: return flow
        }
      }
    case .for(let target, let iterable, let body):
      let sequence = try iterate(try evaluate(iterable, in: frame), at: iterable.span)
      var index = 0
      let watcher = frame.localNames == nil ? host : nil
      watcher?.loopBegan()
      defer { watcher?.loopEnded() }
      while let item = try sequence.next(&index) {
        try tick(statement.span)
        try assign(item, to: target, in: frame)
        let flow = try execute(body, in: frame)
        if let watcher { try passEnded(watcher, at: statement.span) }
        switch flow {
        case .normal, .continueLoop: continue
        case .breakLoop: return .normal
        case .returned: return flow
        }
      }
    case .break:
      return .breakLoop
    case .continue:
      return .continueLoop
    case .pass:
      break
    case .function(let name, let parameters, let body):
      var defaults: [PyValue?] = []
      for parameter in parameters {
        defaults.append(try parameter.defaultValue.map { e throws(PythonError) in try evaluate(e, in: frame) })
      }
      let function = PyFunction(
        name: name, parameters: parameters, defaults: defaults, body: body,
        locals: Self.assignedNames(in: body).union(parameters.map(\.name)))
      try bind(name, .function(function), in: frame, at: statement.span)
    case .return(let expression):
      let value = try expression.map { e throws(PythonError) in try evaluate(e, in: frame) } ?? PyValue.none
      return .returned(value)
    case .delete(let targets):
      for target in targets { try delete(target, in: frame) }
    case .import(let module, let alias):
      try importModule(module, alias: alias, in: frame, at: statement.span)
    case .importFrom(let module, let names):
      try importNames(names, from: module, in: frame, at: statement.span)
    }
    return .normal
  }

  /// Binds `name` in the frame: a local in a function, else a global.
  func bind(_ name: String, _ value: PyValue, in frame: Frame, at span: SourceSpan) throws(PythonError) {
    if let locals = frame.localNames, locals.contains(name) {
      frame.locals[name] = value
    } else {
      try bindGlobal(name, value, at: span)
    }
  }

  /// Sets a global name. The one place a host's pinned names could refuse or react.
  func bindGlobal(_ name: String, _ value: PyValue, at span: SourceSpan) throws(PythonError) {
    if let host {
      switch host.assign(value, to: name) {
      case .declined: break
      case .kept: return
      case .refused(let reason): throw PythonError(.value, reason, at: span)
      }
    }
    globalNames[name] = value
  }

  /// Tells the host a loop's pass ended; stops the program there if it says so.
  private func passEnded(_ host: any InterpreterHost, at span: SourceSpan) throws(PythonError) {
    if case .stop(let reason) = host.passEnded() {
      throw PythonError(.interrupted, reason, at: span)
    }
  }

  /// Assigns `value` to a target: a name, an element, or a tuple or list of targets.
  func assign(_ value: PyValue, to target: Expression, in frame: Frame) throws(PythonError) {
    switch target.kind {
    case .name(let name):
      try bind(name, value, in: frame, at: target.span)
    case .tuple(let targets), .list(let targets):
      let items = try unpack(value, count: targets.count, at: target.span)
      for (item, inner) in zip(items, targets) {
        try assign(item, to: inner, in: frame)
      }
    case .subscript(let container, let index):
      let object = try evaluate(container, in: frame)
      let key = try evaluateIndex(index, in: frame)
      try setItem(object, key, value, at: target.span)
    case .attribute(_, let name):
      throw PythonError(.unsupported, "setting attributes ('.\(name) = …') is not supported here", at: target.span)
    default:
      throw PythonError(.syntax, "cannot assign to this expression", at: target.span)
    }
  }

  /// `target op= value`: in place for arrays and lists, as Python does.
  private func augmentedAssign(
    _ target: Expression, _ op: BinaryOperator, _ valueExpression: Expression, in frame: Frame
  ) throws(PythonError) {
    switch target.kind {
    case .name(let name):
      let current = try lookup(name, in: frame, at: target.span)
      let value = try evaluate(valueExpression, in: frame)
      let result = try inPlace(op, current, value, at: valueExpression.span, whole: target.span)
      try bind(name, result, in: frame, at: target.span)
    case .subscript(let container, let index):
      let object = try evaluate(container, in: frame)
      let key = try evaluateIndex(index, in: frame)
      let current = try getItem(object, key, at: target.span)
      let value = try evaluate(valueExpression, in: frame)
      let result = try binary(op, current, value, at: valueExpression.span)
      try setItem(object, key, result, at: target.span)
    default:
      throw PythonError(.syntax, "cannot use an augmented assignment here", at: target.span)
    }
  }

  /// `current op= value` for a name: arrays change in place (keeping their dtype, as
  /// numpy does), lists extend in place, everything else rebinds.
  private func inPlace(
    _ op: BinaryOperator, _ current: PyValue, _ value: PyValue, at span: SourceSpan,
    whole: SourceSpan
  ) throws(PythonError) -> PyValue {
    switch current {
    case .array(let array):
      let result = try binary(op, current, value, at: span)
      guard case .array(let computed) = result else { return result }
      if computed.dtype > array.dtype {
        throw PythonError(
          .type,
          "Cannot cast ufunc '\(op.ufuncName)' output from dtype('\(computed.dtype.name)') to dtype('\(array.dtype.name)') with casting rule 'same_kind'",
          at: whole)
      }
      try array.assign(computed, at: span)
      return current
    case .list(let list):
      if op == .add {
        let items = try sequenceItems(value, at: span)
        list.items.append(contentsOf: items)
        return current
      }
      return try binary(op, current, value, at: span)
    default:
      return try binary(op, current, value, at: span)
    }
  }

  private func delete(_ target: Expression, in frame: Frame) throws(PythonError) {
    switch target.kind {
    case .name(let name):
      if let locals = frame.localNames, locals.contains(name) {
        guard frame.locals.removeValue(forKey: name) != nil else {
          throw PythonError(.name, "cannot access local variable '\(name)' where it is not associated with a value", at: target.span)
        }
      } else {
        guard globalNames.removeValue(forKey: name) != nil else {
          if host?.value(of: name) != nil {
            throw PythonError(
              .name, "'\(name)' is the session's own; only a name you assigned can be deleted",
              at: target.span)
          }
          throw PythonError(.name, "name '\(name)' is not defined", at: target.span)
        }
        host?.deleted(name)
      }
    case .subscript(let container, let index):
      let object = try evaluate(container, in: frame)
      guard case .list(let list) = object else {
        throw PythonError(.type, "'\(object.typeName)' object doesn't support item deletion", at: target.span)
      }
      let key = try evaluateIndex(index, in: frame)
      let n = list.items.count
      switch key {
      case .int(let i):
        let k = i < 0 ? i + n : i
        guard k >= 0 && k < n else {
          throw PythonError(.index, "list assignment index out of range", at: target.span)
        }
        list.items.remove(at: k)
      default:
        throw PythonError(.unsupported, "only single list items can be deleted here", at: target.span)
      }
    case .tuple(let targets):
      for inner in targets { try delete(inner, in: frame) }
    default:
      throw PythonError(.syntax, "cannot delete this expression", at: target.span)
    }
  }

  /// The items of `value` when it unpacks into exactly `count` targets.
  func unpack(_ value: PyValue, count: Int, at span: SourceSpan) throws(PythonError) -> [PyValue] {
    let items = try sequenceItems(value, at: span)
    if items.count < count {
      throw PythonError(.value, "not enough values to unpack (expected \(count), got \(items.count))", at: span)
    }
    if items.count > count {
      throw PythonError(.value, "too many values to unpack (expected \(count))", at: span)
    }
    return items
  }

  /// The names a function body binds (so local to it): assignment and loop targets,
  /// `def`s, imports and `del`s, not looking inside nested functions' bodies.
  static func assignedNames(in body: [Statement]) -> Set<String> {
    var names = Set<String>()
    func targets(_ e: Expression) {
      switch e.kind {
      case .name(let name): names.insert(name)
      case .tuple(let items), .list(let items): items.forEach(targets)
      default: break
      }
    }
    func visit(_ statements: [Statement]) {
      for statement in statements {
        switch statement.kind {
        case .assign(let ts, _): ts.forEach(targets)
        case .augmentedAssign(let t, _, _): targets(t)
        case .for(let t, _, let body):
          targets(t)
          visit(body)
        case .while(_, let body): visit(body)
        case .if(let branches, let otherwise):
          for (_, body) in branches { visit(body) }
          visit(otherwise)
        case .function(let name, _, _): names.insert(name)
        case .delete(let ts): ts.forEach(targets)
        case .import(let module, let alias):
          names.insert(alias ?? String(module.split(separator: ".").first ?? ""))
        case .importFrom(_, let imported):
          for (name, alias) in imported { names.insert(alias ?? name) }
        default: break
        }
      }
    }
    visit(body)
    return names
  }
}

extension BinaryOperator {
  /// numpy's name for the operation, as its messages use.
  var ufuncName: String {
    switch self {
    case .add: return "add"
    case .subtract: return "subtract"
    case .multiply: return "multiply"
    case .divide: return "divide"
    case .floorDivide: return "floor_divide"
    case .remainder: return "remainder"
    case .power: return "power"
    case .matrixMultiply: return "matmul"
    case .bitAnd: return "bitwise_and"
    case .bitOr: return "bitwise_or"
    case .bitXor: return "bitwise_xor"
    case .shiftLeft: return "left_shift"
    case .shiftRight: return "right_shift"
    }
  }
}
