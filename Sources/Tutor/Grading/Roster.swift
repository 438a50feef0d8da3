import Descent
import Interchange

/// A class list from a Canvas gradebook export: a row a student with the columns a
/// gradebook import needs to match its rows to students (`Student`, `ID`, `SIS User ID`,
/// `SIS Login ID`, `Section`); any other columns are ignored.
public struct Roster: Sendable, Hashable {
  /// One student.
  public struct Student: Sendable, Hashable {
    /// The name as Canvas writes it (`Lovelace, Ada`).
    public var name: String
    /// Canvas's id for the student.
    public var id: String
    /// The institution's id.
    public var sisUserID: String
    /// The login, often an email.
    public var sisLoginID: String
    /// The section.
    public var section: String

    /// A student, every field stripped of escape and control sequences: a roster is
    /// written back into the gradebook, and names come from the students themselves.
    public init(name: String, id: String, sisUserID: String, sisLoginID: String, section: String) {
      self.name = name.sanitizedForDisplay
      self.id = id.sanitizedForDisplay
      self.sisUserID = sisUserID.sanitizedForDisplay
      self.sisLoginID = sisLoginID.sanitizedForDisplay
      self.section = section.sanitizedForDisplay
    }

    /// The student's identity for a report: the login, else the SIS id, else Canvas's.
    public var identity: String {
      [sisLoginID, sisUserID, id].first { !$0.isEmpty } ?? ""
    }

    /// The five columns, in the order a gradebook import wants them.
    var fields: [String] { [name, id, sisUserID, sisLoginID, section] }
  }

  /// The columns a roster must have, in the order a Canvas gradebook starts with them.
  public static let columns = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]

  /// The students, in the file's order.
  public var students: [Student]

  /// A roster of `students`.
  public init(students: [Student]) {
    self.students = students
  }

  /// Reads a roster (a Canvas gradebook export, or any CSV with the five columns); a
  /// `Points Possible` row and blank rows are skipped. Throws, located, a file that is
  /// not CSV or lacks a column.
  public static func parse(_ text: String, file: String) throws(DescentError) -> Roster {
    let rows = try CSVReader.rows(text, file: file)
    guard let header = rows.first else {
      throw DescentError(
        "the roster is empty; it needs a header row with the columns "
          + columns.joined(separator: ", "), at: SourceLocation(file: file, line: 1))
    }
    let names = header.fields.map(\.trimmingSpaces)
    var indices: [Int] = []
    for column in columns {
      guard let index = names.firstIndex(of: column) else {
        throw DescentError(
          "the roster has no '\(column)' column; a Canvas gradebook export starts with "
            + columns.joined(separator: ", "), at: SourceLocation(file: file, line: header.line))
      }
      indices.append(index)
    }
    var students: [Student] = []
    for row in rows.dropFirst() {
      let values = indices.map { $0 < row.fields.count ? row.fields[$0].trimmingSpaces : "" }
      guard values.contains(where: { !$0.isEmpty }), values[0] != "Points Possible" else {
        continue
      }
      students.append(
        Student(
          name: values[0], id: values[1], sisUserID: values[2], sisLoginID: values[3],
          section: values[4]))
    }
    return Roster(students: students)
  }

  /// The student a submission belongs to: the one whose login, SIS id or Canvas id is the
  /// submission's identity (a login compared without case), else the one whose name is
  /// exactly the submission's `student:`; nil when none is, or when a name is shared.
  public func match(_ submission: SubmissionGrade) -> Student? {
    for identity in [submission.identity, submission.fileIdentity].compactMap(\.self)
    where !identity.isEmpty {
      let wanted = identity.lowercased()
      if let student = students.first(where: {
        $0.sisLoginID.lowercased() == wanted || $0.sisUserID == identity || $0.id == identity
      }) {
        return student
      }
    }
    let named = students.filter { $0.name == submission.student }
    return named.count == 1 ? named[0] : nil
  }
}

/// Reads CSV (RFC 4180): fields separated by commas, quoted with `"` when they hold a
/// comma, quote or line break, a quote inside written twice; `\n` or `\r\n` rows.
enum CSVReader {
  /// One row: its fields and the line it starts on.
  struct Row: Equatable {
    var fields: [String]
    var line: Int
  }

  /// The rows of `text`; throws, located, a quoted field that is never closed or a quote
  /// in the middle of an unquoted field.
  static func rows(_ text: String, file: String) throws(DescentError) -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var rowLine = 1
    var quoted = false
    var quoteLine = 1
    var afterQuote = false
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }  // a spreadsheet's BOM
    var index = 0
    func endRow() {
      fields.append(field)
      field = ""
      if !(fields.count == 1 && fields[0].isEmpty) {
        rows.append(Row(fields: fields, line: rowLine))
      }
      fields = []
    }
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if quoted {
        if scalar == "\"" {
          if index < scalars.count, scalars[index] == "\"" {
            field.unicodeScalars.append("\"")
            index += 1
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case ",":
        fields.append(field)
        field = ""
        afterQuote = false
      case "\r" where index < scalars.count && scalars[index] == "\n":
        continue
      case "\n", "\r":
        endRow()
        afterQuote = false
        line += 1
        rowLine = line
      case "\"":
        guard field.isEmpty, !afterQuote else {
          throw DescentError(
            "a quote in the middle of a field; a field holding a quote is quoted, its quotes "
              + "doubled (\"say \"\"hi\"\"\")", at: SourceLocation(file: file, line: line))
        }
        quoted = true
        quoteLine = line
      default:
        guard !afterQuote else {
          throw DescentError(
            "text after a quoted field's closing quote", at: SourceLocation(file: file, line: line))
        }
        field.unicodeScalars.append(scalar)
      }
    }
    if quoted {
      throw DescentError(
        "the quoted field opened here is never closed",
        at: SourceLocation(file: file, line: quoteLine))
    }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    return rows
  }
}
