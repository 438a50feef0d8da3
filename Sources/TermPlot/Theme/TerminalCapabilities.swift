/// What the terminal can show: which canvas tier, how many colours, which theme.
///
/// Decided from facts the caller reads at the edge — the locale's character set
/// (`nl_langinfo(CODESET)`), the environment and whether output is a terminal — so the
/// decision itself is pure and testable.
public struct TerminalCapabilities: Sendable, Hashable {
  /// Braille on UTF-8 terminals, half-blocks on the Linux console, otherwise ASCII.
  public var tier: CanvasTier
  /// How many colours escapes may use.
  public var colorDepth: ColorDepth

  /// Capabilities as given.
  public init(tier: CanvasTier, colorDepth: ColorDepth) {
    self.tier = tier
    self.colorDepth = colorDepth
  }

  /// When to use colour, as `--color auto|always|never` says.
  public enum ColorChoice: String, Sendable, Hashable, CaseIterable {
    /// Colour on a terminal that supports it, unless `NO_COLOR` is set.
    case auto
    /// Colour even into a pipe (at the depth the environment suggests, at least 16).
    case always
    /// Never colour.
    case never
  }

  /// Detects the capabilities from the locale's `codeset`, the `environment` and whether
  /// standard output `isTerminal`.
  ///
  /// - Tier: as `CanvasTier.automatic` decides from the codeset and `TERM` (braille on
  ///   UTF-8, half-blocks on the Linux console, ASCII otherwise); `forceASCII` overrides.
  /// - Colour: none for `never`, for a non-empty `NO_COLOR` with `auto`, for `TERM=dumb`,
  ///   or off a terminal with `auto`. Otherwise 256 colours when `COLORTERM` is `truecolor`
  ///   or `24bit` or `TERM` mentions `256color`, 8 for the Linux console, else 16.
  public static func detect(
    codeset: String, environment: [String: String], isTerminal: Bool,
    color: ColorChoice = .auto, forceASCII: Bool = false
  ) -> TerminalCapabilities {
    let term = environment["TERM"] ?? ""
    let tier = CanvasTier.automatic(codeset: codeset, terminal: term, forceASCII: forceASCII)
    let depthOffered: ColorDepth
    let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
    if colorTerm == "truecolor" || colorTerm == "24bit" || term.contains("256color") {
      depthOffered = .indexed256
    } else if term == "linux" {
      depthOffered = .basic
    } else {
      depthOffered = .ansi16
    }
    let depth: ColorDepth
    switch color {
    case .never:
      depth = .none
    case .always:
      depth = depthOffered
    case .auto:
      // no-color.org: NO_COLOR set to a non-empty value turns colour off.
      let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
      depth = (!isTerminal || noColor || term == "dumb" || term.isEmpty) ? .none : depthOffered
    }
    return TerminalCapabilities(tier: tier, colorDepth: depth)
  }

  /// The theme that fits: monochrome without colour, otherwise `preferred`.
  public func theme(preferring preferred: Theme = .standard) -> Theme {
    colorDepth == .none ? .monochrome : preferred
  }
}
