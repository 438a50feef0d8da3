import Interchange

extension Dataset {
  /// Parses CSV text (the file is read at the edge) into a dataset named `source`.
  ///
  /// The first non-blank row is the header. The target is the column named `target`, or the
  /// last column when `target` is `nil`; every other column is a feature, in file order.
  /// Every data cell must be a finite decimal number, such as `3`, `-0.5`, `.5`, `+2` or
  /// `1.5e-3`, optionally in quotes and surrounded by spaces.
  ///
  /// The text may start with a byte order mark and use `\n`, `\r\n` or `\r` line endings.
  /// Fields follow RFC 4180: `"a, b"` holds a comma, `""` inside quotes is one quote, and a
  /// quoted field may span lines. Blank lines are skipped anywhere.
  ///
  /// Errors name `source`, the physical line and the character column of the problem, such
  /// as `houses.csv:3:7: 'abc' in column 'price' is not a number`.
  ///
  /// ```swift
  /// let houses = try Dataset(csv: "size,price\n50,150\n80,240\n", source: "houses.csv")
  /// // houses.featureNames == ["size"], houses.targets == [150, 240]
  /// ```
  public init(csv text: String, source: String, target: String? = nil) throws(DescentError) {
    var reader = CSVReader(text: text, source: source)
    try self.init(reading: &reader, target: target)
  }

  /// Parses as `init(csv:source:target:)`, streaming the text from `bytes` (a file read at
  /// the edge) through a fixed window, so that only the features and targets are held;
  /// `advice` says how to save a file that is not UTF-8.
  package init(
    csv bytes: any ByteSource, source: String, target: String? = nil, advice: String,
    windowSize: Int = CSVTable.windowSize
  ) throws(DescentError) {
    var reader = CSVReader(
      streaming: bytes, source: source, advice: advice, windowSize: windowSize)
    try self.init(reading: &reader, target: target)
  }

  private init(reading reader: inout CSVReader, target: String?) throws(DescentError) {
    let header = try CSVHeader(
      reading: &reader,
      emptyMessage: "the file is empty; a CSV needs a header row and at least two data rows")
    let names = header.names
    let targetIndex = try target.map { name throws(DescentError) in
      try header.columnIndex(named: name)
    } ?? names.count - 1
    guard names.count >= 2 else {
      throw DescentError(
        "needs at least one feature column besides the target column "
          + names[targetIndex].quotedForMessage,
        at: header.location)
    }
    var cells = Examples(targetIndex: targetIndex, featureCount: names.count - 1)
    let rows = try header.readRows(from: &reader, into: &cells, allowingMissing: false)
    guard rows >= 2 else {
      throw DescentError(
        "needs at least two data rows to learn from, found \(rows)",
        at: SourceLocation(file: reader.source))
    }
    var featureNames = names
    featureNames.remove(at: targetIndex)
    self.init(
      name: reader.source, featureNames: featureNames, targetName: names[targetIndex],
      features: cells.features, targets: cells.targets)
  }

  /// A dataset's cells as they are read: features row-major, the target apart.
  private struct Examples: CSVCells {
    let targetIndex: Int
    let featureCount: Int
    var features: [Double] = []
    var targets: [Double] = []

    mutating func append(_ value: Double, column: Int) {
      if column == targetIndex {
        targets.append(value)
      } else {
        features.append(value)
      }
    }

    mutating func reserve(rows: Int) {
      features.reserveCapacity(rows * featureCount)
      targets.reserveCapacity(rows)
    }
  }

  /// The finite decimal number in `field`, or an error that names `column`. With
  /// `allowsMissing`, an empty cell and `nan` read as NaN and `inf`, `-inf` (or a number
  /// too large for a Double) as ±∞: data to draw with its holes, not to train on.
  static func number(
    in field: CSVReader.Field, column: String, reader: CSVReader, allowsMissing: Bool = false
  ) throws(DescentError) -> Double {
    // Unquoted fields are already trimmed; quoted ones are trimmed inside the quotes too.
    let text = field.isQuoted ? trimmed(field.text) : field.text
    // Built only for a message: a cell that reads is never described.
    var place: String { "in column \(column.quotedForMessage)" }
    if allowsMissing && text.isEmpty { return .nan }
    guard !text.isEmpty else {
      throw DescentError("the cell \(place) is empty", at: reader.location(of: field))
    }
    // `Double(_:)` stops at a NUL byte (reading "1\0x" as 1), so one is refused first.
    guard !text.utf8.contains(0), let value = Double(text) else {
      throw DescentError(
        "\(text.quotedForMessage) \(place) is not a number", at: reader.location(of: field))
    }
    let unsigned = text.utf8.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
    if unsigned.starts(with: "0x".utf8) || unsigned.starts(with: "0X".utf8) {
      throw DescentError(
        "\(text.quotedForMessage) \(place) is not a decimal number", at: reader.location(of: field))
    }
    guard value.isFinite || allowsMissing else {
      // An infinity written with digits (`1e999`) overflowed; `inf` and `nan` were meant.
      let hasDigit = text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
      let overflowed = value.isInfinite && hasDigit
      let problem = overflowed ? "is too large to be a finite number" : "is not a finite number"
      throw DescentError(
        "\(text.quotedForMessage) \(place) \(problem)", at: reader.location(of: field))
    }
    return value
  }

  /// `text` without leading and trailing spaces, tabs and line breaks.
  private static func trimmed(_ text: String) -> String {
    let isSpace: (Unicode.Scalar) -> Bool = {
      $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r"
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// The column names quoted and separated by commas; past ten, the rest are counted.
  static func list(_ names: [String]) -> String {
    let shown = names.prefix(10).map(\.quotedForMessage).joined(separator: ", ")
    return names.count > 10 ? "\(shown) and \(names.count - 10) more" : shown
  }
}
