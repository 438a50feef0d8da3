import Descent
import Interchange
import Yams

/// What varies between students in a lesson (`variant:`), and the numbers that follow from
/// it (`derive:`).
///
/// Each variant name lists its values, the first being the course's; a student's values
/// are drawn from a seed made of the lesson id and the student's identity, so the same
/// student always sees the same lesson and two students usually see different ones. The
/// lesson's text is a template over these names: `{{bottom}}` anywhere in the file (the
/// front matter, the prose, every block) becomes the drawn value before the lesson is
/// read, so questions, answers, hints and explanations all agree with the numbers on the
/// screen. A derived value is an expression of the variant names, or a number read from a
/// session after running commands (`run:` then `value:`), never typed by hand.
public struct LessonVariants: Sendable, Hashable {
  /// One varying name and its values, as written (the first is the default).
  public struct Name: Sendable, Hashable {
    /// The name the text refers to as `{{name}}`.
    public var name: String
    /// The values, each as written in the front matter.
    public var values: [String]
  }

  /// A value computed from the drawn ones.
  public struct Derived: Sendable, Hashable {
    /// The name the text refers to as `{{name}}`.
    public var name: String
    /// The expression whose value it is, read after `run`.
    public var expression: String
    /// Commands run first on the lesson's starting session (none: the expression alone).
    public var run: [String]
    /// Its line in the lesson file.
    public var line: Int
  }

  /// The lesson's id, part of every student's seed.
  public var lessonID: String
  /// The varying names, in the order written.
  public var names: [Name] = []
  /// The derived values, in the order written (each may use the ones before it).
  public var derived: [Derived] = []

  /// Whether nothing varies.
  public var isEmpty: Bool { names.isEmpty && derived.isEmpty }

  /// How many different lessons the names can make (saturating at `Int.max`).
  public var combinations: Int {
    names.reduce(1) { total, name in
      let (product, overflow) = total.multipliedReportingOverflow(by: max(name.values.count, 1))
      return overflow ? Int.max : product
    }
  }

  /// Every name a `{{…}}` may substitute: the variant names, then the derived ones.
  public var allNames: [String] { names.map(\.name) + derived.map(\.name) }

  /// A draw: one value index per name.
  public struct Draw: Sendable, Hashable {
    /// The index of each name's value, in the order of `names`.
    public var indices: [Int]
  }

  /// The course's draw: every name's first value.
  public var defaultDraw: Draw { Draw(indices: names.map { _ in 0 }) }

  /// The draw of `student` (the default without one).
  public func draw(for student: String?) -> Draw {
    guard let student else { return defaultDraw }
    var generator = SeededGenerator(seed: Self.seed(lesson: lessonID, student: student), stream: 1)
    return Draw(indices: names.map { generator.nextInt(below: max($0.values.count, 1)) })
  }

  /// The draw with index `number` in an enumeration of all draws (the last name varying
  /// fastest); number 0 is the default.
  public func draw(number: Int) -> Draw {
    var rest = number
    var indices = Array(repeating: 0, count: names.count)
    for position in names.indices.reversed() {
      let count = max(names[position].values.count, 1)
      indices[position] = rest % count
      rest /= count
    }
    return Draw(indices: indices)
  }

  /// At most `limit` draws that lint walks: every draw when there are no more than
  /// `limit`, else the default, then draws that take each name's every value at least
  /// once, then draws from fixed seeds.
  public func drawsToCheck(limit: Int) -> [Draw] {
    if combinations <= limit { return (0..<combinations).map(draw(number:)) }
    var draws = [defaultDraw]
    let widest = names.map(\.values.count).max() ?? 1
    for index in 1..<widest where draws.count < limit {
      let draw = Draw(indices: names.map { index % max($0.values.count, 1) })
      if !draws.contains(draw) { draws.append(draw) }
    }
    var number = 0
    while draws.count < limit, number < limit * 8 {
      let draw = self.draw(for: "lint-\(number)")
      if !draws.contains(draw) { draws.append(draw) }
      number += 1
    }
    return draws
  }

  /// The values of `draw`, by name.
  public func values(of draw: Draw) -> [(name: String, value: String)] {
    zip(names, draw.indices).map { name, index in
      (name.name, name.values.indices.contains(index) ? name.values[index] : "")
    }
  }

  // MARK: - Seeds

  /// The seed of `student`'s draw of `lesson`: FNV-1a over the id, a separator and the
  /// identity with case and surrounding spaces removed, so `Ada@Uni.edu ` draws as
  /// `ada@uni.edu`.
  public static func seed(lesson: String, student: String) -> UInt64 {
    hash(lesson + "\u{1F}" + normalizedIdentity(student))
  }

  /// FNV-1a, 64 bits, over `text`'s UTF-8.
  static func hash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// An identity as seeds read it: trimmed and lowercased.
  public static func normalizedIdentity(_ identity: String) -> String {
    identity.trimmingSpaces.lowercased()
  }

  // MARK: - Reading

  /// The names a lesson file declares, read from its front matter; problems are located
  /// at their lines. A file without a readable front matter declares nothing (the lesson's
  /// own reading reports why).
  static func read(_ text: String, file: String) -> (LessonVariants, [LessonProblem]) {
    let lines = LessonScanner.lines(of: text)
    guard lines.first?.trimmingSpaces == "---", let close = LessonScanner.frontMatterEnd(in: lines)
    else { return (LessonVariants(lessonID: ""), []) }
    let yaml = lines[1..<close].joined(separator: "\n")
    // Most lessons vary nothing: their front matter is read once, by the scanner.
    guard yaml.contains("variant") || yaml.contains("derive") else {
      return (LessonVariants(lessonID: ""), [])
    }
    var fields = YAMLFields(
      yaml: yaml, file: file, firstLine: 2, directive: "front matter",
      allowed: LessonHeader.keys)
    guard fields.isReadable else { return (LessonVariants(lessonID: ""), []) }
    var variants = LessonVariants(lessonID: fields.string("id")?.trimmingSpaces ?? "")
    var problems: [LessonProblem] = []
    var seen: Set<String> = []
    func claim(_ name: String, _ node: Node) -> Bool {
      guard isName(name) else {
        problems.append(
          fields.located(
            node,
            "'\(name)' cannot name a variant: use letters, digits and '_', starting with a "
              + "letter"))
        return false
      }
      guard seen.insert(name).inserted else {
        problems.append(fields.located(node, "'\(name)' is declared twice"))
        return false
      }
      return true
    }
    if let pairs = fields.pairs("variant") {
      for (name, keyNode, value) in pairs where claim(name, keyNode) {
        guard case .sequence(let items) = value, !items.isEmpty else {
          problems.append(
            fields.located(
              value,
              "variant '\(name)' lists its values, the course's first, such as [3, 1, 5]"))
          continue
        }
        var values: [String] = []
        for item in items {
          guard case .scalar(let scalar) = item, !scalar.string.trimmingSpaces.isEmpty,
            !scalar.string.contains("\n"), !scalar.string.contains("{{")
          else {
            problems.append(
              fields.located(item, "each value of variant '\(name)' is one number or word"))
            continue
          }
          values.append(scalar.string.trimmingSpaces)
        }
        if values.count == items.count { variants.names.append(Name(name: name, values: values)) }
      }
    }
    if let pairs = fields.pairs("derive") {
      for (name, keyNode, value) in pairs where claim(name, keyNode) {
        let line = fields.position(of: keyNode).line
        switch value {
        case .scalar(let scalar) where !scalar.string.trimmingSpaces.isEmpty:
          variants.derived.append(
            Derived(name: name, expression: scalar.string.trimmingSpaces, run: [], line: line))
        case .mapping(let mapping):
          let run = mapping["run"]?.string ?? ""
          guard let expression = mapping["value"]?.string?.trimmingSpaces, !expression.isEmpty
          else {
            problems.append(
              fields.located(
                value, "derived '\(name)' needs value: the expression read after its run"))
            continue
          }
          if let unknown = mapping.keys.first(where: { !["run", "value"].contains($0.string ?? "") }) {
            problems.append(
              fields.located(
                unknown, "a derived value takes run: (commands) and value: (an expression)"))
            continue
          }
          let commands = run.split(separator: "\n").map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
          variants.derived.append(
            Derived(name: name, expression: expression, run: commands, line: line))
        default:
          problems.append(
            fields.located(
              value,
              "derived '\(name)' is an expression of the variant names, or run: and value:"))
        }
      }
    }
    return (variants, problems)
  }

  /// Whether `name` can be a variant's name: a letter, then letters, digits and `_`.
  static func isName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII
    else { return false }
    return name.unicodeScalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
    }
  }
}

// MARK: - Substitution

/// A lesson's text with its `{{name}}` placeholders replaced, and where each replacement
/// went, so a problem found in the new text is reported at its column in the file.
struct SubstitutedText {
  /// The text with the values in.
  var text: String
  /// For each line (0-based) that changed, its replacements in order:
  /// (column in the new line, new length, column in the file's line, length there).
  var shifts: [Int: [(new: Int, newLength: Int, old: Int, oldLength: Int)]] = [:]

  /// `text` with each `{{name}}` (spaces allowed inside the braces) whose name `values`
  /// holds replaced by its value; every other `{{…}}` is left for the lesson to show.
  init(_ text: String, values: [String: String]) {
    guard !values.isEmpty, text.contains("{{") else {
      self.text = text
      return
    }
    var lines: [String] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      guard line.contains("{{") else {
        lines.append(String(line))
        continue
      }
      var output = ""
      var rest = Substring(line)
      var column = 1
      var newColumn = 1
      while let open = rest.range(of: "{{") {
        let before = rest[rest.startIndex..<open.lowerBound]
        output += before
        column += before.count
        newColumn += before.count
        let afterOpen = rest[open.upperBound...]
        guard let close = afterOpen.range(of: "}}") else {
          rest = rest[open.lowerBound...]
          break
        }
        let inner = String(afterOpen[afterOpen.startIndex..<close.lowerBound]).trimmingSpaces
        let whole = rest[open.lowerBound..<close.upperBound]
        if let value = values[String(inner)] {
          output += value
          shifts[number, default: []].append(
            (newColumn, value.count, column, whole.count))
          newColumn += value.count
        } else {
          output += whole
          newColumn += whole.count
        }
        column += whole.count
        rest = rest[close.upperBound...]
      }
      output += rest
      lines.append(output)
    }
    self.text = lines.joined(separator: "\n")
  }

  /// `problem`, moved from the new text's column to the file's.
  func located(_ problem: LessonProblem) -> LessonProblem {
    guard let line = problem.location.line, let column = problem.location.column,
      let moves = shifts[line - 1]
    else { return problem }
    var delta = 0
    for move in moves {
      if column < move.new { break }
      if column < move.new + move.newLength {
        delta = move.old - column
        break
      }
      delta = (move.old + move.oldLength) - (move.new + move.newLength)
    }
    var moved = problem
    moved.location = SourceLocation(
      file: problem.location.file, line: line, column: column + delta)
    return moved
  }
}

// MARK: - A student's order of choices

extension Lesson {
  /// Shows every multiple-choice question and prediction in the order `seed` draws for
  /// it (each block shuffled by its own id, so editing one block never reorders another).
  /// Options the file names a, b, c… are labelled again in the order shown; options with
  /// names of their own keep them.
  mutating func showChoices(inOrderOf seed: UInt64) {
    for step in steps.indices {
      for index in steps[step].checks.indices {
        var block = steps[step].checks[index]
        let blockSeed = seed ^ LessonVariants.hash(block.id)
        switch block.kind {
        case .ask(var question):
          if case .choice(let choices, let correct) = question.answer {
            question.answer = .choice(
              choices: Self.shuffled(choices, seed: blockSeed), correct: correct)
            block.kind = .ask(question)
          }
        case .predict(var prediction):
          if case .choice(let choices, let conditions) = prediction.outcome {
            prediction.outcome = .choice(
              choices: Self.shuffled(choices, seed: blockSeed), conditions: conditions)
            block.kind = .predict(prediction)
          }
        case .task, .exercise: break
        }
        steps[step].checks[index] = block
      }
    }
  }

  /// `choices` (kept in the file's order) with the positions and labels of a shuffle.
  static func shuffled(_ choices: [Choice], seed: UInt64) -> [Choice] {
    var order = Array(choices.indices)
    var generator = SeededGenerator(seed: seed, stream: 2)
    generator.shuffle(&order)
    let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
    let lettered = choices.map(\.key) == Array(letters.prefix(choices.count))
    var result = choices
    for (position, index) in order.enumerated() {
      result[index].position = position
      if lettered { result[index].label = letters[position] }
    }
    return result
  }
}

extension LessonVariants {
  /// A lesson file's text with the variant names' values in, once for every draw (up to
  /// 256; past that, draws that take every value of every name): what a package must
  /// search for the data files some student's draw reads.
  public static func textsOfEveryDraw(_ text: String, file: String) -> [String] {
    let variants = read(text, file: file).0
    guard !variants.names.isEmpty else { return [text] }
    return variants.drawsToCheck(limit: 256).map { draw in
      var values: [String: String] = [:]
      for (name, value) in variants.values(of: draw) { values[name] = value }
      return SubstitutedText(text, values: values).text
    }
  }
}
