/// A built-in function: its name, how many arguments it takes and how to call it.
enum ExpressionFunction: String, CaseIterable, Sendable {
  case sum, mean, len, exp, log, sqrt, abs, tanh, sigmoid, relu, dot, min, max, outer, float

  /// How many arguments a call may pass.
  var arity: ClosedRange<Int> {
    switch self {
    case .dot, .outer: return 2...2
    case .min, .max: return 1...2
    default: return 1...1
    }
  }

  /// How to call it, for messages: `sum(x)`, `min(x) or min(a, b)`.
  var usage: String {
    switch self {
    case .dot, .outer: return "\(rawValue)(a, b)"
    case .min, .max: return "\(rawValue)(x) or \(rawValue)(a, b)"
    default: return "\(rawValue)(x)"
    }
  }

  /// "sum takes one argument, as in sum(x), but this call has 2".
  func arityMessage(given count: Int) -> String {
    let takes: String
    switch arity {
    case 2...2: takes = "two arguments"
    case 1...2: takes = "one or two arguments"
    default: takes = "one argument"
    }
    let has = count == 0 ? "none" : String(count)
    return "\(rawValue) takes \(takes), as in \(usage), but this call has \(has)"
  }

  /// "sum, mean, …, outer and float": every function, in the order of the documentation.
  static var list: String {
    let names = allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
  }
}
