import Yams

extension Prediction {
  /// A `predict` block: the question, the run, and the outcomes or the measure.
  static func read(
    _ fields: inout YAMLFields, body: [String], with reader: inout BlockReader
  ) -> Prediction? {
    let prompt = fields.string("question", required: true).map(LessonScanner.plain)
    let run = reader.commandList(&fields, key: "run", body: body)
    if !fields.has("run") {
      fields.report(fields.problem(at: "id", "a predict needs run: the commands to run"))
    }
    let outcome: Prediction.Outcome?
    if fields.has("choices") {
      let choices = reader.choices(&fields)
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
            reader.checkValue(scalar.string, at: fields.position(of: value), body: body)
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
        reader.checkExpressionValue(measure, key: "measure", fields: fields, body: body)
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
}
