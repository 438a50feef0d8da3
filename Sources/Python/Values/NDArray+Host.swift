extension NDArray {
  /// A new float64 array of `values` in row-major order; `shape`'s product must be
  /// `values.count` and its rank at most 3.
  public init?(values: [Double], shape: [Int]) {
    guard shape.count <= NDArray.maxRank, shape.allSatisfy({ $0 >= 0 }),
      shape.reduce(1, *) == values.count
    else { return nil }
    self.init(floats: values, shape: shape)
  }

  /// The elements in row-major order, as numbers (`True` is 1).
  public var values: [Double] { doubles }
}

extension PyValue {
  /// The numbers a value holds, in row-major order with its shape: a number has shape
  /// `[]`, an array its own, a list or tuple of numbers (or of equal-shaped lists) the
  /// shape `np.array` would give it; nil for anything else (a string, a ragged list,
  /// None).
  public var numbers: (values: [Double], shape: [Int])? {
    switch self {
    case .int(let i): return ([Double(i)], [])
    case .float(let x): return ([x], [])
    case .bool(let b): return ([b ? 1 : 0], [])
    case .scalar(let s): return ([s.double], [])
    case .array(let a): return (a.values, a.shape)
    case .list(let list): return Self.numbers(of: list.items, depth: 0)
    case .tuple(let items): return Self.numbers(of: items, depth: 0)
    default: return nil
    }
  }

  private static func numbers(of items: [PyValue], depth: Int) -> (values: [Double], shape: [Int])? {
    guard !items.isEmpty, depth < NDArray.maxRank else { return nil }
    var values: [Double] = []
    var inner: [Int]?
    for item in items {
      let element: (values: [Double], shape: [Int])?
      switch item {
      case .list(let list): element = numbers(of: list.items, depth: depth + 1)
      case .tuple(let nested): element = numbers(of: nested, depth: depth + 1)
      default: element = item.numbers
      }
      guard let element, inner == nil || inner == element.shape else { return nil }
      inner = element.shape
      values += element.values
    }
    let shape = [items.count] + (inner ?? [])
    return shape.count <= NDArray.maxRank ? (values, shape) : nil
  }
}
