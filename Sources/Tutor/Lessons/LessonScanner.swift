import Descent
import Interchange
import TermPlot

/// Walks a lesson file's lines: the front matter, headings, prose and fenced blocks.
struct LessonScanner {
  let file: String
  let lines: [String]
  private(set) var problems: [LessonProblem] = []
  private(set) var lesson: Lesson?

  private var header: LessonHeader?
  private var steps: [LessonStep] = []
  private var paragraph: [String] = []

  init(text: String, file: String) {
    self.file = file
    lines = Self.lines(of: text)
  }

  /// The lines of a Markdown file, without a byte order mark, ending at "\n", "\r\n" or a
  /// lone "\r", each made safe for a terminal.
  ///
  /// Swift reads "\r\n" as one `Character`, so splitting on "\n" alone would leave a file
  /// saved on Windows as one long line: the endings are made "\n" first.
  static func lines(of text: String) -> [String] {
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    // Control characters (ESC among them) never reach a screen: a lesson cannot move the
    // cursor or change colours, whatever its file holds.
    return text.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0).sanitizedForDisplay
    }
  }

  mutating func scan() {
    guard lines.first?.trimmingSpaces == "---" else {
      problems.append(
        LessonProblem(
          "a lesson starts with its front matter: a line '---', `key: value` lines "
            + "(format, id, title, summary, …) and another '---'", file: file, line: 1))
      return
    }
    guard let close = Self.frontMatterEnd(in: lines) else {
      problems.append(
        LessonProblem(
          "the front matter opened on line 1 is never closed with '---'", file: file, line: 1))
      return
    }
    var fields = YAMLFields(
      yaml: lines[1..<close].joined(separator: "\n"), file: file, firstLine: 2,
      directive: "front matter", allowed: LessonHeader.keys)
    // A front matter that is not a readable mapping has that one problem: its keys, though
    // written, cannot be said to be missing.
    header = fields.isReadable ? LessonHeader(reading: &fields) : nil
    problems += fields.problems
    scanBody(from: close + 1)
    guard let header else { return }
    if steps.isEmpty {
      problems.append(
        LessonProblem(
          "the lesson has no steps; each step starts with a '## ' heading", file: file,
          line: close + 1))
    }
    checkIDs()
    let id = header.id ?? ""
    lesson = Lesson(
      id: id, title: header.title ?? id, summary: header.summary ?? "", setup: header.setup,
      steps: steps, source: file)
  }

  /// The index of the line that closes the front matter opened on the first line.
  static func frontMatterEnd(in lines: [String]) -> Int? {
    lines.indices.dropFirst().first { ["---", "..."].contains(lines[$0].trimmingSpaces) }
  }

  // MARK: - The body

  private mutating func scanBody(from start: Int) {
    var index = start
    while index < lines.count {
      let line = lines[index]
      let trimmed = line.trimmingSpaces
      if let fence = Fence(opening: line) {
        flushParagraph()
        var end = index + 1
        while end < lines.count, !fence.isClosed(by: lines[end]) { end += 1 }
        if end == lines.count {
          problems.append(
            LessonProblem(
              "the ```\(fence.info) block opened here is never closed", file: file,
              line: index + 1))
        }
        let body = Array(lines[(index + 1)..<Swift.min(end, lines.count)])
        block(info: fence.info, body: body, line: index + 1, infoColumn: fence.infoColumn)
        index = end + 1
        continue
      }
      if line.hasPrefix("## ") {
        flushParagraph()
        startStep(title: String(line.dropFirst(3)).trimmingSpaces, line: index + 1)
      } else if line.hasPrefix("# ") {
        flushParagraph()
      } else if let id = Self.stepIDComment(trimmed) {
        flushParagraph()
        setStepID(id, line: index + 1, column: Self.stepIDColumn(in: line))
      } else if trimmed.isEmpty {
        flushParagraph()
      } else if Self.isListItem(trimmed) {
        flushParagraph()
        paragraph.append(trimmed)
      } else {
        paragraph.append(trimmed)
      }
      index += 1
    }
    flushParagraph()
  }

  /// `<!-- id: first-epoch -->` → `first-epoch`.
  static func stepIDComment(_ line: String) -> String? {
    guard line.hasPrefix("<!--"), line.hasSuffix("-->") else { return nil }
    let inner = String(line.dropFirst(4).dropLast(3)).trimmingSpaces
    guard inner.hasPrefix("id:") else { return nil }
    return String(inner.dropFirst(3)).trimmingSpaces
  }

  /// The 1-based column of the id in a step id comment line, whatever the spacing:
  /// 14 in `<!--   id:   Bad -->`.
  static func stepIDColumn(in line: String) -> Int {
    // The comment's first ':' is the one after `id`: nothing before it holds one.
    guard let colon = line.firstIndex(of: ":") else { return 1 }
    let afterColon = line[line.index(after: colon)...]
    let spaces = afterColon.prefix { $0 == " " || $0 == "\t" }.count
    return line.distance(from: line.startIndex, to: colon) + 2 + spaces
  }

  static func isListItem(_ line: String) -> Bool {
    if line.hasPrefix("- ") || line.hasPrefix("* ") { return true }
    let digits = line.prefix { $0.isNumber }
    return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
  }

  private mutating func flushParagraph() {
    defer { paragraph = [] }
    guard !paragraph.isEmpty, !steps.isEmpty else { return }
    steps[steps.count - 1].paragraphs.append(Self.plain(paragraph.joined(separator: " ")))
  }

  /// Whether the `**` at `index` is a power (`h1**2`, `(1 - p)**2`), not bold: code
  /// sits tight on both sides of it, where bold's marks have a space or an edge.
  private static func isPower(in text: String, at index: String.Index) -> Bool {
    guard index > text.startIndex else { return false }
    let after = text.index(index, offsetBy: 2)
    guard after < text.endIndex else { return false }
    let before = text[text.index(before: index)]
    let following = text[after]
    return (before.isLetter || before.isNumber || ")]}".contains(before))
      && (following.isLetter || following.isNumber || "({".contains(following))
  }

  /// Markdown emphasis and code marks removed: the terminal shows plain text. Inside a code
  /// span nothing else is touched, so `` `x**2` `` keeps Python's power; so
  /// does a `**` with code tight on both sides (`h1**2`).
  static func plain(_ text: String) -> String {
    var result = ""
    var inCode = false
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      if character == "`" {
        inCode.toggle()
      } else if !inCode, character == "*", next < text.endIndex, text[next] == "*",
        !Self.isPower(in: text, at: index)
      {
        index = text.index(after: next)
        continue
      } else {
        result.append(character)
      }
      index = next
    }
    return result
  }

  private mutating func startStep(title: String, line: Int) {
    if title.isEmpty {
      problems.append(LessonProblem("a step's heading needs a title", file: file, line: line))
    }
    steps.append(
      LessonStep(id: Self.slug(title), title: Self.plain(title), line: line))
  }

  private mutating func setStepID(_ id: String, line: Int, column: Int) {
    guard !steps.isEmpty else {
      problems.append(
        LessonProblem(
          "a step id comment belongs right under a '## ' heading", file: file, line: line))
      return
    }
    guard Self.isValidID(id) else {
      problems.append(
        LessonProblem(
          "'\(id)' is not a valid id: use lowercase letters, digits and '-'", file: file,
          line: line, column: column))
      return
    }
    steps[steps.count - 1].id = id
  }

  /// `Step 1: one epoch!` → `step-1-one-epoch`.
  static func slug(_ title: String) -> String {
    var slug = ""
    for character in title.lowercased() {
      if character.isASCII && (character.isLetter || character.isNumber) {
        slug.append(character)
      } else if !slug.isEmpty && slug.last != "-" {
        slug.append("-")
      }
    }
    while slug.last == "-" { slug.removeLast() }
    return slug.isEmpty ? "step" : slug
  }

  /// Lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit.
  static func isValidID(_ id: String) -> Bool {
    guard let first = id.first, first.isASCII, first.isLetter || first.isNumber else {
      return false
    }
    return id.allSatisfy {
      $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_")
    } && id.count <= 64
  }

  // MARK: - Fenced blocks

  private mutating func block(info: String, body: [String], line: Int, infoColumn: Int) {
    let word = info.split(separator: " ").first.map(String.init) ?? ""
    if LessonParser.displayLanguages.contains(word.lowercased()) {
      guard !steps.isEmpty else { return }
      steps[steps.count - 1].paragraphs.append(body.joined(separator: "\n"))
      return
    }
    guard let directive = Directive(rawValue: word) else {
      var message = "unknown directive '\(word)'; "
      if let near = ExpressionSuggestion.closest(to: word, among: LessonParser.directives) {
        message += "did you mean '\(near)'? "
      }
      message +=
        "the directives are " + LessonParser.directives.joined(separator: ", ")
        + " (use ```text for a block shown as is)"
      problems.append(LessonProblem(message, file: file, line: line, column: infoColumn))
      return
    }
    guard !steps.isEmpty else {
      problems.append(
        LessonProblem(
          "a ```\(word) block must be inside a step, after a '## ' heading", file: file,
          line: line, column: infoColumn))
      return
    }
    var reader = BlockReader(file: file, firstLine: line + 1)
    let step = steps.count - 1
    switch directive {
    case .run:
      for (command, line) in reader.commands(body) {
        steps[step].run.append(command)
        steps[step].runLines.append(line)
      }
    case .plot:
      if let views = reader.views(body) { steps[step].views = (steps[step].views ?? []) + views }
    case .hint:
      steps[step].hints += reader.hints(body)
    case .ask, .task, .exercise, .predict:
      if let checked = reader.checkedBlock(directive, body: body, line: line) {
        steps[step].checks.append(checked)
      }
    }
    problems += reader.problems
  }

  // MARK: - Ids

  /// A problem for each id used again, at its line, naming the line of its first use.
  private mutating func reportRepeats(
    of ids: [(id: String, line: Int)], saying message: (String, Int) -> String
  ) {
    var first: [String: Int] = [:]
    for (id, line) in ids {
      if let earlier = first[id] {
        problems.append(LessonProblem(message(id, earlier), file: file, line: line))
      } else {
        first[id] = line
      }
    }
  }

  private mutating func checkIDs() {
    reportRepeats(
      of: steps.map { ($0.id, $0.line) },
      saying: { id, first in
        "two steps have the id '\(id)' (the other is on line \(first)); give one its own "
          + "with <!-- id: … --> under its heading"
      })
    reportRepeats(
      of: steps.flatMap(\.checks).map { ($0.id, $0.line) },
      saying: { id, first in
        "two blocks have the id '\(id)' (the other is on line \(first)); ids are unique in a "
          + "lesson"
      })
  }
}
