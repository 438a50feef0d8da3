extension LessonTask {
  /// A `task` block: the goal, its condition and the solution's commands.
  static func read(
    _ fields: inout YAMLFields, body: [String], with reader: inout BlockReader
  ) -> LessonTask? {
    let goal = fields.string("goal", required: true).map(LessonScanner.plain)
    let condition = fields.string("when", required: true)
    if let condition {
      reader.checkExpressionValue(condition, key: "when", fields: fields, body: body)
    }
    let solution = reader.commandList(&fields, key: "solution", body: body)
    guard let goal, let condition else { return nil }
    return LessonTask(goal: goal, condition: condition, solution: solution)
  }
}
