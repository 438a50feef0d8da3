import ArgumentParser

/// `--width` and `--height`: the size in terminal cells of what a command prints, a lesson's
/// screen (`play`) or a chart (`repl`'s `view`, `plot`).
///
/// One range serves every command. Every drawing fills a frame of any size, so the smallest
/// is 1 × 1: a screen below the tutorial's minimum holds the note a small terminal shows,
/// and a chart keeps what fits. The largest is a large terminal's, 400 × 200: the
/// landscapes `play` and `repl` draw evaluate the loss at every dot, so their cost grows
/// with the area, and a mistyped size should not take minutes. A command chooses its own
/// size when the options are not given (`plot` the terminal's, brought into range), and
/// says which in its help.
struct ScreenSize: ParsableArguments {
  /// The columns `--width` accepts.
  static let columns = 1...400
  /// The rows `--height` accepts.
  static let rows = 1...200

  // Unconditional, so that `--width -3` is a width out of range, not a missing value.
  @Option(parsing: .unconditional, help: "The width in columns, from 1 to 400.")
  var width: Int?

  @Option(parsing: .unconditional, help: "The height in rows, from 1 to 200.")
  var height: Int?

  func validate() throws {
    try Self.check(width, in: Self.columns, option: "--width", unit: "columns")
    try Self.check(height, in: Self.rows, option: "--height", unit: "rows")
  }

  /// The columns to draw: `--width`, else `fallback` brought into range.
  func columns(default fallback: Int) -> Int {
    width ?? Self.clamped(fallback, to: Self.columns)
  }

  /// The rows to draw: `--height`, else `fallback` brought into range.
  func rows(default fallback: Int) -> Int {
    height ?? Self.clamped(fallback, to: Self.rows)
  }

  private static func check(
    _ value: Int?, in range: ClosedRange<Int>, option: String, unit: String
  ) throws {
    guard let value, !range.contains(value) else { return }
    throw ValidationError(
      "\(option) must be from \(range.lowerBound) to \(range.upperBound) \(unit), not \(value)")
  }

  private static func clamped(_ value: Int, to range: ClosedRange<Int>) -> Int {
    Swift.min(Swift.max(value, range.lowerBound), range.upperBound)
  }
}
