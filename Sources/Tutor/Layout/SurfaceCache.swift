import TermPlot

/// The surfaces of the landscapes and boundaries a layout drew last, kept while what they
/// depend on stays the same, so that a redraw after an epoch only moves the path.
///
/// An entry is found by its `SurfaceKey` and the size of the rectangle it was drawn in (a
/// surface is sampled at the dots of one plot size). The cache holds a few entries, enough
/// for every landscape on one screen in either arrangement; when it is full it starts over.
struct SurfaceCache {
  /// A surface's function and ranges, and the rectangle size it was sampled for.
  private struct Entry: Hashable {
    var key: SurfaceKey
    var width: Int
    var height: Int
  }

  /// The most surfaces kept.
  static let capacity = 8

  private var surfaces: [Entry: LandscapeSurface] = [:]
  /// Surfaces found, and surfaces sampled, since the cache was made (for tests).
  private(set) var hits = 0
  private(set) var misses = 0

  /// `chart` with the surface for `key` in `rect`, sampled now when it is not kept.
  mutating func prepare(_ chart: LandscapeChart, key: SurfaceKey, in rect: Rect) -> LandscapeChart {
    let entry = Entry(key: key, width: rect.width, height: rect.height)
    var chart = chart
    if let surface = surfaces[entry] {
      hits += 1
      chart.surface = surface
      return chart
    }
    misses += 1
    guard let surface = chart.surface(in: rect) else { return chart }
    if surfaces.count >= Self.capacity { surfaces.removeAll(keepingCapacity: true) }
    surfaces[entry] = surface
    chart.surface = surface
    return chart
  }
}
