import CursesShim
import TermPlot

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CursesTerminal {
  /// Draws `frame` from the screen's top-left corner, then places the cursor at `cursor`
  /// (column, row) or hides it when nil, and shows the result.
  ///
  /// Only the cells that differ from the last frame drawn are put into ncurses' copy of
  /// the screen, and `doupdate` then sends the terminal only what changed on it. The part
  /// of the frame outside the screen is clipped. On a terminal without UTF-8, characters
  /// beyond ASCII show as `?`.
  public func draw(_ frame: Frame, cursor: (x: Int, y: Int)?) {
    guard isActive else { return }
    let height = Swift.min(frame.height, rows)
    let width = Swift.min(frame.width, columns)
    // The last frame drawn, if stdscr still holds it cell for cell.
    let previous = shown.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
    let compares = previous != nil
    var lastStyle: Style?
    var attributes = ColorPalette.Attributes(bits: 0, pair: 0)
    frame.cells.withUnsafeBufferPointer { cells in
      (previous?.cells ?? []).withUnsafeBufferPointer { before in
        for y in 0..<height {
          let row = y * frame.width
          var x = 0
          while x < width {
            let index = row + x
            let cell = cells[index]
            // A wide character and the continuation cell after it are drawn together.
            let span = x + 1 < frame.width && cells[index + 1].isContinuation ? 2 : 1
            if compares, before[index] == cell,
              span == 1 || before[index + 1] == cells[index + 1]
            {
              x += span
              continue
            }
            if cell.style != lastStyle {
              attributes = self.attributes(for: cell.style)
              lastStyle = cell.style
            }
            let character = cell.isContinuation ? " " : cell.character
            if put(character, y: y, x: x, attributes, frameWidth: span) < span {
              // ncurses drew it in one column: blank the other.
              let style = cells[index + 1].style
              put(" ", y: y, x: x + 1, self.attributes(for: style))
              lastStyle = nil
            }
            x += span
          }
        }
      }
    }
    shown = frame
    var row: Int32 = -1
    var column: Int32 = 0
    if let cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
      row = Int32(cursor.y)
      column = Int32(cursor.x)
    }
    downhill_show(row, column, needsRepaint)
    needsRepaint = false
  }

  /// The attributes and colour pair of `style`, defining the pair on first use.
  private func attributes(for style: Style) -> ColorPalette.Attributes {
    palette.attributes(for: style) { pair, foreground, background in
      downhill_define_pair(pair, foreground, background) == 0
    }
  }

  /// Puts `character` at (`x`, `y`) and returns the columns ncurses gives it. A character
  /// ncurses measures differently from the frame (`frameWidth`), or cannot show in this
  /// locale, is put as `?` so the columns after it stay where the frame has them.
  @discardableResult
  private func put(
    _ character: Character, y: Int, x: Int, _ attributes: ColorPalette.Attributes,
    frameWidth: Int = 1
  ) -> Int {
    if let ascii = character.asciiValue {
      var code = wchar_t(ascii)
      downhill_put(Int32(y), Int32(x), &code, 1, attributes.bits, attributes.pair)
      return 1
    }
    var codes: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0)
    var count: Int32 = 0
    var columns: Int32 = -1
    if isUnicode {
      withUnsafeMutableBytes(of: &codes) { raw in
        let buffer = raw.bindMemory(to: wchar_t.self)
        for scalar in character.unicodeScalars.prefix(buffer.count) {
          buffer[Int(count)] = wchar_t(bitPattern: scalar.value)
          count += 1
        }
        columns = downhill_character_width(buffer[0])
      }
    }
    guard columns == Int32(frameWidth), count > 0,
      withUnsafePointer(
        to: &codes,
        { pointer in
          pointer.withMemoryRebound(to: wchar_t.self, capacity: 5) {
            downhill_put(Int32(y), Int32(x), $0, count, attributes.bits, attributes.pair)
          }
        }) == 0
    else {
      var code = wchar_t(UInt8(ascii: "?"))
      downhill_put(Int32(y), Int32(x), &code, 1, attributes.bits, attributes.pair)
      return 1
    }
    return Int(columns)
  }
}
