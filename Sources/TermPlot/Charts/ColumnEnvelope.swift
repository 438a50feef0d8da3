/// Draws a polyline of any number of points at the canvas's resolution: within each dot
/// column it keeps the minimum and maximum (so a spike is never lost) and connects the
/// columns in order, without storing the points.
///
/// A million points therefore cost one pass over the input and a line a column, and no
/// memory beyond the canvas. Non-finite points break the line.
struct ColumnEnvelope {
  private var column = Int.min
  private var low = 0
  private var high = 0
  private var first = 0
  private var last = 0
  private var hasPrevious = false
  /// Whether a line joins the pending column to the one before it.
  private var joined = false
  private var previousColumn = 0
  private var previousLast = 0
  private let layer: CanvasLayer
  private let style: Style
  private let pattern: LinePattern

  init(layer: CanvasLayer, style: Style, pattern: LinePattern) {
    self.layer = layer
    self.style = style
    self.pattern = pattern
  }

  /// Adds the next point at dot (x, y); nil (a non-finite value) breaks the line.
  @inline(__always)
  mutating func add(x: Int?, y: Int?, to canvas: inout Canvas) {
    guard let x, let y else {
      flush(to: &canvas)
      column = Int.min
      hasPrevious = false
      return
    }
    if x == column {
      if y < low { low = y }
      if y > high { high = y }
      last = y
      return
    }
    // A point follows, so the pending column is joined onward.
    flush(to: &canvas, joinedOnward: column != Int.min)
    if column != Int.min {
      hasPrevious = true
      previousColumn = column
      previousLast = last
    }
    column = x
    low = y
    high = y
    first = y
    last = y
    joined = hasPrevious
    if hasPrevious {
      canvas.line(
        from: (Double(previousColumn), Double(previousLast)), to: (Double(x), Double(y)),
        layer: layer, style: style, pattern: pattern)
    }
  }

  /// Draws the pending column's span. A column joined to no other (a single point, or one
  /// between non-finite values) is drawn whatever the pattern, since no line shows it.
  mutating func flush(to canvas: inout Canvas, joinedOnward: Bool = false) {
    guard column != Int.min else { return }
    let alone = !joined && !joinedOnward
    guard alone || (high > low && pattern == .solid) else { return }
    canvas.verticalSpan(x: column, from: low, to: high, layer: layer, style: style)
  }

  /// Ends the line, drawing what is pending.
  mutating func finish(on canvas: inout Canvas) {
    flush(to: &canvas)
    column = Int.min
    hasPrevious = false
  }
}
