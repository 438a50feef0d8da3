/// Lesson text as a presentation shows it. A presentation has no prompt, so what the text
/// tells a student to type is taken out, and the keys that do the same on the presenter's
/// screen are named instead.
///
/// It works on the wording any lesson uses, not on particular lessons. Text is read
/// sentence by sentence; a sentence gives an instruction to the prompt when it says
/// "type …", "at the prompt" or "answer with", or starts with "Try", "Run" or "Use" and
/// names a command that a presenter's key does. The instruction goes: a parenthesis that
/// holds it, the clause that holds it (after ", then", " - ", "; " or ": "), or else the
/// whole sentence.
/// The commands it named that have a presenter's key (`step`, `play`, `view`, `lr`,
/// `rewind`, `next`, `back`) become a note at the end of the text:
///
///     "Type view landscape to see the path."    →  "(keys: Tab views)"
///     "Work it out, then type step to check."   →  "Work it out. (keys: space epoch, p play)"
enum PresenterWording {
  /// `text` without its instructions to the prompt, with a note of the presenter's keys
  /// for the commands they named.
  static func rewritten(_ text: String) -> String {
    var keys: [String] = []
    var result = ""
    for sentence in sentences(of: text) {
      result += rewritten(sentence: sentence, keys: &keys)
    }
    var trimmed = String(result.reversed().drop { $0.isWhitespace }.reversed())
    trimmed = String(trimmed.drop { $0.isWhitespace })
    guard !keys.isEmpty else { return trimmed }
    let note = "(keys: " + keys.joined(separator: ", ") + ")"
    return trimmed.isEmpty ? note : trimmed + " " + note
  }

  /// Each line of `lines` rewritten, without those left empty.
  static func rewritten(lines: [String]) -> [String] {
    lines.map { rewritten($0) }.filter { !$0.isEmpty }
  }

  /// The presenter's keys for `command`, as the key bar names them; empty for a command
  /// no key does.
  static func keys(for command: Command) -> [String] {
    switch command {
    case .step, .play: return ["space epoch", "p play"]
    case .view: return ["Tab views"]
    case .learningRate(let rate?) where rate > 0: return ["+/- rate"]
    case .rewind: return ["r rewind"]
    case .next: return ["Enter next"]
    case .back: return ["← back"]
    default: return []
    }
  }

  // MARK: - Sentences

  /// `text` cut into sentences, each with the spaces after it, so that joining them gives
  /// `text` back. A sentence ends at `.`, `?` or `!` followed by a space, a line break or
  /// the end (so `0.05` does not end one).
  static func sentences(of text: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    // `stop`: the last mark ended a sentence (a closing parenthesis may follow it);
    // `gap`: spaces after it, so the next visible character starts a new one.
    var stop = false
    var gap = false
    for character in text {
      if gap && !character.isWhitespace {
        sentences.append(current)
        current = ""
        gap = false
        stop = false
      }
      current.append(character)
      if character.isWhitespace {
        if stop { gap = true }
        continue
      }
      stop = ".?!".contains(character) || (stop && character == ")")
    }
    if !current.isEmpty { sentences.append(current) }
    return sentences
  }

  /// One sentence (with its trailing spaces) without its instruction, adding the keys of
  /// the commands the instruction named to `keys`.
  private static func rewritten(sentence: String, keys: inout [String]) -> String {
    let characters = Array(sentence)
    guard let marker = instruction(in: characters) else { return sentence }
    var end = characters.count
    while end > 0, characters[end - 1].isWhitespace { end -= 1 }
    let trailing = String(characters[end...])
    // Inside a parenthesis: the parenthesis goes.
    if let open = characters[..<marker].lastIndex(of: "("),
      !characters[open..<marker].contains(")"),
      let close = characters[marker..<end].firstIndex(of: ")")
    {
      note(characters[open...close], in: &keys)
      var start = open
      while start > 0, characters[start - 1] == " " { start -= 1 }
      return String(characters[..<start]) + String(characters[(close + 1)...])
    }
    // In a clause after the sentence's start: the clause goes, up to the next clause.
    let closing = ".?!".contains(characters[Swift.max(0, end - 1)]) ? end - 1 : end
    let before = lastBoundary(in: characters, before: marker)
    let after = nextBoundary(in: characters, after: marker, end: closing)
    note(characters[(before?.upperBound ?? 0)..<(after?.lowerBound ?? closing)], in: &keys)
    switch (before, after) {
    case (nil, nil):
      return ""
    case (nil, let after?):
      return String(characters[after.upperBound...])
    case (let before?, nil):
      return String(characters[..<before.lowerBound]) + String(characters[closing..<end])
        + trailing
    case (let before?, let after?):
      return String(characters[..<before.lowerBound]) + String(characters[after.lowerBound...])
    }
  }

  /// Where the instruction to the prompt in `sentence` starts, if it gives one.
  private static func instruction(in sentence: [Character]) -> Int? {
    var found: [Int] = []
    for marker in ["type ", "at the prompt", "answer with"] {
      var from = 0
      while let index = find(marker, in: sentence, from: from) {
        from = index + 1
        // A word of its own, and not "type of".
        if index > 0, sentence[index - 1].isLetter { continue }
        if marker == "type ", find("type of", in: sentence, from: index) == index { continue }
        found.append(index)
        break
      }
    }
    if let first = found.min() { return first }
    let opening = String(sentence.prefix(4))
    if ["Try ", "Run ", "Use "].contains(opening),
      fragments(of: String(sentence)).contains(where: { !keysOrCommand($0).isEmpty })
    {
      return 0
    }
    return nil
  }

  /// The clause boundary nearest before `index`, as the range of its separator.
  private static func lastBoundary(in sentence: [Character], before index: Int) -> Range<Int>? {
    var best: Range<Int>?
    for separator in [", then ", " - ", "; ", ": "] {
      var from = 0
      while let found = find(separator, in: sentence, from: from), found < index {
        if found + separator.count <= index, found > (best?.lowerBound ?? -1) {
          best = found..<(found + separator.count)
        }
        from = found + 1
      }
    }
    return best
  }

  /// The clause boundary nearest after `index` and before `end`.
  private static func nextBoundary(
    in sentence: [Character], after index: Int, end: Int
  ) -> Range<Int>? {
    var best: Range<Int>?
    for separator in [" - ", "; "] {
      if let found = find(separator, in: sentence, from: index), found < end,
        found < (best?.lowerBound ?? Int.max)
      {
        best = found..<(found + separator.count)
      }
    }
    return best
  }

  /// Adds the presenter's keys for the commands `instruction` names: the words after
  /// "type", or else its every phrase.
  private static func note(_ instruction: ArraySlice<Character>, in keys: inout [String]) {
    var text = String(instruction)
    if let typed = find("type ", in: Array(instruction), from: 0) {
      text = String(instruction.dropFirst(typed + 5))
    }
    for candidate in fragments(of: text) {
      for key in keysOrCommand(candidate) where !keys.contains(key) { keys.append(key) }
    }
  }

  /// The phrases of `text` that may each be a command: split at commas, "then", "and",
  /// "or", "to", "such as", parentheses and dashes.
  static func fragments(of text: String) -> [String] {
    var rest = text
    for separator in [
      ", then ", " then ", ", ", " and ", " or ", " to ", " at the prompt", " first", " a few",
      " again", "such as ", "(", ")", " - ",
    ] {
      rest = rest.replacing(separator, with: "\u{1}")
    }
    return rest.split(separator: "\u{1}").map { String($0).trimmingCharacters(in: " .`") }
      .filter { !$0.isEmpty }
  }

  /// The presenter's keys for `text` read as a command; empty when it is not one or no
  /// key does it.
  private static func keysOrCommand(_ text: String) -> [String] {
    guard let command = try? Command.parse(text) else { return [] }
    return keys(for: command)
  }

  /// The first index at or after `from` where `needle` occurs in `haystack`, ignoring case.
  private static func find(_ needle: String, in haystack: [Character], from: Int) -> Int? {
    let needle = Array(needle.lowercased()).map(String.init)
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    var index = Swift.max(0, from)
    while index + needle.count <= haystack.count {
      var matches = true
      for offset in 0..<needle.count where haystack[index + offset].lowercased() != needle[offset] {
        matches = false
        break
      }
      if matches { return index }
      index += 1
    }
    return nil
  }
}

extension String {
  /// The string without the characters of `set` at either end.
  fileprivate func trimmingCharacters(in set: String) -> String {
    var characters = Substring(self)
    while let first = characters.first, set.contains(first) { characters.removeFirst() }
    while let last = characters.last, set.contains(last) { characters.removeLast() }
    return String(characters)
  }
}
