/// A terminal colour: the terminal's own default, one of the 16 ANSI colours, or one of the
/// 256 indexed colours.
///
/// Indexed colours degrade to the nearest of the 16 (or 8) on terminals with fewer colours
/// when a frame is rendered, so a chart keeps its meaning everywhere.
public enum Color: Sendable, Hashable {
  /// Whatever the terminal uses by default.
  case `default`
  /// One of the 16 ANSI colours: 0–7 normal (black, red, green, yellow, blue, magenta,
  /// cyan, white), 8–15 bright.
  case ansi(UInt8)
  /// One of the 256 xterm colours (16–231 a 6×6×6 cube, 232–255 greys).
  case indexed(UInt8)

  /// Black, red, green, yellow, blue, magenta, cyan and white, by their ANSI numbers.
  public static let black = Color.ansi(0)
  public static let red = Color.ansi(1)
  public static let green = Color.ansi(2)
  public static let yellow = Color.ansi(3)
  public static let blue = Color.ansi(4)
  public static let magenta = Color.ansi(5)
  public static let cyan = Color.ansi(6)
  public static let white = Color.ansi(7)
  public static let brightBlack = Color.ansi(8)
  public static let brightRed = Color.ansi(9)
  public static let brightGreen = Color.ansi(10)
  public static let brightYellow = Color.ansi(11)
  public static let brightBlue = Color.ansi(12)
  public static let brightMagenta = Color.ansi(13)
  public static let brightCyan = Color.ansi(14)
  public static let brightWhite = Color.ansi(15)

  /// The colour from the 6×6×6 cube, each component 0–5.
  public static func cube(_ red: Int, _ green: Int, _ blue: Int) -> Color {
    let clamp = { (v: Int) in Swift.max(0, Swift.min(5, v)) }
    return .indexed(UInt8(16 + 36 * clamp(red) + 6 * clamp(green) + clamp(blue)))
  }

  /// The nearest of the 16 ANSI colours (indexed colours are matched by RGB distance).
  public var nearestANSI: Color {
    switch self {
    case .default, .ansi: return self
    case .indexed(let index):
      if index < 16 { return .ansi(index) }
      let (r, g, b) = Self.rgb(ofIndex: index)
      var best: UInt8 = 0
      var bestDistance = Int.max
      for candidate in UInt8(0)..<16 {
        let (cr, cg, cb) = Self.ansiRGB[Int(candidate)]
        let distance = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
        if distance < bestDistance {
          bestDistance = distance
          best = candidate
        }
      }
      return .ansi(best)
    }
  }

  /// The nearest of the 8 basic ANSI colours (bright ones lose their brightness).
  public var nearestBasic: Color {
    switch nearestANSI {
    case .ansi(let n): return .ansi(n >= 8 ? n - 8 : n)
    default: return self
    }
  }

  /// Approximate RGB (0–255) of an xterm colour index.
  static func rgb(ofIndex index: UInt8) -> (Int, Int, Int) {
    if index < 16 { return ansiRGB[Int(index)] }
    if index >= 232 {
      let level = 8 + 10 * Int(index - 232)
      return (level, level, level)
    }
    let cube = Int(index) - 16
    let steps = [0, 95, 135, 175, 215, 255]
    return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
  }

  /// xterm's default RGB for the 16 ANSI colours.
  static let ansiRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]
}
