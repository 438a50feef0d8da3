import TermPlot
import TestSupport
import Testing

@testable import Tutor

/// The graph view drawn as boxes and arrows: backprop-by-hand's graph before, during and
/// after its backward pass, a function's graph, a model's loss (linear, polynomial, an MLP
/// collapsed into stages), the table in a tiny window, and the ASCII tier.
@Suite struct GraphDiagramTests {
  /// backprop-by-hand opened at its first step, after `commands`.
  static func backprop(_ commands: [String] = []) throws -> Session {
    let file = try #require(CurriculumTests.files.first { $0.hasSuffix("08-backprop-by-hand.md") })
    let lesson = try CurriculumTests.library.load(file)
    var session = try Session.opening(
      lesson, loader: CurriculumTests.library.loader(forLessonAt: file))
    for command in commands { session.apply(line: command) }
    return session
  }

  /// A plain session after `commands`.
  static func session(_ commands: [String]) -> Session {
    var session = Session()
    for command in commands { session.apply(line: command) }
    return session
  }

  /// The graph view of `session` at `width` × `height`, as plain text.
  static func picture(
    _ session: Session, width: Int, height: Int, style: ChartStyle = ChartStyle()
  ) -> String {
    var pictures = Pictures(session.workspace)
    pictures.hidden = session.lesson?.hiddenOnScreen ?? []
    return pictures.render(.graph, width: width, height: height, style: style).plainText
  }

  /// The diagram `session`'s graph view draws at `width` × `height`.
  static func diagram(_ session: Session, width: Int, height: Int) throws -> GraphChart {
    try #require(
      Pictures(session.workspace).graphDiagram(width: width, height: height, style: ChartStyle()))
  }

  /// `count` backsteps.
  static func backsteps(_ count: Int) -> [String] {
    [String](repeating: "backstep", count: count)
  }

  // MARK: - backprop-by-hand

  // The picture of a view beside the lesson at 100×30 is 59×21; stacked at 80×24, 80×8.

  @Test func backpropByHandBeforeTheBackwardPass() throws {
    let session = try Self.backprop(["view graph"])
    Golden.check(Self.picture(session, width: 59, height: 21), named: "graph-backprop-before")
  }

  @Test func backpropByHandMidwayLightsTheEdgesItPassedWithTheirLocalDerivatives() throws {
    // Four backsteps visit f = e², e = s − 6, the 6.0 and s = m + b; the fifth visits
    // m = w·3 and passes its gradient to w and to the 3.0.
    let session = try Self.backprop(["view graph"] + Self.backsteps(5))
    Golden.check(Self.picture(session, width: 59, height: 21), named: "graph-backprop-midway")
    // By hand at w = 0.5, b = −0.3: ∂m/∂w = 3 (the constant) and ∂m/∂3 = w = 0.5; the
    // gradient reaching m is ∂f/∂e · ∂e/∂s · ∂s/∂m = 2e · 1 · 1 = 2(1.5 − 0.3 − 6) = −9.6,
    // so w gets −9.6 · 3 = −28.8.
    let chart = try Self.diagram(session, width: 59, height: 21)
    #expect(chart.edges.filter(\.isLit).map { $0.label ?? "" } == ["×3", "×0.5"])
    let lit = chart.edges.filter(\.isLit).map { chart.nodes[$0.from].title }
    #expect(lit == ["w", "3.0"])
    #expect(chart.nodes.first { $0.title == "w" }?.lines == ["0.5", "g -28.8"])
    #expect(chart.footer == ["passed back from w·3.0: ×3 to w, ×0.5 to 3.0"])
    // Beside the lesson, only ×3 finds room on its edge (×0.5 is in the caption); a wider
    // picture reserves room in every gap and puts both on their edges.
    let narrow = try #require(chart.placement(in: Rect(x: 0, y: 0, width: 59, height: 21)))
    #expect(narrow.labels.map(\.text) == ["×3"])
    let wide = try Self.diagram(session, width: 120, height: 21)
    #expect(wide.reservesLabelRoom)
    let placement = try #require(wide.placement(in: Rect(x: 0, y: 0, width: 120, height: 21)))
    #expect(placement.labels.map(\.text).sorted() == ["×0.5", "×3"])
  }

  @Test func backpropByHandAfterTheBackwardPass() throws {
    let session = try Self.backprop(["view graph"] + Self.backsteps(9))
    Golden.check(Self.picture(session, width: 59, height: 21), named: "graph-backprop-after")
    let chart = try Self.diagram(session, width: 59, height: 21)
    #expect(chart.nodes.allSatisfy { $0.mark == .visited })
    #expect(chart.edges.allSatisfy { !$0.isLit })
  }

  @Test func backpropByHandStackedUnderTheLesson() throws {
    let session = try Self.backprop(["view graph"] + Self.backsteps(2))
    Golden.check(Self.picture(session, width: 80, height: 8), named: "graph-backprop-80x8")
  }

  @Test func theASCIITierDrawsNoBoxDrawingOrArrows() throws {
    let session = try Self.backprop(["view graph"] + Self.backsteps(5))
    let text = Self.picture(
      session, width: 59, height: 21, style: ChartStyle(theme: .monochrome, tier: .ascii))
    Golden.check(text, named: "graph-backprop-ascii")
    // Box drawing is U+2500–U+257F; arrows, checks and the like lie beyond.
    let drawn = text.unicodeScalars.filter { (0x2500...0x27BF).contains($0.value) }
    #expect(drawn.isEmpty, "\(drawn.map(String.init))")
  }

  @Test func hiddenGradientsShowAQuestionMarkAndHideTheLocalDerivatives() throws {
    let session = try Self.backprop(["view graph"] + Self.backsteps(5))
    var pictures = Pictures(session.workspace)
    pictures.hidden = [.grad]
    let chart = try #require(pictures.graphDiagram(width: 59, height: 21, style: ChartStyle()))
    #expect(chart.nodes.first { $0.title == "w" }?.lines == ["0.5", "g ?"])
    #expect(chart.edges.filter(\.isLit).map { $0.label ?? "" } == ["×?", "×?"])
    #expect(chart.footer == ["passed back from w·3.0: ×? to w, ×? to 3.0"])
  }

  // MARK: - Functions and models

  @Test func aFunctionsGraph() {
    let session = Self.session([
      "model function x**2 + 3*x*y", "x = 2", "y = -1", "view graph", "backstep", "backstep",
    ])
    Golden.check(Self.picture(session, width: 80, height: 20), named: "graph-function")
  }

  @Test func aLinearNeuronsLossOnTheFirstExample() {
    let session = Self.session(["step 3", "view graph", "backstep", "backstep"])
    Golden.check(Self.picture(session, width: 72, height: 20), named: "graph-linear")
  }

  @Test func aPolynomialsLossOnTheFirstExample() {
    let session = Self.session(["model poly:2", "step 3", "view graph", "backstep"])
    Golden.check(Self.picture(session, width: 80, height: 24), named: "graph-poly2")
  }

  @Test func anMLPCollapsesIntoItsLayers() throws {
    let session = Self.session([
      "data xor", "model mlp:2-3-1", "step 2", "view graph", "backstep", "backstep",
    ])
    Golden.check(Self.picture(session, width: 100, height: 20), named: "graph-mlp-collapsed")
    let chart = try Self.diagram(session, width: 100, height: 20)
    #expect(chart.nodes.map(\.title) == ["x", "W1·x+b1", "tanh", "W2·h1+b2", "σ", "y", "loss"])
  }

  @Test func aTinyWindowFallsBackToTheTableOfNodes() {
    let session = Self.session(["view graph", "backstep"])
    var pictures = Pictures(session.workspace)
    pictures.hidden = []
    #expect(pictures.graphDiagram(width: 30, height: 6, style: ChartStyle()) == nil)
    let text = Self.picture(session, width: 30, height: 6)
    let table = pictures.graphLines().prefix(6).map { line in
      String(String(line.prefix(30)).reversed().drop { $0 == " " }.reversed())
    }
    #expect(text.split(separator: "\n").map(String.init) == table)
    #expect(table.first == "the loss of the first example")
  }
}
