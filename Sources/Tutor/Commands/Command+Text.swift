import Descent

extension Command {
  /// The command as a student would type it, for the transcript when it came from a key:
  /// `Command.parse(command.text)` gives the command back.
  public var text: String {
    switch self {
    case .step(let epochs): return epochs == 1 ? "step" : "step \(epochs)"
    case .play: return "play"
    case .pause: return "pause"
    case .speed(let value): return "speed \(value.shortDescription)"
    case .reset: return "reset"
    case .solve: return "solve"
    case .learningRate(let rate): return rate.map { "lr \($0.shortDescription)" } ?? "lr"
    case .optimizer(let kind): return kind.map { "optimizer \($0.name)" } ?? "optimizer"
    case .batch(let size): return size.map { "batch \($0)" } ?? "batch"
    case .model(let choice): return "model \(choice.text)"
    case .data(let name): return "data \(name)"
    case .split(let fraction): return fraction.map { "split \($0.shortDescription)" } ?? "split"
    case .lossFunction(let loss): return "loss \(loss.name)"
    case .normalize(let normalization): return "normalize \(normalization.rawValue)"
    case .set(let name, let expression): return "set \(name) \(expression)"
    case .show(let topic): return "show \(topic.rawValue)"
    case .view(let view): return "view \(view.rawValue)"
    case .backstep: return "backstep"
    case .compareRates(let rates):
      return "compare lr " + rates.map(\.shortDescription).joined(separator: " ")
    case .compareOptimizers(let kinds):
      return "compare optimizer " + kinds.map(\.name).joined(separator: " ")
    case .rewind(let epochs): return epochs == 1 ? "rewind" : "rewind \(epochs)"
    case .branch: return "branch"
    case .check: return "check"
    case .answer(let answer): return "answer \(answer)"
    case .hint: return "hint"
    case .reveal: return "reveal"
    case .skip: return "skip"
    case .next: return "next"
    case .back: return "back"
    case .lessons: return "lessons"
    case .help(let topic): return topic.map { "help \($0)" } ?? "help"
    case .quit: return "quit"
    case .expression(let text): return text
    }
  }
}
