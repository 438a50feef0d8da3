/// Where a problem in some input is: a file (or other named source), a line and a column.
///
/// Lines and columns count from 1. Any part may be missing: a REPL line has no file, an
/// empty file has no line. `description` prints the usual `file:line:col` form.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file or source name, such as `houses.csv` or `--init`.
  public var file: String?
  /// The 1-based line, if the problem is on one line.
  public var line: Int?
  /// The 1-based column (in characters), if the problem is at one place on the line.
  public var column: Int?

  /// Creates a location; leave out the parts that do not apply.
  public init(file: String? = nil, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String {
    var parts: [String] = []
    if let file { parts.append(file) }
    if let line { parts.append(String(line)) }
    if let line = line, line > 0, let column { parts.append(String(column)) }
    return parts.joined(separator: ":")
  }
}
