/// Where each named parameter lives in a model's flat parameter vector.
///
/// Optimizers see one flat `[Double]`; people see named, PyTorch-shaped tensors. A shape is
/// `[]` for a number (`b`), `[k]` for a flat array (`w`, `b1`) and `[rows, columns]` for a
/// matrix stored row-major (`W1`: (out × in)).
public struct ParameterLayout: Sendable, Hashable {
  /// One named parameter tensor inside the flat vector.
  public struct Entry: Sendable, Hashable {
    /// The parameter's name, such as `w`, `b` or `W1`.
    public let name: String
    /// Its PyTorch shape: `[]`, `[k]` or `[rows, columns]`.
    public let shape: [Int]
    /// Its first index in the flat vector.
    public let offset: Int
    /// How many numbers it holds.
    public var count: Int { shape.reduce(1, *) }
    /// The flat-vector range it occupies.
    public var range: Range<Int> { offset..<(offset + count) }
    /// The shape as people say it: `a number`, `an array of 4 numbers`,
    /// `4 rows of 2 numbers`.
    public var shapeDescription: String {
      switch shape.count {
      case 0: return "a number"
      case 1: return "an array of \(counted(shape[0], "number"))"
      default: return "\(counted(shape[0], "row")) of \(counted(shape[1], "number"))"
      }
    }

    private func counted(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
  }

  /// The entries in flat-vector order.
  public let entries: [Entry]

  /// Lays out `(name, shape)` pairs one after another.
  public init(_ tensors: [(name: String, shape: [Int])]) {
    var offset = 0
    var entries: [Entry] = []
    for tensor in tensors {
      let entry = Entry(name: tensor.name, shape: tensor.shape, offset: offset)
      entries.append(entry)
      offset += entry.count
    }
    self.entries = entries
    count = offset
  }

  /// The total number of parameters.
  public let count: Int

  /// The entry called `name`, if there is one.
  public func entry(named name: String) -> Entry? {
    entries.first { $0.name == name }
  }
}

extension ParameterLayout {
  /// The name of one element of the flat vector as a student would index it: `b`, `w[1]`,
  /// `W1[2][0]`.
  public func elementName(at flatIndex: Int) -> String {
    for entry in entries where entry.range.contains(flatIndex) {
      let k = flatIndex - entry.offset
      switch entry.shape.count {
      case 0: return entry.name
      case 1: return "\(entry.name)[\(k)]"
      default: return "\(entry.name)[\(k / entry.shape[1])][\(k % entry.shape[1])]"
      }
    }
    preconditionFailure("elementName: index \(flatIndex) is outside the layout")
  }
}
