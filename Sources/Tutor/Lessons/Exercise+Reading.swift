import Python

extension Exercise {
  /// An `exercise` block: the prompt, the reference lines, the states and the tolerance.
  static func read(
    _ fields: inout YAMLFields, body: [String], with reader: inout BlockReader
  ) -> Exercise? {
    let prompt = fields.string("prompt", required: true).map(LessonScanner.plain)
    if fields.has("program") {
      guard let prompt else { return nil }
      return readProgram(&fields, prompt: prompt, with: &reader)
    }
    guard let answer = fields.string("answer", required: true), let prompt else { return nil }
    let reference = Statement.split(answer)
    for statement in reference {
      reader.checkExpressionValue(statement, key: "answer", fields: fields, body: body)
    }
    // A line that does not parse has its own problem already: only a line that reads as
    // an expression, not an assignment, breaks this rule.
    if reference.count > 1, reference.contains(where: { BlockReader.isUnassignedExpression($0) }) {
      fields.report(
        fields.problem(
          at: "answer", "an answer of several lines assigns a name on each (D_m = …)"))
    }
    return Exercise(
      prompt: prompt, reference: reference, states: reader.stateSpace(&fields),
      tolerance: tolerance(&fields))
  }

  /// A `program:` exercise: the reference program, which must parse as Python, and the
  /// names compared after it runs.
  private static func readProgram(
    _ fields: inout YAMLFields, prompt: String, with reader: inout BlockReader
  ) -> Exercise? {
    if fields.has("answer") {
      fields.report(
        fields.problem(
          at: "answer", "an exercise has answer: (an expression) or program: (Python), not both"
        ))
    }
    guard let program = fields.string("program", required: true) else { return nil }
    if let problem = programProblem(program, key: "program") {
      fields.report(fields.problem(at: "program", problem))
      return nil
    }
    let names = (fields.strings("compare") ?? []).flatMap {
      $0.text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }
    guard !names.isEmpty else {
      fields.report(
        fields.problem(
          at: "program",
          "a program exercise needs compare: the names whose values are checked after it "
            + "runs, such as [w, b]"))
      return nil
    }
    if let bad = names.first(where: { !Self.isIdentifier($0) }) {
      fields.report(fields.problem(at: "compare", "'\(bad)' in compare: is not a name"))
      return nil
    }
    return Exercise(
      prompt: prompt, program: program, compared: names, states: reader.stateSpace(&fields),
      tolerance: tolerance(&fields))
  }

  /// Why a program (the reference or a known mistake, under `key`) does not parse as
  /// Python, with the line of the program; nil when it parses.
  static func programProblem(_ program: String, key: String) -> String? {
    do {
      _ = try PythonParser.parse(program)
      return nil
    } catch {
      let line = error.span.map { "line \($0.line) of \(key): " } ?? ""
      return line + error.message
    }
  }

  private static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first == "_" else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
  }

  /// `tolerance:`, relative, 1e-6 when not given.
  private static func tolerance(_ fields: inout YAMLFields) -> Double {
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
    return tolerance
  }
}
