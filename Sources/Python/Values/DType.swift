/// The element types of arrays here, as numpy names them. Promotion follows numpy's
/// kinds: bool < int64 < float64.
public enum DType: Int, Sendable, Hashable, Comparable {
  case bool
  case int64
  case float64

  public static func < (a: DType, b: DType) -> Bool { a.rawValue < b.rawValue }

  /// How numpy prints it: `bool`, `int64`, `float64`.
  public var name: String {
    switch self {
    case .bool: return "bool"
    case .int64: return "int64"
    case .float64: return "float64"
    }
  }
}
