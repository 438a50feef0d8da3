/// Examples to learn from: a feature matrix and one target a row.
///
/// `features` is row-major, shape (count × featureCount): row i's feature j is
/// `features[i * featureCount + j]`. Names come from a CSV header or the built-in's
/// definition and are sanitized (no control characters), because screens show them.
public struct Dataset: Sendable, Hashable {
  /// The dataset's name: a built-in's stable name, or the CSV file's name.
  public var name: String
  /// One name a feature column, in column order.
  public private(set) var featureNames: [String]
  /// The target column's name.
  public private(set) var targetName: String
  /// Features, row-major: (count × featureCount).
  public private(set) var features: [Double]
  /// Targets, one a row.
  public private(set) var targets: [Double]

  /// Creates a dataset; `features` must hold `targets.count × featureNames.count` values.
  public init(
    name: String, featureNames: [String], targetName: String,
    features: [Double], targets: [Double]
  ) {
    precondition(
      features.count == targets.count * featureNames.count,
      "Dataset: \(features.count) feature values for \(targets.count) rows of "
        + "\(featureNames.count) features")
    self.name = name.displayName
    self.featureNames = featureNames.map(\.displayName)
    self.targetName = targetName.displayName
    self.features = features
    self.targets = targets
  }

  /// The number of examples (rows).
  public var count: Int { targets.count }

  /// The number of features (columns of `features`).
  public var featureCount: Int { featureNames.count }

  /// Feature `j` of row `i`.
  public func feature(_ i: Int, _ j: Int) -> Double {
    features[i * featureCount + j]
  }

  /// One feature column as an array of `count` values.
  public func column(_ j: Int) -> [Double] {
    precondition(j >= 0 && j < featureCount, "Dataset.column: no feature \(j)")
    return (0..<count).map { features[$0 * featureCount + j] }
  }

  /// The rows at `indices`, in that order.
  public func rows(_ indices: [Int]) -> Dataset {
    var f: [Double] = []
    f.reserveCapacity(indices.count * featureCount)
    var t: [Double] = []
    t.reserveCapacity(indices.count)
    for i in indices {
      f.append(contentsOf: features[(i * featureCount)..<((i + 1) * featureCount)])
      t.append(targets[i])
    }
    return Dataset(
      name: name, featureNames: featureNames, targetName: targetName, features: f, targets: t)
  }

  /// The same rows with features replaced by `newFeatures` (row-major, `count × names.count`).
  public func replacingFeatures(_ newFeatures: [Double], names: [String]) -> Dataset {
    Dataset(
      name: name, featureNames: names, targetName: targetName, features: newFeatures,
      targets: targets)
  }
}
