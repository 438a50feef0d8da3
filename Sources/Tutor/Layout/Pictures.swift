import Descent
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

  /// The pictures of `workspace` as it is now.
  public init(_ workspace: Workspace) {
    run = workspace.run
    view = workspace.view
    graphState = workspace.graphState
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
    if let note = hiddenNote(view ?? self.view) {
      frame.drawWrapped(note, in: rect)
      return frame
    }
    switch view ?? self.view {
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
    }
    return frame
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
    case .boundary, .graph: kept = nil
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
      let xs = [f.start[0], x]
      style.title = style.title ?? "f(\(f.variables[0])) = \(f.source)"
      return ScatterChart(
        [ScatterChart.Group("point", x: xs, y: xs.map { f.value(at: [$0]) })],
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
    var curves: [LossCurve.Curve] = []
    if let comparison {
      for run in comparison.runs {
        curves.append(
          LossCurve.Curve(
            "\(run.label) (\(run.verdict.rawValue))", epochs: run.epochs, losses: run.losses,
            role: .series(curves.count)))
      }
      return LossCurve(curves, style: style)
    }
    if let function {
      curves.append(LossCurve.Curve("f", losses: function.history))
      return LossCurve(curves, cursor: Double(function.history.count), style: style)
    }
    curves.append(Self.curve("training", trainer.history, role: .loss))
    if let validation = trainer.validationHistory {
      curves.append(Self.curve("validation", validation, role: .validation))
    }
    if let branchedLosses {
      curves.append(LossCurve.Curve("before branch", losses: branchedLosses, role: .ghost))
    }
    return LossCurve(curves, cursor: trainer.epoch > 0 ? Double(trainer.epoch) : nil, style: style)
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
    // In function mode the model and its data are set aside: never their landscape.
    guard function == nil, trainer.model.isSingleLayer, trainer.model.inputCount == 1,
      trainer.loss == .meanSquaredError
    else { return nil }
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
    var ms = path.map { $0[0] }
    var cs = path.map { $0[1] }
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
    let chart = LandscapeChart(
      function: loss, xRange: mRange, yRange: cRange, paths: paths, current: (raw[0], raw[1]),
      style: style)
    return (chart, SurfaceKey(source: .lineLoss(x: x, y: y), xRange: mRange, yRange: cRange))
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
