import Interchange
import TermPlot

extension String {
  /// The text (sanitized) in rows of at most `width` columns, for the lesson pane: each of
  /// its lines wrapped at spaces, keeping formulas, code spans and list items readable.
  ///
  /// - A code span (`` `m = m - L*D_m` ``) and a formula (`D_m = (-2/n) * sum(X * (Y -
  ///   Y_pred))`: words joined by a lone operator, or inside a function's or a formula's
  ///   brackets) are unbreakable units: a unit that does not fit on the row moves whole to
  ///   the next. Only a unit wider than a whole row breaks, at its shallowest bracket depth,
  ///   preferably after an operator. A parenthesis of prose (`(type show data to see it)`)
  ///   wraps like the rest of the sentence.
  /// - A break never starts a row with `- `, `* `, `+ ` or `2. `, which would read as a list
  ///   item: a lone operator stays with the words around it, a number ending in a full stop
  ///   with the word before it.
  /// - A line's leading spaces are kept (a caret stays under its column); a list item's
  ///   continuation rows are indented under its text, other continuation rows under the
  ///   line's first word, as long as that leaves at least half of the row.
  /// - A word wider than a row is cut at the width.
  ///
  /// ```swift
  /// "- so m = m - L*D_m".wrappedAsProse(width: 14)  // ["- so", "  m = m - L*D_m"]
  /// ```
  func wrappedAsProse(width: Int) -> [String] {
    guard width > 0 else { return [] }
    var rows: [String] = []
    for line in split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      rows += ProseLine(String(line).sanitizedForDisplay).rows(width: width)
    }
    return rows
  }
}

/// One line of prose cut into words, with what holds each word to the one before it.
private struct ProseLine {
  /// A space between two words: whether a row may end there, and how bad a place it is.
  struct Gap {
    /// Whether the space lies between two units (a free place to break).
    var isFree = true
    /// How many formula brackets are open at the space.
    var depth = 0
    /// Whether the word before the space is a lone operator (a good place inside a unit).
    var followsOperator = false
    /// Whether the word after the space is a lone operator or a list marker (a row must
    /// not start with it).
    var precedesMarker = false
  }

  /// The spaces the line starts with.
  var indent: Int
  /// The line's words.
  var words: [String]
  /// `gaps[i]` is the space before `words[i]` (`gaps[0]` is unused).
  var gaps: [Gap]
  /// The indent of continuation rows, before it is capped to the width.
  var hangingIndent: Int

  init(_ line: String) {
    indent = line.prefix { $0 == " " }.count
    words = line.split(separator: " ").map(String.init)
    gaps = Self.gaps(between: words)
    hangingIndent = indent
    if words.count > 1, Self.isListMarker(words[0]) {
      hangingIndent = indent + words[0].terminalWidth + 1
    }
  }

  /// The line in rows of at most `width` columns.
  func rows(width: Int) -> [String] {
    guard let first = words.first else { return [""] }
    var words = words
    // The first row keeps its leading spaces when its first word still fits after them.
    var rowIndent = Swift.min(indent, Swift.max(0, width - first.terminalWidth))
    let nextIndent =
      hangingIndent <= width / 2 ? hangingIndent : (indent <= width / 2 ? indent : 0)
    var rows: [String] = []
    var start = 0
    while start < words.count {
      let room = width - rowIndent
      let prefix = String(repeating: " ", count: rowIndent)
      // The words from `start` that fit on this row.
      var used = 0
      var end = start
      while end < words.count {
        let columns = words[end].terminalWidth + (end > start ? 1 : 0)
        if used + columns > room { break }
        used += columns
        end += 1
      }
      if end == words.count {
        rows.append(prefix + words[start...].joined(separator: " "))
        break
      }
      if end == start {
        // A word wider than the row: cut it at the width.
        let (head, tail) = Self.cut(words[start], columns: room)
        rows.append(prefix + head)
        words[start] = tail
        rowIndent = nextIndent
        continue
      }
      let next = breakBefore(start: start, end: end, room: room, width: width - nextIndent)
      rows.append(prefix + words[start..<next].joined(separator: " "))
      start = next
      rowIndent = nextIndent
    }
    return rows
  }

  /// Where the row of `words[start..<end]` (all that fit in `room` columns) ends: the index
  /// of the word that starts the next row, which is `rowWidth` columns wide.
  ///
  /// The last space between units, unless the unit after it is wider than a whole row;
  /// then (or with no such space) the best space inside a unit: the shallowest, after an
  /// operator, filling at least half the row, and of equals the last.
  func breakBefore(start: Int, end: Int, room: Int, width rowWidth: Int) -> Int {
    let lastFree = stride(from: end, to: start, by: -1).first { gaps[$0].isFree }
    if let lastFree, unitWidth(from: lastFree) <= rowWidth {
      return lastFree
    }
    let from = (lastFree ?? start) + 1
    guard from <= end else { return lastFree ?? end }
    var best = lastFree ?? end
    var bestScore = Int.max
    var used = words[start..<from].map(\.terminalWidth).reduce(from - start - 1, +)
    for index in from...end {
      if index > from { used += 1 + words[index - 1].terminalWidth }
      let gap = gaps[index]
      var score = gap.depth * 4 + (gap.followsOperator ? 0 : 1)
      if gap.precedesMarker { score += 100 }
      if used < room / 2 { score += 50 }
      if score <= bestScore {
        best = index
        bestScore = score
      }
    }
    // Breaking before the unit is better than a bad place inside it.
    if let lastFree, bestScore >= 50 { return lastFree }
    return best
  }

  /// The columns of the unit that starts at `words[index]`.
  func unitWidth(from index: Int) -> Int {
    var columns = words[index].terminalWidth
    var next = index + 1
    while next < words.count, !gaps[next].isFree {
      columns += 1 + words[next].terminalWidth
      next += 1
    }
    return columns
  }

  // MARK: - Reading the words

  /// The gaps between `words`: which spaces lie inside a code span, a formula's brackets or
  /// around a lone operator.
  static func gaps(between words: [String]) -> [Gap] {
    var gaps = Array(repeating: Gap(), count: words.count)
    var depth = 0
    var inCode = false
    for (index, word) in words.enumerated() {
      if index > 0 {
        let previous = words[index - 1]
        let operatorHere = isOperator(word)
        var gap = Gap()
        gap.depth = depth
        gap.followsOperator = isOperator(previous)
        gap.precedesMarker = operatorHere || isNumberedMarker(word)
        gap.isFree = !(inCode || depth > 0 || gap.followsOperator || gap.precedesMarker)
        gaps[index] = gap
      }
      if word.filter({ $0 == "`" }).count % 2 == 1 { inCode.toggle() }
      depth = formulaDepth(after: word, at: index, in: words, from: depth)
    }
    return gaps
  }

  /// The formula brackets open after `word`, given `depth` open before it. Brackets count
  /// inside a formula, after a name (`sum(`, `w[`) and when a bracket opens a formula
  /// (`(Y - Y_pred)`, `(m, c)`: its first word is a short name or a number, followed by an
  /// operator or the closing bracket); a parenthesis of prose (`(a number, …)`) does not.
  static func formulaDepth(after word: String, at index: Int, in words: [String], from depth: Int)
    -> Int
  {
    var depth = depth
    var previous: Character?
    for (offset, character) in word.enumerated() {
      if "([{".contains(character) {
        let afterName = previous.map { $0.isLetter || $0.isNumber || "_)]".contains($0) } == true
        if depth > 0 || afterName || (offset == 0 && opensFormula(at: index, in: words)) {
          depth += 1
        }
      } else if ")]}".contains(character), depth > 0 {
        depth -= 1
      }
      previous = character
    }
    return depth
  }

  /// Whether the bracket that starts `words[index]` opens a formula.
  static func opensFormula(at index: Int, in words: [String]) -> Bool {
    let inner = words[index].drop { "([{".contains($0) }
    let isShortName =
      inner.prefix { $0.isLetter }.count <= 2 || inner.contains("_")
      || inner.first.map { $0.isNumber || $0 == "-" || $0 == "." } == true
    guard isShortName else { return false }
    if inner.contains(where: { ")]}".contains($0) }) { return true }
    guard index + 1 < words.count else { return false }
    let next = words[index + 1]
    return isOperator(next) || next.contains(where: { ")]}".contains($0) })
  }

  /// Whether `word` is a lone operator: `=`, `-`, `*`, `<=`, `→` and the like.
  static func isOperator(_ word: String) -> Bool {
    operators.contains(word)
  }

  static let operators: Set<String> = [
    "=", "-", "+", "*", "/", "**", "^", "·", "×", "÷", "−", "<", ">", "<=", ">=", "==", "!=",
    "≤", "≥", "≠", "≈", "→", "←", "•",
  ]

  /// Whether `word` starts a list item: `-`, `*`, `+`, `•`, `1.`, `1)` or `a)`.
  static func isListMarker(_ word: String) -> Bool {
    if ["-", "*", "+", "•"].contains(word) { return true }
    if isNumberedMarker(word) { return true }
    return word.count == 2 && word.last == ")" && word.first?.isLetter == true
  }

  /// Whether `word` is a number closed by `.` or `)`, which would read as a numbered item
  /// at the start of a row.
  static func isNumberedMarker(_ word: String) -> Bool {
    guard let last = word.last, last == "." || last == ")" else { return false }
    let digits = word.dropLast()
    return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// `word` cut after at most `columns` columns (at least one character, so that a row
  /// always advances): the head and what is left.
  static func cut(_ word: String, columns: Int) -> (String, String) {
    var head = ""
    var used = 0
    for character in word {
      let width = character.terminalWidth
      if used + width > columns, !head.isEmpty { break }
      head.append(character)
      used += width
    }
    return (head, String(word.dropFirst(head.count)))
  }
}
