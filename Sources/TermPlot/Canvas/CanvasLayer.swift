/// Drawing priority on a canvas: a cell shows the style of its highest layer, so text and
/// the current point sit over points, points over lines, and lines over the grid.
///
/// The dots of all layers still show together in a cell (they are OR-ed into one
/// character); only the style comes from the top layer.
public enum CanvasLayer: Int, Sendable, Hashable, Comparable, CaseIterable {
  /// Grid lines and other background structure.
  case grid
  /// The previous epoch's fit, drawn faintly behind the current one.
  case ghost
  /// Lines and curves: fits, loss curves, contours, paths.
  case line
  /// Data points and path points.
  case point
  /// The current point or epoch, and marks that must never be hidden.
  case current

  /// Whether `lhs` lies beneath `rhs`.
  public static func < (lhs: CanvasLayer, rhs: CanvasLayer) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
