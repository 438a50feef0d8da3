/// Marching squares over a grid of function values, for contour lines.
///
/// A loss landscape is evaluated on a grid (at dot resolution, say); `levels` picks the
/// values to draw and `segments` finds where the function crosses each of them, as line
/// segments in grid units that a chart scales and draws onto a canvas.
public enum Contour {
  /// The line segments where f crosses `level`, in grid units, by marching squares.
  ///
  /// `values` is row-major (rows × columns) of f at the grid points; grid point (i, j) is
  /// at x = j, y = i. Crossings are placed by linear interpolation along cell edges, and
  /// saddle cells are resolved by the cell-centre average. A cell with a NaN or infinite
  /// corner is skipped, and so are segments that shrink to a point (where a corner equals
  /// the level). A grid smaller than 2 × 2, or `values` shorter than rows × columns, has
  /// no segments.
  ///
  /// Both cells beside an edge compute its crossing identically, so the segments of a
  /// closed contour share their end points exactly.
  public static func segments(
    values: [Double], columns: Int, rows: Int, level: Double
  ) -> [(start: (x: Double, y: Double), end: (x: Double, y: Double))] {
    segments(values: values, columns: columns, rows: rows, levels: [level])[0]
  }

  /// The segments of every level in `levels` (one array a level, in order), in a single
  /// pass over the grid: a cell is visited once and only the levels between its lowest and
  /// highest corner are traced through it.
  public static func segments(
    values: [Double], columns: Int, rows: Int, levels: [Double]
  ) -> [[(start: (x: Double, y: Double), end: (x: Double, y: Double))]] {
    var results = [[(start: (x: Double, y: Double), end: (x: Double, y: Double))]](
      repeating: [], count: levels.count)
    guard columns >= 2, rows >= 2 else { return results }
    let (count, overflow) = columns.multipliedReportingOverflow(by: rows)
    guard !overflow, values.count >= count else { return results }
    values.withUnsafeBufferPointer { values in
      for i in 0..<(rows - 1) {
        for j in 0..<(columns - 1) {
          // The cell's corners, clockwise from the top-left:
          //   tl ── tr      (j, i) ── (j+1, i)
          //   │      │        │          │
          //   bl ── br      (j, i+1) ── (j+1, i+1)
          let tl = values[i * columns + j]
          let tr = values[i * columns + j + 1]
          let br = values[(i + 1) * columns + j + 1]
          let bl = values[(i + 1) * columns + j]
          guard tl.isFinite, tr.isFinite, br.isFinite, bl.isFinite else { continue }
          let lowest = Swift.min(Swift.min(tl, tr), Swift.min(br, bl))
          let highest = Swift.max(Swift.max(tl, tr), Swift.max(br, bl))
          for (k, level) in levels.enumerated() where level >= lowest && level < highest {
            // The case: a bit a corner that lies above the level (tl 8, tr 4, br 2, bl 1).
            let index =
              (tl > level ? 8 : 0) | (tr > level ? 4 : 0) | (br > level ? 2 : 0)
              | (bl > level ? 1 : 0)
            if index == 0 || index == 15 { continue }
            let x = Double(j)
            let y = Double(i)
            // Where the level crosses each edge. Edges are always interpolated left to right
            // or top to bottom, so the neighbouring cell gets the same point bit for bit.
            var top: (x: Double, y: Double) { (x + fraction(tl, tr, level), y) }
            var right: (x: Double, y: Double) { (x + 1, y + fraction(tr, br, level)) }
            var bottom: (x: Double, y: Double) { (x + fraction(bl, br, level), y + 1) }
            var left: (x: Double, y: Double) { (x, y + fraction(tl, bl, level)) }
            func add(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) {
              guard a.x != b.x || a.y != b.y else { return }
              results[k].append((a, b))
            }
            // The 16 cases. Each cuts off the corners on one side of the level; 0 and 15
            // (all below, all above) have no crossing, and cases n and 15 − n draw the same
            // segments.
            switch index {
            case 1, 14: add(left, bottom)  // bl alone
            case 2, 13: add(bottom, right)  // br alone
            case 3, 12: add(left, right)  // bottom pair against top pair
            case 4, 11: add(top, right)  // tr alone
            case 6, 9: add(top, bottom)  // right pair against left pair
            case 7, 8: add(left, top)  // tl alone
            case 5, 10:
              // Saddles: two opposite corners above, two below, and the segments could pair
              // either way. The average of the corners stands for the cell's centre: if it is
              // on the same side as a diagonal pair, that pair is joined through the centre
              // and the other two corners are cut off separately.
              let centreAbove = (tl + tr + br + bl) * 0.25 > level
              // In case 5 tr and bl are above, in case 10 tl and br are.
              let cutOffTopLeftAndBottomRight = (index == 5) == centreAbove
              if cutOffTopLeftAndBottomRight {
                add(left, top)
                add(bottom, right)
              } else {
                add(left, bottom)
                add(top, right)
              }
            default:
              break
            }
          }
        }
      }
    }
    return results
  }

  /// Where `level` lies between `a` and `b` (which are on opposite sides of it), from 0
  /// at `a` to 1 at `b`: t = (level − a) / (b − a).
  @inline(__always)
  static func fraction(_ a: Double, _ b: Double, _ level: Double) -> Double {
    let t = (level - a) / (b - a)
    // Overflow in the differences (values near ±1.8e308) can give NaN or a value just
    // outside [0, 1]; keep the crossing on the edge.
    guard t.isFinite else { return 0.5 }
    return Swift.min(Swift.max(t, 0), 1)
  }
}
