import Descent
import Yams

/// A lesson's front matter, read key by key.
struct LessonHeader {
  static let keys = [
    "format", "id", "title", "summary", "dataset", "model", "learning-rate", "optimizer",
    "batch", "normalize", "split", "parameters", "views", "variant", "derive",
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
        guard let expression = Self.expression(of: value) else {
          fields.report(
            fields.located(
              value,
              "parameter '\(name)' must be a number or an expression, a list of them for a "
                + "vector ([0, 0]) or a list of such lists for a matrix ([[0, 1], [1, 0]])"))
          continue
        }
        setup.parameters.append((name, expression, fields.position(of: keyNode).line))
      }
    }
    readViews(&fields)
  }

  /// `views:` as a list or one line of names, at most 3 as in a `plot` block.
  private mutating func readViews(_ fields: inout YAMLFields) {
    guard let views = fields.strings("views") else { return }
    var parsed: [View] = []
    for (text, node) in views {
      var (line, column) = fields.position(of: node)
      // A quoted value's mark is its opening quote.
      if case .scalar(let scalar) = node,
        scalar.style == .singleQuoted || scalar.style == .doubleQuoted
      {
        column += 1
      }
      for (word, offset) in BlockReader.words(in: text) {
        guard let view = View(rawValue: word) else {
          fields.report(
            LessonProblem(
              "there is no view '\(word)'; the views are "
                + View.allCases.map(\.rawValue).joined(separator: ", "), file: fields.file,
              line: line, column: column + offset))
          continue
        }
        parsed.append(view)
      }
    }
    if parsed.count > 3 {
      let (line, column) = fields.keyPosition("views")
      fields.report(
        LessonProblem(
          "a step shows at most 3 views", file: fields.file, line: line, column: column))
    }
    if !parsed.isEmpty { setup.views = parsed }
  }

  /// A starting value as the expression a student would type: a scalar as written, a list
  /// of scalars as a vector (`[0, 0]`), a list of such lists as a matrix
  /// (`[[0, 1], [1, 0]]`); nil for anything else.
  static func expression(of node: Node) -> String? {
    switch node {
    case .scalar(let scalar):
      return scalar.string
    case .sequence(let items):
      if let vector = vector(items) { return vector }
      var rows: [String] = []
      for item in items {
        guard case .sequence(let numbers) = item, let row = vector(numbers) else { return nil }
        rows.append(row)
      }
      return "[" + rows.joined(separator: ", ") + "]"
    default:
      return nil
    }
  }

  /// `[a, b, …]` when every item is a scalar.
  private static func vector(_ items: Node.Sequence) -> String? {
    var scalars: [String] = []
    for item in items {
      guard case .scalar(let scalar) = item else { return nil }
      scalars.append(scalar.string)
    }
    return "[" + scalars.joined(separator: ", ") + "]"
  }
}
