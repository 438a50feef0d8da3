/// The line the student is typing: editing, history and completion, as pure state.
///
/// Keys follow the usual shells: ← → Home End, Ctrl-A/E (start/end), Ctrl-U (clear to the
/// start), Ctrl-W (delete a word back), Backspace, Delete, ↑ ↓ (history), Tab (complete).
public struct PromptEditor: Sendable, Hashable {
  /// The characters typed.
  public private(set) var text: [Character] = []
  /// The cursor's position: an index into `text`, 0…count.
  public private(set) var cursor = 0
  /// Lines entered before, oldest first.
  public private(set) var history: [String] = []
  /// Which history line is shown while browsing (nil: the line being written).
  private var historyIndex: Int?
  /// The line being written when browsing started.
  private var draft: [Character] = []

  /// The most lines kept in the history.
  public static let historyLimit = 500

  /// An empty prompt.
  public init() {}

  /// The line as a string.
  public var line: String { String(text) }

  /// Whether nothing is typed.
  public var isEmpty: Bool { text.isEmpty }

  /// Inserts a character at the cursor.
  public mutating func insert(_ character: Character) {
    text.insert(character, at: cursor)
    cursor += 1
    historyIndex = nil
  }

  /// Applies an editing key; returns false for a key that does not edit.
  public mutating func edit(_ key: Key) -> Bool {
    switch key {
    case .left: cursor = Swift.max(0, cursor - 1)
    case .right: cursor = Swift.min(text.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = text.count
    case .backspace:
      guard cursor > 0 else { return true }
      text.remove(at: cursor - 1)
      cursor -= 1
    case .delete:
      guard cursor < text.count else { return true }
      text.remove(at: cursor)
    case .control("u"):
      text.removeSubrange(0..<cursor)
      cursor = 0
    case .control("w"):
      var start = cursor
      while start > 0, text[start - 1] == " " { start -= 1 }
      while start > 0, text[start - 1] != " " { start -= 1 }
      text.removeSubrange(start..<cursor)
      cursor = start
    case .up: browseHistory(by: -1)
    case .down: browseHistory(by: 1)
    default: return false
    }
    return true
  }

  /// Takes the line (adding it to the history) and clears the prompt.
  public mutating func submit() -> String {
    let line = self.line
    if !line.trimmingSpaces.isEmpty && history.last != line {
      history.append(line)
      if history.count > Self.historyLimit { history.removeFirst() }
    }
    text = []
    cursor = 0
    historyIndex = nil
    return line
  }

  /// Clears the line without keeping it.
  public mutating func clear() {
    text = []
    cursor = 0
    historyIndex = nil
  }

  private mutating func browseHistory(by offset: Int) {
    guard !history.isEmpty else { return }
    if historyIndex == nil {
      guard offset < 0 else { return }
      draft = text
      historyIndex = history.count
    }
    let index = Swift.max(0, Swift.min(history.count, (historyIndex ?? 0) + offset))
    historyIndex = index
    text = index == history.count ? draft : Array(history[index])
    if index == history.count { historyIndex = nil }
    cursor = text.count
  }

  /// Completes the word before the cursor from `candidates`: a unique match is completed
  /// (with a space after a command word at the start), several extend to their common
  /// prefix. Returns the matches, for showing when there are several.
  @discardableResult
  public mutating func complete(commands: [String], names: [String]) -> [String] {
    var start = cursor
    while start > 0, Self.isNameCharacter(text[start - 1]) { start -= 1 }
    let prefix = String(text[start..<cursor])
    let atStart = text[0..<start].allSatisfy { $0 == " " }
    let pool = (atStart ? commands : []) + names
    let matches = Array(Set(pool.filter { $0.hasPrefix(prefix) && $0 != prefix })).sorted()
    guard !matches.isEmpty else { return [] }
    var common = matches[0]
    for match in matches.dropFirst() {
      common = String(zip(common, match).prefix { $0 == $1 }.map(\.0))
    }
    var completion = Array(common.dropFirst(prefix.count))
    if matches.count == 1 && atStart && commands.contains(matches[0]) { completion.append(" ") }
    text.insert(contentsOf: completion, at: cursor)
    cursor += completion.count
    return matches.count == 1 ? [] : matches
  }

  static func isNameCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }
}
