import Python
import TermPlot

/// A matplotlib figure a program showed, drawn as a chart: its scatters as groups of
/// points and its plots as lines through their points in order, with the figure's
/// titles and limits.
public struct FigurePicture: Sendable {
  public let figure: Figure

  public init(_ figure: Figure) {
    self.figure = figure
  }

  /// The chart, in `style`'s theme and tier with the figure's titles.
  public func chart(style: ChartStyle) -> ScatterChart {
    var style = style
    style.title = figure.title
    style.xTitle = figure.xLabel
    style.yTitle = figure.yLabel
    var groups: [ScatterChart.Group] = []
    var paths: [ScatterChart.Group] = []
    for (k, series) in figure.series.enumerated() {
      let name = series.label ?? Self.defaultName(series, index: k)
      let group = ScatterChart.Group(name, x: series.x, y: series.y)
      switch series.kind {
      case .scatter: groups.append(group)
      case .line: paths.append(group)
      }
    }
    var chart = ScatterChart(groups, style: style, xRange: figure.xLimits, yRange: figure.yLimits)
    chart.paths = paths
    return chart
  }

  /// The figure drawn into a frame of `width` × `height`.
  public func render(width: Int, height: Int, style: ChartStyle) -> Frame {
    var frame = Frame(width: width, height: height)
    frame.draw(chart(style: style), in: Rect(x: 0, y: 0, width: width, height: height))
    return frame
  }

  /// A legend name for a series the program did not label: its kind and colour.
  private static func defaultName(_ series: Figure.Series, index: Int) -> String {
    let kind = series.kind == .scatter ? "points" : "line"
    return series.color.map { "\(kind) (\($0))" } ?? "\(kind) \(index + 1)"
  }
}
