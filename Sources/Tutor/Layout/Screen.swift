import TermPlot

/// One rendered screen: the frame to draw, and where the terminal's cursor goes.
public struct Screen: Sendable {
  /// Every cell of the screen.
  public var frame: Frame
  /// The prompt's cursor (column, row), or nil when no prompt shows (a presentation, a
  /// screen too small, the menu).
  public var cursor: (x: Int, y: Int)?

  /// A screen of `frame`, with the cursor at `cursor` or hidden.
  public init(frame: Frame, cursor: (x: Int, y: Int)? = nil) {
    self.frame = frame
    self.cursor = cursor
  }
}
