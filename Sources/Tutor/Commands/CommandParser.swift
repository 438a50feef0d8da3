import Descent

extension Command {
  /// Parses a line: a command if its first word is a command word, otherwise an
  /// expression. Empty lines give nil.
  public static func parse(_ line: String) throws(CommandError) -> Command? {
    try CommandParser.parse(line)
  }
}

/// Reads a typed line as a `Command`: its words, their typed values, and the column of
/// each problem.
enum CommandParser {
  /// The command `line` names, an expression, or nil for an empty line.
  static func parse(_ line: String) throws(CommandError) -> Command? {
    let words = Self.words(of: line)
    guard let firstWord = words.first else { return nil }
    let first = firstWord.text
    let start = line.index(line.startIndex, offsetBy: firstWord.column - 1)
    let trimmed = line[start...]
    // A command word followed by `=` or an operator is an expression (`lr = 0.1`, `step*2`).
    let arguments = Array(words.dropFirst())
    let rest = arguments.map(\.text)
    // A block of lines is Python, and so is a command word used as a Python name:
    // `step = 5`, `lr - 0.05`, `help(x)` (whose first word is not `help`).
    if line.contains("\n") { return .expression(String(trimmed)) }
    if let next = rest.first, continuesPython(next, after: first) {
      return .expression(String(trimmed))
    }
    // Where the first argument is, or where it would go.
    let argumentColumn = arguments.first?.column ?? firstWord.column + first.count + 1
    func column(_ index: Int) -> Int {
      index < arguments.count ? arguments[index].column : argumentColumn
    }
    func number(_ text: String, _ what: String) throws(CommandError) -> Double {
      guard let value = Double(text), value.isFinite else {
        throw CommandError(
          column: argumentColumn, "\(what) is a number, such as 0.01; '\(text)' is not")
      }
      return value
    }
    func count(_ text: String, _ what: String) throws(CommandError) -> Int {
      guard let value = Int(text), value >= 0 else {
        throw CommandError(
          column: argumentColumn, "\(what) is a whole number, such as 10; '\(text)' is not")
      }
      return value
    }
    func noArguments(_ command: Command) throws(CommandError) -> Command {
      guard rest.isEmpty else {
        throw CommandError(column: argumentColumn, "'\(first)' takes nothing after it")
      }
      return command
    }
    /// The one argument read as a `T`; a missing, extra or unknown word is refused with
    /// `problem(words)` at its column.
    func single<T>(
      _ value: (String) -> T?, _ problem: (String) -> String
    ) throws(CommandError) -> T {
      guard rest.count == 1, let parsed = value(rest[0].lowercased()) else {
        throw CommandError(
          column: rest.count == 1 ? argumentColumn : column(1),
          problem(rest.joined(separator: " ")))
      }
      return parsed
    }
    func optimizer(_ index: Int) throws(CommandError) -> OptimizerKind {
      guard let kind = OptimizerKind(rawValue: rest[index].lowercased()) else {
        throw CommandError(
          column: column(index),
          "there is no optimizer '\(rest[index])'; the optimizers are "
            + OptimizerKind.allCases.map(\.name).joined(separator: ", "))
      }
      return kind
    }
    switch first {
    case "step":
      guard let text = rest.first else { return .step(1) }
      let epochs = try count(text, "the number of epochs")
      guard epochs >= 1, epochs <= 100_000 else {
        throw CommandError(column: argumentColumn, "step runs 1 to 100000 epochs at a time")
      }
      return .step(epochs)
    case "play": return try noArguments(.play)
    case "pause": return try noArguments(.pause)
    case "speed":
      guard let text = rest.first else {
        throw CommandError(
          column: argumentColumn, "write speed N, the epochs a second, such as speed 20")
      }
      let value = try number(text, "the speed")
      guard value > 0, value <= 10_000 else {
        throw CommandError(column: argumentColumn, "the speed is from 0 to 10000 epochs a second")
      }
      return .speed(value)
    case "reset": return try noArguments(.reset)
    case "solve": return try noArguments(.solve)
    case "lr":
      guard let text = rest.first else { return .learningRate(nil) }
      return .learningRate(try number(text, "the learning rate"))
    case "optimizer":
      guard !rest.isEmpty else { return .optimizer(nil) }
      guard rest.count == 1 else {
        throw CommandError(column: column(1), "write one optimizer, such as optimizer adam")
      }
      return .optimizer(try optimizer(0))
    case "batch":
      guard let text = rest.first else { return .batch(nil) }
      return .batch(try count(text, "the batch size"))
    case "model":
      guard !rest.isEmpty else {
        throw CommandError(
          column: argumentColumn,
          "write model linear, model poly:2, model mlp:2-4-1 tanh or model function (x - 3)**2")
      }
      return .model(try modelChoice(arguments, in: line))
    case "data":
      guard let name = rest.first else {
        throw CommandError(
          column: argumentColumn, "write data NAME, such as data houses, or data FILE.csv")
      }
      return .data(name)
    case "split":
      guard let text = rest.first else { return .split(nil) }
      let fraction = try number(text, "the training fraction")
      guard fraction >= 0, fraction <= 1 else {
        throw CommandError(
          column: argumentColumn,
          "the training fraction is from 0 to 1, such as split 0.8 (0 or 1: train on every "
            + "row); '\(text)' is not")
      }
      return .split(fraction)
    case "normalize":
      guard !rest.isEmpty else {
        throw CommandError(
          column: argumentColumn, "write normalize none, normalize zscore or normalize minmax")
      }
      return .normalize(
        try single(Normalization.init(rawValue:)) {
          "write normalize none, normalize zscore or normalize minmax; not '\($0)'"
        })
    case "set":
      guard rest.count >= 2 else {
        throw CommandError(column: argumentColumn, "write set NAME VALUE, such as set m 100")
      }
      let afterWord = trimmed.dropFirst(first.count).drop { $0 == " " || $0 == "\t" }
      let expression = afterWord.dropFirst(rest[0].count)
      return .set(name: rest[0], expression: String(expression).trimmingSpaces)
    case "show":
      guard !rest.isEmpty else {
        throw CommandError(
          column: argumentColumn, "write show params, show grads, show data or show history")
      }
      return .show(
        try single(ShowTopic.init(word:)) {
          "write show params, show grads, show data or show history; not '\($0)'"
        })
    case "view":
      guard !rest.isEmpty else {
        throw CommandError(
          column: argumentColumn, "write view fit, loss, landscape, boundary, graph or table")
      }
      return .view(
        try single(View.init(rawValue:)) {
          "there is no view '\($0)'; the views are "
            + View.allCases.map(\.rawValue).joined(separator: ", ")
        })
    case "backstep": return try noArguments(.backstep)
    case "compare":
      guard rest.count >= 3, rest[0] == "lr" || rest[0] == "optimizer" else {
        throw CommandError(
          column: argumentColumn,
          "write compare lr 0.001 0.01 0.05 or compare optimizer gd momentum adam (two or more)")
      }
      if rest[0] == "lr" {
        var rates: [Double] = []
        for text in rest.dropFirst() { rates.append(try number(text, "each learning rate")) }
        guard rates.count <= 6 else {
          throw CommandError(column: argumentColumn, "compare at most 6 runs at once")
        }
        return .compareRates(rates)
      }
      guard rest.count <= 7 else {
        throw CommandError(column: argumentColumn, "compare at most 6 runs at once")
      }
      var kinds: [OptimizerKind] = []
      for index in 1..<rest.count { kinds.append(try optimizer(index)) }
      return .compareOptimizers(kinds)
    case "rewind":
      guard let text = rest.first else { return .rewind(1) }
      return .rewind(try count(text, "the number of epochs"))
    case "branch": return try noArguments(.branch)
    case "loss" where rest.count == 1:
      guard let loss = Loss(rawValue: rest[0].lowercased()) else {
        // `loss xyz` may still be meant as an expression; it reads as one and fails as one
        // unless it is a loss's name.
        return .expression(String(trimmed))
      }
      return .lossFunction(loss)
    case "check": return try noArguments(.check)
    case "answer":
      let answer = String(trimmed.dropFirst(first.count)).trimmingSpaces
      guard !answer.isEmpty else {
        throw CommandError(
          column: argumentColumn,
          "write answer followed by your answer, such as answer 42, answer b or "
            + "answer D_m = -2*mean(X*(Y - Y_pred))")
      }
      return .answer(answer)
    case "hint": return try noArguments(.hint)
    case "reveal": return try noArguments(.reveal)
    case "skip": return try noArguments(.skip)
    case "next": return try noArguments(.next)
    case "back": return try noArguments(.back)
    case "lessons": return try noArguments(.lessons)
    case "help": return .help(rest.first)
    case "quit", "exit": return try noArguments(.quit)
    default:
      return .expression(String(trimmed))
    }
  }

  /// A word of a typed line and its 1-based column.
  struct Word {
    var text: String
    var column: Int
  }

  /// The words of `line` separated by spaces and tabs, with their columns.
  /// Whether `word`, after a command word, makes the line Python: it starts with `=` (not
  /// `==`), an operator, a bracket, a dot, a comma or a colon, and is not a number
  /// (`lr -0.05` is still the command).
  ///
  /// After a command whose argument is free text (`answer -mean(…)`, `set m -1`, `model
  /// function -x**2`), only an assignment makes it Python (`answer = 3`).
  static func continuesPython(_ word: String, after command: String) -> Bool {
    let assignments = ["=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@="]
    if assignments.contains(where: { word.hasPrefix($0) }) && !word.hasPrefix("==") {
      return true
    }
    if freeTextCommands.contains(command) { return false }
    guard let first = word.first, "+-*/%@<>!&|^[(.,:".contains(first) else { return false }
    return Double(word) == nil
  }

  /// Commands whose arguments are text or expressions, not numbers or names alone.
  static let freeTextCommands: Set<String> = [
    "answer", "set", "model", "data", "help", "show", "view", "compare", "normalize",
    "optimizer", "loss",
  ]

  static func words(of line: String) -> [Word] {
    var words: [Word] = []
    var current = ""
    var start = 0
    for (offset, character) in line.enumerated() {
      if character == " " || character == "\t" {
        if !current.isEmpty { words.append(Word(text: current, column: start + 1)) }
        current = ""
      } else {
        if current.isEmpty { start = offset }
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(Word(text: current, column: start + 1)) }
    return words
  }

  /// What `model …` asks for: `function EXPR`, or an architecture with at most one
  /// activation word, each problem at its column.
  static func modelChoice(_ arguments: [Word], in line: String) throws(CommandError) -> ModelChoice
  {
    let kind = arguments[0]
    if kind.text == "function" {
      let start = line.index(line.startIndex, offsetBy: kind.column - 1 + kind.text.count)
      return .function(String(line[start...]).trimmingSpaces)
    }
    guard arguments.count <= 2 else {
      throw CommandError(
        column: arguments[2].column,
        "write model mlp:D-H-O followed by at most one activation, such as model mlp:2-4-1 relu")
    }
    var hidden = Activation.tanh
    if arguments.count == 2 {
      guard let activation = Activation(rawValue: arguments[1].text.lowercased()) else {
        throw CommandError(
          column: arguments[1].column,
          "'\(arguments[1].text)' is not an activation; write tanh, relu, sigmoid or identity")
      }
      hidden = activation
    }
    let architecture: Architecture
    do {
      architecture = try Architecture(parsing: kind.text, hidden: hidden, output: .identity)
    } catch {
      throw CommandError(column: kind.column, error.description)
    }
    if case .mlp = architecture {
    } else if arguments.count == 2 {
      throw CommandError(
        column: arguments[1].column,
        "only an MLP takes an activation; write model \(kind.text) alone")
    }
    return .trained(architecture)
  }
}
