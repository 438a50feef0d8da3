/// A directed acyclic graph drawn left to right: nodes as boxes in layers, edges as lines
/// with arrow heads in the gaps between the layers.
///
/// Built for computation graphs (inputs on the left, the output on the right), but it
/// takes any node and edge description. The layout is layered: each node's layer is the
/// longest path from it to a sink counted from the right, so every edge points right and
/// an input sits next to the node that uses it; nodes are ordered within a layer by
/// barycenter sweeps to reduce crossings; an edge spanning several layers runs through
/// them on a row of its own, between the boxes. Everything is deterministic: the same
/// description gives the same picture.
///
/// ```swift
/// let chart = GraphChart(
///   nodes: [.init("x", lines: ["3"]), .init("x²", lines: ["9"])],
///   edges: [.init(from: 0, to: 1, label: "×6", isLit: true)])
/// frame.draw(chart, in: frame.bounds)
/// ```
///
/// A lit edge is drawn in heavy lines (`=` in ASCII) in the theme's `current` style, with
/// its label inside the gap when there is room. `fits(width:height:)` says whether the
/// whole drawing fits, so that a caller can try a denser description or another view.
public struct GraphChart: Chart {
  /// How far a node is in a walk over the graph, such as a backward pass.
  public enum Mark: Sendable, Hashable {
    /// Not reached yet, or no walk going on.
    case plain
    /// Already visited: drawn in the theme's third series style, with a check mark.
    case visited
    /// Visited next: a double border (`#` and `=` in ASCII) in the `path` style.
    case next
  }

  /// One box: a title in its top border and one or more lines of text inside.
  public struct Node: Sendable, Hashable {
    /// The name in the box's top border, such as the operation or the input's name.
    public var title: String
    /// The lines inside the box, such as its value and its gradient.
    public var lines: [String]
    /// How far a walk over the graph has come to this node.
    public var mark: Mark

    /// A node titled `title` holding `lines`.
    public init(_ title: String, lines: [String], mark: Mark = .plain) {
      self.title = title
      self.lines = lines
      self.mark = mark
    }
  }

  /// An arrow from node `from` to node `to` (indices into `nodes`).
  public struct Edge: Sendable, Hashable {
    /// The node the arrow leaves.
    public var from: Int
    /// The node the arrow points at.
    public var to: Int
    /// Text written on the edge when it is lit, such as a local derivative `×3`.
    public var label: String?
    /// Whether the edge is the one being passed: heavy lines, the `current` style.
    public var isLit: Bool

    /// An edge from `from` to `to`.
    public init(from: Int, to: Int, label: String? = nil, isLit: Bool = false) {
      self.from = from
      self.to = to
      self.label = label
      self.isLit = isLit
    }
  }

  /// The boxes.
  public var nodes: [Node]
  /// The arrows; edges that would close a cycle or name a missing node are left out.
  public var edges: [Edge]
  /// Lines above the graph, such as what it computes.
  public var header: [String]
  /// Lines below the graph, such as a legend or what the last step did.
  public var footer: [String]
  /// Whether the gaps between layers are made wide enough for every edge's label, so
  /// that the layout stays put when a different edge is lit. Without it the gaps are as
  /// narrow as routing allows, and labels are drawn only where they happen to fit.
  public var reservesLabelRoom: Bool
  /// The fewest columns between two layers: 3 (a run out, a channel, the arrow head), or
  /// 2 for a tight fit, where an edge turns right beside the box it leaves.
  public var minimumGap = 3
  /// The theme and whether only ASCII may be drawn.
  public var style: ChartStyle

  /// A graph of `nodes` and `edges`, with optional text above and below.
  public init(
    nodes: [Node], edges: [Edge], header: [String] = [], footer: [String] = [],
    reservesLabelRoom: Bool = true, style: ChartStyle = ChartStyle()
  ) {
    self.nodes = nodes
    self.edges = edges
    self.header = header
    self.footer = footer
    self.reservesLabelRoom = reservesLabelRoom
    self.style = style
  }

  /// Whether the whole graph, with its header and footer, fits in `width` × `height`.
  public func fits(width: Int, height: Int) -> Bool {
    placement(in: Rect(x: 0, y: 0, width: width, height: height)) != nil
  }

  /// Draws the graph, or a one-line note when it does not fit.
  public func draw(into frame: inout Frame, in rect: Rect) {
    guard let placement = placement(in: rect) else {
      let notes = ["the graph needs a larger window", "needs more room", "too small"]
      if let note = notes.first(where: { $0.terminalWidth <= rect.width }) {
        frame.draw(note, x: rect.x, y: rect.y, style: style.theme.style(.label), clip: rect)
      }
      return
    }
    let theme = style.theme
    for (row, line) in header.enumerated() {
      frame.draw(line, x: rect.x, y: rect.y + row, style: theme.style(.title), clip: rect)
    }
    for (row, line) in footer.enumerated() {
      frame.draw(
        line, x: rect.x, y: rect.maxY - footer.count + row, style: theme.style(.label),
        clip: rect)
    }
    drawEdges(placement, into: &frame)
    for (index, box) in placement.boxes.enumerated() {
      guard let box else { continue }
      drawBox(nodes[index], in: box, into: &frame)
    }
  }

  /// Draws one node's box: border by its mark, title centred in the top border, lines
  /// inside.
  private func drawBox(_ node: Node, in box: Rect, into frame: inout Frame) {
    let theme = style.theme
    let ascii = style.isASCII
    let borderStyle: Style
    switch node.mark {
    case .plain: borderStyle = theme.style(.axis)
    case .visited: borderStyle = theme.style(.series(2))
    case .next: borderStyle = theme.style(.path)
    }
    if node.mark == .next {
      let (h, v, corner): (Character, Character, [Character]) =
        ascii ? ("=", "#", ["#", "#", "#", "#"]) : ("═", "║", ["╔", "╗", "╚", "╝"])
      for x in (box.x + 1)..<(box.maxX - 1) {
        frame.put(h, x: x, y: box.y, style: borderStyle)
        frame.put(h, x: x, y: box.maxY - 1, style: borderStyle)
      }
      for y in (box.y + 1)..<(box.maxY - 1) {
        frame.put(v, x: box.x, y: y, style: borderStyle)
        frame.put(v, x: box.maxX - 1, y: y, style: borderStyle)
      }
      frame.put(corner[0], x: box.x, y: box.y, style: borderStyle)
      frame.put(corner[1], x: box.maxX - 1, y: box.y, style: borderStyle)
      frame.put(corner[2], x: box.x, y: box.maxY - 1, style: borderStyle)
      frame.put(corner[3], x: box.maxX - 1, y: box.maxY - 1, style: borderStyle)
    } else {
      frame.drawBox(box, style: borderStyle, ascii: ascii)
    }
    if node.mark == .visited {
      frame.put(ascii ? "*" : "✓", x: box.maxX - 2, y: box.maxY - 1, style: borderStyle)
    }
    let inner = Rect(x: box.x + 1, y: box.y, width: box.width - 2, height: box.height)
    let title = node.title.sanitizedForDisplay
    let titleX = box.x + 1 + Swift.max(0, (box.width - 2 - title.terminalWidth) / 2)
    frame.draw(title, x: titleX, y: box.y, style: theme.style(.title), clip: inner)
    for (row, line) in node.lines.enumerated() {
      frame.draw(line, x: box.x + 1, y: box.y + 1 + row, style: theme.style(.label), clip: inner)
    }
  }

  /// Draws every edge cell with the glyph its directions call for, then arrow heads and
  /// the labels of lit edges.
  private func drawEdges(_ placement: Placement, into frame: inout Frame) {
    let theme = style.theme
    let normal = theme.style(.axis)
    let lit = theme.style(.current)
    for cell in placement.lineCells {
      let glyph = Self.glyph(for: cell.directions, heavy: cell.isLit, ascii: style.isASCII)
      frame.put(glyph, x: cell.x, y: cell.y, style: cell.isLit ? lit : normal)
    }
    for arrow in placement.arrows {
      let glyph: Character = style.isASCII ? ">" : "▶"
      frame.put(glyph, x: arrow.x, y: arrow.y, style: arrow.isLit ? lit : normal)
    }
    for label in placement.labels {
      frame.draw(label.text, x: label.x, y: label.y, style: lit)
    }
  }

  /// The line glyph joining the given directions: light or heavy box drawing, or `-`,
  /// `|`, `+` (and `=` for a heavy horizontal) in ASCII.
  static func glyph(for directions: Directions, heavy: Bool, ascii: Bool) -> Character {
    let horizontal = directions.contains(.left) || directions.contains(.right)
    let vertical = directions.contains(.up) || directions.contains(.down)
    if ascii {
      if horizontal && vertical { return "+" }
      if vertical { return "|" }
      return heavy ? "=" : "-"
    }
    let light: [Directions: Character] = [
      [.left, .right]: "─", [.up, .down]: "│", [.right, .down]: "┌", [.left, .down]: "┐",
      [.right, .up]: "└", [.left, .up]: "┘", [.left, .right, .down]: "┬",
      [.left, .right, .up]: "┴", [.up, .down, .right]: "├", [.up, .down, .left]: "┤",
      [.left, .right, .up, .down]: "┼",
    ]
    let heavyGlyphs: [Directions: Character] = [
      [.left, .right]: "━", [.up, .down]: "┃", [.right, .down]: "┏", [.left, .down]: "┓",
      [.right, .up]: "┗", [.left, .up]: "┛", [.left, .right, .down]: "┳",
      [.left, .right, .up]: "┻", [.up, .down, .right]: "┣", [.up, .down, .left]: "┫",
      [.left, .right, .up, .down]: "╋",
    ]
    if let glyph = (heavy ? heavyGlyphs : light)[directions] { return glyph }
    if vertical && !horizontal { return heavy ? "┃" : "│" }
    return heavy ? "━" : "─"
  }
}
