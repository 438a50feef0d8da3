import CursesShim
import TermPlot

/// How a `Style` becomes ncurses attribute bits and a colour pair at the terminal's colour
/// depth, with each pair defined once, when first needed.
///
/// Colours are reduced as `Frame.ansiText(depth:)` reduces them: indexed colours to the
/// nearest of the 16 (or the 8 basic ones, where greys keep the default colour rather
/// than turn black); without colour (`NO_COLOR`, a monochrome terminal) only bold, dim,
/// reverse and underline remain. A terminal without default colours
/// (`use_default_colors` failed) gets white on black for "default".
package struct ColorPalette {
  /// ncurses attribute bits (`DOWNHILL_BOLD` …) and a colour pair (0: the default colours).
  package struct Attributes: Sendable, Hashable {
    /// `DOWNHILL_*` bits.
    package var bits: UInt32
    /// The colour pair.
    package var pair: Int32
  }

  /// The colours the terminal shows.
  package let depth: ColorDepth
  /// Whether -1 (the terminal's own colour) may be used in a pair.
  package let defaultColors: Bool
  /// The highest pair number that may be defined.
  package let pairLimit: Int32

  /// Pair numbers by their (foreground, background) indices packed into one key.
  private var pairs: [Int32: Int32] = [:]
  /// Every style resolved so far.
  private var resolved: [Style: Attributes] = [:]
  /// The next free pair number.
  private var nextPair: Int32 = 1

  /// A palette for `depth` colours, `pairCount` pairs (`COLOR_PAIRS`) and, with
  /// `defaultColors`, the terminal's own colours.
  package init(depth: ColorDepth, defaultColors: Bool, pairCount: Int) {
    self.depth = depth
    self.defaultColors = defaultColors
    pairLimit = Int32(Swift.max(0, Swift.min(pairCount - 1, 0x7FFF)))
  }

  /// The attributes for `style`, defining its colour pair through `define(pair,
  /// foreground, background)` the first time it is needed. A pair that cannot be defined
  /// (none left, or `define` fails) falls back to the default colours.
  package mutating func attributes(
    for style: Style, define: (Int32, Int32, Int32) -> Bool
  ) -> Attributes {
    if let known = resolved[style] { return known }
    var bits: UInt32 = 0
    if style.bold { bits |= UInt32(DOWNHILL_BOLD) }
    if style.dim { bits |= UInt32(DOWNHILL_DIM) }
    if style.reverse { bits |= UInt32(DOWNHILL_REVERSE) }
    if style.underline { bits |= UInt32(DOWNHILL_UNDERLINE) }
    var pair: Int32 = 0
    if depth != .none, style.foreground != .default || style.background != .default {
      let foreground = index(of: style.foreground, isBackground: false)
      let background = index(of: style.background, isBackground: true)
      let key = (foreground + 1) << 16 | (background + 1)
      if let known = pairs[key] {
        pair = known
      } else if nextPair <= pairLimit, define(nextPair, foreground, background) {
        pair = nextPair
        pairs[key] = nextPair
        nextPair += 1
      }
    }
    let attributes = Attributes(bits: bits, pair: pair)
    resolved[style] = attributes
    return attributes
  }

  /// The ncurses colour number of `color` at this depth; -1 is the terminal's default.
  package func index(of color: Color, isBackground: Bool) -> Int32 {
    switch color {
    case .default:
      return defaultColors ? -1 : (isBackground ? 0 : 7)
    case .ansi, .indexed:
      switch depth {
      case .none:
        return defaultColors ? -1 : (isBackground ? 0 : 7)
      case .basic:
        // Grey (bright black) would become black, unreadable on the dark background most
        // 8-colour terminals have: it keeps the terminal's default instead.
        if color.nearestANSI == .ansi(8) { return index(of: .default, isBackground: isBackground) }
        return Self.number(color.nearestBasic)
      case .ansi16:
        return Self.number(color.nearestANSI)
      case .indexed256:
        return Self.number(color)
      }
    }
  }

  /// The colour's number in the terminal's table (ANSI 0–15 are the table's first 16).
  private static func number(_ color: Color) -> Int32 {
    switch color {
    case .default: return -1
    case .ansi(let n), .indexed(let n): return Int32(n)
    }
  }
}
