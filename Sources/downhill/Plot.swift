import ArgumentParser
import Descent
import Interchange
import TermPlot
import Tutor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `downhill plot`: plots CSV columns to standard output, for slides and scripts.
struct Plot: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plot",
    abstract: "Plot columns of a CSV file in the terminal.",
    discussion: """
      Without --x, the first column is x and the others are y (a single column is plotted \
      against the row number). The size defaults to the terminal's, or 80×24 in a pipe.

      Exit status: 0 plotted, 2 bad input.
      """
  )

  @Argument(help: "The CSV file.", completion: .file(extensions: ["csv"]))
  var file: String

  @Option(help: "The column on the horizontal axis.")
  var x: String?

  @Option(help: "A column to plot (repeat for several; default: every column but x).")
  var y: [String] = []

  @Option(
    help: """
      The chart (default: line when x is in order, rising or falling, else scatter, so \
      that points in no order are not joined into a tangle).
      """)
  var kind: ColumnPlot.Kind?

  @Flag(help: "A logarithmic y axis.")
  var logy = false

  @OptionGroup var size: ScreenSize

  @Flag(help: "Only ASCII characters, for terminals without UTF-8.")
  var ascii = false

  @Option(help: "When to colour the chart.")
  var color: TerminalCapabilities.ColorChoice = .auto

  @Option(help: "A title over the chart.")
  var title: String?

  /// A line chart when `x` is in order, never going back (or is the row number), else a
  /// scatter chart.
  static func defaultKind(x: [Double]?) -> ColumnPlot.Kind {
    guard let x else { return .line }
    var previous: Double?
    var rises = false
    var falls = false
    for value in x where !value.isNaN {
      if let previous {
        rises = rises || value > previous
        falls = falls || value < previous
        if rises && falls { return .scatter }
      }
      previous = value
    }
    return .line
  }

  func validate() throws {
    if logy && kind == .bar {
      throw ValidationError("--logy is for line and scatter charts; a bar chart's axis is linear")
    }
  }

  func run() throws {
    let terminal = TerminalSize.current()
    // The terminal's last row is left for the shell's prompt.
    let columns = size.columns(default: terminal?.columns ?? 80)
    let rows = size.rows(default: terminal.map { $0.rows - 1 } ?? 24)
    // Real data has holes: empty cells, nan and inf are drawn as gaps and off-scale
    // markers, and the chart counts what it skipped.
    let table = try CSVFile.table(at: file, allowingMissing: true)
    guard table.rowCount >= 1 else {
      throw DescentError("has a header but no data rows to plot", at: SourceLocation(file: file))
    }
    var xColumn: ColumnPlot.Column?
    var yNames = y
    if let x {
      xColumn = ColumnPlot.Column(x, try table.column(named: x))
    } else if table.names.count > 1 && !yNames.contains(table.names[0]) {
      // Without --x, the first column is x, unless it is the one asked to plot.
      xColumn = ColumnPlot.Column(table.names[0], table.columns[0])
    }
    if yNames.isEmpty {
      yNames = table.names.filter { $0 != xColumn?.name }
    }
    let ys = try yNames.map { name throws(DescentError) in
      ColumnPlot.Column(name, try table.column(named: name))
    }
    let kind = kind ?? Self.defaultKind(x: xColumn?.values)
    if kind == .bar && ys.count > 1 {
      throw DescentError("a bar chart shows one column; choose it with --y")
    }
    let capabilities = TerminalCapabilities.detect(
      codeset: Environment.codeset(), environment: Environment.variables(),
      isTerminal: isatty(1) != 0, color: color, forceASCII: ascii)
    let style = ChartStyle(
      theme: capabilities.theme(), tier: capabilities.tier, title: title)
    let chart = ColumnPlot.chart(kind: kind, x: xColumn, ys: ys, logarithmicY: logy, style: style)
    var frame = Frame(width: columns, height: rows)
    frame.draw(chart, in: frame.bounds)
    var text =
      capabilities.colorDepth == .none
      ? frame.plainText : frame.ansiText(depth: capabilities.colorDepth)
    if capabilities.tier == .ascii {
      // Names and titles are the user's text: keep their non-ASCII letters off a terminal
      // that cannot show them.
      text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isASCII ? $0 : "?" }))
    }
    print(text, terminator: "")
  }
}
