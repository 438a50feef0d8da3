import Yams

/// A YAML mapping read key by key, recording located problems instead of throwing.
///
/// `yaml` line numbers are shifted by `firstLine` so they point into the lesson file.
struct YAMLFields {
  let file: String
  let firstLine: Int
  let directive: String
  private var entries: [(key: String, node: Node, line: Int, column: Int)] = []
  private(set) var problems: [LessonProblem] = []
  /// Whether the YAML was read as a mapping; when not, its one problem says why, and no
  /// key is reported missing.
  private(set) var isReadable = false
  private let start: (line: Int, column: Int)

  /// Parses `yaml` (a mapping) written from line `firstLine` of `file`; `allowed` lists
  /// the keys this directive takes.
  init(yaml: String, file: String, firstLine: Int, directive: String, allowed: [String]) {
    self.file = file
    self.firstLine = firstLine
    self.directive = directive
    self.start = (firstLine, 1)
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      let (line, column, problem) = Self.describe(error)
      problems.append(
        LessonProblem(
          "the \(directive) is not valid YAML: \(problem)", file: file,
          line: firstLine + line - 1, column: column))
      return
    } catch {
      problems.append(
        LessonProblem("the \(directive) is not valid YAML: \(error)", file: file, line: firstLine))
      return
    }
    guard let node else {
      problems.append(LessonProblem("the \(directive) is empty", file: file, line: firstLine))
      return
    }
    guard case .mapping(let mapping) = node else {
      problems.append(
        located(node, "the \(directive) must be a list of `key: value` lines"))
      return
    }
    isReadable = true
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      let (line, column) = position(of: keyNode)
      if entries.contains(where: { $0.key == key }) {
        problems.append(
          LessonProblem(
            "'\(key)' is given twice in the \(directive)", file: file, line: line, column: column))
        continue
      }
      guard allowed.contains(key) else {
        var message = "unknown key '\(key)' in the \(directive); "
        if let near = ExpressionSuggestion.closest(to: key, among: allowed) {
          message += "did you mean '\(near)'? "
        }
        message += "the keys are " + allowed.joined(separator: ", ")
        problems.append(LessonProblem(message, file: file, line: line, column: column))
        continue
      }
      entries.append((key, value, line, column))
    }
  }

  /// Whether `key` was given.
  func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

  /// The line and column of `key`'s value, or of the block when absent.
  func position(_ key: String) -> (line: Int, column: Int) {
    guard let entry = entries.first(where: { $0.key == key }) else { return start }
    return position(of: entry.node)
  }

  /// The line and column of `key` itself, or of the block when absent.
  func keyPosition(_ key: String) -> (line: Int, column: Int) {
    guard let entry = entries.first(where: { $0.key == key }) else { return start }
    return (entry.line, entry.column)
  }

  /// The 1-based file position of `node`.
  func position(of node: Node) -> (line: Int, column: Int) {
    guard let mark = node.mark else { return start }
    return (firstLine + mark.line - 1, mark.column)
  }

  /// A problem at `node`.
  func located(_ node: Node, _ message: String) -> LessonProblem {
    let (line, column) = position(of: node)
    return LessonProblem(message, file: file, line: line, column: column)
  }

  /// A problem at `key`'s value (or at the block when absent).
  func problem(at key: String, _ message: String) -> LessonProblem {
    let (line, column) = position(key)
    return LessonProblem(message, file: file, line: line, column: column)
  }

  mutating func report(_ problem: LessonProblem) { problems.append(problem) }

  /// The node of `key`, if given.
  func node(_ key: String) -> Node? { entries.first { $0.key == key }?.node }

  /// A scalar's text, or a problem when it is a list or mapping (or, when `required`,
  /// missing or empty).
  mutating func string(_ key: String, required: Bool = false) -> String? {
    guard let node = node(key) else {
      if required && isReadable {
        problems.append(
          LessonProblem(
            "the \(directive) needs '\(key):'", file: file, line: start.line, column: 1))
      }
      return nil
    }
    guard case .scalar(let scalar) = node else {
      problems.append(located(node, "'\(key)' must be a single value, not a list or mapping"))
      return nil
    }
    if required, scalar.string.trimmingSpaces.isEmpty {
      // `question:` with nothing after it reads as empty text, which would pass unnoticed.
      problems.append(located(node, "'\(key)' needs a value"))
      return nil
    }
    return scalar.string
  }

  /// A number, or a problem.
  mutating func number(_ key: String) -> Double? {
    guard let text = string(key) else { return nil }
    guard let value = Double(text.trimmingSpaces), value.isFinite else {
      if let node = node(key) { problems.append(located(node, "'\(key)' must be a number")) }
      return nil
    }
    return value
  }

  /// A whole number in `range`, or a problem.
  mutating func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let text = string(key) else { return nil }
    guard let value = Int(text.trimmingSpaces), range.contains(value) else {
      if let node = node(key) {
        problems.append(
          located(
            node,
            "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
      }
      return nil
    }
    return value
  }

  /// A list of scalars (a single scalar counts as a list of one), with each one's node.
  mutating func strings(_ key: String) -> [(text: String, node: Node)]? {
    guard let node = node(key) else { return nil }
    switch node {
    case .scalar(let scalar): return [(scalar.string, node)]
    case .sequence(let sequence):
      var items: [(String, Node)] = []
      for item in sequence {
        guard case .scalar(let scalar) = item else {
          problems.append(located(item, "each item of '\(key)' must be a single value"))
          continue
        }
        items.append((scalar.string, item))
      }
      return items
    default:
      problems.append(located(node, "'\(key)' must be a value or a list of values"))
      return nil
    }
  }

  /// A mapping's pairs in order, each value a node.
  mutating func pairs(_ key: String) -> [(key: String, keyNode: Node, value: Node)]? {
    guard let node = node(key) else { return nil }
    guard case .mapping(let mapping) = node else {
      problems.append(located(node, "'\(key)' must be a mapping of `name: value` lines"))
      return nil
    }
    return mapping.map { ($0.key.string ?? "", $0.key, $0.value) }
  }

  /// A tolerance: a number (absolute) or a percentage such as `10%` (relative).
  mutating func tolerance(_ key: String) -> Tolerance? {
    guard let text = string(key)?.trimmingSpaces else { return nil }
    if text.hasSuffix("%"), let percent = Double(text.dropLast()), percent >= 0,
      percent.isFinite
    {
      return .relative(percent / 100)
    }
    if let margin = Double(text), margin >= 0, margin.isFinite { return .absolute(margin) }
    if let node = node(key) {
      problems.append(
        located(node, "'\(key)' must be a number (±margin) or a percentage such as 10%"))
    }
    return nil
  }

  /// Line, column and sentence of a Yams error.
  static func describe(_ error: YamlError) -> (Int, Int, String) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return (mark.line, mark.column, problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (
        context.mark.line, context.mark.column,
        "a key is given twice: " + duplicates.joined(separator: ", ")
      )
    default:
      return (1, 1, "\(error)")
    }
  }
}
