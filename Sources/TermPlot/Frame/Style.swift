/// How a cell is drawn: colours and attributes.
public struct Style: Sendable, Hashable {
  /// The character's colour.
  public var foreground: Color
  /// The cell's background colour.
  public var background: Color
  /// Bold (often also brighter).
  public var bold: Bool
  /// Dim (faint), used for ghosts and grids.
  public var dim: Bool
  /// Foreground and background swapped, which stays visible without colour.
  public var reverse: Bool
  /// Underlined.
  public var underline: Bool

  /// A style; every part defaults to the terminal's plain text.
  public init(
    foreground: Color = .default, background: Color = .default, bold: Bool = false,
    dim: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  /// The terminal's plain text.
  public static let plain = Style()

  /// This style with a different foreground.
  public func with(foreground: Color) -> Style {
    var copy = self
    copy.foreground = foreground
    return copy
  }

  /// This style with a different background.
  public func with(background: Color) -> Style {
    var copy = self
    copy.background = background
    return copy
  }
}
