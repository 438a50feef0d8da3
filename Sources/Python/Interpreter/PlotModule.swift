/// A matplotlib figure as data: what `plt` was asked to draw, for a host to draw with
/// its own charts.
public struct Figure: Sendable, Hashable {
  /// One call of `plt.scatter` or `plt.plot`.
  public struct Series: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
      case scatter
      case line
    }

    public var kind: Kind
    public var x: [Double]
    public var y: [Double]
    public var label: String?
    /// The colour asked for (`'red'`, `'r'`, `'#ff0000'`), for a theme to honour as it can.
    public var color: String?
  }

  public var series: [Series] = []
  public var title: String?
  public var xLabel: String?
  public var yLabel: String?
  public var xLimits: ClosedRange<Double>?
  public var yLimits: ClosedRange<Double>?
  /// Whether `plt.legend()` was called.
  public var showsLegend = false

  public init() {}

  /// Whether nothing has been drawn or set.
  public var isEmpty: Bool { self == Figure() }
}

/// `matplotlib.pyplot`, recording into the interpreter's figure.
enum PlotModule {
  static func make() -> PyModule {
    var members: [String: PyValue] = [:]
    func add(_ name: String, _ call: @escaping (inout CallContext) throws(PythonError) -> PyValue) {
      members[name] = .builtin(Builtin("plt." + name, call))
    }
    add("scatter") { c throws(PythonError) in try series(&c, kind: .scatter) }
    add("plot") { c throws(PythonError) in try series(&c, kind: .line) }
    for (name, keyPath) in [("title", \Figure.title), ("xlabel", \Figure.xLabel), ("ylabel", \Figure.yLabel)] {
      add(name) { c throws(PythonError) in
        let value = try c.require(0, "label")
        discardStyle(&c)
        try c.finish(positional: 1)
        c.interpreter.figure[keyPath: keyPath] = try c.interpreter.str(value, at: c.span)
        return .none
      }
    }
    for (name, isX) in [("xlim", true), ("ylim", false)] {
      add(name) { c throws(PythonError) in
        var bounds: [Double] = []
        if c.arguments.count == 1, case .tuple(let pair) = c.arguments[0] {
          for v in pair { bounds.append(try c.double(v, "a limit", at: 0)) }
        } else {
          if let low = try c.take(0, isX ? "left" : "bottom") { bounds.append(try c.double(low, "the lower limit", at: 0)) }
          if let high = try c.take(1, isX ? "right" : "top") { bounds.append(try c.double(high, "the upper limit", at: 1)) }
        }
        c.arguments = []
        try c.finish(positional: 0)
        guard bounds.count == 2, bounds[0].isFinite, bounds[1].isFinite, bounds[0] != bounds[1] else {
          throw PythonError(.value, "plt.\(name) needs two different finite limits, as plt.\(name)(0, 10)", at: c.span)
        }
        let range = Swift.min(bounds[0], bounds[1])...Swift.max(bounds[0], bounds[1])
        if isX { c.interpreter.figure.xLimits = range } else { c.interpreter.figure.yLimits = range }
        return .none
      }
    }
    add("legend") { c throws(PythonError) in
      c.arguments = []
      c.keywords = []
      c.interpreter.figure.showsLegend = true
      return .none
    }
    add("show") { c throws(PythonError) in
      c.arguments = []
      c.keywords = []
      c.interpreter.showFigure()
      return .none
    }
    add("figure") { c throws(PythonError) in
      c.arguments = []
      c.keywords = []
      if !c.interpreter.figure.isEmpty { c.interpreter.showFigure() }
      return .opaque("Figure")
    }
    add("clf") { c throws(PythonError) in
      try c.finish(positional: 0)
      c.interpreter.figure = Figure()
      return .none
    }
    add("grid") { c throws(PythonError) in
      c.arguments = []
      c.keywords = []
      return .none
    }
    for name in ["savefig", "subplot", "subplots"] {
      add(name) { c throws(PythonError) in
        throw PythonError(
          .unsupported,
          "plt.\(name) is not available here; plots are drawn in the terminal with plt.show()",
          at: c.span)
      }
    }
    return PyModule(name: "matplotlib.pyplot", members: members)
  }

  /// Keywords that change only how text looks (font sizes and the like): accepted, unused.
  private static func discardStyle(_ c: inout CallContext) {
    c.keywords.removeAll { ["fontsize", "fontweight", "loc", "pad", "color"].contains($0.name) }
  }

  /// `plt.scatter(x, y, …)` or `plt.plot([x,] y, [fmt], …)`.
  private static func series(_ c: inout CallContext, kind: Figure.Series.Kind) throws(PythonError) -> PyValue {
    var arguments = c.arguments
    var format: String?
    if kind == .line, let last = arguments.last, case .string(let f) = last {
      format = f
      arguments.removeLast()
    }
    let interpreter = c.interpreter
    let label = try c.keyword("label").map { v throws(PythonError) in try interpreter.str(v, at: c.span) }
    var colorValue = c.keyword("color")
    if colorValue == nil { colorValue = c.keyword("c") }
    let color = try colorValue.map { v throws(PythonError) in try interpreter.str(v, at: c.span) }
    // Sizes, markers, widths and transparency only change the look; accepted, unused.
    c.keywords.removeAll {
      ["s", "marker", "alpha", "linewidth", "lw", "linestyle", "ls", "markersize", "edgecolors", "zorder"].contains($0.name)
    }
    c.arguments = []
    try c.finish(positional: 0)
    guard arguments.count == 1 || arguments.count == 2 else {
      throw PythonError(.type, "plt.\(kind == .scatter ? "scatter" : "plot") takes x and y (or just y for plot)", at: c.span)
    }
    if kind == .scatter && arguments.count != 2 {
      throw PythonError(.type, "plt.scatter takes x and y", at: c.span)
    }
    let y = try interpreter.asArray(arguments[arguments.count - 1], at: c.span(of: arguments.count - 1))
    let x = arguments.count == 2
      ? try interpreter.asArray(arguments[0], at: c.span(of: 0))
      : NDArray(ints: Array(0..<y.count), shape: [y.count])
    guard x.count == y.count else {
      throw PythonError(.value, "x and y must be the same size (\(x.count) and \(y.count))", at: c.span)
    }
    var seriesKind = kind
    var seriesColor = color
    if let format {
      let markers: Set<Character> = ["o", ".", "x", "+", "*", "s", "^", "v", "d", "D"]
      if format.contains(where: { markers.contains($0) }) && !format.contains("-") && !format.contains(":") {
        seriesKind = .scatter
      }
      if seriesColor == nil, let letter = format.first(where: { "bgrcmykw".contains($0) }) {
        seriesColor = String(letter)
      }
    }
    interpreter.figure.series.append(
      Figure.Series(kind: seriesKind, x: x.doubles, y: y.doubles, label: label, color: seriesColor))
    return .opaque("Line2D")
  }
}

extension Interpreter {
  /// Hands the current figure to the host (in `shownFigures`, with where the output had
  /// got to) and starts a new one.
  func showFigure() {
    if !figure.isEmpty {
      shownFigures.append(figure)
      shownFigureOffsets.append(output.utf8.count)
    }
    figure = Figure()
  }

  /// Takes the figures shown since the last call.
  public func takeShownFigures() -> [Figure] {
    defer {
      shownFigures = []
      shownFigureOffsets = []
    }
    return shownFigures
  }

  /// Takes what was printed and shown since the last call, in order: text, and each
  /// figure where `plt.show()` showed it.
  public func takeTranscript() -> [ProgramOutput] {
    var items: [ProgramOutput] = []
    let bytes = Array(output.utf8)
    var start = 0
    for (figure, offset) in zip(shownFigures, shownFigureOffsets) {
      let end = Swift.min(Swift.max(offset, start), bytes.count)
      if end > start { items.append(.text(String(decoding: bytes[start..<end], as: UTF8.self))) }
      items.append(.figure(figure))
      start = end
    }
    if start < bytes.count { items.append(.text(String(decoding: bytes[start...], as: UTF8.self))) }
    output = ""
    shownFigures = []
    shownFigureOffsets = []
    return items
  }
}

/// What a program put out: printed text or a figure it showed.
public enum ProgramOutput: Sendable, Hashable {
  case text(String)
  case figure(Figure)
}
