import Interchange

/// The header row of a CSV file, and the reading of the rows under it: the one loop that
/// `CSVTable` and `Dataset(csv:…)` share, each keeping the cells its own way.
struct CSVHeader: Sendable, Hashable {
  /// The file's name, used in errors.
  let source: String
  /// The column names, sanitized for display.
  let names: [String]
  /// Where the header is, for errors about its columns.
  let location: SourceLocation
  /// Where each name starts.
  let nameLocations: [SourceLocation]

  /// Reads the first non-blank record as the header; throws `emptyMessage` when there is
  /// none, and a located error for a column without a name.
  init(reading reader: inout CSVReader, emptyMessage: String) throws(DescentError) {
    guard let header = try reader.nextRecord() else {
      throw DescentError(emptyMessage, at: SourceLocation(file: reader.source))
    }
    let names = header.fields.map(\.text.displayName)
    for (j, name) in names.enumerated() where name.isEmpty {
      throw DescentError(
        "column \(j + 1) has no name in the header", at: reader.location(of: header.fields[j]))
    }
    source = reader.source
    self.names = names
    location = SourceLocation(file: reader.source, line: header.line)
    // Places are taken now: a streamed window moves on with the rows.
    nameLocations = header.fields.map { reader.location(of: $0) }
  }

  /// The index of the column called `name`; throws, at the header, when there is none or
  /// when several columns share the name.
  func columnIndex(named name: String) throws(DescentError) -> Int {
    let wanted = name.displayName
    let matches = names.indices.filter { names[$0] == wanted }
    guard let first = matches.first else {
      throw DescentError(
        "no column named \(wanted.quotedForMessage); the columns are " + Dataset.list(names),
        at: location)
    }
    guard matches.count == 1 else {
      let numbers = matches.map { String($0 + 1) }
      let columns = numbers.dropLast().joined(separator: ", ") + " and " + (numbers.last ?? "")
      let (all, fix) = matches.count == 2 ? ("both", "one") : ("all", "all but one")
      throw DescentError(
        "columns \(columns) are \(all) named \(wanted.quotedForMessage); rename \(fix) "
          + "so the column meant is clear",
        at: nameLocations[matches[1]])
    }
    return first
  }

  /// Reads every row after the header into `cells`, each cell in column order, and returns
  /// how many rows there were. A plain decimal cell is read from the bytes in place;
  /// anything else (quoted, empty, `nan`, a mistake) the general way, which makes the
  /// message when there is one.
  func readRows<Cells: CSVCells>(
    from reader: inout CSVReader, into cells: inout Cells, allowingMissing: Bool
  ) throws(DescentError) -> Int {
    var spans: [CSVReader.FieldSpan] = []
    let dataStart = reader.offsetInText
    var rows = 0
    var values = [Double](repeating: 0, count: names.count)
    while true {
      let plainLine = values.withUnsafeMutableBufferPointer { reader.nextPlainRecord(into: $0) }
      if plainLine != nil {
        values.withUnsafeBufferPointer { cells.appendRow($0) }
        rows += 1
        estimateRows(after: rows, from: dataStart, reader: reader, into: &cells)
        continue
      }
      guard let line = try reader.nextRecord(into: &spans) else { break }
      guard spans.count == names.count else {
        let n = spans.count
        throw DescentError(
          "this row has \(n) \(n == 1 ? "field" : "fields") but the header has \(names.count)",
          at: SourceLocation(file: source, line: line))
      }
      for j in spans.indices {
        let span = spans[j]
        let plain =
          span.quotedText == nil
          ? reader.withBytes { DecimalCell.value(of: UnsafeBufferPointer(rebasing: $0[span.bytes])) }
          : nil
        if let plain {
          cells.append(plain, column: j)
        } else {
          cells.append(
            try Dataset.number(
              in: span.field(in: reader), column: names[j], reader: reader,
              allowsMissing: allowingMissing),
            column: j)
        }
      }
      rows += 1
      estimateRows(after: rows, from: dataStart, reader: reader, into: &cells)
    }
    return rows
  }

  /// After the first rows, makes room in `cells` for the rows the rest of the file holds
  /// at their length, and a tenth more: capacity never touched costs no memory, growing by
  /// copies does.
  @inline(__always)
  private func estimateRows<Cells: CSVCells>(
    after rows: Int, from dataStart: Int, reader: CSVReader, into cells: inout Cells
  ) {
    guard rows == Self.rowsToEstimateFrom, let total = reader.byteCountHint else { return }
    let perRow = Double(reader.offsetInText - dataStart) / Double(rows)
    let estimate = Double(total - dataStart) / max(perRow, 1) * 1.1
    if estimate.isFinite && estimate < Double(Int.max / 16) {
      cells.reserve(rows: Int(estimate) + 16)
    }
  }

  /// After how many rows the rest of a file's rows are estimated.
  private static let rowsToEstimateFrom = 1024
}

/// Where `CSVHeader.readRows` puts cells: one table's columns, or a dataset's features and
/// targets.
protocol CSVCells {
  /// Keeps the cell of column `column` in the current row.
  mutating func append(_ value: Double, column: Int)
  /// Makes room for `rows` rows in all.
  mutating func reserve(rows: Int)
}

extension CSVCells {
  /// Keeps a whole row's cells, in column order.
  @inline(__always)
  mutating func appendRow(_ values: UnsafeBufferPointer<Double>) {
    for j in values.indices { append(values[j], column: j) }
  }
}
