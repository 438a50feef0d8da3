import Interchange

/// The columns of a CSV file by name: a header row, then rows of finite numbers (or, for
/// charts, numbers with holes).
///
/// `Dataset(csv:source:target:)` builds on it to pick features and a target; `downhill plot`
/// reads any columns from it. Parsing follows the same rules and gives the same located
/// errors (see `Dataset(csv:source:target:)`).
public struct CSVTable: Sendable, Hashable {
  /// The file's name, used in errors.
  public var source: String { header.source }
  /// The column names from the header, sanitized for display.
  public var names: [String] { header.names }
  /// The values, one array a column (each `rowCount` long).
  public let columns: [[Double]]
  /// The header, for errors about its columns.
  private let header: CSVHeader

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
    var reader = CSVReader(text: text, source: source)
    try self.init(reading: &reader, allowingMissing: allowingMissing)
  }

  /// Parses as `init(csv:source:allowingMissing:)`, streaming the text from `bytes` (a file
  /// read at the edge) through a window of `windowSize` bytes, so that only the columns are
  /// held; `advice` says how to save a file that is not UTF-8.
  package init(
    csv bytes: any ByteSource, source: String, advice: String,
    allowingMissing: Bool = false, windowSize: Int = CSVTable.windowSize
  ) throws(DescentError) {
    var reader = CSVReader(
      streaming: bytes, source: source, advice: advice, windowSize: windowSize)
    try self.init(reading: &reader, allowingMissing: allowingMissing)
  }

  /// The bytes of a streamed file held at once: 256 KiB, unless one record is longer.
  package static let windowSize = 1 << 18

  private init(reading reader: inout CSVReader, allowingMissing: Bool) throws(DescentError) {
    header = try CSVHeader(
      reading: &reader,
      emptyMessage: "the file is empty; a CSV needs a header row and rows of numbers")
    var cells = Columns(count: header.names.count)
    _ = try header.readRows(from: &reader, into: &cells, allowingMissing: allowingMissing)
    columns = cells.columns
  }

  /// A table's cells: one array a column.
  private struct Columns: CSVCells {
    var columns: [[Double]]

    init(count: Int) {
      columns = Array(repeating: [], count: count)
    }

    mutating func append(_ value: Double, column: Int) {
      columns[column].append(value)
    }

    mutating func reserve(rows: Int) {
      for j in columns.indices { columns[j].reserveCapacity(rows) }
    }
  }

  /// The number of data rows.
  public var rowCount: Int { columns.first?.count ?? 0 }

  /// The index of the column called `name`; throws, at the header, when there is none or
  /// when several columns share the name.
  public func columnIndex(named name: String) throws(DescentError) -> Int {
    try header.columnIndex(named: name)
  }

  /// The values of the column called `name` (see `columnIndex(named:)`).
  public func column(named name: String) throws(DescentError) -> [Double] {
    columns[try columnIndex(named: name)]
  }
}
