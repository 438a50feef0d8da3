// The layered layout of a graph chart (after Sugiyama, Tagawa and Toda, 1981):
//
// 1. Layers: a node's depth is its longest path to a sink; its layer, counted from the
//    left, is the greatest depth minus its own. Every edge then points right, and a leaf
//    sits just left of the node that uses it.
// 2. Dummies: an edge spanning k > 1 layers gets a dummy item in each of the k − 1 layers
//    it crosses, so that every segment joins neighbouring layers and a long edge runs
//    between the boxes of the layers it crosses, never through one.
// 3. Order: barycenter sweeps, left to right by the mean position of each item's
//    predecessors, then right to left by its successors; the order with the fewest
//    crossings is kept (the first found, on ties).
// 4. Rows: each layer stacked in order with a row between items, then pulled towards the
//    mean row of its neighbours so that edges run straight where they can.
// 5. Routing: each segment leaves its upper item on its port row, turns at a channel
//    column in the gap, and enters its lower item on that item's port row. Channels are
//    tried from the right; a segment may share a cell with another only if both leave
//    the same item or both enter the same item (a fork or a merge), so distinct edges
//    never run along each other.

extension GraphChart {
  /// The sides of a cell a line leaves through.
  struct Directions: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let left = Directions(rawValue: 1)
    static let right = Directions(rawValue: 2)
    static let up = Directions(rawValue: 4)
    static let down = Directions(rawValue: 8)
  }

  /// One cell of an edge's line.
  package struct LineCell: Hashable, Sendable {
    package var x: Int
    package var y: Int
    var directions: Directions
    package var isLit: Bool
  }

  /// Where an arrow head or a label goes.
  package struct PlacedText: Hashable, Sendable {
    package var x: Int
    package var y: Int
    package var text: String
    package var isLit: Bool
  }

  /// Where everything of a chart goes in a rectangle.
  package struct Placement: Sendable {
    /// Each node's box; nil for a node left out because it lies on a cycle.
    package var boxes: [Rect?]
    /// Every cell of every edge line, top to bottom, left to right.
    package var lineCells: [LineCell]
    /// The arrow heads, one a node entry.
    package var arrows: [PlacedText]
    /// The labels of lit edges that fit in their gap.
    package var labels: [PlacedText]
  }

  /// The layered structure of the graph, independent of sizes.
  package struct Topology: Sendable {
    /// Each node's layer from the left; nil for a node on a cycle.
    package var layers: [Int?]
    /// The items of each layer, top to bottom: node indices below `nodeCount`, dummies above.
    package var order: [[Int]]
    /// The layer of each item.
    var itemLayer: [Int]
    /// The edge a dummy item belongs to (for nodes, -1).
    var itemEdge: [Int]
    /// The segments joining neighbouring layers: upper item, lower item, edge.
    var segments: [(upper: Int, lower: Int, edge: Int)]
    /// How many of the items are nodes.
    var nodeCount: Int

    /// The number of crossings between neighbouring layers in `order`.
    package var crossings: Int {
      GraphChart.crossings(order, segments: segments, itemLayer: itemLayer)
    }
  }

  /// The layer of each node: the greatest depth minus the node's longest path to a sink.
  /// Edges out of range, loops and edges on cycles are ignored; nodes on a cycle get nil.
  package static func layers(nodeCount n: Int, edges: [(from: Int, to: Int)]) -> [Int?] {
    let valid = edges.filter {
      $0.from >= 0 && $0.from < n && $0.to >= 0 && $0.to < n && $0.from != $0.to
    }
    var incoming = [Int](repeating: 0, count: n)
    var outgoing = [[Int]](repeating: [], count: n)
    for edge in valid {
      incoming[edge.to] += 1
      outgoing[edge.from].append(edge.to)
    }
    // Kahn's algorithm, always taking the lowest ready index, so the order is fixed.
    var ready = (0..<n).filter { incoming[$0] == 0 }
    var sorted: [Int] = []
    while !ready.isEmpty {
      let v = ready.removeFirst()
      sorted.append(v)
      for w in outgoing[v] {
        incoming[w] -= 1
        if incoming[w] == 0 {
          let at = ready.firstIndex { $0 > w } ?? ready.count
          ready.insert(w, at: at)
        }
      }
    }
    var depth = [Int?](repeating: nil, count: n)
    for v in sorted.reversed() {
      var d = 0
      for w in outgoing[v] { if let dw = depth[w] { d = Swift.max(d, dw + 1) } }
      depth[v] = d
    }
    let deepest = depth.compactMap { $0 }.max() ?? 0
    return depth.map { $0.map { deepest - $0 } }
  }

  /// The layers, dummies and crossing-reduced order of this chart's graph.
  package func topology() -> Topology {
    let n = nodes.count
    let layers = Self.layers(nodeCount: n, edges: edges.map { ($0.from, $0.to) })
    var itemLayer = layers.map { $0 ?? 0 }
    var itemEdge = [Int](repeating: -1, count: n)
    var segments: [(upper: Int, lower: Int, edge: Int)] = []
    for (index, edge) in edges.enumerated() {
      guard edge.from >= 0, edge.from < n, edge.to >= 0, edge.to < n,
        let a = layers[edge.from], let b = layers[edge.to], a < b
      else { continue }
      var previous = edge.from
      for layer in (a + 1)..<b {
        let dummy = itemLayer.count
        itemLayer.append(layer)
        itemEdge.append(index)
        segments.append((previous, dummy, index))
        previous = dummy
      }
      segments.append((previous, edge.to, index))
    }
    let layerCount = (layers.compactMap { $0 }.max() ?? -1) + 1
    var order = [[Int]](repeating: [], count: layerCount)
    // Nodes in index order, each dummy after the nodes (in edge order).
    for item in itemLayer.indices where item >= n || layers[item] != nil {
      order[itemLayer[item]].append(item)
    }
    var predecessors = [[Int]](repeating: [], count: itemLayer.count)
    var successors = [[Int]](repeating: [], count: itemLayer.count)
    for segment in segments {
      predecessors[segment.lower].append(segment.upper)
      successors[segment.upper].append(segment.lower)
    }
    var best = order
    var fewest = Self.crossings(order, segments: segments, itemLayer: itemLayer)
    for _ in 0..<4 where fewest > 0 {
      for layer in order.indices.dropFirst() {
        order[layer] = Self.sorted(order[layer], by: predecessors, in: order[layer - 1])
      }
      for layer in order.indices.dropLast().reversed() {
        order[layer] = Self.sorted(order[layer], by: successors, in: order[layer + 1])
      }
      let count = Self.crossings(order, segments: segments, itemLayer: itemLayer)
      if count < fewest {
        fewest = count
        best = order
      }
    }
    return Topology(
      layers: layers, order: best, itemLayer: itemLayer, itemEdge: itemEdge, segments: segments,
      nodeCount: n)
  }

  /// `items` sorted by the mean position of their `neighbours` in `layer`; an item without
  /// neighbours there keeps its own position as its key. Ties keep the current order.
  private static func sorted(_ items: [Int], by neighbours: [[Int]], in layer: [Int]) -> [Int] {
    var position: [Int: Int] = [:]
    for (k, item) in layer.enumerated() { position[item] = k }
    let keyed = items.enumerated().map { k, item -> (Double, Int, Int) in
      let places = neighbours[item].compactMap { position[$0] }
      let key =
        places.isEmpty
        ? Double(k) * Double(Swift.max(1, layer.count)) / Double(Swift.max(1, items.count))
        : Double(places.reduce(0, +)) / Double(places.count)
      return (key, k, item)
    }
    return keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
  }

  /// Pairs of segments between the same two layers whose ends come in opposite orders.
  static func crossings(
    _ order: [[Int]], segments: [(upper: Int, lower: Int, edge: Int)], itemLayer: [Int]
  ) -> Int {
    var position = [Int](repeating: 0, count: itemLayer.count)
    for layer in order { for (k, item) in layer.enumerated() { position[item] = k } }
    var byLayer = [[(Int, Int)]](repeating: [], count: order.count)
    for segment in segments {
      byLayer[itemLayer[segment.upper]].append((position[segment.upper], position[segment.lower]))
    }
    var count = 0
    for pairs in byLayer {
      for i in pairs.indices {
        for j in pairs.indices where j > i {
          let (a, b) = (pairs[i], pairs[j])
          if (a.0 < b.0 && a.1 > b.1) || (a.0 > b.0 && a.1 < b.1) { count += 1 }
        }
      }
    }
    return count
  }

  /// The width of node `index`'s box: its title or its widest line, with the border.
  func boxWidth(_ index: Int) -> Int {
    let node = nodes[index]
    let widest = node.lines.map { $0.sanitizedForDisplay.terminalWidth }.max() ?? 0
    return Swift.max(3, node.title.sanitizedForDisplay.terminalWidth + 2, widest + 2)
  }

  /// Where everything goes in `rect`, or nil when it does not fit.
  package func placement(in rect: Rect) -> Placement? {
    placement(in: rect, topology: topology())
  }

  /// Where everything goes in `rect` for a computed `topology`, or nil when it does not fit.
  package func placement(in rect: Rect, topology: Topology) -> Placement? {
    let area = rect.inset(top: header.count, bottom: footer.count)
    let n = nodes.count
    guard area.height >= 3, area.width >= 3, !topology.order.isEmpty else { return nil }
    let order = topology.order
    func height(_ item: Int) -> Int { item < n ? 2 + Swift.max(1, nodes[item].lines.count) : 1 }
    func portOffset(_ item: Int) -> Int { item < n ? 1 : 0 }
    for layer in order {
      let total = layer.map(height).reduce(0, +) + Swift.max(0, layer.count - 1)
      if total > area.height { return nil }
    }
    let columnWidths = order.map { layer in
      layer.filter { $0 < n }.map(boxWidth).max() ?? 1
    }
    // Gaps: `minimumGap` columns (a run out, a channel, the arrow head), or room for the
    // labels of the edges into the next layer's nodes when that is reserved, or room for the
    // lit edges' labels when that fits.
    let gapCount = order.count - 1
    var reserved = [Int](repeating: Swift.max(2, minimumGap), count: Swift.max(0, gapCount))
    var litRoom = reserved
    for segment in topology.segments where segment.lower < n {
      let gap = topology.itemLayer[segment.upper]
      let width = (edges[segment.edge].label?.sanitizedForDisplay.terminalWidth ?? 0) + 3
      if reservesLabelRoom { reserved[gap] = Swift.max(reserved[gap], width) }
      if edges[segment.edge].isLit { litRoom[gap] = Swift.max(litRoom[gap], width) }
    }
    let boxesWidth = columnWidths.reduce(0, +)
    guard boxesWidth + reserved.reduce(0, +) <= area.width else { return nil }
    let widened = zip(reserved, litRoom).map { Swift.max($0, $1) }
    var gaps = boxesWidth + widened.reduce(0, +) <= area.width ? widened : reserved
    // Up to two spare columns more in every gap, for air.
    if gapCount > 0 {
      let spare = area.width - boxesWidth - gaps.reduce(0, +)
      gaps = gaps.map { $0 + Swift.min(2, spare / gapCount) }
    }

    // Rows: stacked and centred, then pulled towards the neighbours' ports.
    var top = [Int](repeating: 0, count: topology.itemLayer.count)
    for layer in order {
      let total = layer.map(height).reduce(0, +) + Swift.max(0, layer.count - 1)
      var y = area.y + (area.height - total) / 2
      for item in layer {
        top[item] = y
        y += height(item) + 1
      }
    }
    var predecessors = [[Int]](repeating: [], count: top.count)
    var successors = [[Int]](repeating: [], count: top.count)
    for segment in topology.segments {
      predecessors[segment.lower].append(segment.upper)
      successors[segment.upper].append(segment.lower)
    }
    func align(_ layer: [Int], to neighbours: [[Int]]) {
      let desired = layer.map { item -> Int in
        let ports = neighbours[item].map { top[$0] + portOffset($0) }
        guard !ports.isEmpty else { return top[item] }
        return ports.reduce(0, +) / ports.count - portOffset(item)
      }
      var placed = [Int](repeating: 0, count: layer.count)
      var floor = area.y
      for (k, item) in layer.enumerated() {
        placed[k] = Swift.max(desired[k], floor)
        floor = placed[k] + height(item) + 1
      }
      var ceiling = area.maxY
      for (k, item) in layer.enumerated().reversed() {
        placed[k] = Swift.min(placed[k], ceiling - height(item))
        ceiling = placed[k] - 1
      }
      for (k, item) in layer.enumerated() { top[item] = placed[k] }
    }
    for layer in order.indices.dropFirst() { align(order[layer], to: predecessors) }
    for layer in order.indices.dropLast().reversed() { align(order[layer], to: successors) }
    for layer in order.indices.dropFirst() { align(order[layer], to: predecessors) }

    // The whole drawing centred between the header and the footer.
    let firstRow = top.min() ?? area.y
    let lastRow = top.indices.map { top[$0] + height($0) }.max() ?? area.maxY
    let shift = (area.y + area.maxY - firstRow - lastRow) / 2
    for item in top.indices { top[item] += shift }

    // Routing may need more channels than a gap has: widen every gap until it fits.
    for extra in 0...6 {
      let widths = gaps.map { $0 + extra }
      let totalWidth = boxesWidth + widths.reduce(0, +)
      guard totalWidth <= area.width else { return nil }
      var columnX: [Int] = []
      var x = area.x + (area.width - totalWidth) / 2
      for (layer, width) in columnWidths.enumerated() {
        columnX.append(x)
        x += width + (layer < widths.count ? widths[layer] : 0)
      }
      if let placement = route(
        topology, top: top, columnX: columnX, columnWidths: columnWidths, gaps: widths,
        area: area, portOffset: portOffset)
      {
        return placement
      }
    }
    return nil
  }

  /// One use of a cell by a segment: which items it joins, and whether it runs across.
  private struct Use: Hashable {
    var upper: Int
    var lower: Int
    var horizontal: Bool
  }

  /// Routes every segment through its gap and every dummy across its layer; nil when some
  /// segment finds no channel.
  private func route(
    _ topology: Topology, top: [Int], columnX: [Int], columnWidths: [Int], gaps: [Int],
    area: Rect, portOffset: (Int) -> Int
  ) -> Placement? {
    let n = nodes.count
    var uses: [Int: [Int: [Use]]] = [:]  // y → x → uses
    var directions: [Int: [Int: (Directions, Bool)]] = [:]
    var arrows: [Int: [Int: Bool]] = [:]
    var requests: [LabelRequest] = []
    func mark(_ x: Int, _ y: Int, _ d: Directions, lit: Bool) {
      let old = directions[y]?[x] ?? ([], false)
      directions[y, default: [:]][x] = (old.0.union(d), old.1 || lit)
    }
    for item in top.indices where item >= n {
      let layer = topology.itemLayer[item]
      let lit = edges[topology.itemEdge[item]].isLit
      for x in columnX[layer]..<(columnX[layer] + columnWidths[layer]) {
        mark(x, top[item], [.left, .right], lit: lit)
      }
    }
    // Straight segments first, then bent ones from the top.
    let segments = topology.segments.sorted { a, b in
      let straightA = top[a.upper] + portOffset(a.upper) == top[a.lower] + portOffset(a.lower)
      let straightB = top[b.upper] + portOffset(b.upper) == top[b.lower] + portOffset(b.lower)
      if straightA != straightB { return straightA }
      return (top[a.upper], top[a.lower], a.edge) < (top[b.upper], top[b.lower], b.edge)
    }
    for segment in segments {
      let layer = topology.itemLayer[segment.upper]
      let start = columnX[layer] + columnWidths[layer]
      let end = start + gaps[layer] - 1
      let ys = top[segment.upper] + portOffset(segment.upper)
      let yt = top[segment.lower] + portOffset(segment.lower)
      let intoNode = segment.lower < n
      let lit = edges[segment.edge].isLit
      // The cells the route would take, for a channel column c.
      func cells(_ c: Int) -> [(x: Int, y: Int, use: Use)] {
        var result: [(Int, Int, Use)] = []
        let across = Use(upper: segment.upper, lower: segment.lower, horizontal: true)
        let down = Use(upper: segment.upper, lower: segment.lower, horizontal: false)
        if ys == yt {
          for x in start...end { result.append((x, ys, across)) }
          return result
        }
        for x in start...c { result.append((x, ys, across)) }
        for y in Swift.min(ys, yt)...Swift.max(ys, yt) { result.append((c, y, down)) }
        for x in c...end { result.append((x, yt, across)) }
        return result
      }
      func isFree(_ route: [(x: Int, y: Int, use: Use)]) -> Bool {
        route.allSatisfy { cell in
          (uses[cell.y]?[cell.x] ?? []).allSatisfy { other in
            other.horizontal != cell.use.horizontal || other.upper == cell.use.upper
              || other.lower == cell.use.lower
          }
        }
      }
      let channel: Int
      if ys == yt {
        guard isFree(cells(end)) else { return nil }
        channel = end
      } else {
        guard
          let free = stride(from: end - 1, through: start, by: -1).first(where: {
            isFree(cells($0))
          })
        else { return nil }
        channel = free
      }
      for cell in cells(channel) {
        uses[cell.y, default: [:]][cell.x, default: []].append(cell.use)
      }
      // Directions: the run out of the upper item, the channel, the run into the lower.
      let turnTo: Directions = yt > ys ? .down : .up
      let turnFrom: Directions = yt > ys ? .up : .down
      let last = intoNode ? end - 1 : end
      if ys == yt {
        for x in start...last { mark(x, ys, [.left, .right], lit: lit) }
      } else {
        for x in start..<channel { mark(x, ys, [.left, .right], lit: lit) }
        mark(channel, ys, [.left, turnTo], lit: lit)
        for y in (Swift.min(ys, yt) + 1)..<Swift.max(ys, yt) {
          mark(channel, y, [.up, .down], lit: lit)
        }
        mark(channel, yt, [turnFrom, .right], lit: lit)
        if channel + 1 <= last {
          for x in (channel + 1)...last { mark(x, yt, [.left, .right], lit: lit) }
        }
      }
      if intoNode { arrows[yt, default: [:]][end] = (arrows[yt]?[end] ?? false) || lit }
      if lit, intoNode, let text = edges[segment.edge].label?.sanitizedForDisplay {
        requests.append(
          LabelRequest(
            text: text, start: start, end: end, channel: ys == yt ? end : channel, ys: ys,
            yt: yt))
      }
    }
    var boxes = [Rect?](repeating: nil, count: n)
    for (layer, items) in topology.order.enumerated() {
      for item in items where item < n {
        boxes[item] = Rect(
          x: columnX[layer], y: top[item], width: columnWidths[layer],
          height: 2 + Swift.max(1, nodes[item].lines.count))
      }
    }
    let lineCells = directions.keys.sorted().flatMap { y in
      (directions[y] ?? [:]).keys.sorted().compactMap { x -> LineCell? in
        guard let (d, lit) = directions[y]?[x] else { return nil }
        return LineCell(x: x, y: y, directions: d, isLit: lit)
      }
    }
    let arrowMarks = arrows.keys.sorted().flatMap { y in
      (arrows[y] ?? [:]).keys.sorted().map { x in
        PlacedText(x: x, y: y, text: style.isASCII ? ">" : "▶", isLit: arrows[y]?[x] ?? false)
      }
    }
    let labels = placeLabels(
      requests, area: area, boxes: boxes.compactMap { $0 }, lines: lineCells, arrows: arrowMarks)
    return Placement(boxes: boxes, lineCells: lineCells, arrows: arrowMarks, labels: labels)
  }

  /// A lit edge's label waiting for a place: its gap's columns, its channel and the rows
  /// it leaves and enters on.
  private struct LabelRequest {
    var text: String
    var start: Int
    var end: Int
    var channel: Int
    var ys: Int
    var yt: Int
  }

  /// Places each lit edge's label on the edge itself — its run out of the upper item, or
  /// its run into the lower one — or else on a free row just above or below one of those
  /// runs, never over a box, a line or another label. A label with no such place is left
  /// out (a caller says it in a footer).
  private func placeLabels(
    _ requests: [LabelRequest], area: Rect, boxes: [Rect], lines: [LineCell],
    arrows: [PlacedText]
  ) -> [PlacedText] {
    var taken = Set<Int>()
    let key = { (x: Int, y: Int) in y * 100_000 + x }
    for box in boxes {
      for y in box.y..<box.maxY { for x in box.x..<box.maxX { taken.insert(key(x, y)) } }
    }
    var drawn = Set(lines.map { key($0.x, $0.y) })
    drawn.formUnion(arrows.map { key($0.x, $0.y) })
    var labelled = Set<Int>()
    var placed: [PlacedText] = []
    for request in requests {
      let width = request.text.terminalWidth
      // On the edge: over its own line, but not over a box or another label.
      let outRun = (request.start, request.channel - 1, request.ys)
      let inRun = (request.channel + 1, request.end - 1, request.yt)
      var candidates: [(x: Int, y: Int, onLine: Bool)] = []
      for (from, to, y) in [outRun, inRun] where to - from + 1 >= width {
        candidates.append((from + (to - from + 1 - width + 1) / 2, y, true))
      }
      // Beside the edge: on a free row above or below a run, starting at its gap.
      for y in [request.ys - 1, request.ys + 1] {
        candidates.append((request.start, y, false))
      }
      for y in [request.yt - 1, request.yt + 1] {
        candidates.append((request.end - width, y, false))
      }
      for candidate in candidates {
        let cells = (candidate.x..<(candidate.x + width)).map { key($0, candidate.y) }
        guard candidate.x >= area.x, candidate.x + width <= area.maxX, candidate.y >= area.y,
          candidate.y < area.maxY, taken.isDisjoint(with: cells), labelled.isDisjoint(with: cells),
          candidate.onLine || drawn.isDisjoint(with: cells)
        else { continue }
        labelled.formUnion(cells)
        placed.append(PlacedText(x: candidate.x, y: candidate.y, text: request.text, isLit: true))
        break
      }
    }
    return placed
  }
}
