@testable import Descent
import Interchange
import Testing

/// A CSV file streamed through a small window reads exactly as the whole text does: the
/// same numbers, and the same errors at the same places.
@Suite struct CSVStreamingTests {
  /// The dataset in `text` read whole, or its error as printed.
  private func whole(_ text: String, target: String? = nil) -> String {
    do {
      return "\(try Dataset(csv: text, source: "t.csv", target: target))"
    } catch {
      return error.description
    }
  }

  /// The dataset in `text` streamed through a 16-byte window from reads of `chunk` bytes.
  private func streamed(_ text: String, target: String? = nil, chunk: Int) -> String {
    do {
      let source = ChunkedByteSource(Array(text.utf8), chunk: chunk)
      return "\(try Dataset(csv: source, source: "t.csv", target: target, advice: "save it as UTF-8", windowSize: 16))"
    } catch {
      return error.description
    }
  }

  private func table(_ text: String, chunk: Int?) -> String {
    do {
      let table: CSVTable
      if let chunk {
        let source = ChunkedByteSource(Array(text.utf8), chunk: chunk)
        table = try CSVTable(
          csv: source, source: "t.csv", advice: "save it as UTF-8", allowingMissing: true,
          windowSize: 16)
      } else {
        table = try CSVTable(csv: text, source: "t.csv", allowingMissing: true)
      }
      // NaN is never equal to itself, so the columns are compared as their bit patterns.
      return "\(table.names) \(table.columns.map { $0.map(\.bitPattern) })"
    } catch {
      return error.description
    }
  }

  /// A random CSV text: mostly well-formed, with every feature the reader handles, and
  /// now and then a mistake.
  private func randomCSV(using generator: inout SeededGenerator) -> String {
    let breaks = ["\n", "\r\n", "\r"]
    let lineBreak = breaks.randomElement(using: &generator) ?? "\n"
    let columns = Int.random(in: 1...4, using: &generator)
    let names = ["size", "\"price, €\"", "größe", " y ", "x😀", "a\"\"b"]
    var text = Bool.random(using: &generator) && Int.random(in: 0..<4, using: &generator) == 0 ? "\u{FEFF}" : ""
    text += (0..<columns).map { _ in names.randomElement(using: &generator) ?? "x" }
      .joined(separator: ",") + lineBreak
    let cells = [
      "1", "-2.5", "3e-4", ".5", "+7", " 8 ", "\"9\"", "\" 1.25 \"", "123456789.123456789",
      "1.7976931348623157e308", "5e-324", "", "nan", "abc", "\"1\n2\"", "0x10",
    ]
    for _ in 0..<Int.random(in: 0...12, using: &generator) {
      if Int.random(in: 0..<8, using: &generator) == 0 { text += lineBreak }  // a blank line
      // Now and then a row with one field too many or too few.
      var count = columns
      if Int.random(in: 0..<30, using: &generator) == 0 { count += Bool.random(using: &generator) ? 1 : -1 }
      let row = (0..<max(count, 1)).map { _ in
        Int.random(in: 0..<4, using: &generator) == 0
          ? cells.randomElement(using: &generator) ?? "1"
          : String(Double.random(in: -1e3...1e3, using: &generator))
      }
      text += row.joined(separator: ",") + lineBreak
    }
    if Int.random(in: 0..<20, using: &generator) == 0 { text += "\"never closed" }
    if Bool.random(using: &generator) { text = String(text.dropLast(lineBreak.count)) }
    return text
  }

  @Test func randomFilesReadTheSameStreamedAsWhole() {
    var generator = SeededGenerator(seed: 0xC5F_0018)
    var errors = 0
    for _ in 0..<2_000 {
      let text = randomCSV(using: &generator)
      let chunk = Int.random(in: 1...9, using: &generator)
      let expected = whole(text)
      #expect(streamed(text, chunk: chunk) == expected, "\(text.debugDescription)")
      #expect(table(text, chunk: chunk) == table(text, chunk: nil), "\(text.debugDescription)")
      if expected.hasPrefix("t.csv") { errors += 1 }
    }
    // Both readings and errors were exercised in earnest.
    #expect(errors > 200 && errors < 1_800)
  }

  @Test func theFastPathReadsEveryRecordItTakesAsTheGeneralReadingDoes() throws {
    var generator = SeededGenerator(seed: 0xFA57_0018)
    var taken = 0
    var left = 0
    for _ in 0..<1_500 {
      let text = randomCSV(using: &generator)
      let chunk = Int.random(in: 1...9, using: &generator)
      var reader = CSVReader(
        streaming: ChunkedByteSource(Array(text.utf8), chunk: chunk), source: "t.csv",
        advice: "", windowSize: 128)
      guard let header = try? reader.nextRecord() else { continue }
      var values = [Double](repeating: .nan, count: header.fields.count)
      var spans: [CSVReader.FieldSpan] = []
      while true {
        var general = reader
        let generalLine = try? general.nextRecord(into: &spans)
        let plainLine = values.withUnsafeMutableBufferPointer { reader.nextPlainRecord(into: $0) }
        guard let plainLine else {
          left += 1
          // Nothing moved: the general reading goes on from the same place.
          if generalLine == nil { break }
          reader = general
          continue
        }
        taken += 1
        #expect(generalLine == plainLine, "\(text.debugDescription)")
        let generalValues = spans.map { span in
          span.quotedText == nil
            ? general.withBytes { DecimalCell.value(of: UnsafeBufferPointer(rebasing: $0[span.bytes])) }
            : nil
        }
        #expect(generalValues == values.map { $0 }, "\(text.debugDescription)")
        // Both are at the same place of the text (the general reading may have moved its
        // window on, so offsets are counted from the text's start).
        #expect(general.offsetInText == reader.offsetInText, "\(text.debugDescription)")
        #expect(general.cursor.line == reader.cursor.line, "\(text.debugDescription)")
        #expect(
          general.cursor.discarded + general.cursor.lineStart
            == reader.cursor.discarded + reader.cursor.lineStart, "\(text.debugDescription)")
      }
    }
    // Both ways were exercised in earnest.
    #expect(taken > 3_000 && left > 1_000, "\(taken) taken, \(left) left")
  }

  @Test func aRecordLongerThanTheWindowReadsWhole() throws {
    let long = String(repeating: "1", count: 300)
    let text = "x,y\n\"\(long)\n\",2\n3,4\n"
    let data = try Dataset(
      csv: ChunkedByteSource(Array(text.utf8), chunk: 7), source: "t.csv",
      advice: "save it as UTF-8", windowSize: 16)
    #expect(data.features.count == 2)
    #expect(data.features[0] == Double(long))
    #expect(data.targets == [2, 4])
  }

  @Test func errorsInLaterWindowsKeepTheirLineAndColumn() {
    let rows = (1...40).map { "\($0),\($0 * 3)" }.joined(separator: "\n")
    let text = "x,y\n" + rows + "\n41, 12a\n"
    let expected = "t.csv:42:5: '12a' in column 'y' is not a number"
    #expect(whole(text) == expected)
    #expect(streamed(text, chunk: 5) == expected)
  }

  @Test func bytesThatAreNotUTF8AreLocated() {
    // "größe" in Latin-1 on line 3, after rows that fill the first window.
    var bytes = Array("x,y\n1,2\n3,".utf8) + [0x67, 0x72, 0xF6, 0xDF, 0x65] + Array("\n".utf8)
    bytes = Array("x,y\n".utf8) + Array(repeating: UInt8(ascii: "\n"), count: 20) + bytes.dropFirst(4)
    do {
      _ = try Dataset(
        csv: ChunkedByteSource(bytes, chunk: 4), source: "t.csv", advice: "save it as UTF-8",
        windowSize: 16)
      Issue.record("the file was read")
    } catch {
      #expect(
        error.description
          == "t.csv:23:5: the file is not UTF-8 text (its first bad byte is here); save it as UTF-8")
    }
  }
}
