import Foundation
import Testing

/// `downhill train` refuses data it cannot learn from, or a model that does not fit the data:
/// exit status 2, a message naming the file, line and column where there is one, nothing on
/// stdout. Files are written to a fresh directory and named relative to it, as a student
/// would type them.
@Suite struct TrainDataErrorTests {
  let downhill: CommandRunner
  let directory: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    directory = try TemporaryDirectory()
  }

  // MARK: - Models that do not fit the data

  @Test func logisticRegressionRefusesNumericTargets() throws {
    try downhill.expectBadInput(
      ["train", "--model", "logistic", "--data", "houses"],
      message:
        "Error: logistic regression classifies into 0 and 1, but row 1 of 'houses' has the "
        + "target 150; use a linear model for numeric targets")
  }

  @Test func polynomialRefusesTwoFeatures() throws {
    try downhill.expectBadInput(
      ["train", "--model", "poly:2", "--data", "xor"],
      message:
        "Error: a polynomial model fits one feature, but 'xor' has 2 ('x1', 'x2'); use a linear "
        + "model or one column")
  }

  @Test func networkWithTheWrongInputSizeIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--model", "mlp:3-4-1", "--data", "xor"],
      message:
        "Error: the network mlp:3-4-1 takes 3 input(s), but the data has 2 feature(s); start "
        + "the layer sizes with 2")
  }

  @Test func networkWithTwoOutputsIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--model", "mlp:2-4-2", "--data", "xor"],
      message:
        "Error: the network mlp:2-4-2 ends in 2 outputs, but the data has one target a row; end "
        + "the layer sizes with 1")
  }

  // MARK: - Finding the data

  @Test func unknownBuiltInNameListsTheBuiltIns() throws {
    try downhill.expectBadInput(
      ["train", "--data", "nosuch"],
      message:
        "Error: there is no built-in dataset called 'nosuch'; the built-ins are houses, "
        + "squares, doubles, xor, blobs, moons, sine, or give a CSV file")
  }

  @Test func targetWithABuiltInIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--data", "xor", "--target", "y"],
      message:
        "Error: --target picks a column of a CSV file; the built-in dataset 'xor' has its "
        + "target already")
  }

  @Test func missingCSVFileIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--data", "missing.csv"],
      message: "Error: cannot read 'missing.csv': no such file or directory", in: directory)
  }

  @Test func directoryAsDataIsRefused() throws {
    try FileManager.default.createDirectory(
      at: directory.url.appendingPathComponent("tables"), withIntermediateDirectories: false)
    try downhill.expectBadInput(
      ["train", "--data", "tables/"],
      message: "Error: cannot read 'tables/': it is a folder, not a regular file", in: directory)
  }

  @Test func nonUTF8FileIsRefusedAtItsFirstBadByte() throws {
    // "größe,preis" in Latin-1: ö is 0xF6 and ß is 0xDF, neither valid UTF-8 here.
    var bytes = Data([0x67, 0x72, 0xF6, 0xDF, 0x65])
    bytes.append(Data(",preis\n1,150\n2,300\n".utf8))
    try directory.write(bytes, to: "latin1.csv")
    try downhill.expectBadInput(
      ["train", "--data", "latin1.csv"],
      message:
        "Error: latin1.csv:1:3: the file is not UTF-8 text (its first bad byte is here); "
        + "save it as UTF-8 (CSV UTF-8 in a spreadsheet)",
      in: directory)
  }

  // MARK: - CSV errors name the file, line and column

  @Test func nonNumericCellNamesItsLineAndColumn() throws {
    try directory.write("size,price\n1,150\n2,abc\n3,450\n", to: "houses.csv")
    try downhill.expectBadInput(
      ["train", "--data", "houses.csv"],
      message: "Error: houses.csv:3:3: 'abc' in column 'price' is not a number", in: directory)
  }

  @Test func quotedCommaIsOneCellThatIsNotANumber() throws {
    try directory.write("size,price\n1,150\n\"1,5\",300\n", to: "houses.csv")
    try downhill.expectBadInput(
      ["train", "--data", "houses.csv"],
      message: "Error: houses.csv:3:1: '1,5' in column 'size' is not a number", in: directory)
  }

  @Test func raggedRowNamesItsLine() throws {
    try directory.write("size,price\n1,150\n2,300,7\n3,450\n", to: "houses.csv")
    try downhill.expectBadInput(
      ["train", "--data", "houses.csv"],
      message: "Error: houses.csv:3: this row has 3 fields but the header has 2", in: directory)
  }

  @Test func emptyFileIsRefused() throws {
    try directory.write("", to: "houses.csv")
    try downhill.expectBadInput(
      ["train", "--data", "houses.csv"],
      message:
        "Error: houses.csv: the file is empty; a CSV needs a header row and at least two data "
        + "rows",
      in: directory)
  }

  @Test func missingTargetColumnListsTheColumns() throws {
    try directory.write("size,price\n1,150\n2,300\n3,450\n", to: "houses.csv")
    try downhill.expectBadInput(
      ["train", "--data", "houses.csv", "--target", "cost"],
      message: "Error: houses.csv:1: no column named 'cost'; the columns are 'size', 'price'",
      in: directory)
  }

  @Test func fewerThanTwoRowsIsRefused() throws {
    try directory.write("size,price\n1,150\n", to: "houses.csv")
    try downhill.expectBadInput(
      ["train", "--data", "houses.csv"],
      message: "Error: houses.csv: needs at least two data rows to learn from, found 1",
      in: directory)
  }

  @Test func fileInAnotherDirectoryIsNamedAsGiven() throws {
    let subdirectory = directory.url.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: subdirectory, withIntermediateDirectories: false)
    try Data("size,price\n1,150\n2,abc\n".utf8).write(
      to: subdirectory.appendingPathComponent("houses.csv"))
    try downhill.expectBadInput(
      ["train", "--data", "data/houses.csv"],
      message: "Error: data/houses.csv:3:3: 'abc' in column 'price' is not a number",
      in: directory)
  }
}
