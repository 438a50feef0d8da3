/// The line being typed at the bottom of a screen, with where its cursor is.
///
/// Input longer than the screen scrolls sideways so that the cursor stays in view; the
/// layout reports where the cursor landed (`Layout.cursor`) for the curses front to place
/// the terminal's own cursor there.
public struct PromptLine: Sendable, Hashable {
  /// What has been typed so far.
  public var text: String
  /// The cursor's position in `text`, in characters from its start (0 before the first,
  /// `text.count` after the last); positions outside are taken as the nearest end.
  public var cursor: Int
  /// What the line starts with, before the input.
  public var label: String

  /// The prompt's label outside a Python block.
  public static let standardLabel = "downhill> "

  /// A prompt showing `text` with the cursor at character offset `cursor` (by default
  /// after the last character).
  public init(text: String = "", cursor: Int? = nil, label: String = PromptLine.standardLabel) {
    self.text = text
    self.cursor = cursor ?? text.count
    self.label = label
  }
}
