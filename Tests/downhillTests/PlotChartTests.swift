import Foundation
import Testing

/// `downhill plot FILE.csv` draws the chart asked for, of the columns asked for, at the size
/// asked for: 80×24 in a pipe when no size is given. Every run here sets `LC_ALL=C.UTF-8`, so
/// the canvas is braille whatever locale runs the tests, and standard output is a file, so
/// `--color auto` gives plain text.
@Suite struct PlotChartTests {
  let downhill: CommandRunner
  let directory: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    directory = try TemporaryDirectory()
    try directory.write("x,y\n1,2\n2,4\n3,5\n4,4\n5,7\n", to: "five.csv")
    try directory.write(
      """
      epoch,train,test
      1,0.9,1.0
      2,0.5,0.7
      3,0.3,0.6
      4,0.2,0.55
      5,0.15,0.5

      """, to: "loss.csv")
    try directory.write("loss\n100\n10\n1\n0.1\n0.01\n", to: "decades.csv")
  }

  /// Runs `downhill plot arguments…` in a UTF-8 locale, expects success and returns its
  /// lines (without their newlines).
  private func plot(
    _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String] {
    let result = try downhill.expectSuccess(
      ["plot"] + arguments, environment: ["LC_ALL": "C.UTF-8"], in: directory,
      sourceLocation: sourceLocation)
    #expect(result.stdout.hasSuffix("\n"), "\(result)", sourceLocation: sourceLocation)
    return result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast().map(String.init)
  }

  /// The terminal columns `line` takes: one a scalar, as every character these charts draw
  /// (box drawing, braille, blocks, `●`) is one column wide.
  private func columns(of line: String) -> Int {
    line.unicodeScalars.count
  }

  // MARK: - Size

  @Test func sizeInAPipeIs80By24() throws {
    let lines = try plot(["five.csv"])
    #expect(lines.count == 24, "\(lines.joined(separator: "\n"))")
    #expect(lines.allSatisfy { columns(of: $0) <= 80 }, "\(lines.map(columns(of:)))")
    #expect(
      lines.dropFirst(22).first
        == "     1       1.5       2       2.5       3      3.5       4       4.5       5")
  }

  @Test func widthAndHeightSetTheSize() throws {
    let lines = try plot(["five.csv", "--width", "60", "--height", "15"])
    #expect(lines.count == 15, "\(lines.joined(separator: "\n"))")
    #expect(lines.map(columns(of:)).max() == 60, "\(lines.map(columns(of:)))")
  }

  // MARK: - Kinds

  @Test func lineChartDrawsEachColumnWithALegend() throws {
    let lines = try plot(["loss.csv", "--kind", "line", "--width", "60", "--height", "15"])
    #expect(lines.count == 15)
    // Series differ by line style as well as colour: solid, then dashed.
    #expect(lines.first == "    ━━ train  ╍╍ test")
    #expect(
      lines.dropFirst(13).first == "      1            2            3           4            5")
    #expect(lines.last == "                             epoch")
  }

  @Test func lineIsTheDefaultKindWhenXIsInOrder() throws {
    let chosen = try plot(["five.csv", "--kind", "line"])
    let byDefault = try plot(["five.csv"])
    #expect(byDefault == chosen)
    // Repeated x values and holes still count as never decreasing.
    try directory.write("x,y\n1,2\n1,3\n,4\n2,1\n", to: "steps.csv")
    #expect(try plot(["steps.csv"]) == plot(["steps.csv", "--kind", "line"]))
    // So does x that only falls, such as a loss used as the x axis.
    try directory.write("x,y\n9,1\n4,2\n4,3\n1,4\n", to: "falling.csv")
    #expect(try plot(["falling.csv"]) == plot(["falling.csv", "--kind", "line"]))
  }

  @Test func scatterIsTheDefaultKindWhenXGoesBack() throws {
    // Points in no order would be joined into a tangle by a line chart.
    try directory.write("x,y\n3,9\n1,1\n2,4\n", to: "unordered.csv")
    let byDefault = try plot(["unordered.csv"])
    #expect(byDefault == (try plot(["unordered.csv", "--kind", "scatter"])))
    #expect(byDefault != (try plot(["unordered.csv", "--kind", "line"])))
  }

  @Test func scatterChartMarksEachPoint() throws {
    let lines = try plot(["loss.csv", "--kind", "scatter", "--width", "60", "--height", "15"])
    let expected: [String] = [
      "    ⠿⠇ train  ⠕⠅ test",
      "  1┤  ⡢⡂",
      "   │  ⣶⡆",
      "   │",
      "   │              ⢐⢔",
      "   │                           ⢐⢔           ⡀⡀",
      "0.5┤              ⢰⣶                        ⠊⠂          ⢐⢔",
      "   │",
      "   │                           ⢠⣤",
      "   │                           ⠈⠉           ⣤⡄",
      "   │                                        ⠉⠁          ⠸⠿",
      "  0┤",
      "   └──┬────────────┬────────────┬───────────┬────────────┬──",
      "      1            2            3           4            5",
      "                             epoch",
    ]
    #expect(lines == expected, "\(lines.joined(separator: "\n"))")
  }

  @Test func barChartLabelsEachBarWithItsValue() throws {
    let lines = try plot(
      ["loss.csv", "--kind", "bar", "--y", "test", "--width", "60", "--height", "8"])
    // Without --x the bars are labelled by the first column (the epochs 1…5); bars grow
    // from zero, so 0.5 is half of 1. The column's name heads the chart.
    let expected: [String] = [
      "test",
      "1│████████████████████████████████████████████████████ 1",
      "2│████████████████████████████████████▍ 0.7",
      "3│███████████████████████████████▎ 0.6",
      "4│████████████████████████████▋ 0.55",
      "5│██████████████████████████ 0.5",
    ]
    #expect(Array(lines.prefix(6)) == expected, "\(lines.joined(separator: "\n"))")
    #expect(lines.count == 8)
    #expect(lines.dropFirst(6).allSatisfy { $0.isEmpty })
  }

  @Test func barChartLabelsBarsByTheXColumn() throws {
    let lines = try plot(
      [
        "loss.csv", "--kind", "bar", "--x", "train", "--y", "test", "--width", "60", "--height",
        "6", "--ascii",
      ])
    let expected: [String] = [
      "test",
      " 0.9|################################################# 1",
      " 0.5|################################## 0.7",
      " 0.3|############################# 0.6",
      " 0.2|########################### 0.55",
      "0.15|######################### 0.5",
    ]
    #expect(lines == expected, "\(lines.joined(separator: "\n"))")
  }

  /// A bar chart shows no axis titles, so without the column's name a slide does not say
  /// what the bars measure (a line or scatter chart of one column names it over its y axis).
  @Test func barChartNamesItsColumn() throws {
    let lines = try plot(
      ["loss.csv", "--kind", "bar", "--y", "test", "--width", "60", "--height", "8"])
    #expect(
      lines.contains { $0.trimmingCharacters(in: .whitespaces) == "test" },
      "no line names the column 'test':\n\(lines.joined(separator: "\n"))")
  }

  /// Thirty bars in eight rows: the column's name, six bars scaled to the longest shown,
  /// then a line saying how many are not shown. The note must not be written over a bar.
  @Test func barChartWithMoreRowsThanFitSaysHowManyMore() throws {
    let squares = (1...30).map { "\($0),\($0 * $0)" }.joined(separator: "\n")
    try directory.write("n,square\n" + squares + "\n", to: "squares.csv")
    let lines = try plot(["squares.csv", "--kind", "bar", "--width", "40", "--height", "8"])
    #expect(lines.count == 8)
    #expect(lines.first == "square", "\(lines.joined(separator: "\n"))")
    // 34 columns for 36: 1 is 34/36 of a cell, which rounds to a full eighth-block cell.
    #expect(lines.dropFirst().first == "1│█ 1", "\(lines.joined(separator: "\n"))")
    #expect(
      lines.dropFirst(6).first == "6│██████████████████████████████████ 36",
      "\(lines.joined(separator: "\n"))")
    #expect(lines.last == "… 24 more", "\(lines.joined(separator: "\n"))")
  }

  /// One data row is one point: the line chart must show it (as the scatter chart does),
  /// not an empty plot.
  @Test func lineChartOfOneRowShowsThePoint() throws {
    try directory.write("x,y\n1,2\n", to: "one-row.csv")
    let scatter = try plot(
      ["one-row.csv", "--kind", "scatter", "--width", "40", "--height", "8"])
    #expect(scatter.contains("   │                 ⠛⠃"), "\(scatter.joined(separator: "\n"))")
    let line = try plot(["one-row.csv", "--width", "40", "--height", "8"])
    let braille = line.joined().unicodeScalars.filter { (0x2801...0x28FF).contains($0.value) }
    #expect(!braille.isEmpty, "no dot drawn:\n\(line.joined(separator: "\n"))")
  }

  // MARK: - Columns

  @Test func firstColumnIsXAndTheRestAreYByDefault() throws {
    let byDefault = try plot(["loss.csv", "--width", "60", "--height", "15"])
    let chosen = try plot(
      [
        "loss.csv", "--x", "epoch", "--y", "train", "--y", "test", "--width", "60", "--height",
        "15",
      ])
    #expect(byDefault == chosen)
    #expect(byDefault.first == "    ━━ train  ╍╍ test")
    #expect(byDefault.last?.trimmingCharacters(in: .whitespaces) == "epoch")
  }

  @Test func xAndRepeatedYChooseTheColumns() throws {
    let lines = try plot(
      [
        "loss.csv", "--kind", "scatter", "--x", "train", "--y", "test", "--y", "epoch",
        "--width", "60", "--height", "15",
      ])
    #expect(lines.first == "  ⠿⠇ test  ⠕⠅ epoch", "\(lines.joined(separator: "\n"))")
    #expect(
      lines.dropFirst(12).first == " └┬──────────┬───────────┬──────────┬───────────┬──────────┬")
    #expect(
      lines.dropFirst(13).first == "  0         0.2         0.4        0.6         0.8         1")
    #expect(lines.last == "                            train")
  }

  @Test func xAloneMakesEveryOtherColumnAY() throws {
    let alone = try plot(["loss.csv", "--x", "train", "--width", "60", "--height", "15"])
    let chosen = try plot(
      [
        "loss.csv", "--x", "train", "--y", "epoch", "--y", "test", "--width", "60", "--height",
        "15",
      ])
    #expect(alone == chosen)
    #expect(alone.first == "  ━━ epoch  ╍╍ test")
  }

  /// `--y` alone picks the y columns; x is still the first column, not the row number.
  @Test func yAloneIsPlottedAgainstTheFirstColumn() throws {
    try directory.write("time,a,b\n10,1,3\n20,2,2\n30,3,1\n", to: "times.csv")
    let alone = try plot(["times.csv", "--y", "b", "--width", "40", "--height", "10"])
    let chosen = try plot(
      ["times.csv", "--x", "time", "--y", "b", "--width", "40", "--height", "10"])
    let both =
      "--y b alone:\n" + alone.joined(separator: "\n") + "\n--x time --y b:\n"
      + chosen.joined(separator: "\n")
    #expect(alone == chosen, "\(both)")
    #expect(alone.last?.trimmingCharacters(in: .whitespaces) == "time")
  }

  /// `--y` naming the first column plots it against the row number, not against itself.
  @Test func yOfTheFirstColumnIsPlottedAgainstTheRowNumber() throws {
    let lines = try plot(["five.csv", "--y", "x", "--width", "60", "--height", "15"])
    #expect(lines.first == "  ━━ x", "\(lines.joined(separator: "\n"))")
    #expect(lines.last?.trimmingCharacters(in: .whitespaces) == "row")
  }

  @Test func singleColumnIsPlottedAgainstTheRowNumber() throws {
    let lines = try plot(["decades.csv", "--width", "60", "--height", "15"])
    #expect(lines.first == "    ━━ loss")
    #expect(lines.dropFirst(1).first == "loss")
    #expect(
      lines.dropFirst(13).first == "      1            2            3           4            5")
    #expect(lines.last == "                              row")
  }

  // MARK: - Title and scale

  @Test func titleIsCentredOnTheFirstLine() throws {
    let lines = try plot(
      ["decades.csv", "--title", "Loss by epoch", "--width", "60", "--height", "15"])
    // (60 − 13) / 2 = 23 columns to the left of a 13-column title.
    #expect(lines.first == String(repeating: " ", count: 23) + "Loss by epoch")
    #expect(lines.dropFirst(1).first == "    ━━ loss")
    #expect(lines.count == 15)
  }

  @Test func logyLabelsTheDecades() throws {
    let lines = try plot(["decades.csv", "--logy", "--width", "60", "--height", "15"])
    let labels: [String] = lines.compactMap { line in
      line.firstIndex(of: "┤").map { String(line[..<$0]) }
    }
    let decades: [String] = [" 100", "  10", "   1", " 0.1", "0.01"]
    #expect(labels == decades, "\(lines.joined(separator: "\n"))")
    // Each decade is the same height: a straight line through 100, 10, 1, 0.1, 0.01.
    #expect(lines.dropFirst(2).first == " 100┤  ⠠⢄⣀")
  }

  /// A log axis cannot place zero or a negative value; the chart must say it left them out
  /// (as it does for non-finite values), or a teacher sees fewer points with no reason.
  @Test func logyNotesTheValuesItCannotPlace() throws {
    try directory.write("x,y\n1,-1\n2,0\n3,5\n4,50\n5,500\n", to: "signs.csv")
    let lines = try plot(["signs.csv", "--logy", "--width", "40", "--height", "10"])
    #expect(
      lines.contains { $0.contains("2 values skipped") },
      "no note of the 2 values left out:\n\(lines.joined(separator: "\n"))")
  }
}
