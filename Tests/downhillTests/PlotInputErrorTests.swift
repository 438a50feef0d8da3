import Foundation
import Testing

/// `downhill plot` refuses input it cannot plot with the located errors `downhill train`
/// gives: exit status 2, one message naming the file, line and column where there is one,
/// and nothing on stdout. Files are written to a fresh directory and named relative to it.
@Suite struct PlotInputErrorTests {
  let downhill: CommandRunner
  let directory: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    directory = try TemporaryDirectory()
    try directory.write("x,y\n1,2\n2,4\n3,5\n4,4\n5,7\n", to: "five.csv")
  }

  /// The usage line swift-argument-parser prints under a usage error.
  private static let usage =
    "Usage: downhill plot <file> [--x <x>] [--y <y> ...] [--kind <kind>] [--logy] "
    + "[--width <width>] [--height <height>] [--ascii] [--color <color>] [--title <title>]\n"
    + "  See 'downhill plot --help' for more information."

  // MARK: - Files

  @Test func missingFileIsRefused() throws {
    try downhill.expectBadInput(
      ["plot", "missing.csv"],
      message: "Error: cannot read 'missing.csv': no such file or directory", in: directory)
  }

  /// Training asks for two data rows; a plot needs one, so the message does not ask for two.
  @Test func emptyFileIsRefused() throws {
    try directory.write("", to: "empty.csv")
    try downhill.expectBadInput(
      ["plot", "empty.csv"],
      message: "Error: empty.csv: the file is empty; a CSV needs a header row and rows of numbers",
      in: directory)
  }

  @Test func headerWithoutRowsIsRefused() throws {
    try directory.write("x,y\n", to: "header.csv")
    try downhill.expectBadInput(
      ["plot", "header.csv"],
      message: "Error: header.csv: has a header but no data rows to plot", in: directory)
  }

  // MARK: - Columns

  @Test func missingXColumnListsTheColumns() throws {
    try downhill.expectBadInput(
      ["plot", "five.csv", "--x", "size"],
      message: "Error: five.csv:1: no column named 'size'; the columns are 'x', 'y'",
      in: directory)
  }

  @Test func missingYColumnListsTheColumns() throws {
    try downhill.expectBadInput(
      ["plot", "five.csv", "--y", "y", "--y", "price"],
      message: "Error: five.csv:1: no column named 'price'; the columns are 'x', 'y'",
      in: directory)
  }

  @Test func missingColumnNamesTheHeadersLine() throws {
    try directory.write("\n\nx,y\n1,2\n", to: "late-header.csv")
    try downhill.expectBadInput(
      ["plot", "late-header.csv", "--y", "price"],
      message: "Error: late-header.csv:3: no column named 'price'; the columns are 'x', 'y'",
      in: directory)
  }

  @Test func ambiguousColumnNameIsRefused() throws {
    try directory.write("a,a\n1,2\n", to: "twice.csv")
    try downhill.expectBadInput(
      ["plot", "twice.csv", "--y", "a"],
      message:
        "Error: twice.csv:1:3: columns 1 and 2 are both named 'a'; rename one so the column "
        + "meant is clear",
      in: directory)
  }

  // MARK: - Cells and rows

  @Test func nonNumericCellNamesItsLineAndColumn() throws {
    try directory.write("x,y\n1,2\n2,abc\n3,5\n", to: "bad.csv")
    try downhill.expectBadInput(
      ["plot", "bad.csv"],
      message: "Error: bad.csv:3:3: 'abc' in column 'y' is not a number", in: directory)
  }

  @Test func missingAndNonFiniteCellsArePlottedAsHolesAndCounted() throws {
    // Real data has holes: plot draws around an empty cell, nan and ±inf and says how many
    // values it skipped; training on the same file refuses the first hole, located.
    try directory.write("x,y\n1,2\n2,nan\n3,\n4,inf\n5,-inf\n6,3\n7,4\n", to: "holes.csv")
    let line = try downhill.run(
      ["plot", "holes.csv", "--width", "60", "--height", "12"], in: directory.url)
    #expect(line.exitStatus == 0, "\(line)")
    #expect(line.stderr == "")
    #expect(line.stdout.hasPrefix("  ━━ y  4 values skipped (not finite)\n"), "\(line.stdout)")
    let scatter = try downhill.run(
      ["plot", "holes.csv", "--kind", "scatter", "--width", "60", "--height", "12"],
      in: directory.url)
    #expect(scatter.exitStatus == 0, "\(scatter)")
    #expect(scatter.stdout.hasPrefix("  4 points skipped (not finite)\n"), "\(scatter.stdout)")
    try downhill.expectBadInput(
      ["train", "--data", "holes.csv", "--epochs", "1"],
      message: "Error: holes.csv:3:3: 'nan' in column 'y' is not a finite number", in: directory)
    try directory.write("x,y\n1,2\n2,\n3,5\n", to: "gap.csv")
    try downhill.expectBadInput(
      ["train", "--data", "gap.csv", "--epochs", "1"],
      message: "Error: gap.csv:3:3: the cell in column 'y' is empty", in: directory)
  }

  @Test func raggedRowNamesItsLine() throws {
    try directory.write("x,y\n1,2\n2,4,6\n3,5\n", to: "ragged.csv")
    try downhill.expectBadInput(
      ["plot", "ragged.csv"],
      message: "Error: ragged.csv:3: this row has 3 fields but the header has 2", in: directory)
  }

  // MARK: - Options

  @Test func unknownKindIsRefusedWithTheChoices() throws {
    try downhill.expectBadInput(
      ["plot", "five.csv", "--kind", "pie"],
      message: """
        Error: The value 'pie' is invalid for '--kind <kind>'. Please provide one of 'line', \
        'scatter' or 'bar'.
        Help:  --kind <kind>  The chart (default: line when x is in order, rising or falling, \
        else scatter, so that points in no order are not joined into a tangle).

        """ + Self.usage,
      in: directory)
  }

  @Test func unknownColourChoiceIsRefusedWithTheChoices() throws {
    try downhill.expectBadInput(
      ["plot", "five.csv", "--color", "sometimes"],
      message: """
        Error: The value 'sometimes' is invalid for '--color <color>'. Please provide one of \
        'auto', 'always' or 'never'.
        Help:  --color <color>  When to colour the chart.

        """ + Self.usage,
      in: directory)
  }

  @Test func kindAndColourAreReadInAnyCase() throws {
    let result = try downhill.expectSuccess(
      [
        "plot", "five.csv", "--kind", "Scatter", "--color", "NEVER", "--width", "30",
        "--height", "8",
      ],
      in: directory)
    #expect(result.stdout.split(separator: "\n").count == 8, "\(result)")
  }

  @Test func zeroWidthIsRefused() throws {
    try downhill.expectBadInput(
      ["plot", "five.csv", "--width", "0"],
      message: "Error: --width must be from 1 to 400 columns, not 0\n" + Self.usage,
      in: directory)
  }

  @Test func negativeHeightIsRefused() throws {
    try downhill.expectBadInput(
      ["plot", "five.csv", "--height", "-3"],
      message: "Error: --height must be from 1 to 200 rows, not -3\n" + Self.usage,
      in: directory)
  }

  @Test func nonNumericWidthIsRefused() throws {
    try downhill.expectBadInput(
      ["plot", "five.csv", "--width", "abc"],
      message: """
        Error: The value 'abc' is invalid for '--width <width>'
        Help:  --width <width>  The width in columns, from 1 to 400.

        """ + Self.usage,
      in: directory)
  }

  /// A logarithmic axis is for lines and points: a bar chart would ignore it.
  @Test func logarithmicBarChartIsRefused() throws {
    try downhill.expectBadInput(
      ["plot", "five.csv", "--kind", "bar", "--logy"],
      message: "Error: --logy is for line and scatter charts; a bar chart's axis is linear\n"
        + Self.usage,
      in: directory)
  }

  @Test func barChartOfTwoColumnsIsRefused() throws {
    try directory.write("x,a,b\n1,2,3\n2,4,5\n", to: "two.csv")
    try downhill.expectBadInput(
      ["plot", "two.csv", "--y", "a", "--y", "b", "--kind", "bar"],
      message: "Error: a bar chart shows one column; choose it with --y", in: directory)
  }

  @Test func barChartOfEveryColumnByDefaultIsRefused() throws {
    try directory.write("x,a,b\n1,2,3\n2,4,5\n", to: "two.csv")
    try downhill.expectBadInput(
      ["plot", "two.csv", "--kind", "bar"],
      message: "Error: a bar chart shows one column; choose it with --y", in: directory)
  }

  @Test func unknownOptionSuggestsTheNearest() throws {
    try downhill.expectBadInput(
      ["plot", "five.csv", "--colour", "always"],
      message: "Error: Unknown option '--colour'. Did you mean '--color'?\n" + Self.usage,
      in: directory)
  }

  @Test func missingFileArgumentIsRefused() throws {
    try downhill.expectBadInput(
      ["plot"],
      message: """
        Error: Missing expected argument '<file>'
        Help:  <file>  The CSV file.

        """ + Self.usage)
  }
}
