import Yams

/// Reads the body of one fenced directive block, collecting located problems.
struct DirectiveReader {
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

  static let keys: [String: [String]] = [
    "ask": [
      "id", "question", "number", "tolerance", "choices", "answer", "text", "expression", "vary",
      "states", "explain", "mistakes",
    ],
    "task": ["id", "goal", "when", "solution", "explain"],
    "exercise": ["id", "prompt", "answer", "vary", "states", "tolerance", "explain", "mistakes"],
    "predict": [
      "id", "question", "choices", "outcomes", "measure", "tolerance", "run", "explain",
    ],
  ]

  /// `ask`, `task`, `exercise` or `predict`: a YAML mapping.
  mutating func checkedBlock(_ directive: String, body: [String], line: Int) -> CheckedBlock? {
    var fields = YAMLFields(
      yaml: body.joined(separator: "\n"), file: file, firstLine: firstLine,
      directive: "```\(directive) block", allowed: Self.keys[directive] ?? [])
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
    case "ask": kind = question(&fields, body: body).map(CheckedBlock.Kind.ask)
    case "task": kind = task(&fields, body: body).map(CheckedBlock.Kind.task)
    case "exercise": kind = exercise(&fields, body: body).map(CheckedBlock.Kind.exercise)
    default: kind = prediction(&fields, body: body).map(CheckedBlock.Kind.predict)
    }
    let mistakes = self.mistakes(&fields, body: body, directive: directive)
    guard let kind else { return nil }
    return CheckedBlock(
      id: id, kind: kind, explanation: explanation, mistakes: mistakes, line: line)
  }

  private mutating func question(_ fields: inout YAMLFields, body: [String]) -> Question? {
    let prompt = fields.string("question", required: true).map(LessonScanner.plain) ?? ""
    let forms = ["number", "choices", "text", "expression"].filter(fields.has)
    guard forms.count == 1, let form = forms.first else {
      fields.report(
        fields.problem(
          at: forms.dropFirst().first ?? "id",
          forms.isEmpty
            ? "an ask needs its answer as one of number:, choices: (with answer:), text: or "
              + "expression:"
            : "an ask has one kind of answer; this one has " + forms.joined(separator: " and ")))
      return nil
    }
    if form != "choices", fields.has("answer") {
      fields.report(
        fields.problem(at: "answer", "answer: goes with choices:; a \(form) is its own answer"))
    }
    switch form {
    case "number":
      guard let reference = fields.string("number", required: true) else { return nil }
      checkExpressionValue(reference, key: "number", fields: fields, body: body)
      let tolerance = fields.tolerance("tolerance") ?? .absolute(0)
      return Question(prompt: prompt, answer: .number(reference: reference, tolerance: tolerance))
    case "choices":
      let choices = self.choices(&fields)
      guard let correct = fields.string("answer", required: true) else { return nil }
      if !choices.isEmpty, !choices.contains(where: { $0.key == correct }) {
        fields.report(
          fields.problem(
            at: "answer",
            "the answer '\(correct)' is not one of the choices "
              + choices.map(\.key).joined(separator: ", ")))
      }
      return Question(prompt: prompt, answer: .choice(choices: choices, correct: correct))
    case "text":
      let accepted = (fields.strings("text") ?? []).map(\.text)
      return Question(prompt: prompt, answer: .text(accepted: accepted))
    default:
      guard let reference = fields.string("expression", required: true) else { return nil }
      checkExpressionValue(reference, key: "expression", fields: fields, body: body)
      return Question(
        prompt: prompt,
        answer: .expression(reference: reference, states: stateSpace(&fields)))
    }
  }

  private mutating func task(_ fields: inout YAMLFields, body: [String]) -> LessonTask? {
    let goal = fields.string("goal", required: true).map(LessonScanner.plain)
    let condition = fields.string("when", required: true)
    if let condition {
      checkExpressionValue(condition, key: "when", fields: fields, body: body)
    }
    let solution = commandList(&fields, key: "solution", body: body)
    guard let goal, let condition else { return nil }
    return LessonTask(goal: goal, condition: condition, solution: solution)
  }

  private mutating func exercise(_ fields: inout YAMLFields, body: [String]) -> Exercise? {
    let prompt = fields.string("prompt", required: true).map(LessonScanner.plain)
    guard let answer = fields.string("answer", required: true), let prompt else { return nil }
    let reference = Self.statements(answer)
    for statement in reference {
      checkExpressionValue(statement, key: "answer", fields: fields, body: body)
    }
    // A line that does not parse has its own problem already: only a line that reads as
    // an expression, not an assignment, breaks this rule.
    if reference.count > 1, reference.contains(where: { Self.isUnassignedExpression($0) }) {
      fields.report(
        fields.problem(
          at: "answer", "an answer of several lines assigns a name on each (D_m = …)"))
    }
    var tolerance = 1e-6
    if fields.has("tolerance"), let value = fields.number("tolerance") {
      if value >= 0 {
        tolerance = value
      } else {
        fields.report(
          fields.problem(
            at: "tolerance",
            "'tolerance' must be 0 or more: how close each value must be, "
              + "relative to its size (such as 1e-6)"))
      }
    }
    return Exercise(
      prompt: prompt, reference: reference, states: stateSpace(&fields), tolerance: tolerance)
  }

  private mutating func prediction(_ fields: inout YAMLFields, body: [String]) -> Prediction? {
    let prompt = fields.string("question", required: true).map(LessonScanner.plain)
    let run = commandList(&fields, key: "run", body: body)
    if !fields.has("run") {
      fields.report(fields.problem(at: "id", "a predict needs run: the commands to run"))
    }
    let outcome: Prediction.Outcome?
    if fields.has("choices") {
      let choices = self.choices(&fields)
      var conditions: [String: String] = [:]
      var nodes: [String: Node] = [:]
      if let pairs = fields.pairs("outcomes") {
        for (key, keyNode, value) in pairs {
          guard case .scalar(let scalar) = value else {
            fields.report(fields.located(value, "each outcome is a condition"))
            continue
          }
          if !choices.contains(where: { $0.key == key }) {
            fields.report(fields.located(keyNode, "'\(key)' is not one of the choices"))
          }
          if scalar.string != "otherwise" {
            // Located from the outcome's own line: searching from `outcomes:` would find it
            // inside an earlier outcome that starts the same way.
            checkValue(scalar.string, at: fields.position(of: value), body: body)
          }
          conditions[key] = scalar.string
          nodes[key] = value
        }
        for choice in choices where conditions[choice.key] == nil {
          fields.report(
            fields.problem(
              at: "outcomes",
              "the choice '\(choice.key)' has no outcome: a condition that says it happened"))
        }
        // Outcomes are tried in the choices' order and the first that holds counts, so an
        // `otherwise` before another outcome would hide it.
        let checked = choices.map(\.key).filter { conditions[$0] != nil }
        for key in checked.dropLast() where conditions[key] == "otherwise" {
          if let node = nodes[key] {
            fields.report(
              fields.located(
                node, "'otherwise' holds always, so it must be the outcome of the last choice"))
          }
        }
      } else {
        fields.report(
          fields.problem(
            at: "choices", "a predict with choices needs outcomes: a condition for each choice"))
      }
      outcome = .choice(choices: choices, conditions: conditions)
    } else if fields.has("measure") {
      let measure = fields.string("measure", required: true)
      if let measure {
        checkExpressionValue(measure, key: "measure", fields: fields, body: body)
      }
      let tolerance = fields.tolerance("tolerance") ?? .relative(0.1)
      outcome = measure.map { .number(measure: $0, tolerance: tolerance) }
    } else {
      fields.report(
        fields.problem(
          at: "id", "a predict needs choices: and outcomes:, or measure: (a number to guess)"))
      outcome = nil
    }
    guard let prompt, let outcome else { return nil }
    return Prediction(prompt: prompt, outcome: outcome, run: run)
  }

  // MARK: - Parts

  /// `choices:` as a mapping (`a: text`) or a list (keys a, b, c, …).
  private mutating func choices(_ fields: inout YAMLFields) -> [Choice] {
    guard let node = fields.node("choices") else { return [] }
    var choices: [Choice] = []
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        choices.append(
          Choice(key: key.string ?? "", text: LessonScanner.plain(value.string ?? "")))
      }
    case .sequence(let sequence):
      let letters = Array("abcdefghijklmnopqrstuvwxyz")
      for (index, item) in sequence.enumerated() where index < letters.count {
        choices.append(
          Choice(key: String(letters[index]), text: LessonScanner.plain(item.string ?? "")))
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
  private mutating func stateSpace(_ fields: inout YAMLFields) -> StateSpace {
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
  private mutating func mistakes(
    _ fields: inout YAMLFields, body: [String], directive: String
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
      if directive == "exercise", let answerNode = mapping["answer"] {
        checkValue(answer, at: fields.position(of: answerNode), body: body)
      }
      mistakes.append(
        KnownMistake(
          answer: answer, feedback: LessonScanner.plain(say), name: mapping["name"]?.string))
    }
    return mistakes
  }

  /// A list of commands given as a block scalar or a YAML list.
  private mutating func commandList(
    _ fields: inout YAMLFields, key: String, body: [String]
  ) -> [String] {
    guard let items = fields.strings(key) else { return [] }
    var commands: [String] = []
    for (text, node) in items {
      var place = fields.position(of: node)
      for command in Self.statements(text) {
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
  private mutating func checkExpressionValue(
    _ text: String, key: String, fields: YAMLFields, body: [String]
  ) {
    checkValue(text, at: fields.position(key), body: body)
  }

  /// Checks each statement of a value written from `start` on.
  private mutating func checkValue(
    _ text: String, at start: (line: Int, column: Int), body: [String]
  ) {
    var place = start
    for statement in Self.statements(text) {
      place = locate(statement, from: place, in: body)
      checkStatement(statement, line: place.line, column: place.column)
      place.column += statement.count
    }
  }

  /// Where `text` is written in the block, searching from file line `start.line`, column
  /// `start.column` on; `start` itself when it is not found.
  private func locate(
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

  /// Lines of a multi-line value (or `;`-separated parts), trimmed, without blanks and
  /// `#` comments.
  static func statements(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "\n" || $0 == ";" }).map { String($0).trimmingSpaces }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
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
