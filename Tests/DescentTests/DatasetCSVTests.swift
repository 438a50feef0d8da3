import Descent
import Interchange
import Testing

/// Parses `text` as `houses.csv`, expecting success.
private func houses(_ text: String, target: String? = nil) throws -> Dataset {
  try Dataset(csv: text, source: "houses.csv", target: target)
}

/// The error that parsing `text` as `houses.csv` throws, as printed, or `nil` if it parses.
private func csvError(_ text: String, target: String? = nil) -> String? {
  do {
    _ = try Dataset(csv: text, source: "houses.csv", target: target)
    return nil
  } catch {
    return error.description
  }
}

/// Reading a dataset from CSV text, and every error a student can meet doing so.
@Suite struct DatasetCSVTests {
  // MARK: - Reading

  @Test func lastColumnIsTargetAndOthersAreFeaturesInOrder() throws {
    let data = try houses("size,rooms,price\n50,2,150\n80,3,240\n")
    #expect(data.name == "houses.csv")
    #expect(data.featureNames == ["size", "rooms"])
    #expect(data.targetName == "price")
    #expect(data.features == [50, 2, 80, 3])
    #expect(data.targets == [150, 240])
  }

  @Test func namedTargetInTheMiddleLeavesOtherColumnsInOrder() throws {
    let data = try houses("size,price,rooms,age\n50,150,2,10\n80,240,3,20\n", target: "price")
    #expect(data.featureNames == ["size", "rooms", "age"])
    #expect(data.targetName == "price")
    #expect(data.features == [50, 2, 10, 80, 3, 20])
    #expect(data.targets == [150, 240])
  }

  @Test func namedTargetMayBeTheFirstColumn() throws {
    let data = try houses("price,size\n150,50\n240,80\n", target: "price")
    #expect(data.featureNames == ["size"])
    #expect(data.features == [50, 80])
    #expect(data.targets == [150, 240])
  }

  @Test func byteOrderMarkIsStripped() throws {
    let data = try houses("\u{FEFF}size,price\n50,150\n80,240\n")
    #expect(data.featureNames == ["size"])
    #expect(data.targets == [150, 240])
  }

  @Test func byteOrderMarkDoesNotCountAsAColumn() {
    #expect(
      csvError("\u{FEFF},price\n1,2\n3,4\n")
        == "houses.csv:1:1: column 1 has no name in the header")
  }

  @Test func crlfAndCRLineEndingsAreRead() throws {
    let crlf = try houses("size,price\r\n50,150\r\n80,240\r\n")
    #expect(crlf.features == [50, 80])
    #expect(crlf.targets == [150, 240])
    let cr = try houses("size,price\r50,150\r80,240\r")
    #expect(cr.features == [50, 80])
    #expect(cr.targets == [150, 240])
  }

  @Test func crlfAndCRLineEndingsCountOneLineEach() {
    #expect(
      csvError("a,b\r\n1,2\r\n3,x\r\n") == "houses.csv:3:3: 'x' in column 'b' is not a number")
    #expect(csvError("a,b\r1,2\r3,x\r") == "houses.csv:3:3: 'x' in column 'b' is not a number")
    #expect(csvError("a,b\n\r\n1,2\r\r3,x") == "houses.csv:5:3: 'x' in column 'b' is not a number")
  }

  @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws {
    let text =
      "\"size, m²\",\"the \"\"best\"\" rooms\",\"price\nin k\"\n\"50\",2,150\n80,3,\"240\"\n"
    let data = try houses(text)
    #expect(data.featureNames == ["size, m²", "the \"best\" rooms"])
    // Dataset sanitizes names: the line break inside the quotes becomes a space.
    #expect(data.targetName == "price in k")
    #expect(data.features == [50, 2, 80, 3])
    #expect(data.targets == [150, 240])
  }

  @Test func lineBreakInsideQuotesAdvancesPhysicalLines() {
    let text = "\"size\nin m²\",price\n50,150\r\n80,\"24\r\n0\"\n"
    #expect(csvError(text) == "houses.csv:4:4: '24 0' in column 'price' is not a number")
    #expect(
      csvError("\"a\nb\",y\n1,2\n3,x\n") == "houses.csv:4:3: 'x' in column 'y' is not a number")
  }

  @Test func blankLinesAnywhereAreSkipped() throws {
    let text = "\n  \r\nsize,price\n\n50,150\n \t \n80,240\n\n\n   \n"
    let data = try houses(text)
    #expect(data.features == [50, 80])
    #expect(data.targets == [150, 240])
  }

  @Test func whitespaceAroundNumbersIsTrimmed() throws {
    let data = try houses(" size , price \n  50 ,\t150\t\n\" 80 \" ,  \"240\"  \n")
    #expect(data.featureNames == ["size"])
    #expect(data.targetName == "price")
    #expect(data.features == [50, 80])
    #expect(data.targets == [150, 240])
  }

  @Test func numbersParseExactlyAsSwiftReadsThem() throws {
    let data = try houses(
      "x,y\n0.1,+5\n.5,5.\n1e3,-2.5E-3\n1e-400,00012\n0.30000000000000004,-0\n")
    #expect(data.features == [0.1, 0.5, 1000, 0, 0.30000000000000004])
    #expect(data.targets == [5, 5, -0.0025, 12, 0])
    #expect(data.features[0] == 0.1)
    #expect(data.features[0].bitPattern == (0.1 as Double).bitPattern)
  }

  @Test func duplicateColumnNamesAreAllowedWithoutANamedTarget() throws {
    let data = try houses("x,x,y\n1,2,3\n4,5,6\n")
    #expect(data.featureNames == ["x", "x"])
    #expect(data.features == [1, 2, 4, 5])
  }

  @Test func namedTargetMatchesTheSanitizedHeaderName() throws {
    let data = try houses("size, price \n50,150\n80,240\n", target: "price")
    #expect(data.targetName == "price")
    #expect(data.features == [50, 80])
  }

  @Test func largeFileParsesAllRows() throws {
    var text = "a,b,c\n"
    for i in 0..<50_000 { text += "\(i),\(i).5,\"\(-i)\"\n" }
    let data = try houses(text)
    #expect(data.count == 50_000)
    #expect(data.feature(49_999, 1) == 49_999.5)
    #expect(data.targets[49_999] == -49_999)
  }

  // MARK: - File-level errors

  @Test func emptyFileSaysSoWithoutALine() {
    let message =
      "houses.csv: the file is empty; a CSV needs a header row and at least two data rows"
    #expect(csvError("") == message)
    #expect(csvError("\u{FEFF}") == message)
    #expect(csvError("\u{FEFF}\n  \r\n\t\r") == message)
  }

  @Test func headerWithoutDataRowsCountsThem() {
    #expect(
      csvError("size,price\n\n")
        == "houses.csv: needs at least two data rows to learn from, found 0")
    #expect(
      csvError("size,price\n50,150\n\n")
        == "houses.csv: needs at least two data rows to learn from, found 1")
  }

  @Test func errorCarriesFileLineAndColumn() {
    do {
      _ = try Dataset(csv: "size,price\n50,150\n1200, abc\n", source: "houses.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error.location == Interchange.SourceLocation(file: "houses.csv", line: 3, column: 7))
      #expect(error.message == "'abc' in column 'price' is not a number")
    }
  }

  // MARK: - Header errors

  @Test func singleColumnHeaderNeedsAFeature() {
    #expect(
      csvError("y\n1\n2\n")
        == "houses.csv:1: needs at least one feature column besides the target column 'y'")
    #expect(
      csvError("y\n1\n2\n", target: "y")
        == "houses.csv:1: needs at least one feature column besides the target column 'y'")
  }

  @Test func missingTargetListsTheColumns() {
    #expect(
      csvError("size,price\n50,150\n80,240\n", target: "cost")
        == "houses.csv:1: no column named 'cost'; the columns are 'size', 'price'")
  }

  @Test func missingTargetNamesTheHeaderLineAfterBlankLines() {
    #expect(
      csvError("\n\nsize,price\n50,150\n80,240\n", target: "cost")
        == "houses.csv:3: no column named 'cost'; the columns are 'size', 'price'")
  }

  @Test func missingTargetListsAtMostTenColumns() {
    let header = (1...12).map { "c\($0)" }.joined(separator: ",")
    #expect(
      csvError(header + "\n", target: "y")
        == "houses.csv:1: no column named 'y'; the columns are 'c1', 'c2', 'c3', 'c4', 'c5', "
        + "'c6', 'c7', 'c8', 'c9', 'c10' and 2 more")
  }

  @Test func namedTargetMatchingTwoColumnsIsAmbiguous() {
    #expect(
      csvError("y,x,y\n1,2,3\n4,5,6\n", target: "y")
        == "houses.csv:1:5: columns 1 and 3 are both named 'y'; rename one so the column meant "
        + "is clear")
    #expect(
      csvError("y,y,x,y\n", target: "y")
        == "houses.csv:1:3: columns 1, 2 and 4 are all named 'y'; rename all but one so the "
        + "column meant is clear")
  }

  @Test func emptyHeaderNameNamesItsColumn() {
    #expect(csvError("size,,price\n") == "houses.csv:1:6: column 2 has no name in the header")
    #expect(csvError("size, ,price\n") == "houses.csv:1:6: column 2 has no name in the header")
    #expect(csvError("size,price,\n") == "houses.csv:1:12: column 3 has no name in the header")
    #expect(csvError("size,\"\",price\n") == "houses.csv:1:6: column 2 has no name in the header")
  }

  // MARK: - Row errors

  @Test func raggedRowNamesLineAndFieldCount() {
    #expect(
      csvError("size,price\n50,150\n80,240,3\n")
        == "houses.csv:3: this row has 3 fields but the header has 2")
    #expect(
      csvError("size,price\n50\n80,240\n")
        == "houses.csv:2: this row has 1 field but the header has 2")
    #expect(
      csvError("size,price\n50,150\n\"\"\n")
        == "houses.csv:3: this row has 1 field but the header has 2")
  }

  @Test func nonNumericCellNamesLineColumnAndColumnName() {
    #expect(
      csvError("size,price\n50,150\n1200, abc\n")
        == "houses.csv:3:7: 'abc' in column 'price' is not a number")
    #expect(
      csvError("size,price\n50,150\n\"1,200\",240\n")
        == "houses.csv:3:1: '1,200' in column 'size' is not a number")
  }

  @Test func longCellIsShortenedInTheMessage() {
    #expect(
      csvError("size,price\nabcdefghijklmnopqrstuvwxyz01234,1\n2,3\n")
        == "houses.csv:2:1: 'abcdefghijklmnopqrstuvwxyz012…' in column 'size' is not a number")
    #expect(
      csvError("size,price\nabcdefghijklmnopqrstuvwxyz0123,1\n2,3\n")
        == "houses.csv:2:1: 'abcdefghijklmnopqrstuvwxyz0123' in column 'size' is not a number")
  }

  @Test func controlCharactersInACellAreSanitizedInTheMessage() {
    #expect(
      csvError("size,price\n\"a\u{1B}[31m\",1\n2,3\n")
        == "houses.csv:2:1: 'a\u{FFFD}[31m' in column 'size' is not a number")
    #expect(
      csvError("size,price\n1\u{0}2,1\n2,3\n")
        == "houses.csv:2:1: '1\u{FFFD}2' in column 'size' is not a number")
  }

  @Test func columnCountsCharactersNotBytes() {
    #expect(
      csvError("größe,preis\n1,2\nÄÖü,x\n")
        == "houses.csv:3:1: 'ÄÖü' in column 'größe' is not a number")
    // Cells are checked in file order, whichever column is the target.
    #expect(
      csvError("größe,preis\n1,2\n\"é\",x\n", target: "größe")
        == "houses.csv:3:1: 'é' in column 'größe' is not a number")
    // The header's columns count characters too: 'ö' and 'ß' are one column each.
    #expect(
      csvError("größe,,preis\n1,2,3\n1,2,3\n")
        == "houses.csv:1:7: column 2 has no name in the header")
    #expect(
      csvError("a,b,c\n1,2,3\n\"e\u{301}👍🏽\",🇫🇷,x\n")
        == "houses.csv:3:1: 'e\u{301}👍🏽' in column 'a' is not a number")
    #expect(
      csvError("a,b,c\n1,2,3\n1,🇫🇷,x\n")
        == "houses.csv:3:3: '🇫🇷' in column 'b' is not a number")
    #expect(
      csvError("a,b,c\n1,2,3\n1,2e\u{301}👍🏽,x\n")
        == "houses.csv:3:3: '2e\u{301}👍🏽' in column 'b' is not a number")
    #expect(
      csvError("a,b,c\n1,2,3\n1,\"e\u{301}👍🏽\",x\n")
        == "houses.csv:3:3: 'e\u{301}👍🏽' in column 'b' is not a number")
    #expect(
      csvError("a,b,c\n1,2,3\n1,\"4\u{A0}\",🇫🇷x\n", target: "b")
        == "houses.csv:3:3: '4\u{A0}' in column 'b' is not a number")
  }

  @Test func emptyCellNamesItsColumn() {
    #expect(
      csvError("size,price\n50,150\n80,\n")
        == "houses.csv:3:4: the cell in column 'price' is empty")
    #expect(
      csvError("size,price\n50,150\n  ,240\n")
        == "houses.csv:3:1: the cell in column 'size' is empty")
    #expect(
      csvError("size,price\n50,150\n80, \"  \"\n")
        == "houses.csv:3:5: the cell in column 'price' is empty")
  }

  @Test func nonFiniteNumbersAreRefused() {
    #expect(
      csvError("size,price\n50,nan\n80,240\n")
        == "houses.csv:2:4: 'nan' in column 'price' is not a finite number")
    #expect(
      csvError("size,price\n50,150\n-inf,240\n")
        == "houses.csv:3:1: '-inf' in column 'size' is not a finite number")
    #expect(
      csvError("size,price\n50,150\n80,Infinity\n")
        == "houses.csv:3:4: 'Infinity' in column 'price' is not a finite number")
    #expect(
      csvError("size,price\n50,150\n80,nan(0x1)\n")
        == "houses.csv:3:4: 'nan(0x1)' in column 'price' is not a finite number")
  }

  @Test func numbersTooLargeForADoubleAreRefused() {
    #expect(
      csvError("size,price\n50,1e999\n80,240\n")
        == "houses.csv:2:4: '1e999' in column 'price' is too large to be a finite number")
    #expect(
      csvError("size,price\n50,150\n-1e309,240\n")
        == "houses.csv:3:1: '-1e309' in column 'size' is too large to be a finite number")
  }

  @Test func hexadecimalNumbersAreRefused() {
    #expect(
      csvError("size,price\n50,0x1p3\n80,240\n")
        == "houses.csv:2:4: '0x1p3' in column 'price' is not a decimal number")
    #expect(
      csvError("size,price\n50,150\n-0X10,240\n")
        == "houses.csv:3:1: '-0X10' in column 'size' is not a decimal number")
  }

  @Test func unterminatedQuoteIsReportedWhereItOpened() {
    #expect(
      csvError("size,price\n50,\"150\n80,240\n")
        == "houses.csv:2:4: a quoted field opened here is never closed")
    #expect(
      csvError("\"size,price\n")
        == "houses.csv:1:1: a quoted field opened here is never closed")
    #expect(
      csvError("size,price\n50,150\n80,\"24\"\"0\n")
        == "houses.csv:3:4: a quoted field opened here is never closed")
  }

  @Test func textAfterAClosingQuoteIsRefused() {
    #expect(
      csvError("size,price\n50,\"15\"0\n80,240\n")
        == "houses.csv:2:8: text follows the closing quote of a field; put the whole field "
        + "inside the quotes")
  }

  @Test func quoteInsideAnUnquotedFieldIsText() {
    #expect(
      csvError("size,price\n50,1\"5\n80,240\n")
        == "houses.csv:2:4: '1\"5' in column 'price' is not a number")
  }
}
