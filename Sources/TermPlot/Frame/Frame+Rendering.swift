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
    var bytes: [UInt8] = []
    bytes.reserveCapacity((width + 1) * height)
    for row in 0..<height {
      let lineStart = bytes.count
      var contentEnd = lineStart
      for column in 0..<width {
        let cell = cells[row * width + column]
        if cell.isContinuation { continue }
        Self.append(cell.character, to: &bytes)
        if cell.character != " " { contentEnd = bytes.count }
      }
      bytes.removeLast(bytes.count - contentEnd)
      bytes.append(UInt8(ascii: "\n"))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The frame as text with ANSI SGR escapes for `depth` colours, ending every row with a
  /// reset and a newline. With `.none`, only bold, dim, reverse and underline are written.
  public func ansiText(depth: ColorDepth) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity((width + 8) * height * 2)
    for row in 0..<height {
      var current = Style.plain
      for column in 0..<width {
        let cell = cells[row * width + column]
        if cell.isContinuation { continue }
        if cell.style != current {
          let style = Self.adapt(cell.style, to: depth)
          if style != current {
            bytes.append(contentsOf: Self.sgr(style).utf8)
            current = style
          }
        }
        Self.append(cell.character, to: &bytes)
      }
      if current != .plain { bytes.append(contentsOf: "\u{1B}[0m".utf8) }
      bytes.append(UInt8(ascii: "\n"))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends a character's UTF-8 bytes, with a fast path for ASCII.
  @inline(__always)
  private static func append(_ character: Character, to bytes: inout [UInt8]) {
    if let ascii = character.asciiValue {
      bytes.append(ascii)
    } else {
      bytes.append(contentsOf: character.utf8)
    }
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
    var text = "\u{1B}[0"
    if style.bold { text += ";1" }
    if style.dim { text += ";2" }
    if style.underline { text += ";4" }
    if style.reverse { text += ";7" }
    switch style.foreground {
    case .default: break
    case .ansi(let n): text += ";" + String(n < 8 ? 30 + Int(n) : 90 + Int(n) - 8)
    case .indexed(let n): text += ";38;5;" + String(n)
    }
    switch style.background {
    case .default: break
    case .ansi(let n): text += ";" + String(n < 8 ? 40 + Int(n) : 100 + Int(n) - 8)
    case .indexed(let n): text += ";48;5;" + String(n)
    }
    return text + "m"
  }
}
