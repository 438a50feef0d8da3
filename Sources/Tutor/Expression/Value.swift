/// A value: a number, a vector (shape `[n]`) or a matrix (shape `[rows, columns]`, row-major).
///
/// Values are plain data. The expression language only makes well-formed ones; a matrix
/// from an environment whose element count is not `rows * columns` is reported as an
/// `ExpressionError` when an expression reads it, never trusted.
///
///     Value.vector([1, 2, 3]).shapeDescription                  // "a vector of 3"
///     Value.matrix(rows: 2, columns: 2, [1, 2, 3, 4]).formatted  // "[[1, 2], [3, 4]]"
public enum Value: Sendable, Hashable {
  /// A single number, like a Python float or a numpy scalar.
  case number(Double)
  /// A vector of numbers, shape `[n]`.
  case vector([Double])
  /// A matrix, shape `[rows, columns]`, its elements stored row by row.
  case matrix(rows: Int, columns: Int, [Double])

  /// The shape as numpy reports it: `[]` for a number, `[n]`, `[rows, columns]`.
  public var shape: [Int] {
    switch self {
    case .number: return []
    case .vector(let elements): return [elements.count]
    case .matrix(let rows, let columns, _): return [rows, columns]
    }
  }

  /// Every element in order, row by row for a matrix; a number is a single element.
  public var elements: [Double] {
    switch self {
    case .number(let x): return [x]
    case .vector(let elements): return elements
    case .matrix(_, _, let elements): return elements
    }
  }

  /// The shape in words for messages: "a number", "a vector of 5", "a 4×2 matrix".
  public var shapeDescription: String {
    switch self {
    case .number: return "a number"
    case .vector(let elements): return Self.describeVector(count: elements.count)
    case .matrix(let rows, let columns, _): return Self.describeMatrix(rows: rows, columns: columns)
    }
  }

  /// Whether a matrix's dimensions are non-negative and multiply to its element count.
  var isWellFormed: Bool {
    guard case .matrix(let rows, let columns, let elements) = self else { return true }
    guard rows >= 0, columns >= 0 else { return false }
    let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
    return !overflow && count == elements.count
  }

  /// "a vector of 5": how a vector's shape reads in a sentence.
  static func describeVector(count: Int) -> String { "a vector of \(count)" }

  /// "a 4×2 matrix": how a matrix's shape reads in a sentence.
  static func describeMatrix(rows: Int, columns: Int) -> String { "a \(rows)×\(columns) matrix" }
}
