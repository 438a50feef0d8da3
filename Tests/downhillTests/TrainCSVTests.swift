import Foundation
import Testing

/// `downhill train --data FILE.csv` reads the CSV a spreadsheet writes: a byte order mark,
/// CRLF line endings, quoted names and cells, blank trailing lines, and a target that is not
/// the last column.
@Suite struct TrainCSVTests {
  let downhill: CommandRunner
  let directory: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    directory = try TemporaryDirectory()
  }

  /// price = 150 · size exactly; age is noise the fit must give no weight.
  private func writeSpreadsheetExport() throws {
    var bytes = Data([0xEF, 0xBB, 0xBF])
    bytes.append(
      Data(
        """
        "size (m²)","price, $",age\r
        1,"150",30\r
        2,300,12\r
        "3",450,  7\r
        4,600,25\r
        5," 750 ",3\r
        \r
        \r

        """.utf8))
    try directory.write(bytes, to: "export.csv")
  }

  @Test func spreadsheetExportWithAMiddleTargetSolvesExactly() throws {
    try writeSpreadsheetExport()
    let result = try downhill.expectSuccess(
      [
        "train", "--json", "--data", "export.csv", "--target", "price, $", "--solver",
        "closed-form",
      ],
      in: directory)
    let report = try result.json()
    #expect(report.string("data") == "export.csv")
    let parameters = try #require(report.object("parameters"), "\(result)")
    let w = try #require(parameters.numbers("w"), "\(result)")
    let b = try #require(parameters.number("b"), "\(result)")
    // The features are size and age, in file order.
    #expect(w.isClose(to: [150, 0], within: 1e-9), "w = \(w)")
    #expect(b.isClose(to: 0, within: 1e-9), "b = \(b)")
  }

  @Test func spreadsheetExportWithAMiddleTargetTrainsByDescent() throws {
    try writeSpreadsheetExport()
    let result = try downhill.expectSuccess(
      [
        "train", "--json", "--data", "export.csv", "--target", "price, $", "--normalize",
        "zscore", "--lr", "0.1", "--epochs", "2000",
      ],
      in: directory)
    let report = try result.json()
    #expect(report.bool("diverged") == false)
    // The first loss is the mean squared price, as in the course's example 1.
    #expect(report.numbers("loss")?.first == 247500, "\(result)")
    let w = try #require(report.object("parameters")?.numbers("w"), "\(result)")
    #expect(w.isClose(to: [150, 0], within: 1e-6), "w = \(w)")
  }

  @Test func lastColumnIsTheTargetByDefault() throws {
    try directory.write("x,y\n1,2\n2,4\n3,6\n\n\n", to: "doubles.csv")
    let result = try downhill.expectSuccess(
      ["train", "--json", "--data", "doubles.csv", "--solver", "closed-form"], in: directory)
    let parameters = try #require(try result.json().object("parameters"), "\(result)")
    let w = try #require(parameters.numbers("w"), "\(result)")
    #expect(w.isClose(to: [2], within: 1e-9), "w = \(w)")
  }
}
