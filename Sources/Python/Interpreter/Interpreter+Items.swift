/// What a `for` loop walks: read one item at a time, so `range(10**9)` costs nothing
/// until it runs.
struct Iteration {
  enum Source {
    case values([PyValue])
    case list(PyList)
    case range(start: Int, step: Int, count: Int)
    case rows(NDArray)
    case characters([Character])
  }

  let source: Source

  /// The item at `index`, advancing it; nil at the end.
  func next(_ index: inout Int) throws(PythonError) -> PyValue? {
    defer { index += 1 }
    switch source {
    case .values(let values):
      return index < values.count ? values[index] : nil
    case .list(let list):
      return index < list.items.count ? list.items[index] : nil
    case .range(let start, let step, let count):
      return index < count ? .int(start + index * step) : nil
    case .rows(let array):
      guard index < array.shape[0] else { return nil }
      if array.rank == 1 {
        return .scalar(array.scalar(atPosition: array.offset + index * array.strides[0]))
      }
      return Interpreter.wrap(array.row(index), scalarIfZeroD: true)
    case .characters(let characters):
      return index < characters.count ? .string(String(characters[index])) : nil
    }
  }
}

extension Interpreter {
  /// How to walk `value` in a `for` loop or a comprehension.
  func iterate(_ value: PyValue, at span: SourceSpan) throws(PythonError) -> Iteration {
    switch value {
    case .list(let list): return Iteration(source: .list(list))
    case .tuple(let items): return Iteration(source: .values(items))
    case .range(let start, let stop, let step):
      return Iteration(source: .range(start: start, step: step, count: Self.rangeCount(start, stop, step)))
    case .array(let array):
      guard array.rank > 0 else { throw PythonError(.type, "iteration over a 0-d array", at: span) }
      return Iteration(source: .rows(array))
    case .string(let s): return Iteration(source: .characters(Array(s)))
    default:
      throw PythonError(.type, "'\(value.typeName)' object is not iterable", at: span)
    }
  }

  /// Every item of an iterable, at once.
  func sequenceItems(_ value: PyValue, at span: SourceSpan) throws(PythonError) -> [PyValue] {
    switch value {
    case .list(let list): return list.items
    case .tuple(let items): return items
    default:
      let sequence = try iterate(value, at: span)
      var items: [PyValue] = []
      var index = 0
      while let item = try sequence.next(&index) {
        items.append(item)
        try checkSize(items.count, at: span)
      }
      return items
    }
  }

  /// `object[key]`.
  func getItem(_ object: PyValue, _ key: PyValue, at span: SourceSpan) throws(PythonError) -> PyValue {
    switch object {
    case .list(let list):
      return try sequenceItem(list.items, key, kind: "list", at: span) { .list(PyList($0)) }
    case .tuple(let items):
      return try sequenceItem(items, key, kind: "tuple", at: span) { .tuple($0) }
    case .string(let s):
      return try sequenceItem(Array(s).map { PyValue.string(String($0)) }, key, kind: "string", at: span) { parts in
        .string(parts.map { if case .string(let c) = $0 { return c } else { return "" } }.joined())
      }
    case .range(let start, let stop, let step):
      let count = Self.rangeCount(start, stop, step)
      if case .slice(let slice) = key {
        let sliceStep = slice.step ?? 1
        let newStep = step * sliceStep
        let values = Array(slice.positions(count: count))
        guard let first = values.first else { return .range(start: start, stop: start, step: newStep) }
        return .range(start: start + first * step, stop: start + (first + values.count * sliceStep) * step, step: newStep)
      }
      guard let i = Self.indexValue(key) else {
        throw PythonError(.type, "range indices must be integers or slices, not \(key.typeName)", at: span)
      }
      let k = i < 0 ? i + count : i
      guard k >= 0 && k < count else { throw PythonError(.index, "range object index out of range", at: span) }
      return .int(start + k * step)
    case .array(let array):
      return try arrayItem(array, key, at: span)
    default:
      throw PythonError(.type, "'\(object.typeName)' object is not subscriptable", at: span)
    }
  }

  private func sequenceItem(
    _ items: [PyValue], _ key: PyValue, kind: String, at span: SourceSpan,
    make: ([PyValue]) -> PyValue
  ) throws(PythonError) -> PyValue {
    if case .slice(let slice) = key {
      return make(slice.positions(count: items.count).map { items[$0] })
    }
    guard let i = Self.indexValue(key) else {
      throw PythonError(.type, "\(kind) indices must be integers or slices, not \(key.typeName)", at: span)
    }
    let k = i < 0 ? i + items.count : i
    guard k >= 0 && k < items.count else {
      throw PythonError(.index, "\(kind) index out of range", at: span)
    }
    return items[k]
  }

  /// `object[key] = value`.
  func setItem(_ object: PyValue, _ key: PyValue, _ value: PyValue, at span: SourceSpan) throws(PythonError) {
    switch object {
    case .list(let list):
      if case .slice(let slice) = key {
        let replacement = try sequenceItems(value, at: span)
        let positions = Array(slice.positions(count: list.items.count))
        if (slice.step ?? 1) == 1 {
          let start = positions.first ?? Swift.min(Swift.max(slice.lower.map { $0 < 0 ? $0 + list.items.count : $0 } ?? 0, 0), list.items.count)
          list.items.replaceSubrange(start..<(start + positions.count), with: replacement)
        } else {
          guard replacement.count == positions.count else {
            throw PythonError(.value, "attempt to assign sequence of size \(replacement.count) to extended slice of size \(positions.count)", at: span)
          }
          for (p, v) in zip(positions, replacement) { list.items[p] = v }
        }
        return
      }
      guard let i = Self.indexValue(key) else {
        throw PythonError(.type, "list indices must be integers or slices, not \(key.typeName)", at: span)
      }
      let k = i < 0 ? i + list.items.count : i
      guard k >= 0 && k < list.items.count else {
        throw PythonError(.index, "list assignment index out of range", at: span)
      }
      list.items[k] = value
    case .array(let array):
      try setArrayItem(array, key, value, at: span)
    case .tuple:
      throw PythonError(.type, "'tuple' object does not support item assignment", at: span)
    case .string:
      throw PythonError(.type, "'str' object does not support item assignment", at: span)
    default:
      throw PythonError(.type, "'\(object.typeName)' object does not support item assignment", at: span)
    }
  }
}
