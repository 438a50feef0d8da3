/// A tick: a value on the axis and its label.
///
/// `Axis.automatic` builds ticks whose values are exact nice decimals (the Double written
/// `0.3`, never `0.30000000000000004`) and whose labels come from
/// `NumberFormat.tickLabel(_:step:)`, all with the precision of the axis's step.
public struct Tick: Sendable, Hashable {
  /// Where the tick stands, in data units.
  public var value: Double
  /// The text shown beside it: compact, such as `0.25`, `1.2k` or `1e-9`.
  public var label: String

  /// A tick at `value` labelled `label`.
  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }
}
