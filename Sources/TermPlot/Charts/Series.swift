/// One named series of y values, at given x values or at 1, 2, 3, … (epochs).
public struct Series: Sendable, Hashable {
  /// The name shown in the legend.
  public var name: String
  /// The x values; nil means 1, 2, …, `y.count`.
  public var x: [Double]?
  /// The y values; non-finite ones break the line and are counted as skipped.
  public var y: [Double]
  /// What the series means (its style); nil picks the next series colour.
  public var role: Role?

  /// A series named `name` of `y` values at `x` (default 1, 2, …).
  public init(_ name: String, x: [Double]? = nil, y: [Double], role: Role? = nil) {
    self.name = name
    self.x = x
    self.y = y
    self.role = role
  }

  /// The number of points (the shorter of x and y when both are given).
  public var count: Int { x.map { Swift.min($0.count, y.count) } ?? y.count }

  /// The x value of point `i`.
  @inline(__always)
  public func xValue(_ i: Int) -> Double { x?[i] ?? Double(i + 1) }
}
