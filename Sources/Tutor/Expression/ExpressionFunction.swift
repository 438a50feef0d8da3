/// A built-in function: its name, how many arguments it takes and how to call it.
///
/// The first fifteen are called by name (`sum(x)`). `maximum` and `minimum` are the
/// element-wise forms that `max(a, b)` and `np.maximum(a, b)` compile to, so that `max`
/// itself always reduces: `max(x)`, or along an axis, `max(x, axis=0)`.
enum ExpressionFunction: String, CaseIterable, Sendable {
  case sum, mean, len, exp, log, sqrt, abs, tanh, sigmoid, relu, dot, min, max, outer, float
  case round
  case maximum, minimum

  /// The function a bare name calls, as in `sum(x)`; nil for any other name.
  init?(named name: String) {
    guard let function = Self(rawValue: name), function.isNamed else { return nil }
    self = function
  }

  /// Whether a bare name calls it: every function but `maximum` and `minimum`.
  var isNamed: Bool { self != .maximum && self != .minimum }

  /// Whether it takes an axis, as in `sum(x, axis=0)`.
  var reducesAlongAxis: Bool { self == .sum || self == .mean || self == .min || self == .max }

  /// How many arguments a bare call may pass, not counting `axis=`.
  var arity: ClosedRange<Int> {
    switch self {
    case .dot, .outer, .maximum, .minimum: return 2...2
    case .min, .max, .round: return 1...2
    default: return 1...1
    }
  }

  /// How to call it, for messages: `sum(x)`, `min(x) or min(a, b)`.
  var usage: String {
    switch self {
    case .dot, .outer, .maximum, .minimum: return "\(rawValue)(a, b)"
    case .min, .max: return "\(rawValue)(x) or \(rawValue)(a, b)"
    case .round: return "round(x) or round(x, digits)"
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
    return "\(rawValue) takes \(takes), as in \(usage), but this call has \(Self.count(count))"
  }

  /// "none", "1", "2": an argument count in a message.
  static func count(_ count: Int) -> String {
    count == 0 ? "none" : String(count)
  }

  /// "sum, mean, …, outer and float": every named function, in the order of the
  /// documentation.
  static var list: String {
    let names = allCases.filter(\.isNamed).map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
  }
}
