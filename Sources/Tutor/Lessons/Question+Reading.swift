extension Question {
  /// An `ask` block's question and its answer: a number, choices, words or an expression.
  static func read(
    _ fields: inout YAMLFields, body: [String], with reader: inout BlockReader
  ) -> Question? {
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
      reader.checkExpressionValue(reference, key: "number", fields: fields, body: body)
      let tolerance = fields.tolerance("tolerance") ?? .absolute(0)
      return Question(prompt: prompt, answer: .number(reference: reference, tolerance: tolerance))
    case "choices":
      let choices = reader.choices(&fields)
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
      reader.checkExpressionValue(reference, key: "expression", fields: fields, body: body)
      return Question(
        prompt: prompt,
        answer: .expression(reference: reference, states: reader.stateSpace(&fields)))
    }
  }
}
