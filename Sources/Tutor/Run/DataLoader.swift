import Descent

/// How a session reads a CSV file named by `data FILE`: passed in by the front end, so the
/// session itself does no I/O (and a lesson can be confined to its own folder).
public struct DataLoader: Sendable {
  /// Returns the dataset in the file at `path`, or throws a located error.
  public let load: @Sendable (_ path: String, _ target: String?) throws -> Dataset

  /// A loader calling `load`.
  public init(_ load: @escaping @Sendable (_ path: String, _ target: String?) throws -> Dataset) {
    self.load = load
  }

  /// A loader that refuses every file (built-in datasets only).
  public static let builtInOnly = DataLoader { path, _ in
    throw DescentError("this session cannot read files; use a built-in dataset")
  }
}
