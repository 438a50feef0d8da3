/// How features are rescaled before training. Targets, and therefore the loss, stay in raw
/// units.
public enum Normalization: String, Sendable, Hashable, CaseIterable {
  /// Features as they are.
  case none
  /// x' = (x − mean) / std, with the population standard deviation (divide by n).
  case zScore = "zscore"
  /// x' = (x − min) / (max − min), into [0, 1].
  case minMax = "minmax"
}
