/// What `show` prints.
public enum ShowTopic: String, Sendable, Hashable, CaseIterable {
  /// The parameters (or the function's point).
  case params
  /// The gradient of the loss (or of the function) and its norm.
  case grads
  /// The first rows of the data.
  case data
  /// The last epochs' losses.
  case history

  /// The topic a word names, with the spellings students use (`parameters`, `gradients`).
  init?(word: String) {
    switch word.lowercased() {
    case "params", "parameters": self = .params
    case "grads", "gradients", "grad": self = .grads
    case "data": self = .data
    case "history": self = .history
    default: return nil
    }
  }
}
