import Interchange

/// The columns of a CSV file by name: a header row, then rows of finite numbers (or, for
/// charts, numbers with holes).
///
/// `Dataset(csv:source:target:)` builds on it to pick features and a target; `downhill plot`
/// reads any columns from it. Parsing follows the same rules and gives the same located
/// errors (see `Dataset(csv:source:target:)`).
public struct CSVTable: Sendable, Hashable {
  /// The file's name, used in errors.
  public let source: String
  /// The column names from the header, sanitized for display.
  public let names: [String]
  /// The values, one array a column (each `rowCount` long).
  public let columns: [[Double]]
  /// Where the header is, for errors about its columns.
  let headerLocation: SourceLocation
  /// Where each header name starts.
  let nameLocations: [SourceLocation]

  /// Parses CSV text whose first non-blank row is a header.
  ///
  /// Throws, with the file, line and column, for an empty file, an unnamed column, a row
  /// with the wrong number of fields, and a cell that is not a finite decimal number.
  ///
  /// With `allowingMissing`, empty cells, `nan` and `inf` are read (as NaN and ±∞) instead
  /// of refused, for a chart that draws data with holes; training never allows them.
  public init(
    csv text: String, source: String, allowingMissing: Bool = false
  ) throws(DescentError) {
    try self.init(
      csv: text, source: source,
      emptyMessage: "the file is empty; a CSV needs a header row and rows of numbers",
      allowingMissing: allowingMissing)
  }

  /// Parses as `init(csv:source:)`, saying `emptyMessage` for an empty file.
  init(
    csv text: String, source: String, emptyMessage: String, allowingMissing: Bool = false
  ) throws(DescentError) {
    var reader = CSVReader(text: text, source: source)
    guard let header = try reader.nextRecord() else {
      throw DescentError(emptyMessage, at: SourceLocation(file: source))
    }
    let names = header.fields.map(\.text.displayName)
    for (j, name) in names.enumerated() where name.isEmpty {
      throw DescentError(
        "column \(j + 1) has no name in the header", at: reader.location(of: header.fields[j]))
    }
    var columns = [[Double]](repeating: [], count: names.count)
    // One array of spans serves every row; a plain decimal cell is read from the bytes in
    // place, and anything else (quoted, empty, `nan`, a mistake) the general way, which
    // makes the message when there is one.
    var spans: [CSVReader.FieldSpan] = []
    while let line = try reader.nextRecord(into: &spans) {
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
          columns[j].append(plain)
        } else {
          columns[j].append(
            try Dataset.number(
              in: span.field(in: reader), column: names[j], reader: reader,
              allowsMissing: allowingMissing))
        }
      }
    }
    self.source = source
    self.names = names
    self.columns = columns
    headerLocation = SourceLocation(file: source, line: header.line)
    nameLocations = header.fields.map { reader.location(of: $0) }
  }

  /// The number of data rows.
  public var rowCount: Int { columns.first?.count ?? 0 }

  /// The index of the column called `name`; throws, at the header, when there is none or
  /// when several columns share the name.
  public func columnIndex(named name: String) throws(DescentError) -> Int {
    let wanted = name.displayName
    let matches = names.indices.filter { names[$0] == wanted }
    guard let first = matches.first else {
      throw DescentError(
        "no column named \(wanted.quotedForMessage); the columns are "
          + Dataset.list(names),
        at: headerLocation)
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

  /// The values of the column called `name` (see `columnIndex(named:)`).
  public func column(named name: String) throws(DescentError) -> [Double] {
    columns[try columnIndex(named: name)]
  }
}
