/// How values map to positions along an axis.
///
/// - `linear`: equal differences take equal room (`position ∝ value − lower`).
/// - `logarithmic`: equal ratios take equal room (`position ∝ log₁₀ value − log₁₀ lower`),
///   for a loss that falls over several decades. Only positive values can be placed.
public enum AxisScale: Sendable, Hashable {
  /// Equal differences take equal room.
  case linear
  /// Equal ratios take equal room; labelled at decades (1, 10, 100 …).
  case logarithmic
}
