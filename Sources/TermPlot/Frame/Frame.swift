import Interchange

/// A grid of styled cells that a screen or a chart is drawn into.
///
/// Everything Downhill shows is first drawn into a frame, then printed as plain text (tests,
/// pipes, `downhill play`), as ANSI escapes (`downhill plot`), or blitted by the curses
/// front. Drawing is clipped to the frame; text is sanitized on the way in, so control
/// characters never reach a cell, and wide characters take two cells and are never cut in
/// half.
public struct Frame: Sendable, Hashable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// Cells, row-major: the cell at column x of row y is `cells[y * width + x]`.
  public private(set) var cells: [Cell]

  /// A blank frame of `width` × `height` cells (negative sizes become 0).
  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = Swift.max(0, width)
    self.height = Swift.max(0, height)
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  /// The whole frame as a rectangle.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at (`x`, `y`); reading outside gives a blank cell, writing outside is ignored.
  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, x < width, y >= 0, y < height else { return .blank }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, x < width, y >= 0, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Puts one character at (`x`, `y`), clipped to `clip` (the frame by default). A wide
  /// character that does not fit whole is not drawn; overwriting half of a wide character
  /// blanks its other half. Returns the columns used (0 if clipped).
  @discardableResult
  public mutating func put(
    _ character: Character, x: Int, y: Int, style: Style, clip: Rect? = nil
  ) -> Int {
    let area = (clip ?? bounds).intersection(bounds)
    let safe = character.sanitizedForDisplay
    let columns = safe.terminalWidth
    guard columns > 0 else { return 0 }
    guard area.contains(column: x, row: y), area.contains(column: x + columns - 1, row: y)
    else { return 0 }
    breakWideCharacter(at: x, y)
    if columns == 2 { breakWideCharacter(at: x + 1, y) }
    cells[y * width + x] = Cell(safe, style: style)
    if columns == 2 { cells[y * width + x + 1] = .continuation(style: style) }
    return columns
  }

  /// Blanks the other half of a wide character that (`x`, `y`) is part of.
  private mutating func breakWideCharacter(at x: Int, _ y: Int) {
    let index = y * width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
      cells[index] = Cell(" ", style: cells[index].style)
    } else if cells[index].character.terminalWidth == 2, x + 1 < width {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
  }

  /// Draws one line of text starting at (`x`, `y`), clipped to `clip` (the frame by
  /// default); line breaks and controls are sanitized. Returns the columns drawn.
  @discardableResult
  public mutating func draw(
    _ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil
  ) -> Int {
    var column = x
    let area = (clip ?? bounds).intersection(bounds)
    for character in text.sanitizedForDisplay {
      let columns = character.terminalWidth
      if columns == 0 { continue }
      if column + columns > area.maxX { break }
      if column >= area.x { put(character, x: column, y: y, style: style, clip: area) }
      column += columns
    }
    return column - x
  }

  /// Draws `text` word-wrapped into `rect`, honouring its line breaks; words longer than
  /// the width are broken. Returns the number of rows used (at most `rect.height`).
  @discardableResult
  public mutating func drawWrapped(_ text: String, in rect: Rect, style: Style = .plain) -> Int {
    let lines = Self.wrap(text, width: rect.width)
    for (row, line) in lines.prefix(rect.height).enumerated() {
      draw(line, x: rect.x, y: rect.y + row, style: style, clip: rect)
    }
    return Swift.min(lines.count, rect.height)
  }

  /// `text` broken into lines of at most `width` columns, at spaces where possible.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(word).sanitizedForDisplay
        var wordWidth = word.terminalWidth
        if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        while wordWidth > width {
          // Break an over-long word at the width.
          var head = ""
          var headWidth = 0
          for character in word {
            if headWidth + character.terminalWidth > width - lineWidth { break }
            head.append(character)
            headWidth += character.terminalWidth
          }
          if head.isEmpty {
            lines.append(line)
            line = ""
            lineWidth = 0
            continue
          }
          lines.append(line + head)
          line = ""
          lineWidth = 0
          word = String(word.dropFirst(head.count))
          wordWidth = word.terminalWidth
        }
        if lineWidth > 0 {
          line += " "
          lineWidth += 1
        }
        line += word
        lineWidth += wordWidth
      }
      lines.append(line)
    }
    return lines
  }

  /// Fills `rect` with `cell`.
  public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
    let area = rect.intersection(bounds)
    for row in area.y..<area.maxY {
      for column in area.x..<area.maxX {
        cells[row * width + column] = cell
      }
    }
  }

  /// Draws a box around the inside of `rect`, with an optional title in its top edge, in
  /// Unicode box-drawing characters or, with `ascii`, in `+`, `-` and `|`.
  public mutating func drawBox(
    _ rect: Rect, style: Style = .plain, title: String? = nil, titleStyle: Style? = nil,
    ascii: Bool = false
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let (h, v, tl, tr, bl, br): (Character, Character, Character, Character, Character, Character) =
      ascii ? ("-", "|", "+", "+", "+", "+") : ("─", "│", "┌", "┐", "└", "┘")
    for column in (rect.x + 1)..<(rect.maxX - 1) {
      put(h, x: column, y: rect.y, style: style)
      put(h, x: column, y: rect.maxY - 1, style: style)
    }
    for row in (rect.y + 1)..<(rect.maxY - 1) {
      put(v, x: rect.x, y: row, style: style)
      put(v, x: rect.maxX - 1, y: row, style: style)
    }
    put(tl, x: rect.x, y: rect.y, style: style)
    put(tr, x: rect.maxX - 1, y: rect.y, style: style)
    put(bl, x: rect.x, y: rect.maxY - 1, style: style)
    put(br, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
    if let title, rect.width > 4 {
      let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
      draw(" \(title) ", x: rect.x + 1, y: rect.y, style: titleStyle ?? style, clip: inner)
    }
  }

  /// Copies `other` into this frame with its top-left corner at (`x`, `y`), clipped.
  public mutating func paste(_ other: Frame, x: Int, y: Int) {
    for row in 0..<other.height {
      for column in 0..<other.width {
        let cell = other.cells[row * other.width + column]
        let tx = x + column
        let ty = y + row
        guard tx >= 0, tx < width, ty >= 0, ty < height else { continue }
        cells[ty * width + tx] = cell
      }
    }
  }
}
