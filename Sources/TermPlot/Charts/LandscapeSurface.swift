/// The costly part of a landscape, sampled once and reused: f at every dot of the plot area,
/// f at every heat sample, the range of the values, and the traced contour lines.
///
/// A landscape calls its function once a dot and once a heat sample: some 17 000 calls for
/// a 70×25 braille plot, each a pass over the data for a loss. A screen redrawn after one
/// epoch only moves the path over an unchanged surface, so a caller that knows f has not
/// changed keeps the surface from `LandscapeChart.surface(in:)` and hands it back through
/// `LandscapeChart.surface`:
///
/// ```swift
/// var chart = LandscapeChart(function: loss, xRange: 0...200, yRange: -50...50)
/// let surface = chart.surface(in: rect)  // keep it while `loss` stays the same
/// chart.surface = surface
/// frame.draw(chart, in: rect)  // draws without calling `loss`
/// ```
///
/// A surface remembers the sampling it was made for (plot size, canvas tier, ranges, heat
/// and contour settings), and a chart ignores a surface made for another, so a stale
/// surface can cost time but never change the picture. That f itself is unchanged is the
/// caller's to vouch for.
public struct LandscapeSurface: Sendable {
  /// One contour segment in dot units.
  typealias Segment = (start: (x: Double, y: Double), end: (x: Double, y: Double))

  /// Everything, besides f, that decides which points are sampled and what is traced.
  struct Sampling: Sendable, Hashable {
    /// The plot area's size in cells (it fixes both axes, with the ranges).
    var plotWidth: Int
    var plotHeight: Int
    var tier: CanvasTier
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>
    /// Heat at half cells (colour), at whole cells (shade characters), or none.
    var heatSamplesPerCell: Int
    var logarithmic: Bool
    var contourLevels: Int
    var explicitLevels: [Double]?
  }

  /// What the samples were taken for.
  let sampling: Sampling
  /// f at every dot: (dotHeight × dotWidth), row-major.
  let values: [Double]
  /// f at every heat sample, in drawing order: (2·rows × columns) half cells for colour,
  /// (rows × columns) cells for shades, empty without heat.
  let heat: [Double]
  /// The lowest and highest finite value at the dots, nil when none is finite.
  let range: ClosedRange<Double>?
  /// Whether colours and levels follow log f.
  let isLogarithmic: Bool
  /// The contour levels traced.
  let levels: [Double]
  /// The segments of each level, in dot units.
  let segments: [[Segment]]
}
