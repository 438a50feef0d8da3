import Descent

/// A lesson's front matter, read key by key.
struct LessonHeader {
  static let keys = [
    "format", "id", "title", "summary", "dataset", "model", "learning-rate", "optimizer",
    "batch", "normalize", "split", "parameters", "views",
  ]
  /// Front-matter keys that become a command, in the order they must run.
  static let commands: [(key: String, command: String)] = [
    ("dataset", "data"), ("model", "model"), ("normalize", "normalize"), ("split", "split"),
    ("optimizer", "optimizer"), ("batch", "batch"), ("learning-rate", "lr"),
  ]

  var id: String?
  var title: String?
  var summary: String?
  var setup = LessonSetup()

  init(reading fields: inout YAMLFields) {
    if let format = fields.string("format", required: true) {
      if Int(format.trimmingSpaces) != Lesson.formatVersion {
        fields.report(
          fields.problem(
            at: "format",
            "this lesson is written in format \(format); this downhill reads format "
              + "\(Lesson.formatVersion)"))
      }
    }
    id = fields.string("id", required: true)
    if let id, !LessonScanner.isValidID(id) {
      fields.report(
        fields.problem(
          at: "id", "'\(id)' is not a valid id: use lowercase letters, digits and '-'"))
    }
    title = fields.string("title", required: true).map(LessonScanner.plain)
    summary = fields.string("summary", required: true).map(LessonScanner.plain)
    for (key, command) in Self.commands {
      guard let value = fields.string(key) else { continue }
      if value.trimmingSpaces.isEmpty {
        fields.report(fields.problem(at: key, "'\(key)' needs a value"))
        continue
      }
      setup.settings.append(
        LessonSetup.Setting(command: "\(command) \(value)", line: fields.position(key).line))
    }
    if let pairs = fields.pairs("parameters") {
      for (name, keyNode, value) in pairs {
        guard case .scalar(let scalar) = value else {
          fields.report(
            fields.located(value, "parameter '\(name)' must be a number or an expression"))
          continue
        }
        setup.parameters.append((name, scalar.string, fields.position(of: keyNode).line))
      }
    }
    if let views = fields.strings("views") {
      var parsed: [View] = []
      for (text, node) in views {
        for word in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
          guard let view = View(rawValue: String(word)) else {
            fields.report(
              fields.located(
                node,
                "there is no view '\(word)'; the views are "
                  + View.allCases.map(\.rawValue).joined(separator: ", ")))
            continue
          }
          parsed.append(view)
        }
      }
      if !parsed.isEmpty { setup.views = parsed }
    }
  }
}
