/// Finds the name a student probably meant, for "did you mean 'Y_pred'?".
enum ExpressionSuggestion {
  /// The candidate that matches `name` ignoring case, or else the one fewest edits away
  /// (insertions, deletions, substitutions and swaps of neighbours), if that is at most 2
  /// and fewer than the name's length — so `q` does not suggest `X`. Ties go to the
  /// alphabetically first candidate, so the answer never depends on the order given.
  static func closest(to name: String, among candidates: [String]) -> String? {
    let lowered = name.lowercased()
    let sorted = candidates.filter { $0 != name }.sorted()
    if let sameLetters = sorted.first(where: { $0.lowercased() == lowered }) {
      return sameLetters
    }
    let typed = Array(name)
    var best: (name: String, distance: Int)? = nil
    for candidate in sorted {
      let letters = Array(candidate)
      guard Swift.abs(letters.count - typed.count) <= 2 else { continue }
      let distance = editDistance(typed, letters)
      guard distance <= 2, distance < typed.count else { continue }
      if best == nil || distance < best?.distance ?? Int.max { best = (candidate, distance) }
    }
    return best?.name
  }

  /// The optimal string alignment distance: Levenshtein's, plus swapping two neighbours.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Rows i − 2, i − 1 and i of the (a.count + 1) × (b.count + 1) table.
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var row = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      row[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        row[j] = Swift.min(previous[j] + 1, row[j - 1] + 1, substitution)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          row[j] = Swift.min(row[j], beforePrevious[j - 2] + 1)
        }
      }
      beforePrevious = previous
      previous = row
    }
    return previous[b.count]
  }
}
