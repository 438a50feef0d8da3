/// What the session's picture shows.
public enum View: String, Sendable, Hashable, CaseIterable {
  /// The data with the fitted line or curve (and last epoch's ghost).
  case fit
  /// The loss curve, with any compared or branched runs overlaid.
  case loss
  /// The loss over two parameters, with the descent path.
  case landscape
  /// A classifier's decision regions with the points.
  case boundary
  /// The autodiff graph with each node's value and gradient.
  case graph
  /// The recent epochs as a table.
  case table
  /// The last figure the student's Python showed with `plt.show()`.
  case figure
}
