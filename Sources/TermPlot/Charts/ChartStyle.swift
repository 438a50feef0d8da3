/// The look every chart shares: the theme, the canvas resolution and the titles.
public struct ChartStyle: Sendable, Hashable {
  /// Colours and patterns for each role.
  public var theme: Theme
  /// Braille, half-block or ASCII dots.
  public var tier: CanvasTier
  /// A title over the chart.
  public var title: String?
  /// The horizontal axis's title, under its labels.
  public var xTitle: String?
  /// The vertical axis's title, above its labels.
  public var yTitle: String?
  /// Whether to draw faint grid lines at the ticks.
  public var grid: Bool

  /// A chart style; by default the standard theme on a braille canvas, without titles.
  public init(
    theme: Theme = .standard, tier: CanvasTier = .braille, title: String? = nil,
    xTitle: String? = nil, yTitle: String? = nil, grid: Bool = false
  ) {
    self.theme = theme
    self.tier = tier
    self.title = title
    self.xTitle = xTitle
    self.yTitle = yTitle
    self.grid = grid
  }

  /// Whether only ASCII characters may be drawn.
  public var isASCII: Bool { tier == .ascii }
}
