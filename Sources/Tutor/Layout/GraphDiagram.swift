import Descent
import TermPlot

/// The computation graph drawn as a diagram: a box a node (its operation or name, value
/// and gradient), arrows from inputs to the loss, and the backward pass walking back
/// along them.
///
/// The edges the last `backstep` passed a gradient along are lit and carry their local
/// derivative (`×3`: ∂node/∂input); visited nodes are checked, the next one has a double
/// border. A model's graph whose scalar nodes do not fit collapses into stages (one box for
/// the features, each layer's `W1·x+b1`, its activation, the target and the loss) with
/// vector summaries. Values hide as the graph table hides them: the loss when `hidden`
/// holds `.loss`, parameters with `.params`, gradients with `.grad`; any of them hides the
/// local derivatives too, since each reveals the values it is made of.
struct GraphDiagram {
  /// The graph and how far its backward pass has gone.
  let state: GraphState
  /// What the screen keeps back.
  let hidden: Set<ScreenValue>
  /// The input nodes that are parameters (or a function's variables).
  let parameterNames: Set<String>
  /// The line above the graph: what it computes, and where.
  let title: String
  /// Whether the graph is a function's, `f`, rather than a model's loss.
  let isFunction: Bool

  /// How much each box says and how much room the diagram takes.
  struct Density: Hashable {
    /// Value and gradient on two lines, or on one.
    var linesPerBox: Int
    /// The most characters of a box's title.
    var titleLimit: Int
    /// Whether the gaps keep room for every local derivative.
    var reservesLabelRoom: Bool
    /// Whether the title line and the caption line are drawn.
    var hasCaptions: Bool
    /// The fewest columns between layers (see `GraphChart.minimumGap`).
    var minimumGap = 3
  }

  /// The densities tried in turn, from the roomiest; the first that fits is drawn.
  ///
  /// Roomy titles and gaps first; then shorter titles; then two-column gaps; then without
  /// the title and caption lines.
  static let densities: [Density] =
    [(14, true), (14, false), (12, false), (10, false), (8, false)].flatMap { limit, reserves in
      [2, 1].map {
        Density(
          linesPerBox: $0, titleLimit: limit, reservesLabelRoom: reserves, hasCaptions: true)
      }
    }
    + [(8, 2, true), (8, 3, false), (8, 2, false), (6, 2, false)].flatMap { limit, gap, captions in
      [2, 1].map {
        Density(
          linesPerBox: $0, titleLimit: limit, reservesLabelRoom: false, hasCaptions: captions,
          minimumGap: gap)
      }
    }

  /// Scalar graphs with more nodes than this are never tried: they cannot fit a screen.
  static let largestScalarGraph = 48

  /// The nodes the output depends on, inputs first.
  var order: [ComputationGraph.NodeID] { state.graph.topologicalOrder(to: state.output) }

  /// The diagram that fits `width` × `height`: the scalar graph at the roomiest density
  /// that fits, else a model's stages, else nil (the caller shows the table instead).
  ///
  /// Each graph is described once, at the roomiest density, and laid out in layers once;
  /// the denser drawings only join its lines and shorten its titles.
  func chart(width: Int, height: Int, style: ChartStyle) -> GraphChart? {
    let rect = Rect(x: 0, y: 0, width: width, height: height)
    let walk = BackwardWalk(state: state, order: order)
    var bases: [Described] = []
    if walk.order.count <= Self.largestScalarGraph {
      bases.append(scalarChart(walk: walk, style: style))
    }
    if !state.stages.isEmpty {
      bases.append(collapsedChart(entries: true, walk: walk, style: style))
      bases.append(collapsedChart(entries: false, walk: walk, style: style))
    }
    let footer = caption(walk: walk, style: style)
    for base in bases {
      let topology = base.chart.topology()
      for density in Self.densities {
        var chart = base.chart
        for k in chart.nodes.indices {
          if density.linesPerBox < 2 {
            chart.nodes[k].lines = [chart.nodes[k].lines.joined(separator: " ")]
          }
          // A title may take the width its box's lines take anyway.
          let widest = chart.nodes[k].lines.map(\.count).max() ?? 0
          chart.nodes[k].title = base.title(k, Swift.max(density.titleLimit, widest))
        }
        chart.header = density.hasCaptions ? [title] : []
        chart.footer = density.hasCaptions ? [footer] : []
        chart.reservesLabelRoom = density.reservesLabelRoom
        chart.minimumGap = density.minimumGap
        if chart.placement(in: rect, topology: topology) != nil { return chart }
      }
    }
    return nil
  }

  /// A graph described at the roomiest density, with each box's title at any length.
  struct Described {
    /// Boxes with their value and gradient on two lines, and the edges.
    var chart: GraphChart
    /// The title of box `k` in at most `limit` characters.
    var title: (_ k: Int, _ limit: Int) -> String
  }

  // MARK: - Scalar nodes

  /// One box a node of the graph.
  func scalarChart(walk: BackwardWalk, style: ChartStyle) -> Described {
    let graph = state.graph
    var position: [Int: Int] = [:]
    for (k, id) in walk.order.enumerated() { position[id.index] = k }
    var nodes: [GraphChart.Node] = []
    var edges: [GraphChart.Edge] = []
    for id in walk.order {
      let node = graph[id]
      let label = graph.describe(id)
      let isParameter = node.operation == .input && parameterNames.contains(label)
      let hidesValue =
        (id == state.output && hidden.contains(.loss))
        || (isParameter && hidden.contains(.params))
      let value = hidesValue ? "?" : NumberFormat.compact(node.value)
      let boxLines = lines(
        value: value, gradient: gradientText(node.gradient, style),
        room: gradientText(walk.finalGradients[id.index], started: true, style))
      nodes.append(GraphChart.Node(label, lines: boxLines, mark: walk.mark(of: [id])))
      for (k, input) in node.inputs.enumerated() {
        guard let from = position[input.index], let to = position[id.index] else { continue }
        edges.append(
          GraphChart.Edge(
            from: from, to: to, label: derivativeText(node.localDerivatives[k], style),
            isLit: walk.lastVisited == id))
      }
    }
    let order = walk.order
    return Described(
      chart: GraphChart(nodes: nodes, edges: edges, style: style),
      title: { k, limit in graph.describe(order[k], limit: limit) })
  }

  // MARK: - Stages

  /// One box a stage of a model's graph, with vector summaries: their first `entries`, or
  /// their norms.
  func collapsedChart(entries: Bool, walk: BackwardWalk, style: ChartStyle) -> Described {
    let graph = state.graph
    var stageOf: [Int: Int] = [:]
    for (k, stage) in state.stages.enumerated() {
      for id in stage.members { stageOf[id.index] = k }
    }
    var nodes: [GraphChart.Node] = []
    for stage in state.stages {
      let hidesValue =
        (stage.members.contains(state.output) && hidden.contains(.loss))
        || (stage.holdsParameters && hidden.contains(.params))
      let value =
        hidesValue
        ? "?" : summary(stage.shown.map { graph[$0].value }, entries: entries, style: style)
      let gradient =
        !state.backwardStarted
        ? pending(style)
        : hidden.contains(.grad)
          ? "?"
          : summary(
            stage.shown.map { graph[$0].gradient }, entries: entries, style: style)
      let room =
        hidden.contains(.grad)
        ? "?"
        : summary(
          stage.shown.map { walk.finalGradients[$0.index] }, entries: entries, style: style)
      nodes.append(
        GraphChart.Node(
          stage.title, lines: lines(value: value, gradient: gradient, room: room),
          mark: walk.mark(of: stage.members)))
    }
    // One edge a pair of stages joined by any scalar edge; lit when the last step passed
    // along one of them, labelled when it passed along exactly one.
    var edges: [GraphChart.Edge] = []
    var edgeIndex: [Int: Int] = [:]
    var litCount: [Int: Int] = [:]
    for id in walk.order {
      let node = graph[id]
      for (k, input) in node.inputs.enumerated() {
        guard let from = stageOf[input.index], let to = stageOf[id.index], from != to
        else { continue }
        let key = from * state.stages.count + to
        let lit = walk.lastVisited == id
        let index =
          edgeIndex[key]
          ?? {
            edges.append(GraphChart.Edge(from: from, to: to))
            edgeIndex[key] = edges.count - 1
            return edges.count - 1
          }()
        if lit {
          litCount[index, default: 0] += 1
          edges[index].isLit = true
          edges[index].label =
            litCount[index] == 1 ? derivativeText(node.localDerivatives[k], style) : nil
        }
      }
    }
    let titles = state.stages.map(\.title)
    let ellipsis = ellipsis(style)
    return Described(
      chart: GraphChart(nodes: nodes, edges: edges, style: style),
      title: { k, limit in
        titles[k].count > limit ? String(titles[k].prefix(limit - 1)) + ellipsis : titles[k]
      })
  }

  /// Values as a box shows them: one number; or the first two entries to two significant
  /// digits, `[0.12, -0.3, …]`; or the Euclidean norm, `‖0.75‖` (`|0.75|` in ASCII).
  func summary(_ values: [Double], entries: Bool, style: ChartStyle) -> String {
    if values.count == 1 { return NumberFormat.compact(values[0]) }
    if entries {
      let texts = values.prefix(2).map { $0.formatted(significantDigits: 2) }
      return "[" + texts.joined(separator: ", ")
        + (values.count > 2 ? ", " + ellipsis(style) : "") + "]"
    }
    let bar = style.isASCII ? "|" : "‖"
    let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return bar + norm.formatted(significantDigits: 2) + bar
  }

  // MARK: - Text

  /// A box's lines: its value, then its gradient padded to the
  /// width of `room` (what it will hold at the end of the pass), so that boxes keep their
  /// size, and the diagram its layout, from one step to the next.
  private func lines(value: String, gradient: String, room: String) -> [String] {
    let padding = String(repeating: " ", count: Swift.max(0, room.count - gradient.count))
    return [value, "g " + gradient + padding]
  }

  /// A node's gradient: `·` before the backward pass, `?` when hidden.
  private func gradientText(
    _ gradient: Double, started: Bool? = nil, _ style: ChartStyle
  ) -> String {
    !(started ?? state.backwardStarted)
      ? pending(style)
      : hidden.contains(.grad) ? "?" : NumberFormat.compact(gradient)
  }

  /// A local derivative on its edge, `×3` (`*3` in ASCII), or `×?` while anything is hidden.
  private func derivativeText(_ derivative: Double, _ style: ChartStyle) -> String {
    (style.isASCII ? "*" : "×") + (hidden.isEmpty ? NumberFormat.compact(derivative) : "?")
  }

  private func pending(_ style: ChartStyle) -> String { style.isASCII ? "." : "·" }
  private func ellipsis(_ style: ChartStyle) -> String { style.isASCII ? "..." : "…" }

  /// The line under the graph: what `g` means before the pass, what the last step passed
  /// along which edges during it, and that it is done after.
  func caption(walk: BackwardWalk, style: ChartStyle) -> String {
    let d = style.isASCII ? "d" : "∂"
    let output = isFunction ? "f" : "loss"
    guard state.backwardStarted else {
      return "g = \(d)\(output)/\(d)node; backstep passes it back along the arrows"
    }
    guard walk.next != nil, let last = walk.lastVisited else {
      return "the backward pass is finished: every g is \(d)\(output)/\(d)node"
    }
    let graph = state.graph
    let node = graph[last]
    let name = graph.describe(last, limit: 12)
    guard !node.inputs.isEmpty else { return "\(name) is a leaf: nothing to pass back" }
    let times = style.isASCII ? "*" : "×"
    let parts = node.inputs.enumerated().map { k, input in
      times + (hidden.isEmpty ? NumberFormat.compact(node.localDerivatives[k]) : "?") + " to "
        + graph.describe(input, limit: 12)
    }
    return "passed back from \(name): " + parts.joined(separator: ", ")
  }
}

/// How far a backward pass has come, read from the graph: which node goes next, which
/// are done, and which the last step visited.
struct BackwardWalk {
  /// The nodes the output depends on, inputs first.
  let order: [ComputationGraph.NodeID]
  /// The node the next `backstep` visits.
  let next: ComputationGraph.NodeID?
  /// The node the last `backstep` visited, whose edges it passed the gradient along.
  let lastVisited: ComputationGraph.NodeID?
  /// The nodes already visited.
  let visited: Set<ComputationGraph.NodeID>
  /// Every node's gradient once the pass is finished, by node index.
  let finalGradients: [Double]

  /// The walk of `state`'s backward pass over `order`.
  ///
  /// The pass visits `order` from the end, so the nodes after the next one are done; with
  /// no next node every node is.
  init(state: GraphState, order: [ComputationGraph.NodeID]) {
    self.order = order
    var finished = state.graph
    finished.backward(from: state.output)
    finalGradients = finished.nodes.map(\.gradient)
    guard state.backwardStarted else {
      next = nil
      lastVisited = nil
      visited = []
      return
    }
    next = state.graph.nextBackwardNode
    if let next, let k = order.firstIndex(of: next) {
      visited = Set(order[(k + 1)...])
      lastVisited = k + 1 < order.count ? order[k + 1] : nil
    } else {
      visited = Set(order)
      lastVisited = order.first
    }
  }

  /// The mark of a box holding `members`: next if it holds the next node, visited once
  /// all of them are.
  func mark(of members: [ComputationGraph.NodeID]) -> GraphChart.Mark {
    if let next, members.contains(next) { return .next }
    if !members.isEmpty, members.allSatisfy(visited.contains) { return .visited }
    return .plain
  }
}

extension Pictures {
  /// The graph view as a diagram that fits `width` × `height`, or nil when even the
  /// densest drawing does not (or there is no graph): the table is shown then.
  func graphDiagram(width: Int, height: Int, style: ChartStyle) -> GraphChart? {
    guard let state = graphState ?? run.freshGraph() else { return nil }
    let title =
      if let function, !hidden.isDisjoint(with: [.loss, .params]) {
        "f = \(function.source)"
      } else { state.title }
    let parameterNames: Set<String> =
      if let function { Set(function.variables) } else {
        Set((0..<trainer.model.parameterCount).map(trainer.model.layout.elementName(at:)))
      }
    let diagram = GraphDiagram(
      state: state, hidden: hidden, parameterNames: parameterNames, title: title,
      isFunction: function != nil)
    return diagram.chart(width: width, height: height, style: style)
  }
}
