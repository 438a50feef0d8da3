import Interchange
import TermPlot

extension Layout {
  /// Draws `prompt` on the row `rect` and returns where its cursor is.
  ///
  /// The label comes first; the input follows, scrolled sideways when it is longer than
  /// the row so that the cursor stays in view: the input starts at its beginning while
  /// the cursor fits, otherwise the cursor sits one column from the right edge. An
  /// ellipsis at either end shows that input is hidden there.
  func drawPrompt(
    _ prompt: PromptLine, into frame: inout Frame, in rect: Rect
  ) -> (x: Int, y: Int)? {
    guard !rect.isEmpty else { return nil }
    let labelStyle = style.theme.style(.label)
    let label = prompt.label.sanitizedForDisplay
    let labelWidth = Swift.min(label.terminalWidth, rect.width - 1)
    frame.draw(label, x: rect.x, y: rect.y, style: labelStyle, clip: rect)
    let field = rect.inset(left: labelWidth)
    let characters = Array(prompt.text.sanitizedForDisplay)
    let widths = characters.map { Swift.max(0, $0.terminalWidth) }
    let cursor = Swift.min(Swift.max(0, prompt.cursor), characters.count)
    // Columns before the cursor, and of the whole input.
    let before = widths[..<cursor].reduce(0, +)
    let total = widths.reduce(0, +)
    let marker = style.isASCII ? "<" : "…"
    let endMarker = style.isASCII ? ">" : "…"
    let room = field.width
    var first = 0
    var leftMarker = false
    // Unscrolled, the cursor needs a free column after the text before it, and the last
    // column is the end marker when the input runs past it.
    let fitsWhole = total < room
    if !fitsWhole, before >= room - 1, room >= 4 {
      // Scrolled: marker, the input from `first`, the cursor at most at room − 2.
      leftMarker = true
      var shown = before
      while first < cursor, shown > room - 3 {
        shown -= widths[first]
        first += 1
      }
    }
    var x = field.x
    if leftMarker {
      x += frame.draw(marker, x: x, y: field.y, style: labelStyle, clip: field)
    }
    let textEnd = fitsWhole || room < 4 ? field.maxX : field.maxX - 1
    var cursorX = x
    var index = first
    while index < characters.count, x + widths[index] <= textEnd {
      if index == cursor { cursorX = x }
      frame.put(characters[index], x: x, y: field.y, style: .plain, clip: field)
      x += widths[index]
      index += 1
    }
    if index == cursor { cursorX = x }
    if index < characters.count, room >= 4 {
      frame.draw(endMarker, x: field.maxX - 1, y: field.y, style: labelStyle, clip: field)
    }
    return (Swift.min(cursorX, rect.maxX - 1), rect.y)
  }
}
