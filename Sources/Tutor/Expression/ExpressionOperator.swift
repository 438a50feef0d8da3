/// A binary operator: arithmetic, matrix product, comparison or logic.
enum ExpressionOperator: Sendable, Hashable {
  case add, subtract, multiply, divide, power, matrixProduct
  case less, lessEqual, greater, greaterEqual, equal, notEqual
  case and, or

  /// How tightly the operator binds, as in Python: `or` 1, `and` 2, (`not` 3),
  /// comparisons 4, `+ -` 5, `* / @` 6, (unary `- +` 7), `** ^` 8.
  var bindingPower: Int {
    switch self {
    case .or: return 1
    case .and: return 2
    case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: return 4
    case .add, .subtract: return 5
    case .multiply, .divide, .matrixProduct: return 6
    case .power: return 8
    }
  }

  /// `and` or `or`, for messages about the logical operators.
  var keyword: String { self == .and ? "and" : "or" }

  /// Whether the operator compares (comparisons do not chain in this language).
  var isComparison: Bool { bindingPower == 4 }

  /// The operator for a token, if the token is a binary operator.
  init?(_ kind: ExpressionToken.Kind) {
    switch kind {
    case .plus: self = .add
    case .minus: self = .subtract
    case .star: self = .multiply
    case .slash: self = .divide
    case .power: self = .power
    case .at: self = .matrixProduct
    case .less: self = .less
    case .lessEqual: self = .lessEqual
    case .greater: self = .greater
    case .greaterEqual: self = .greaterEqual
    case .equalEqual: self = .equal
    case .notEqual: self = .notEqual
    case .and: self = .and
    case .or: self = .or
    default: return nil
    }
  }

  /// The element-wise function for arithmetic and comparisons: IEEE arithmetic as numpy
  /// does it (`1/0` is `inf`, `0/0` is `nan`), `pow` from the C library, and 1 or 0 for a
  /// comparison (NaN compares false, except with `!=`).
  var elementwise: (Double, Double) -> Double {
    switch self {
    case .add: return { $0 + $1 }
    case .subtract: return { $0 - $1 }
    case .multiply: return { $0 * $1 }
    case .divide: return { $0 / $1 }
    case .power: return { ExpressionMath.power($0, $1) }
    case .less: return { $0 < $1 ? 1 : 0 }
    case .lessEqual: return { $0 <= $1 ? 1 : 0 }
    case .greater: return { $0 > $1 ? 1 : 0 }
    case .greaterEqual: return { $0 >= $1 ? 1 : 0 }
    case .equal: return { $0 == $1 ? 1 : 0 }
    case .notEqual: return { $0 != $1 ? 1 : 0 }
    // Not element-wise: the evaluator handles these before asking.
    case .matrixProduct, .and, .or: return { _, _ in .nan }
    }
  }
}
