/// A kind of number the tutorial's screen shows, which a block can hide while it is open
/// (`hides: [loss]`), so that the status line or a chart does not answer its question.
public enum ScreenValue: String, CaseIterable, Sendable, Hashable {
  /// The loss (or the value of the function being minimized): the status line's loss,
  /// the loss curve, the landscape's scale, the history table and the graph's last node.
  case loss
  /// The gradients: the graph view's gradient column.
  case grad
  /// The parameters' values: the graph view's parameter nodes and the history table.
  case params

  /// The names `hides:` accepts, as a sentence lists them.
  static var spellings: String {
    allCases.map(\.rawValue).joined(separator: ", ")
  }
}
