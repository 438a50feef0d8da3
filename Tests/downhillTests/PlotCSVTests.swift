import Foundation
import Testing

/// `downhill plot` reads the CSV a spreadsheet writes — a byte order mark, CRLF line ends,
/// quoted names and cells, blank trailing lines — as `downhill train` does, and names the
/// columns as the header spells them.
@Suite struct PlotCSVTests {
  let downhill: CommandRunner
  let directory: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    directory = try TemporaryDirectory()
    var bytes = Data([0xEF, 0xBB, 0xBF])
    bytes.append(
      Data(
        """
        "size (m²)","price, $"\r
        1,"150"\r
        2,300\r
        "3",450\r
        4," 600 "\r
        \r

        """.utf8))
    try directory.write(bytes, to: "export.csv")
  }

  /// Runs `downhill plot arguments…` in a UTF-8 locale, expects success and returns its
  /// lines (without their newlines).
  private func plot(
    _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String] {
    let result = try downhill.expectSuccess(
      ["plot"] + arguments, environment: ["LC_ALL": "C.UTF-8"], in: directory,
      sourceLocation: sourceLocation)
    return result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast().map(String.init)
  }

  @Test func spreadsheetExportPlotsAsALine() throws {
    let lines = try plot(["export.csv", "--width", "50", "--height", "12"])
    let expected: [String] = [
      "    ━━ price, $",
      "price, $",
      "600┤                                       ⢀⣀⠤⠤⠒",
      "   │                                ⢀⣀⠤⠤⠒⠊⠉⠁",
      "   │                          ⣀⡠⠤⠒⠊⠉⠁",
      "400┤                    ⣀⡠⠤⠒⠊⠉",
      "   │             ⢀⣀⡠⠤⠒⠊⠉",
      "200┤      ⢀⣀⡠⠤⠒⠒⠉⠁",
      "   │  ⠤⠒⠒⠉⠁",
      "   └──┬─────────────┬────────────┬─────────────┬──",
      "      1             2            3             4",
      "                      size (m²)",
    ]
    #expect(lines == expected, "\(lines.joined(separator: "\n"))")
  }

  @Test func quotedNamesChooseColumns() throws {
    let lines = try plot(
      [
        "export.csv", "--kind", "scatter", "--x", "size (m²)", "--y", "price, $", "--width",
        "50", "--height", "12", "--title", "Prices",
      ])
    let expected: [String] = [
      "                      Prices",
      "price, $",
      "600┤                                           ⠿⠇",
      "   │",
      "   │                             ⠿⠇",
      "400┤",
      "   │               ⢰⣶",
      "200┤",
      "   │ ⢰⣶",
      "   └──┬─────────────┬────────────┬─────────────┬──",
      "      1             2            3             4",
      "                      size (m²)",
    ]
    #expect(lines == expected, "\(lines.joined(separator: "\n"))")
  }

  @Test func quotedCellsAreBarValues() throws {
    let lines = try plot(
      ["export.csv", "--kind", "bar", "--y", "price, $", "--width", "50", "--height", "5"])
    let expected: [String] = [
      "price, $",
      "1│██████████▊ 150",
      "2│█████████████████████▌ 300",
      "3│████████████████████████████████▎ 450",
      "4│███████████████████████████████████████████ 600",
    ]
    #expect(lines == expected, "\(lines.joined(separator: "\n"))")
  }
}
