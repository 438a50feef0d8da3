import Descent

/// Everything a landscape's or a boundary's surface (its heat and contours) depends on,
/// so that a layout can keep the costly surface while these stay the same.
///
/// The path, the current point and the markers are drawn over the surface every time and
/// are not part of it. What f is comes from the source; the ranges decide where it is
/// sampled.
struct SurfaceKey: Hashable {
  /// The function a surface shows.
  enum Source: Hashable {
    /// The mean squared error of the line m·x + c over the training rows (raw units).
    case lineLoss(x: [Double], y: [Double])
    /// A function the student typed, over its two variables.
    case function(source: String, variables: [String])
    /// A classifier's probability over two raw features, with these parameters.
    case boundary(model: Model, scaling: FeatureScaling, parameters: [Double])
  }

  /// The function.
  var source: Source
  /// The horizontal range shown.
  var xRange: ClosedRange<Double>
  /// The vertical range shown.
  var yRange: ClosedRange<Double>
}
