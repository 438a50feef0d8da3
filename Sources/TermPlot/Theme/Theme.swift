/// Maps what marks mean (`Role`) to how they look (`Style`), and series to line patterns
/// and glyphs.
///
/// - `standard`: a colour-blind-safe palette (Okabe–Ito hues in xterm colours); series also
///   differ by line pattern and marker glyph, never by colour alone.
/// - `highContrast`: bright, bold colours for projectors.
/// - `monochrome`: no colour at all (for `NO_COLOR` or terminals without colour): marks
///   differ by bold, dim, reverse, pattern and glyph.
public struct Theme: Sendable, Hashable {
  /// The theme's name: `default`, `high-contrast` or `monochrome`.
  public let name: String
  private let styles: [Role: Style]
  private let palette: [Style]

  /// The names the themes go by, for options and menus.
  public static let names = ["default", "high-contrast", "monochrome"]

  /// The theme called `name`, if there is one.
  public static func named(_ name: String) -> Theme? {
    switch name.lowercased() {
    case "default", "standard": return .standard
    case "high-contrast", "highcontrast": return .highContrast
    case "monochrome", "mono": return .monochrome
    default: return nil
    }
  }

  /// The style of marks playing `role`.
  public func style(_ role: Role) -> Style {
    if case .series(let k) = role {
      return palette[((k % palette.count) + palette.count) % palette.count]
    }
    return styles[role] ?? .plain
  }

  /// The line pattern of series `k`: solid, dashed, dotted, then around again.
  public func pattern(ofSeries k: Int) -> LinePattern {
    LinePattern.allCases[((k % 3) + 3) % 3]
  }

  /// The marker glyph of series `k` where glyphs can differ (ASCII canvases, legends).
  /// None of the ASCII ones is a shade of a landscape's heat (see `LandscapeChart`).
  public func marker(ofSeries k: Int, ascii: Bool) -> Character {
    let glyphs: [Character] =
      ascii ? ["*", "+", "o", "x", "@", "&"] : ["●", "■", "▲", "◆", "✚", "✖"]
    return glyphs[((k % glyphs.count) + glyphs.count) % glyphs.count]
  }

  /// The default theme: Okabe–Ito orange, sky blue, bluish green, yellow, blue, vermillion
  /// and reddish purple, distinguishable with the common forms of colour blindness.
  public static let standard: Theme = {
    let orange = Color.indexed(214)
    let skyBlue = Color.indexed(117)
    let green = Color.indexed(36)
    let yellow = Color.indexed(227)
    let blue = Color.indexed(32)
    let vermillion = Color.indexed(202)
    let purple = Color.indexed(175)
    return Theme(
      name: "default",
      styles: [
        .data: Style(foreground: skyBlue),
        .fit: Style(foreground: orange, bold: true),
        .ghost: Style(foreground: orange, dim: true),
        .loss: Style(foreground: orange),
        .validation: Style(foreground: skyBlue),
        .path: Style(foreground: yellow),
        .current: Style(foreground: vermillion, bold: true),
        .axis: Style(foreground: .indexed(245)),
        .label: Style(foreground: .indexed(250)),
        .title: Style(bold: true),
        .grid: Style(foreground: .indexed(238)),
        .warning: Style(foreground: vermillion, bold: true),
      ],
      palette: [orange, skyBlue, green, yellow, blue, vermillion, purple].map {
        Style(foreground: $0)
      })
  }()

  /// High contrast for projectors: bright colours, bold marks, white text.
  public static let highContrast = Theme(
    name: "high-contrast",
    styles: [
      .data: Style(foreground: .brightCyan, bold: true),
      .fit: Style(foreground: .brightYellow, bold: true),
      .ghost: Style(foreground: .yellow),
      .loss: Style(foreground: .brightYellow, bold: true),
      .validation: Style(foreground: .brightCyan, bold: true),
      .path: Style(foreground: .brightMagenta, bold: true),
      .current: Style(foreground: .brightRed, bold: true, reverse: true),
      .axis: Style(foreground: .brightWhite),
      .label: Style(foreground: .brightWhite, bold: true),
      .title: Style(foreground: .brightWhite, bold: true),
      .grid: Style(foreground: .white),
      .warning: Style(foreground: .brightRed, bold: true),
    ],
    palette: [.brightYellow, .brightCyan, .brightGreen, .brightMagenta, .brightWhite, .brightRed]
      .map { Style(foreground: $0, bold: true) })

  /// No colour: for `NO_COLOR` and terminals without colour.
  public static let monochrome = Theme(
    name: "monochrome",
    styles: [
      .data: .plain,
      .fit: Style(bold: true),
      .ghost: Style(dim: true),
      .loss: Style(bold: true),
      .validation: .plain,
      .path: .plain,
      .current: Style(bold: true, reverse: true),
      .axis: .plain,
      .label: .plain,
      .title: Style(bold: true),
      .grid: Style(dim: true),
      .warning: Style(bold: true),
    ],
    palette: [Style(bold: true), .plain, Style(dim: true)])
}
