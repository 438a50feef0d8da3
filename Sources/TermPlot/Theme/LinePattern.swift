/// How a line is drawn, so that series differ by more than colour.
public enum LinePattern: Sendable, Hashable, CaseIterable {
  /// Every dot.
  case solid
  /// Runs of four dots, two off.
  case dashed
  /// Every other dot.
  case dotted

  /// Whether the `k`-th dot along a line is drawn.
  @inline(__always)
  public func draws(_ k: Int) -> Bool {
    switch self {
    case .solid: return true
    case .dashed: return k % 6 < 4
    case .dotted: return k % 2 == 0
    }
  }

  /// Two characters showing the pattern in a legend.
  public func sample(ascii: Bool) -> String {
    switch (self, ascii) {
    case (.solid, false): return "━━"
    case (.dashed, false): return "╍╍"
    case (.dotted, false): return "┈┈"
    case (.solid, true): return "--"
    case (.dashed, true): return "- "
    case (.dotted, true): return ".."
    }
  }
}
