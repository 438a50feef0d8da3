/// A point's marker drawn in dots on a braille canvas, centred on the point's own dot.
///
/// A glyph such as `●` fills a whole cell, so on a braille canvas its centre can sit up to
/// two dot rows from the value it marks, and a line drawn in dots then seems to pass on
/// the wrong side of it. A shape of dots around the point's dot keeps its centre within
/// half a dot of the value; the shapes differ, so groups still differ without colour.
public enum MarkerShape: Sendable, Hashable, CaseIterable {
  /// A filled 3×3 block.
  case disc
  /// A diagonal cross: the centre and its four corners.
  case cross
  /// A plus: the centre and its four neighbours.
  case plus
  /// A 3×3 ring, its centre empty.
  case ring

  /// Most points a chart marks in dots; more are a cloud, marked with glyphs in the cells
  /// holding them, whose shapes read better when they crowd.
  public static let sparseLimit = 40

  /// The shape of group `k`'s markers: disc, cross, plus, ring, then around again (the
  /// first two differ the most, for the common case of two classes).
  public static func ofSeries(_ k: Int) -> MarkerShape {
    allCases[((k % allCases.count) + allCases.count) % allCases.count]
  }

  /// The dots, as (column, row) offsets from the centre dot.
  public var offsets: [(x: Int, y: Int)] {
    let block = (-1...1).flatMap { y in (-1...1).map { x in (x: x, y: y) } }
    switch self {
    case .disc: return block
    case .ring: return block.filter { $0.x != 0 || $0.y != 0 }
    case .plus: return block.filter { $0.x == 0 || $0.y == 0 }
    case .cross: return block.filter { Swift.abs($0.x) == Swift.abs($0.y) }
    }
  }

  /// The shape as braille characters, for a legend: drawn with its centre on the second
  /// dot column and row, so it spans two cells.
  public var sample: String {
    var masks: [UInt8] = [0, 0]
    for offset in offsets {
      let x = offset.x + 1
      let y = offset.y + 1
      masks[x / 2] |= CanvasTier.braille.bit(dx: x % 2, dy: y)
    }
    return String(
      masks.map { Character(Unicode.Scalar(0x2800 + UInt32($0)) ?? " ") })
  }
}

extension Canvas {
  /// Draws `shape` centred on the dot (`x`, `y`); dots off the canvas are left out.
  public mutating func marker(
    _ shape: MarkerShape, dotX x: Int, dotY y: Int, layer: CanvasLayer, style: Style
  ) {
    for offset in shape.offsets {
      plot(x: x + offset.x, y: y + offset.y, layer: layer, style: style)
    }
  }
}
