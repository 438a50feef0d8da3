import TestSupport
import Testing

@testable import TermPlot

/// The layered graph chart: layer assignment, crossing reduction, routing that never
/// touches a box, and the ASCII tier.
@Suite struct GraphChartTests {
  /// A chart of `count` nodes named by number, each holding one line.
  static func chart(
    _ count: Int, edges: [(Int, Int)], lit: Set<Int> = [], style: ChartStyle = ChartStyle()
  ) -> GraphChart {
    GraphChart(
      nodes: (0..<count).map { GraphChart.Node("n\($0)", lines: ["v\($0)"]) },
      edges: edges.enumerated().map { k, edge in
        GraphChart.Edge(from: edge.0, to: edge.1, label: "×\(k)", isLit: lit.contains(k))
      }, style: style)
  }

  @Test func aNodesLayerIsTheDeepestLayerLessItsLongestPathToASink() {
    // 0 → 2 → 4, 1 → 2, 3 → 4, and 0 → 4 directly: 0 and 1 lie two steps from the sink 4,
    // 2 and 3 one step; the long edge 0 → 4 does not pull 0 to the right.
    let layers = GraphChart.layers(
      nodeCount: 5, edges: [(0, 2), (1, 2), (2, 4), (3, 4), (0, 4)])
    #expect(layers == [0, 0, 1, 1, 2])
  }

  @Test func aLeafSitsJustLeftOfTheNodeThatUsesIt() {
    // A chain 0 → 1 → 2 → 3 with a leaf 4 used only by 3: the leaf goes in layer 2, not 0.
    let layers = GraphChart.layers(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (4, 3)])
    #expect(layers == [0, 1, 2, 3, 2])
  }

  @Test func nodesOnACycleAndBadEdgesAreLeftOut() {
    // 1 → 2 → 1 is a cycle; 0 → 1 leads into it; (0, 7) names no node; (3, 3) is a loop.
    let layers = GraphChart.layers(
      nodeCount: 4, edges: [(0, 1), (1, 2), (2, 1), (0, 7), (3, 3)])
    #expect(layers == [0, nil, nil, 0])
  }

  @Test func barycenterSweepsUndoACrossing() {
    // In index order 0 → 3 and 1 → 2 cross; swapping one layer undoes it.
    let chart = Self.chart(4, edges: [(0, 3), (1, 2)])
    let topology = chart.topology()
    #expect(topology.crossings == 0)
    #expect(topology.order.count == 2)
  }

  @Test func aLongEdgeGetsADummyInEachLayerItCrosses() {
    // 0 → 1 → 2 → 3 and 0 → 3: the long edge crosses layers 1 and 2.
    let topology = Self.chart(4, edges: [(0, 1), (1, 2), (2, 3), (0, 3)]).topology()
    #expect(topology.order.map(\.count) == [1, 2, 2, 1])
  }

  /// Small random acyclic graphs (edges from lower to higher indices), seeded.
  static func randomGraphs() -> [(count: Int, edges: [(Int, Int)])] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      // A 64-bit linear congruential generator (Knuth's MMIX constants).
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<40).map { _ in
      let count = 3 + next(8)
      var edges: [(Int, Int)] = []
      for to in 1..<count {
        for _ in 0..<(1 + next(2)) { edges.append((next(to), to)) }
      }
      return (count, edges)
    }
  }

  @Test func edgesNeverCrossABoxAndBoxesNeverOverlap() throws {
    for (count, edges) in Self.randomGraphs() {
      let chart = Self.chart(count, edges: edges, lit: [0, edges.count - 1])
      let placement = try #require(chart.placement(in: Rect(x: 0, y: 0, width: 200, height: 80)))
      let boxes = placement.boxes.compactMap { $0 }
      #expect(boxes.count == count)
      let marks =
        placement.lineCells.map { ($0.x, $0.y) } + placement.arrows.map { ($0.x, $0.y) }
        + placement.labels.flatMap { label in
          (label.x..<(label.x + label.text.terminalWidth)).map { ($0, label.y) }
        }
      for (x, y) in marks {
        #expect(!boxes.contains { $0.contains(column: x, row: y) }, "(\(x), \(y)) in a box")
      }
      for (i, a) in boxes.enumerated() {
        for b in boxes[(i + 1)...] { #expect(a.intersection(b).isEmpty, "\(a) overlaps \(b)") }
      }
      // Every arrow head touches the left border of a box.
      for arrow in placement.arrows {
        #expect(boxes.contains { $0.x == arrow.x + 1 && $0.y < arrow.y && arrow.y < $0.maxY })
      }
    }
  }

  @Test func aChartTooSmallDoesNotFitAndSaysSo() {
    let chart = Self.chart(3, edges: [(0, 1), (1, 2)])
    #expect(chart.fits(width: 40, height: 5))
    #expect(!chart.fits(width: 12, height: 5))
    var frame = Frame(width: 12, height: 5)
    frame.draw(chart, in: frame.bounds)
    #expect(frame.plainText.hasPrefix("too small"))
  }

  @Test func aLitChainInUnicodeAndInASCII() {
    let unicode = Self.chart(3, edges: [(0, 1), (1, 2), (0, 2)], lit: [1])
    var frame = Frame(width: 34, height: 7)
    frame.draw(unicode, in: frame.bounds)
    Golden.check(frame.plainText, named: "graph-lit-chain")
    var ascii = unicode
    ascii.style = ChartStyle(theme: .monochrome, tier: .ascii)
    var asciiFrame = Frame(width: 34, height: 7)
    asciiFrame.draw(ascii, in: asciiFrame.bounds)
    Golden.check(asciiFrame.plainText, named: "graph-lit-chain-ascii")
    #expect(asciiFrame.plainText.unicodeScalars.allSatisfy { $0.isASCII || $0 == "×" })
    #expect(asciiFrame.plainText.contains(">"))
    #expect(asciiFrame.plainText.contains("="))
  }
}
