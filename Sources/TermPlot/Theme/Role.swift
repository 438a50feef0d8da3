/// What a mark on a chart means, so that a theme can decide how it looks.
public enum Role: Sendable, Hashable {
  /// Data points.
  case data
  /// A fitted line or curve.
  case fit
  /// The previous epoch's fit, drawn faintly behind the current one.
  case ghost
  /// A training loss curve.
  case loss
  /// A validation loss curve.
  case validation
  /// A descent path over a landscape.
  case path
  /// The current point or epoch: the most visible mark.
  case current
  /// Axes and tick marks.
  case axis
  /// Tick labels, legends and notes.
  case label
  /// Chart titles.
  case title
  /// Grid lines and other background structure.
  case grid
  /// Warnings drawn on a chart, such as "↑ diverged at epoch 17".
  case warning
  /// The k-th series of a multi-series chart (k from 0).
  case series(Int)
}
