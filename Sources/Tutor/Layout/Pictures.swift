import Descent
import Python
import TermPlot

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The pictures of a workspace: its fit, loss curve, landscape, decision boundary, graph
/// and table, each drawn into a frame of any size for the layout to place.
public struct Pictures: Sendable {
  /// What is drawn.
  let run: Run
  /// The view shown when none is asked for.
  let view: View
  /// The backward pass being stepped through, for the graph view.
  let graphState: GraphState?
  /// What the pictures keep back: a view showing a hidden value gives a note instead, and
  /// the graph shows `?` in its place.
  var hidden: Set<ScreenValue> = []
  /// The last figure the student's Python showed.
  let figure: Figure?

  /// The pictures of `workspace` as it is now.
  public init(_ workspace: Workspace) {
    run = workspace.run
    view = workspace.view
    graphState = workspace.graphState
    figure = workspace.figure
  }

  var trainer: Trainer { run.trainer }
  var function: FunctionDescent? { run.function }
  var path: [[Double]] { run.path }
  var comparison: Comparison? { run.comparison }
  var branchedLosses: [Double]? { run.branchedLosses }
  var previousParameters: [Double]? { run.previousParameters }

  /// The picture of `view` (the workspace's own by default) in a frame of the given size.
  public func render(
    _ view: View? = nil, width: Int, height: Int, style: ChartStyle = ChartStyle()
  ) -> Frame {
    var frame = Frame(width: width, height: height)
    let rect = frame.bounds
    let view = standIn(for: view ?? self.view).view
    if let note = hiddenNote(view) {
      frame.drawWrapped(note, in: rect)
      return frame
    }
    switch view {
    case .fit:
      // A function of two variables has no curve to fit: its picture is its landscape.
      if let function, function.variables.count == 2, let chart = landscapeChart(style: style) {
        frame.draw(chart, in: rect)
      } else {
        frame.draw(fitChart(style: style), in: rect)
      }
    case .loss: frame.draw(lossChart(style: style), in: rect)
    case .landscape:
      if let chart = landscapeChart(style: style) {
        frame.draw(chart, in: rect)
      } else if let function, function.variables.count == 1 {
        // The landscape of a function of one variable is its curve.
        frame.draw(fitChart(style: style), in: rect)
      } else {
        frame.drawWrapped(
          "the landscape shows a loss over two parameters: a line (m and c) or a function "
            + "of two variables", in: rect)
      }
    case .boundary:
      if let chart = boundaryChart(style: style) {
        frame.draw(chart, in: rect)
      } else {
        frame.drawWrapped(
          "the boundary view shows a classifier on two features, such as model logistic on "
            + "data blobs", in: rect)
      }
    case .graph:
      // The diagram when it fits, else the table of nodes.
      if let diagram = graphDiagram(width: width, height: height, style: style) {
        frame.draw(diagram, in: rect)
      } else {
        for (row, line) in graphLines().prefix(height).enumerated() {
          frame.draw(line, x: 0, y: row)
        }
      }
    case .table:
      for (row, line) in RunReport(run: run).lines(.history).prefix(height).enumerated() {
        frame.draw(line, x: 0, y: row)
      }
    case .figure:
      if let figure {
        frame.paste(FigurePicture(figure).render(width: width, height: height, style: style), x: 0, y: 0)
      } else {
        frame.drawWrapped(
          "the figure view shows what plt.show() showed last; no figure has been shown yet",
          in: rect)
      }
    }
    return frame
  }

  /// Whether `view` has a picture of its own for this run: the fit needs one feature (or a
  /// function of one or two variables), the landscape a line or a function of at most two
  /// variables, the decision boundary a classifier on two features. Tab passes over the
  /// others.
  public func applies(_ view: View) -> Bool {
    switch view {
    case .loss, .graph, .table: return true
    case .figure: return figure != nil
    case .fit:
      if let function { return function.variables.count <= 2 }
      return trainer.trainingRowsRaw.featureCount == 1
    case .landscape:
      if let function { return function.variables.count <= 2 }
      return hasLineLandscape
    case .boundary:
      return function == nil && trainer.trainingRowsRaw.featureCount == 2
        && trainer.model.outputActivation == .sigmoid
    }
  }

  /// Whether the run is a line (one feature, one layer) fitted by mean squared error, whose
  /// loss over (m, c) is the landscape. In function mode the model and its data are set
  /// aside: never their landscape.
  var hasLineLandscape: Bool {
    function == nil && trainer.model.isSingleLayer && trainer.model.inputCount == 1
      && trainer.loss == .meanSquaredError
  }

  /// The view drawn in place of `view` when `view` does not apply, with the reason for the
  /// title: a regression's fit for its decision boundary, a classifier's boundary for its
  /// fit, the loss curve for a landscape of more than two parameters. `view` itself when
  /// it applies.
  public func standIn(for view: View) -> (view: View, reason: String?) {
    guard !applies(view) else { return (view, nil) }
    switch view {
    case .boundary where applies(.fit):
      return (.fit, "no decision boundary: not a classifier on two features")
    case .fit where applies(.boundary):
      return (.boundary, "no fit line: two features")
    case .boundary, .fit:
      return (.loss, "no \(view == .fit ? "fit line" : "decision boundary") for this model")
    case .landscape:
      return (.loss, "no landscape: more than two parameters")
    case .loss, .graph, .table:
      return (view, nil)
    case .figure:
      // The data's own picture stands in, itself replaced when it does not apply.
      return (standIn(for: .fit).view, "no figure shown yet")
    }
  }

  /// What `view` says instead of its picture when the picture would show a hidden value:
  /// the loss curve, a landscape's scale and the history table show the loss, the table
  /// the parameters too. The graph view hides value by value instead.
  func hiddenNote(_ view: View) -> String? {
    let kept: ScreenValue?
    switch view {
    case .loss, .landscape: kept = hidden.contains(.loss) ? .loss : nil
    case .fit:
      let isSurface = function?.variables.count == 2
      kept = isSurface && hidden.contains(.loss) ? .loss : nil
    case .table: kept = [.loss, .params].first { hidden.contains($0) }
    case .boundary, .graph, .figure: kept = nil
    }
    guard let kept else { return nil }
    let what = kept == .loss ? "the loss" : "the parameters"
    return "(hidden until you answer: this view would show \(what), which the question asks "
      + "you to work out)"
  }

  /// The data with the fitted line or curve and last epoch's ghost (one feature), or the
  /// function being minimized with the current point.
  func fitChart(style: ChartStyle) -> any Chart {
    var style = style
    if let function, function.variables.count == 1 {
      let f = function
      let x = f.point[0]
      let span = Swift.max(1, Swift.abs(x) * 2, f.start.map { Swift.abs($0 - x) * 1.5 }.max() ?? 1)
      style.title = style.title ?? "f(\(f.variables[0])) = \(f.source)"
      // The start is marked apart from the point now, hollow and faint, so two markers
      // never read as two equal points.
      let start = f.start[0]
      return ScatterChart(
        [
          ScatterChart.Group(
            "start", x: [start], y: [f.value(at: [start])], role: .ghost,
            marker: style.isASCII ? "o" : "○"),
          ScatterChart.Group(
            "now", x: [x], y: [f.value(at: [x])], role: .current,
            marker: style.isASCII ? "@" : "●"),
        ],
        fit: { value in f.value(at: [value]) }, fitName: "f",
        style: style, xRange: (x - span)...(x + span))
    }
    let data = trainer.trainingRowsRaw
    style.xTitle = style.xTitle ?? data.featureNames.first
    style.yTitle = style.yTitle ?? data.targetName
    guard data.featureCount == 1 else {
      return ScatterChart([], style: style)
    }
    let scaled = trainer.parameters
    let trainer = self.trainer
    let ghost = previousParameters.map { raw in
      trainer.scaling.scaledParameters(raw, of: trainer.model)
    }
    let fit: @Sendable (Double) -> Double = { x in trainer.predict(raw: [x], parameters: scaled) }
    var ghostFit: (@Sendable (Double) -> Double)?
    if let ghost {
      ghostFit = { x in trainer.predict(raw: [x], parameters: ghost) }
    }
    return ScatterChart(
      [ScatterChart.Group(data.name, x: data.column(0), y: data.targets)], fit: fit,
      ghost: ghostFit, style: style)
  }

  /// The training (and validation) loss by epoch, with compared or branched runs.
  func lossChart(style: ChartStyle) -> LossCurve {
    if comparison != nil { return LossCurve(run.lossCurves, style: style) }
    let cursor =
      function.map { Double($0.history.count) } ?? (trainer.epoch > 0 ? Double(trainer.epoch) : nil)
    return LossCurve(
      run.lossCurves, cursor: cursor, scale: run.lossAxisIsLogarithmic ? .logarithmic : nil,
      style: style)
  }

  /// A loss history as a curve: the exact recent losses, or buckets with their bands.
  static func curve(_ name: String, _ history: LossHistory, role: Role) -> LossCurve.Curve {
    if history.count <= history.recentCapacity {
      return LossCurve.Curve(name, losses: history.recentLosses, role: role)
    }
    let buckets = history.buckets
    return LossCurve.Curve(
      name, epochs: buckets.map { Double($0.epochs.upperBound) }, losses: buckets.map(\.last),
      band: (buckets.map(\.minimum), buckets.map(\.maximum)), role: role)
  }

  /// The loss over (m, c) for a line, or f over two variables, with the path so far.
  func landscapeChart(style: ChartStyle) -> LandscapeChart? {
    landscape(style: style, steadyRanges: false)?.chart
  }

  /// The landscape chart and what its surface depends on. With `steadyRanges` the ranges
  /// are widened to whole steps (see `steady(_:)`), so that they, and with them the costly
  /// surface, stay the same from one epoch to the next while the path stays inside.
  func landscape(
    style: ChartStyle, steadyRanges: Bool
  ) -> (chart: LandscapeChart, key: SurfaceKey)? {
    var style = style
    if let function, function.variables.count == 2 {
      let f = function
      let xs = f.trail.map { $0[0] }
      let ys = f.trail.map { $0[1] }
      var (xRange, yRange) = Self.ranges(around: xs, ys)
      if steadyRanges {
        (xRange, yRange) = (Self.steady(xRange), Self.steady(yRange))
      }
      style.xTitle = style.xTitle ?? f.variables[0]
      style.yTitle = style.yTitle ?? f.variables[1]
      let chart = LandscapeChart(
        function: { x, y in f.value(at: [x, y]) }, xRange: xRange, yRange: yRange,
        paths: [LandscapeChart.Path("descent", x: xs, y: ys)], current: (f.point[0], f.point[1]),
        style: style)
      let key = SurfaceKey(
        source: .function(source: f.source, variables: f.variables), xRange: xRange,
        yRange: yRange)
      return (chart, key)
    }
    guard hasLineLandscape else { return nil }
    let data = trainer.trainingRowsRaw
    let x = data.column(0)
    let y = data.targets
    let n = Double(data.count)
    let loss: @Sendable (Double, Double) -> Double = { m, c in
      var total = 0.0
      for i in x.indices {
        let r = y[i] - (m * x[i] + c)
        total += r * r
      }
      return total / n
    }
    // The frame takes in the start, the path and the minimum descent heads for (the
    // least-squares line), so the picture shows where the path is going from epoch 0 on.
    let minimum = Self.leastSquaresLine(x: x, y: y)
    var ms = path.map { $0[0] } + (minimum.map { [$0.m] } ?? [])
    var cs = path.map { $0[1] } + (minimum.map { [$0.c] } ?? [])
    if let comparison {
      for run in comparison.runs {
        ms += run.path.map { $0[0] }
        cs += run.path.map { $0[1] }
      }
    }
    var (mRange, cRange) = Self.ranges(around: ms, cs)
    if steadyRanges {
      (mRange, cRange) = (Self.steady(mRange), Self.steady(cRange))
    }
    var paths = [LandscapeChart.Path("descent", x: path.map { $0[0] }, y: path.map { $0[1] })]
    if let comparison {
      paths = comparison.runs.map { run in
        LandscapeChart.Path(run.label, x: run.path.map { $0[0] }, y: run.path.map { $0[1] })
      }
    }
    style.xTitle = style.xTitle ?? run.lineNames.slope
    style.yTitle = style.yTitle ?? run.lineNames.intercept
    let raw = trainer.rawParameters
    var chart = LandscapeChart(
      function: loss, xRange: mRange, yRange: cRange, paths: paths, current: (raw[0], raw[1]),
      style: style)
    chart.minimum = minimum.map { ($0.m, $0.c) }
    return (chart, SurfaceKey(source: .lineLoss(x: x, y: y), xRange: mRange, yRange: cRange))
  }

  /// The least-squares line through (x, y): the minimum of the mean squared error over
  /// (m, c); nil when x does not vary or a value is not finite.
  static func leastSquaresLine(x: [Double], y: [Double]) -> (m: Double, c: Double)? {
    guard !x.isEmpty, x.count == y.count else { return nil }
    let n = Double(x.count)
    let meanX = x.reduce(0, +) / n
    let meanY = y.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    for i in x.indices {
      sxy += (x[i] - meanX) * (y[i] - meanY)
      sxx += (x[i] - meanX) * (x[i] - meanX)
    }
    guard sxx > 0 else { return nil }
    let m = sxy / sxx
    let c = meanY - m * meanX
    return m.isFinite && c.isFinite ? (m, c) : nil
  }

  /// `range` widened outwards to whole multiples of a round step (1, 2 or 5 × 10ᵏ, about a
  /// fifth of its width): a range that grows by a little keeps the same ends, and a
  /// picture of it the same axes. At most a step is added at each end.
  static func steady(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
    let span = range.upperBound - range.lowerBound
    guard span.isFinite, span > 0 else { return range }
    let rough = span / 5
    let magnitude = pow(10, (log10(rough)).rounded(.down))
    let step = [5, 2, 1].map { $0 * magnitude }.first { $0 <= rough } ?? magnitude
    let low = (range.lowerBound / step).rounded(.down) * step
    let high = (range.upperBound / step).rounded(.up) * step
    guard low.isFinite, high.isFinite, low < high else { return range }
    return low...high
  }

  /// Ranges covering the points, with a margin, never empty.
  static func ranges(
    around xs: [Double], _ ys: [Double]
  ) -> (ClosedRange<Double>, ClosedRange<Double>) {
    func range(_ values: [Double]) -> ClosedRange<Double> {
      let finite = values.filter(\.isFinite)
      guard var low = finite.min(), var high = finite.max() else { return -1...1 }
      let span = Swift.max(high - low, Swift.max(Swift.abs(high), 1) * 0.2)
      low -= span * 0.25
      high += span * 0.25
      return low...high
    }
    return (range(xs), range(ys))
  }

  /// A classifier's probability over two features, the 0.5 boundary, and the points.
  func boundaryChart(style: ChartStyle) -> LandscapeChart? {
    boundary(style: style)?.chart
  }

  /// The boundary chart and what its surface depends on (the parameters among them: the
  /// surface changes with every epoch, and stays while nothing trains).
  func boundary(style: ChartStyle) -> (chart: LandscapeChart, key: SurfaceKey)? {
    var style = style
    let data = trainer.trainingRowsRaw
    guard function == nil, data.featureCount == 2, trainer.model.outputActivation == .sigmoid
    else { return nil }
    let x1 = data.column(0)
    let x2 = data.column(1)
    let (r1, r2) = Self.ranges(around: x1, x2)
    let scaled = trainer.parameters
    let trainer = self.trainer
    var groups: [ScatterChart.Group] = []
    for label in [0.0, 1.0] {
      let rows = data.targets.indices.filter { data.targets[$0] == label }
      groups.append(
        ScatterChart.Group(
          "class \(Int(label))", x: rows.map { x1[$0] }, y: rows.map { x2[$0] }))
    }
    style.xTitle = style.xTitle ?? data.featureNames[0]
    style.yTitle = style.yTitle ?? data.featureNames[1]
    var chart = LandscapeChart(
      function: { a, b in trainer.predict(raw: [a, b], parameters: scaled) }, xRange: r1,
      yRange: r2, contourLevels: 1, logarithmic: false, style: style)
    chart.markers = groups
    chart.explicitLevels = [0.5]
    let key = SurfaceKey(
      source: .boundary(model: trainer.model, scaling: trainer.scaling, parameters: scaled),
      xRange: r1, yRange: r2)
    return (chart, key)
  }
}

extension Run {
  /// The curves of the loss view: the compared runs, or the function's values, or the
  /// training (and validation) loss with the curve kept by `branch`.
  var lossCurves: [LossCurve.Curve] {
    if let comparison {
      return comparison.runs.enumerated().map { k, run in
        LossCurve.Curve(
          "\(run.label) (\(run.verdict.rawValue))", epochs: run.epochs, losses: run.losses,
          role: .series(k))
      }
    }
    if let function { return [LossCurve.Curve("f", losses: function.history)] }
    var curves = [Pictures.curve("training", trainer.history, role: .loss)]
    if let validation = trainer.validationHistory {
      curves.append(Pictures.curve("validation", validation, role: .validation))
    }
    if let branchedLosses {
      curves.append(LossCurve.Curve("before branch", losses: branchedLosses, role: .ghost))
    }
    return curves
  }

  /// Puts the loss view on a log axis for the rest of the run once its losses call for one.
  mutating func noteLossScale() {
    guard !lossAxisIsLogarithmic, comparison == nil else { return }
    lossAxisIsLogarithmic = LossCurve(lossCurves).effectiveScale == .logarithmic
  }
}
