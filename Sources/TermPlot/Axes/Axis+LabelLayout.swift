extension Axis {
  /// The cell (0 ..< `length`) that `value` falls in when the axis is drawn over `length`
  /// cells: the range cut into `length` equal cells, `upper` belonging to the last one.
  /// Nil for a value that cannot be placed or lies outside the range.
  ///
  ///     cell = min(length − 1, ⌊position(of: value, span: length)⌋)
  public func cell(of value: Double, length: Int) -> Int? {
    guard length > 0, let p = position(of: value, span: Double(length)) else { return nil }
    guard p >= 0, p <= Double(length) else { return nil }
    // At the very end p may equal Double(length), which for a huge length is 2⁶³ and
    // not an Int.
    return p < Double(length) ? Swift.min(length - 1, Int(p)) : length - 1
  }

  /// The first column of `tick`'s label on a horizontal axis of `length` columns: centred
  /// on the tick's cell (a label w columns wide starts w / 2 to its left), then moved
  /// inward so it stays within the axis. Nil when the tick is off the axis or its label is
  /// wider than the axis.
  ///
  /// `automatic(…)` keeps only ticks whose labels, placed this way, leave at least one
  /// blank column between neighbours.
  public func labelColumn(of tick: Tick, length: Int) -> Int? {
    let width = tick.label.terminalWidth
    guard width <= length, let column = cell(of: tick.value, length: length) else {
      return nil
    }
    return Swift.max(0, Swift.min(column - width / 2, length - width))
  }

  /// Whether ticks at `values` labelled `labels` read cleanly on an axis from `lower` to
  /// `upper` drawn over `length` cells:
  ///
  /// - horizontal: every label fits within the axis (placed by `labelColumn(of:length:)`)
  ///   with at least one blank column between neighbours;
  /// - vertical: at most one label a row, and neighbours at least 2 rows apart when the
  ///   axis has 3 rows or more (so labels never sit on adjacent rows of a real chart).
  ///
  /// No ticks always fit; any tick on an axis of no cells does not.
  static func labelsFit(
    values: [Double], labels: [String], lower: Double, upper: Double, scale: AxisScale,
    length: Int, horizontal: Bool
  ) -> Bool {
    if values.isEmpty { return true }
    guard length > 0, values.count == labels.count else { return false }
    let axis = Axis(scale: scale, lower: lower, upper: upper, ticks: [])
    if horizontal {
      var nextFree = 0
      for (value, label) in zip(values, labels) {
        let tick = Tick(value: value, label: label)
        guard let start = axis.labelColumn(of: tick, length: length), start >= nextFree else {
          return false
        }
        nextFree = start + label.terminalWidth + 1
      }
      return true
    }
    let gap = length >= 3 ? 2 : 1
    var previous: Int? = nil
    for value in values {
      guard let row = axis.cell(of: value, length: length) else { return false }
      if let previous, row - previous < gap { return false }
      previous = row
    }
    return true
  }
}
