/// One character position of a frame: what is shown there and how.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the character,
/// the second is a continuation that renders as nothing.
public struct Cell: Sendable, Hashable {
  /// The character shown (a space for an empty cell).
  public var character: Character
  /// Its colours and attributes.
  public var style: Style
  /// Whether this is the right half of a wide character in the cell to its left.
  public var isContinuation: Bool

  /// A cell showing `character` in `style`.
  public init(_ character: Character = " ", style: Style = .plain) {
    self.character = character
    self.style = style
    isContinuation = false
  }

  /// An empty cell in plain style.
  public static let blank = Cell()

  /// The right half of a wide character.
  static func continuation(style: Style) -> Cell {
    var cell = Cell(" ", style: style)
    cell.isContinuation = true
    return cell
  }
}
