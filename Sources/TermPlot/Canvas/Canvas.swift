/// A dot grid over a rectangle of cells. Dot (0, 0) is the top-left; x grows right, y grows
/// down.
///
/// Charts draw dots, lines, glyphs and heat into a canvas, then compose it into a `Frame`
/// with `draw(into:at:)`. Each layer (`CanvasLayer`) keeps its own dots, so the cell's
/// style can come from its highest layer while the dots of all layers still show.
///
/// Storage is allocated once, in `init`: a `UInt8` bitmask of dots a cell a layer (see
/// `CanvasTier` for the bit of each dot), a style a cell a layer, one glyph a cell and
/// two heat colours a cell. `plot`, `line`, `verticalSpan`, `mark` and `heat` never
/// allocate, so drawing a million points costs no memory beyond the canvas.
///
/// ```swift
/// var canvas = Canvas(columns: 40, rows: 10, tier: .braille)
/// canvas.line(from: (0, 39), to: (79, 0), layer: .line, style: theme.style(.fit))
/// canvas.draw(into: &frame, at: (x: 8, y: 1))
/// ```
public struct Canvas: Sendable {
  /// Cells across.
  public let columns: Int
  /// Cells down.
  public let rows: Int
  /// How many dots a cell holds and how they are drawn.
  public let tier: CanvasTier
  /// Dots across: `columns` × the tier's dots a cell across.
  public let dotWidth: Int
  /// Dots down: `rows` × the tier's dots a cell down.
  public let dotHeight: Int

  /// Dots across and down one cell.
  let cellWidth: Int
  let cellHeight: Int
  /// `columns × rows`, the size of one layer's plane.
  let cellCount: Int

  /// Dot bitmasks: (layers × rows × columns); layer `l`'s cell (column, row) is at
  /// `l × cellCount + row × columns + column`.
  var dots: [UInt8]
  /// The style each layer last drew each cell in, laid out like `dots`.
  var styles: [Style]
  /// A glyph a cell: (rows × columns), meaningful where `glyphLayers` is not -1.
  var glyphs: [Character]
  /// The layer of each cell's glyph (its raw value), or -1 for none.
  var glyphLayers: [Int8]
  /// The style of each cell's glyph.
  var glyphStyles: [Style]
  /// Heat colours a half-cell: (2·rows × columns); half-row `h` of column `c` is at
  /// `h × columns + c`. nil where no heat was set.
  var heatColors: [Color?]

  /// The most cells a canvas holds; larger requests give an empty canvas rather than an
  /// allocation that cannot succeed.
  static let maximumCellCount = 1 << 26

  /// A blank canvas of `columns` × `rows` cells. Negative sizes become 0, and a size whose
  /// cell count is absurd (over 2^26 cells) gives an empty canvas.
  public init(columns: Int, rows: Int, tier: CanvasTier) {
    var columns = Swift.max(0, columns)
    var rows = Swift.max(0, rows)
    let (count, overflow) = columns.multipliedReportingOverflow(by: rows)
    if overflow || count > Self.maximumCellCount {
      columns = 0
      rows = 0
    }
    let perCell = tier.dotsPerCell
    self.columns = columns
    self.rows = rows
    self.tier = tier
    cellWidth = perCell.columns
    cellHeight = perCell.rows
    dotWidth = columns * perCell.columns
    dotHeight = rows * perCell.rows
    cellCount = columns * rows
    let planes = cellCount * CanvasLayer.allCases.count
    dots = Array(repeating: 0, count: planes)
    styles = Array(repeating: .plain, count: planes)
    glyphs = Array(repeating: " ", count: cellCount)
    glyphLayers = Array(repeating: -1, count: cellCount)
    glyphStyles = Array(repeating: .plain, count: cellCount)
    heatColors = Array(repeating: nil, count: cellCount * 2)
  }

  /// Removes every dot, glyph and heat colour, keeping the storage (for redrawing a chart
  /// every frame without allocating).
  public mutating func clear() {
    for index in dots.indices { dots[index] = 0 }
    for index in glyphLayers.indices { glyphLayers[index] = -1 }
    for index in heatColors.indices { heatColors[index] = nil }
  }

  /// Whether nothing has been drawn: no dot, glyph or heat.
  public var isEmpty: Bool {
    !dots.contains { $0 != 0 } && !glyphLayers.contains { $0 >= 0 }
      && !heatColors.contains { $0 != nil }
  }

  /// Whether the dot at (`x`, `y`) is set, in `layer` or, when nil, in any layer. Off the
  /// canvas there are no dots.
  public func hasDot(x: Int, y: Int, layer: CanvasLayer? = nil) -> Bool {
    guard x >= 0, x < dotWidth, y >= 0, y < dotHeight else { return false }
    let (cell, bit) = locate(x: x, y: y)
    if let layer { return dots[layer.rawValue * cellCount + cell] & bit != 0 }
    return CanvasLayer.allCases.contains { dots[$0.rawValue * cellCount + cell] & bit != 0 }
  }

  /// Sets one dot (out-of-range ignored).
  @inline(__always)
  public mutating func plot(x: Int, y: Int, layer: CanvasLayer, style: Style) {
    guard x >= 0, x < dotWidth, y >= 0, y < dotHeight else { return }
    setDot(x: x, y: y, plane: layer.rawValue * cellCount, style: style)
  }

  /// The cell holding the dot at (`x`, `y`), which must be on the canvas, and the dot's
  /// bit in that cell's mask. The divisions are by each tier's constant, which compile
  /// to shifts and multiplications.
  @inline(__always)
  func locate(x: Int, y: Int) -> (cell: Int, bit: UInt8) {
    let column: Int
    let row: Int
    switch tier {
    case .braille:
      column = x >> 1
      row = y >> 2
    case .halfBlock:
      column = x
      row = y >> 1
    case .ascii:
      column = x
      row = y / 3
    }
    let bit = tier.bit(dx: x - column * cellWidth, dy: y - row * cellHeight)
    return (row * columns + column, bit)
  }

  /// Sets the dot at (`x`, `y`), which must be on the canvas, in the layer whose plane
  /// starts at `plane`.
  @inline(__always)
  mutating func setDot(x: Int, y: Int, plane: Int, style: Style) {
    let (cell, bit) = locate(x: x, y: y)
    dots[plane + cell] |= bit
    styles[plane + cell] = style
  }

  /// A vertical run of dots in column `x` from `y0` to `y1` inclusive, in either order
  /// and clipped to the canvas.
  ///
  /// This is what the min/max-per-column downsampler draws: one call a column draws the
  /// envelope of a million points. It sets a whole cell's share of the run at once.
  public mutating func verticalSpan(
    x: Int, from y0: Int, to y1: Int, layer: CanvasLayer, style: Style
  ) {
    guard x >= 0, x < dotWidth, dotHeight > 0 else { return }
    var top = Swift.min(y0, y1)
    var bottom = Swift.max(y0, y1)
    guard bottom >= 0, top < dotHeight else { return }
    top = Swift.max(top, 0)
    bottom = Swift.min(bottom, dotHeight - 1)
    let column = x / cellWidth
    let dx = x - column * cellWidth
    let plane = layer.rawValue * cellCount
    var row = top / cellHeight
    let lastRow = bottom / cellHeight
    while row <= lastRow {
      // The part of [top, bottom] inside this cell, in the cell's own dot rows.
      let first = row == top / cellHeight ? top - row * cellHeight : 0
      let last = row == lastRow ? bottom - row * cellHeight : cellHeight - 1
      let index = plane + row * columns + column
      dots[index] |= tier.bits(dx: dx, rows: first, last)
      styles[index] = style
      row += 1
    }
  }

  /// Half-block heat: sets the colour of the half-cell at (`column`, `halfRow`), where
  /// `halfRow` is 2 × row, plus 1 for the bottom half. Out-of-range ignored.
  ///
  /// Heat sits beneath every layer: it becomes the cells' background when the canvas is
  /// drawn, so lines, points and glyphs stay visible over a heatmap.
  public mutating func heat(column: Int, halfRow: Int, color: Color) {
    guard column >= 0, column < columns, halfRow >= 0, halfRow < 2 * rows else { return }
    heatColors[halfRow * columns + column] = color
  }

  /// A glyph at a cell (a marker such as `●`, `×`, or ASCII `*`), shown instead of the
  /// cell's dots when its layer is at least as high as theirs. A cell holds one glyph: a
  /// later mark replaces it unless the earlier one is on a higher layer. Out-of-range
  /// ignored.
  public mutating func mark(
    column: Int, row: Int, glyph: Character, layer: CanvasLayer, style: Style
  ) {
    guard column >= 0, column < columns, row >= 0, row < rows else { return }
    let cell = row * columns + column
    let rank = Int8(layer.rawValue)
    guard glyphLayers[cell] <= rank else { return }
    glyphs[cell] = glyph
    glyphLayers[cell] = rank
    glyphStyles[cell] = style
  }

  /// A glyph at the cell holding the dot (`x`, `y`): a marker placed by its value's dot.
  /// Out-of-range ignored.
  public mutating func mark(
    dotX x: Int, dotY y: Int, glyph: Character, layer: CanvasLayer, style: Style
  ) {
    let (cx, cy) = tier.dotsPerCell
    mark(column: x / cx, row: y / cy, glyph: glyph, layer: layer, style: style)
  }
}
