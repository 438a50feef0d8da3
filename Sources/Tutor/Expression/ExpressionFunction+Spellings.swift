extension ExpressionFunction {
  /// The functions that may follow `np.` (or `numpy.`), by numpy's names for them.
  ///
  /// numpy has no `len`, `float`, `sigmoid` or `relu`, so `np.sigmoid` is an error that
  /// says to write `sigmoid(x)`.
  static let numpyFunctions: [ExpressionFunction] = [
    .sum, .mean, .exp, .log, .sqrt, .abs, .tanh, .dot, .min, .max, .maximum, .minimum, .outer,
  ]

  /// The methods an array has here, as in `X.sum(axis=0)` and `a.dot(b)`; `.T` is the
  /// one attribute.
  static let methods: [ExpressionFunction] = [.sum, .mean, .max, .min, .dot]

  /// The function `np.name` calls, or nil if numpy's name isn't offered here.
  init?(numpyName name: String) {
    guard let function = Self(rawValue: name), Self.numpyFunctions.contains(function) else {
      return nil
    }
    self = function
  }

  /// The function `x.name(…)` calls, or nil if arrays here have no such method.
  init?(methodName name: String) {
    guard let function = Self(rawValue: name), Self.methods.contains(function) else {
      return nil
    }
    self = function
  }

  /// The name of the bare function that does the same: `max` for `maximum`, which is
  /// `max(a, b)`. `Statement.calledFunctions` holds these.
  var canonicalName: String {
    switch self {
    case .maximum: return "max"
    case .minimum: return "min"
    default: return rawValue
    }
  }

  /// "sum, mean, …, minimum and outer": what may follow `np.`.
  static var numpyList: String {
    let names = numpyFunctions.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
  }

  /// ".sum, .mean, .max, .min, .dot and .T": what may follow an array.
  static var methodList: String {
    methods.map { "." + $0.rawValue }.joined(separator: ", ") + " and .T"
  }
}
