/// Anything that draws itself into a rectangle of a frame: every chart kind.
public protocol Chart: Sendable {
  /// Draws the chart into `rect` of `frame`, touching nothing outside it. A rectangle too
  /// small for the chart gets a one-line note instead.
  func draw(into frame: inout Frame, in rect: Rect)
}

extension Frame {
  /// Draws `chart` into `rect`.
  public mutating func draw(_ chart: some Chart, in rect: Rect) {
    chart.draw(into: &self, in: rect.intersection(bounds))
  }
}
