/// How many dots a cell holds and how they are drawn.
///
/// A canvas stores the dots of each cell as a bitmask (at most 8 dots, one `UInt8`); the
/// tier decides where each dot's bit sits and which character a mask becomes:
///
/// - `braille`: 2×4 dots a cell, drawn as U+2800 + mask. The bits follow the Unicode
///   braille numbering, which is not row-major: dots 1–3 run down the left column
///   (0x01, 0x02, 0x04), dots 4–6 down the right (0x08, 0x10, 0x20), and the bottom row
///   was added later as dots 7 (0x40, left) and 8 (0x80, right).
///
///       (0,0) 0x01   (1,0) 0x08
///       (0,1) 0x02   (1,1) 0x10
///       (0,2) 0x04   (1,2) 0x20
///       (0,3) 0x40   (1,3) 0x80
///
/// - `halfBlock`: 1×2 dots a cell, top 0x1 and bottom 0x2, drawn as `▀`, `▄` or `█`.
/// - `ascii`: 1×3 dots a cell, for terminals without UTF-8: top 0x1, middle 0x2 and bottom
///   0x4. A lone dot is drawn where it sits — `'` top, `-` middle, `_` bottom — so a
///   gentle slope reads as a staircase `''--__''--__`; two or three dots touching each
///   other (top and middle, middle and bottom, or all three) are a steep run and draw as
///   `|`; top and bottom without the middle draw as `:`.
public enum CanvasTier: Sendable, Hashable, CaseIterable {
  /// 2×4 dots a cell, U+2800–U+28FF.
  case braille
  /// 1×2 dots a cell: `▀` `▄` `█`.
  case halfBlock
  /// 1×3 dots a cell in plain ASCII: `'` (top), `-` (middle), `_` (bottom), `|` and `:`
  /// for combinations.
  case ascii

  /// Dots across and down one cell.
  public var dotsPerCell: (columns: Int, rows: Int) {
    switch self {
    case .braille: return (2, 4)
    case .halfBlock: return (1, 2)
    case .ascii: return (1, 3)
    }
  }

  /// The tier to use by default: ASCII when forced or when the locale's character set
  /// (`nl_langinfo(CODESET)`, passed in by the caller) is not UTF-8; half-blocks on the
  /// Linux console (`TERM=linux`), whose fonts have block elements but no braille;
  /// braille everywhere else.
  ///
  /// ```swift
  /// CanvasTier.automatic(codeset: "UTF-8", terminal: "xterm-256color")  // .braille
  /// CanvasTier.automatic(codeset: "ANSI_X3.4-1968", terminal: "xterm")   // .ascii
  /// ```
  public static func automatic(
    codeset: String?, terminal: String?, forceASCII: Bool = false
  ) -> CanvasTier {
    guard !forceASCII, let codeset else { return .ascii }
    let name = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
    guard name == "utf8" else { return .ascii }
    return terminal == "linux" ? .halfBlock : .braille
  }

  /// The bit of the dot at (`dx`, `dy`) inside a cell (both within `dotsPerCell`).
  @inline(__always)
  func bit(dx: Int, dy: Int) -> UInt8 {
    switch self {
    case .braille:
      // Rows 0–2 are consecutive bits in each column; row 3 is dot 7 or 8.
      if dy == 3 { return dx == 0 ? 0x40 : 0x80 }
      return (dx == 0 ? 0x01 : 0x08) << UInt8(truncatingIfNeeded: dy)
    case .halfBlock, .ascii:
      return 1 << UInt8(truncatingIfNeeded: dy)
    }
  }

  /// The bits of dot rows `top...bottom` (within one cell) of cell column `dx`.
  @inline(__always)
  func bits(dx: Int, rows top: Int, _ bottom: Int) -> UInt8 {
    var mask: UInt8 = 0
    var dy = top
    while dy <= bottom {
      mask |= bit(dx: dx, dy: dy)
      dy += 1
    }
    return mask
  }

  /// The character that shows the dots of `mask` (which must not be 0).
  @inline(__always)
  func character(for mask: UInt8) -> Character {
    switch self {
    case .braille: return Self.brailleCharacters[Int(mask)]
    case .halfBlock: return Self.halfBlockCharacters[Int(mask & 0x3)]
    case .ascii: return Self.asciiCharacters[Int(mask & 0x7)]
    }
  }

  /// U+2800 + mask for every mask, built once so that drawing does not build characters.
  static let brailleCharacters: [Character] = (0...255).map {
    Character(Unicode.Scalar(0x2800 + UInt32($0)) ?? " ")
  }

  /// Half-blocks by mask: none, top, bottom, both.
  static let halfBlockCharacters: [Character] = [" ", "▀", "▄", "█"]

  /// ASCII by mask (top 0x1, middle 0x2, bottom 0x4): a lone dot where it sits, touching
  /// dots (0x3, 0x6, 0x7) a steep run `|`, top and bottom apart `:`.
  static let asciiCharacters: [Character] = [" ", "'", "-", "|", "_", ":", "|", "|"]
}
