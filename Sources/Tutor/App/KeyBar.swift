import TermPlot

/// The key bar on a lesson screen's last row: its entries joined with ` · `, each with an
/// importance, so that a narrow screen drops whole entries, least important first, instead
/// of cutting one mid-word.
struct KeyBar: Sendable, Hashable {
  /// One entry: its text (`space epoch`) and how important it is (higher stays longer).
  struct Entry: Sendable, Hashable {
    var text: String
    var importance: Int

    init(_ text: String, importance: Int) {
      self.text = text
      self.importance = importance
    }
  }

  /// The entries, in the order they show.
  var entries: [Entry]

  /// The separator between entries.
  static let separator = " · "

  /// The entries that fit in `width` columns, joined, each spelled by `spelling` (ASCII
  /// for screens that show only ASCII) before it is measured. The least important entry
  /// goes first, the rightmost of equals first; an entry too wide alone is left out.
  func text(width: Int, spelling: (String) -> String = { $0 }) -> String {
    var kept = entries.map { Entry(spelling($0.text), importance: $0.importance) }
    func joined() -> String { kept.map(\.text).joined(separator: Self.separator) }
    while !kept.isEmpty, joined().terminalWidth > width {
      let lowest = kept.map(\.importance).min() ?? 0
      if let index = kept.lastIndex(where: { $0.importance == lowest }) {
        kept.remove(at: index)
      }
    }
    return joined()
  }
}
