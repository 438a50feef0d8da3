#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Functions a tutorial prompt adds to Python's built-ins, so that the formulas its
/// lessons have always written (`mean(X)`, `exp(-z)`, `sigmoid(z)`, `dot(w, x)`) run
/// as Python unchanged: numpy's functions by their bare names, and the two activations
/// the lessons use. A program's own names, and `np.`'s, are unaffected.
public enum PromptFunctions {
  /// The functions by name.
  public static let table: [String: PyValue] = {
    var table: [String: PyValue] = [:]
    let numpy = NumpyModule.make()
    for name in [
      "mean", "exp", "log", "sqrt", "tanh", "dot", "outer", "maximum", "minimum",
    ] {
      if let member = numpy.members[name] { table[name] = member }
    }
    table["sigmoid"] = .builtin(
      Builtin("sigmoid") { c throws(PythonError) in
        let array = try c.interpreter.asArray(try c.require(0, "z"), at: c.span(of: 0))
        try c.finish(positional: 1)
        return Interpreter.wrap(array.mapDoubles { 1 / (1 + exp(-$0)) }, scalarIfZeroD: true)
      })
    table["relu"] = .builtin(
      Builtin("relu") { c throws(PythonError) in
        let array = try c.interpreter.asArray(try c.require(0, "z"), at: c.span(of: 0))
        try c.finish(positional: 1)
        return Interpreter.wrap(array.mapDoubles { Swift.max($0, 0) }, scalarIfZeroD: true)
      })
    return table
  }()
}
