import Descent

extension Command {
  /// Parses a line: a command if its first word is a command word, otherwise an
  /// expression. Empty lines give nil.
  public static func parse(_ line: String) throws(CommandError) -> Command? {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard !trimmed.isEmpty else { return nil }
    let offset = line.count - trimmed.count
    let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let first = words.first else { return nil }
    // A command word followed by `=` or an operator is an expression (`lr = 0.1`, `step*2`).
    let rest = Array(words.dropFirst())
    if let next = rest.first, next.hasPrefix("=") && !next.hasPrefix("==") {
      return .expression(String(trimmed))
    }
    let argumentColumn = offset + first.count + 2
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
    case "optimizer": return .optimizer(rest.first)
    case "batch":
      guard let text = rest.first else { return .batch(nil) }
      return .batch(try count(text, "the batch size"))
    case "model":
      guard !rest.isEmpty else {
        throw CommandError(
          column: argumentColumn,
          "write model linear, model poly:2, model mlp:2-4-1 tanh or model function (x - 3)^2")
      }
      let kindStart = trimmed.index(trimmed.startIndex, offsetBy: first.count)
      return .model(String(trimmed[kindStart...]).trimmingSpaces)
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
      guard let kind = rest.first else {
        throw CommandError(
          column: argumentColumn, "write normalize none, normalize zscore or normalize minmax")
      }
      return .normalize(kind)
    case "set":
      guard rest.count >= 2 else {
        throw CommandError(column: argumentColumn, "write set NAME VALUE, such as set m 100")
      }
      let afterWord = trimmed.dropFirst(first.count).drop { $0 == " " || $0 == "\t" }
      let expression = afterWord.dropFirst(rest[0].count)
      return .set(name: rest[0], expression: String(expression).trimmingSpaces)
    case "show":
      guard let what = rest.first else {
        throw CommandError(
          column: argumentColumn, "write show params, show grads, show data or show history")
      }
      return .show(what)
    case "view":
      guard let what = rest.first else {
        throw CommandError(
          column: argumentColumn, "write view fit, loss, landscape, boundary, graph or table")
      }
      return .view(what)
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
      return .compareOptimizers(Array(rest.dropFirst()))
    case "rewind":
      guard let text = rest.first else { return .rewind(1) }
      return .rewind(try count(text, "the number of epochs"))
    case "branch": return try noArguments(.branch)
    case "loss" where rest.count == 1 && Loss(rawValue: rest[0].lowercased()) != nil:
      return .lossFunction(rest[0].lowercased())
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
}
