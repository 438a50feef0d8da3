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
  /// goes first, the rightmost of equals first; then an entry dropped that fits in the
  /// room left comes back, the most important first. An entry too wide alone is left out.
  /// The separator is spelled the same way.
  func text(width: Int, spelling: (String) -> String = { $0 }) -> String {
    var kept = entries.map { Entry(spelling($0.text), importance: $0.importance) }
    let separator = spelling(Self.separator)
    func joined() -> String { kept.map(\.text).joined(separator: separator) }
    var dropped: [(index: Int, entry: Entry)] = []
    var indices = Array(kept.indices)
    while !kept.isEmpty, joined().terminalWidth > width {
      let lowest = kept.map(\.importance).min() ?? 0
      if let index = kept.lastIndex(where: { $0.importance == lowest }) {
        dropped.append((indices[index], kept[index]))
        kept.remove(at: index)
        indices.remove(at: index)
      }
    }
    // A smaller entry dropped on the way may fit in the room a larger one left.
    for (index, entry) in dropped.sorted(by: { $0.entry.importance > $1.entry.importance }) {
      let position = indices.firstIndex { $0 > index } ?? indices.count
      kept.insert(entry, at: position)
      indices.insert(index, at: position)
      if joined().terminalWidth > width {
        kept.remove(at: position)
        indices.remove(at: position)
      }
    }
    return joined()
  }
}
