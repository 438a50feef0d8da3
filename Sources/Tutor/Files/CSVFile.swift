import Descent
import Interchange

/// Reading a CSV file that a student, a teacher or a lesson named, streamed: the file is
/// read once through a fixed window and only its numbers are kept, so a file of tens of
/// millions of rows costs the memory of its numbers, not of its text.
package enum CSVFile {
  /// The dataset in the CSV file at `path` (a regular file of at most
  /// `TextFile.dataLimit` bytes), named `source` in errors, with `target` to predict (nil:
  /// the last column).
  package static func dataset(
    at path: String, source: String? = nil, target: String?
  ) throws(DescentError) -> Dataset {
    try TextFile.streaming(path, limit: TextFile.dataLimit) {
      (file) throws(DescentError) -> Dataset in
      try Dataset(csv: file, source: source ?? path, target: target, advice: TextFile.csvAdvice)
    }
  }

  /// The columns of the CSV file at `path`, read as `dataset(at:source:target:)` reads it;
  /// `allowingMissing` reads holes for a chart (see `CSVTable`).
  package static func table(
    at path: String, allowingMissing: Bool = false
  ) throws(DescentError) -> CSVTable {
    try TextFile.streaming(path, limit: TextFile.dataLimit) {
      (file) throws(DescentError) -> CSVTable in
      try CSVTable(
        csv: file, source: path, advice: TextFile.csvAdvice, allowingMissing: allowingMissing)
    }
  }
}
