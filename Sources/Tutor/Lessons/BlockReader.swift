import Yams

/// What reading one fenced directive block needs: where it is, the problems found so
/// far, and the parts the directives share (choices, states, commands, checked values).
/// Each directive's own reader is an extension of what it reads (`Question.read`, …).
struct BlockReader {
  let file: String
  /// The file line of the block's first body line.
  let firstLine: Int
  private(set) var problems: [LessonProblem] = []

  init(file: String, firstLine: Int) {
    self.file = file
    self.firstLine = firstLine
  }

  // MARK: - run, plot, hint

  /// `run`: one command a line (with each one's file line); blank lines and `#` comments
  /// skipped.
  mutating func commands(_ body: [String]) -> [(command: String, line: Int)] {
    var commands: [(String, Int)] = []
    for (offset, line) in body.enumerated() {
      let trimmed = line.trimmingSpaces
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      checkCommand(trimmed, line: firstLine + offset, column: Self.column(of: trimmed, in: line))
      commands.append((trimmed, firstLine + offset))
    }
    return commands
  }

  /// Reports a command that does not parse, or an expression that does not.
  mutating func checkCommand(_ text: String, line: Int, column: Int) {
    do {
      if case .expression(let expression) = try Command.parse(text) {
        checkStatement(expression, line: line, column: column + text.count - expression.count)
      }
    } catch {
      problems.append(
        LessonProblem(error.message, file: file, line: line, column: column + error.column - 1))
    }
  }

  /// Reports a statement that does not parse, at its place in the file.
  mutating func checkStatement(_ text: String, line: Int, column: Int) {
    do {
      _ = try Statement.parse(text)
    } catch {
      problems.append(
        LessonProblem(error.message, file: file, line: line, column: column + error.column - 1))
    }
  }

  /// `plot`: view names separated by spaces or commas.
  mutating func views(_ body: [String]) -> [View]? {
    var views: [View] = []
    for (offset, line) in body.enumerated() {
      for (word, column) in Self.words(in: line) {
        guard let view = View(rawValue: word) else {
          problems.append(
            LessonProblem(
              "there is no view '\(word)'; the views are "
                + View.allCases.map(\.rawValue).joined(separator: ", "), file: file,
              line: firstLine + offset, column: column + 1))
          continue
        }
        views.append(view)
      }
    }
    if views.count > 3 {
      problems.append(
        LessonProblem("a step shows at most 3 views", file: file, line: firstLine - 1))
    }
    if views.isEmpty {
      problems.append(
        LessonProblem(
          "the plot block names no view; write fit, loss, landscape, boundary, graph or table",
          file: file, line: firstLine - 1))
      return nil
    }
    return views
  }

  /// The words of a line of view names (separated by spaces, tabs or commas), each with
  /// its 0-based offset in the line: `loss, los` → (loss, 0), (los, 6).
  static func words(in line: String) -> [(word: String, offset: Int)] {
    var words: [(String, Int)] = []
    var word = ""
    var start = 0
    for (offset, character) in line.enumerated() {
      if character == " " || character == "\t" || character == "," {
        if !word.isEmpty { words.append((word, start)) }
        word = ""
      } else {
        if word.isEmpty { start = offset }
        word.append(character)
      }
    }
    if !word.isEmpty { words.append((word, start)) }
    return words
  }

  /// `hint`: each paragraph (lines up to a blank line) is one hint.
  mutating func hints(_ body: [String]) -> [String] {
    var hints: [String] = []
    var current: [String] = []
    for line in body + [""] {
      let trimmed = line.trimmingSpaces
      if trimmed.isEmpty {
        if !current.isEmpty { hints.append(LessonScanner.plain(current.joined(separator: " "))) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if hints.isEmpty {
      problems.append(LessonProblem("the hint block is empty", file: file, line: firstLine - 1))
    }
    return hints
  }

  // MARK: - Checked blocks

  /// `ask`, `task`, `exercise` or `predict`: a YAML mapping.
  mutating func checkedBlock(
    _ directive: Directive, body: [String], line: Int
  ) -> CheckedBlock? {
    var fields = YAMLFields(
      yaml: body.joined(separator: "\n"), file: file, firstLine: firstLine,
      directive: "```\(directive.rawValue) block", allowed: directive.keys)
    defer { problems += fields.problems }
    guard fields.problems.isEmpty || fields.has("id") else { return nil }
    let id = fields.string("id", required: true) ?? ""
    if !id.isEmpty, !LessonScanner.isValidID(id) {
      fields.report(
        fields.problem(at: "id", "'\(id)' is not a valid id: use lowercase letters, digits and '-'")
      )
    }
    let explanation = fields.string("explain").map(LessonScanner.plain)
    let kind: CheckedBlock.Kind?
    switch directive {
    case .ask: kind = Question.read(&fields, body: body, with: &self).map(CheckedBlock.Kind.ask)
    case .task: kind = LessonTask.read(&fields, body: body, with: &self).map(CheckedBlock.Kind.task)
    case .exercise:
      kind = Exercise.read(&fields, body: body, with: &self).map(CheckedBlock.Kind.exercise)
    case .predict:
      kind = Prediction.read(&fields, body: body, with: &self).map(CheckedBlock.Kind.predict)
    case .run, .plot, .hint:
      kind = nil
    }
    let mistakes = self.mistakes(&fields, body: body, directive: directive)
    let uses = allowlist(&fields)
    let hides = hiddenValues(&fields)
    let (points, isOptional) = weight(&fields)
    guard let kind else { return nil }
    var block = CheckedBlock(
      id: id, kind: kind, explanation: explanation, mistakes: mistakes, uses: uses,
      hides: hides, line: line)
    block.points = points
    block.isOptional = isOptional
    return block
  }

  /// `points:` (a number above 0, default 1) and `optional:` (`true` or `false`).
  mutating func weight(_ fields: inout YAMLFields) -> (points: Double, isOptional: Bool) {
    var points = 1.0
    if let text = fields.string("points")?.trimmingSpaces, let node = fields.node("points") {
      if let value = Double(text), value.isFinite, value > 0, value <= 1_000_000 {
        points = value
      } else {
        fields.report(
          fields.located(node, "'points' must be a number above 0, such as 2 or 0.5"))
      }
    }
    var isOptional = false
    if let text = fields.string("optional")?.trimmingSpaces, let node = fields.node("optional") {
      switch text {
      case "true": isOptional = true
      case "false": isOptional = false
      default: fields.report(fields.located(node, "'optional' must be true or false"))
      }
    }
    return (points, isOptional)
  }

  // MARK: - Parts

  /// `uses:`, the names and functions an answer may use: each one a name.
  mutating func allowlist(_ fields: inout YAMLFields) -> [String]? {
    guard let items = fields.strings("uses") else { return nil }
    var names: [String] = []
    for (text, node) in items {
      let name = text.trimmingSpaces
      let isName =
        name.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } == true
        && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
      guard isName else {
        fields.report(
          fields.located(
            node, "each item of 'uses' is a name or a function, such as X or sum"))
        continue
      }
      names.append(name)
    }
    return names
  }

  /// `hides:`, what the screen keeps back while the block is open: each one a
  /// `ScreenValue`.
  mutating func hiddenValues(_ fields: inout YAMLFields) -> Set<ScreenValue> {
    guard let items = fields.strings("hides") else { return [] }
    var hidden: Set<ScreenValue> = []
    for (text, node) in items {
      guard let value = ScreenValue(rawValue: text.trimmingSpaces) else {
        fields.report(
          fields.located(
            node, "'\(text)' is not something the screen can hide: use \(ScreenValue.spellings)"))
        continue
      }
      hidden.insert(value)
    }
    return hidden
  }

  /// `choices:` as a mapping (`a: text`) or a list (keys a, b, c, …).
  mutating func choices(_ fields: inout YAMLFields) -> [Choice] {
    guard let node = fields.node("choices") else { return [] }
    var choices: [Choice] = []
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        choices.append(
          Choice(
            key: key.string ?? "", text: LessonScanner.plain(value.string ?? ""),
            position: choices.count))
      }
    case .sequence(let sequence):
      let letters = Array("abcdefghijklmnopqrstuvwxyz")
      for (index, item) in sequence.enumerated() where index < letters.count {
        choices.append(
          Choice(
            key: String(letters[index]), text: LessonScanner.plain(item.string ?? ""),
            position: index))
      }
    default:
      fields.report(fields.located(node, "choices: is a list, or a mapping of key: text"))
    }
    if choices.count < 2 {
      fields.report(fields.problem(at: "choices", "a choice needs at least two options"))
    }
    return choices
  }

  /// `vary:` (name: [low, high]) and `states:`.
  mutating func stateSpace(_ fields: inout YAMLFields) -> StateSpace {
    var space = StateSpace()
    if let count = fields.integer("states", in: 1...50) { space.count = count }
    for (name, keyNode, value) in fields.pairs("vary") ?? [] {
      guard case .sequence(let bounds) = value, bounds.count == 2,
        let low = bounds[0].string.flatMap({ Double($0) }),
        let high = bounds[1].string.flatMap({ Double($0) }), low.isFinite, high.isFinite,
        low < high
      else {
        fields.report(
          fields.located(keyNode, "vary \(name) with its range as [low, high], such as [-5, 5]"))
        continue
      }
      space.ranges.append((name, low, high))
    }
    return space
  }

  /// `mistakes:` — a list of `answer:` / `say:` pairs.
  mutating func mistakes(
    _ fields: inout YAMLFields, body: [String], directive: Directive
  ) -> [KnownMistake] {
    guard let node = fields.node("mistakes") else { return [] }
    guard case .sequence(let items) = node else {
      fields.report(fields.located(node, "mistakes: is a list of answer: and say: pairs"))
      return []
    }
    var mistakes: [KnownMistake] = []
    for item in items {
      guard case .mapping(let mapping) = item,
        let answer = mapping["answer"]?.string, let say = mapping["say"]?.string,
        mapping.count == 2 || (mapping.count == 3 && mapping["name"]?.string != nil)
      else {
        fields.report(
          fields.located(
            item, "each mistake has answer: (the wrong answer), say: and optionally name:"))
        continue
      }
      if directive == .exercise, let answerNode = mapping["answer"] {
        if fields.has("program") {
          if let problem = Exercise.programProblem(answer, key: "the mistake's answer") {
            fields.report(fields.located(answerNode, problem))
          }
        } else {
          checkValue(answer, at: fields.position(of: answerNode), body: body)
        }
      }
      mistakes.append(
        KnownMistake(
          answer: answer, feedback: LessonScanner.plain(say), name: mapping["name"]?.string))
    }
    return mistakes
  }

  /// A list of commands given as a block scalar or a YAML list.
  mutating func commandList(
    _ fields: inout YAMLFields, key: String, body: [String]
  ) -> [String] {
    guard let items = fields.strings(key) else { return [] }
    var commands: [String] = []
    for (text, node) in items {
      var place = fields.position(of: node)
      for command in Statement.split(text) {
        // Each command is searched for after the one before, so a repeated command is found
        // on its own line.
        place = locate(command, from: place, in: body)
        checkCommand(command, line: place.line, column: place.column)
        commands.append(command)
        place.column += command.count
      }
    }
    return commands
  }

  /// Checks an expression given as a YAML value, locating it in the body.
  mutating func checkExpressionValue(
    _ text: String, key: String, fields: YAMLFields, body: [String]
  ) {
    checkValue(text, at: fields.position(key), body: body)
  }

  /// Checks each statement of a value written from `start` on.
  mutating func checkValue(
    _ text: String, at start: (line: Int, column: Int), body: [String]
  ) {
    var place = start
    for statement in Statement.split(text) {
      place = locate(statement, from: place, in: body)
      checkStatement(statement, line: place.line, column: place.column)
      place.column += statement.count
    }
  }

  /// Where `text` is written in the block, searching from file line `start.line`, column
  /// `start.column` on; `start` itself when it is not found.
  func locate(
    _ text: String, from start: (line: Int, column: Int), in body: [String]
  ) -> (line: Int, column: Int) {
    let first = Swift.max(0, start.line - firstLine)
    guard first < body.count else { return start }
    for offset in first..<body.count {
      let skipped = offset == first ? Swift.max(0, start.column - 1) : 0
      let line = body[offset]
      guard skipped <= line.count else { continue }
      let rest = line.dropFirst(skipped)
      if let range = rest.firstRange(of: text) {
        return (
          firstLine + offset,
          skipped + rest.distance(from: rest.startIndex, to: range.lowerBound) + 1
        )
      }
    }
    return start
  }

  /// The 1-based column where `text` starts in `line` (1 if absent).
  static func column(of text: String, in line: String) -> Int {
    guard let range = line.firstRange(of: text) else { return 1 }
    return line.distance(from: line.startIndex, to: range.lowerBound) + 1
  }

  /// The name `text` assigns, if it is an assignment.
  static func assignedName(_ text: String) -> String? {
    (try? Statement.parse(text))?.assignedName
  }

  /// Whether `text` parses as an expression that assigns no name.
  static func isUnassignedExpression(_ text: String) -> Bool {
    guard let statement = try? Statement.parse(text) else { return false }
    return statement.assignedName == nil
  }
}
