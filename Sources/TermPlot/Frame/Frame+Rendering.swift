/// How many colours a terminal shows, which decides how styles are written as escapes.
public enum ColorDepth: Int, Sendable, Hashable, CaseIterable {
  /// No colour at all (`NO_COLOR`, a dumb terminal): attributes only.
  case none = 0
  /// The 8 basic colours.
  case basic = 8
  /// The 16 ANSI colours.
  case ansi16 = 16
  /// The 256 xterm colours.
  case indexed256 = 256
}

extension Frame {
  /// The frame as plain text: one line a row, trailing spaces trimmed, rows joined by
  /// newlines, with a final newline. Styles are dropped.
  public var plainText: String {
    var out = ""
    out.reserveCapacity((width + 1) * height)
    for row in 0..<height {
      var line = ""
      for column in 0..<width {
        let cell = cells[row * width + column]
        if cell.isContinuation { continue }
        line.append(cell.character)
      }
      while line.last == " " { line.removeLast() }
      out += line
      out += "\n"
    }
    return out
  }

  /// The frame as text with ANSI SGR escapes for `depth` colours, ending every row with a
  /// reset and a newline. With `.none`, only bold, dim, reverse and underline are written.
  public func ansiText(depth: ColorDepth) -> String {
    var out = ""
    out.reserveCapacity((width + 8) * height * 2)
    for row in 0..<height {
      var current = Style.plain
      for column in 0..<width {
        let cell = cells[row * width + column]
        if cell.isContinuation { continue }
        let style = Self.adapt(cell.style, to: depth)
        if style != current {
          out += Self.sgr(style)
          current = style
        }
        out.append(cell.character)
      }
      if current != .plain { out += "\u{1B}[0m" }
      out += "\n"
    }
    return out
  }

  /// `style` with its colours reduced to what `depth` can show.
  static func adapt(_ style: Style, to depth: ColorDepth) -> Style {
    var adapted = style
    switch depth {
    case .none:
      adapted.foreground = .default
      adapted.background = .default
    case .basic:
      adapted.foreground = style.foreground.nearestBasic
      adapted.background = style.background.nearestBasic
    case .ansi16:
      adapted.foreground = style.foreground.nearestANSI
      adapted.background = style.background.nearestANSI
    case .indexed256:
      break
    }
    return adapted
  }

  /// The escape that sets exactly `style` (starting from a reset).
  static func sgr(_ style: Style) -> String {
    var codes = ["0"]
    if style.bold { codes.append("1") }
    if style.dim { codes.append("2") }
    if style.underline { codes.append("4") }
    if style.reverse { codes.append("7") }
    switch style.foreground {
    case .default: break
    case .ansi(let n): codes.append(String(n < 8 ? 30 + Int(n) : 90 + Int(n) - 8))
    case .indexed(let n): codes.append("38;5;\(n)")
    }
    switch style.background {
    case .default: break
    case .ansi(let n): codes.append(String(n < 8 ? 40 + Int(n) : 100 + Int(n) - 8))
    case .indexed(let n): codes.append("48;5;\(n)")
    }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
