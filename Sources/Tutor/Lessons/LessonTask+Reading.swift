import Interchange

extension LessonTask {
  /// A `task` block: the goal, its condition, how it must be reached and the solution's
  /// commands.
  static func read(
    _ fields: inout YAMLFields, body: [String], with reader: inout BlockReader
  ) -> LessonTask? {
    let goal = fields.string("goal", required: true).map(LessonScanner.plain)
    let condition = fields.string("when", required: true)
    if let condition {
      reader.checkExpressionValue(condition, key: "when", fields: fields, body: body)
    }
    var means: Means?
    if let text = fields.string("by")?.trimmingSpaces {
      means = Means(rawValue: text)
      if means == nil {
        fields.report(
          fields.problem(
            at: "by",
            "'by' is one of " + Means.allCases.map(\.rawValue).joined(separator: ", ")
              + "; \(text.quotedForMessage) is not"))
      }
    }
    let solution = reader.commandList(&fields, key: "solution", body: body)
    guard let goal, let condition else { return nil }
    return LessonTask(goal: goal, condition: condition, means: means, solution: solution)
  }
}
