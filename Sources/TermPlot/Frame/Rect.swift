/// A rectangle of cells: its top-left corner and size. Coordinates grow right and down.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
  /// The leftmost column.
  public var x: Int
  /// The top row.
  public var y: Int
  /// Columns (never negative).
  public var width: Int
  /// Rows (never negative).
  public var height: Int

  /// A rectangle; a negative size is taken as 0.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = Swift.max(0, width)
    self.height = Swift.max(0, height)
  }

  /// One past the rightmost column.
  public var maxX: Int { x + width }
  /// One past the bottom row.
  public var maxY: Int { y + height }
  /// Whether it holds no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether the cell at (`column`, `row`) is inside.
  public func contains(column: Int, row: Int) -> Bool {
    column >= x && column < maxX && row >= y && row < maxY
  }

  /// The overlap with `other` (empty if none).
  public func intersection(_ other: Rect) -> Rect {
    let left = Swift.max(x, other.x)
    let top = Swift.max(y, other.y)
    return Rect(
      x: left, y: top, width: Swift.min(maxX, other.maxX) - left,
      height: Swift.min(maxY, other.maxY) - top)
  }

  /// The rectangle shrunk by the given margins.
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
  }

  /// The rectangle shrunk by `amount` on every side.
  public func inset(by amount: Int) -> Rect {
    inset(top: amount, left: amount, bottom: amount, right: amount)
  }

  /// Cuts `rows` rows off the top: (the top part, the rest).
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let r = Swift.max(0, Swift.min(rows, height))
    return (
      Rect(x: x, y: y, width: width, height: r),
      Rect(x: x, y: y + r, width: width, height: height - r)
    )
  }

  /// Cuts `rows` rows off the bottom: (the rest, the bottom part).
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let r = Swift.max(0, Swift.min(rows, height))
    return (
      Rect(x: x, y: y, width: width, height: height - r),
      Rect(x: x, y: maxY - r, width: width, height: r)
    )
  }

  /// Cuts `columns` columns off the left: (the left part, the rest).
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let c = Swift.max(0, Swift.min(columns, width))
    return (
      Rect(x: x, y: y, width: c, height: height),
      Rect(x: x + c, y: y, width: width - c, height: height)
    )
  }

  /// Cuts `columns` columns off the right: (the rest, the right part).
  public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
    let c = Swift.max(0, Swift.min(columns, width))
    return (
      Rect(x: x, y: y, width: width - c, height: height),
      Rect(x: maxX - c, y: y, width: c, height: height)
    )
  }

  public var description: String { "(\(x), \(y)) \(width)×\(height)" }
}
