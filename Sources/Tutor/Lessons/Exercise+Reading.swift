extension Exercise {
  /// An `exercise` block: the prompt, the reference lines, the states and the tolerance.
  static func read(
    _ fields: inout YAMLFields, body: [String], with reader: inout BlockReader
  ) -> Exercise? {
    let prompt = fields.string("prompt", required: true).map(LessonScanner.plain)
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
      prompt: prompt, reference: reference, states: reader.stateSpace(&fields), tolerance: tolerance
    )
  }
}
