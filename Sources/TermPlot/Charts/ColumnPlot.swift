/// A chart of named columns of numbers, as `downhill plot` draws a CSV file.
public struct ColumnPlot: Sendable {
  /// The kinds of chart a column plot can be.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Lines through the points in order.
    case line
    /// Points.
    case scatter
    /// Horizontal bars, one a row, labelled by the x column (or the row number).
    case bar
  }

  /// A named column of values.
  public struct Column: Sendable, Hashable {
    /// The column's name.
    public var name: String
    /// Its values.
    public var values: [Double]

    /// A column `name` of `values`.
    public init(_ name: String, _ values: [Double]) {
      self.name = name
      self.values = values
    }
  }

  /// The chart for `ys` against `x` (nil: the row number, 1, 2, …).
  ///
  /// A line or scatter chart draws every y column as a series; a bar chart draws the first.
  public static func chart(
    kind: Kind, x: Column?, ys: [Column], logarithmicY: Bool, style: ChartStyle
  ) -> any Chart {
    var style = style
    if style.xTitle == nil { style.xTitle = x?.name ?? "row" }
    if style.yTitle == nil, ys.count == 1 { style.yTitle = ys[0].name }
    switch kind {
    case .line:
      let series = ys.map { Series($0.name, x: x?.values, y: $0.values) }
      return LineChart(series, style: style, yScale: logarithmicY ? .logarithmic : .linear)
    case .scatter:
      let xs = x?.values
      let groups = ys.map { column in
        ScatterChart.Group(
          column.name, x: xs ?? (1...Swift.max(1, column.values.count)).map(Double.init),
          y: column.values)
      }
      return ScatterChart(groups, style: style, yScale: logarithmicY ? .logarithmic : .linear)
    case .bar:
      let values = ys.first?.values ?? []
      let labels = (0..<values.count).map { i in
        x.map { NumberFormat.compact($0.values[i]) } ?? String(i + 1)
      }
      return BarChart(labels: labels, values: values, style: style)
    }
  }
}
