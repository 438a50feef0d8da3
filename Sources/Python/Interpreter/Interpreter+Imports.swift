#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Interpreter {
  /// The modules a program may import, by their full names.
  static let availableModules = ["numpy", "numpy.random", "matplotlib.pyplot", "math"]

  /// The module called `name` (`numpy`, `matplotlib.pyplot`, `math`), as `import` would
  /// bind it; nil for a module that is not available. A host lends these, so that its
  /// formulas can write `np.mean(X)` before the program imports numpy.
  public func importedModule(_ name: String) -> PyValue? {
    guard Self.availableModules.contains(name) else { return nil }
    return try? .module(module(named: name, at: SourceSpan(line: 0, column: 0, length: 0)))
  }

  /// The module called `name`, made once per interpreter.
  func module(named name: String, at span: SourceSpan) throws(PythonError) -> PyModule {
    if let module = modules[name] { return module }
    let module: PyModule
    switch name {
    case "numpy": module = NumpyModule.make()
    case "numpy.random":
      guard case .module(let random)? = try self.module(named: "numpy", at: span).members["random"] else {
        throw PythonError(.unsupported, "numpy.random is missing", at: span)
      }
      module = random
    case "matplotlib.pyplot": module = PlotModule.make()
    case "math": module = MathModule.make()
    case "matplotlib":
      module = PyModule(name: "matplotlib", members: ["pyplot": .module(try self.module(named: "matplotlib.pyplot", at: span))])
    default:
      throw PythonError(
        .unsupported,
        "module '\(name)' is not available here; programs can import numpy (as np), matplotlib.pyplot (as plt) and math",
        at: span)
    }
    modules[name] = module
    return module
  }

  /// `import module [as alias]`.
  func importModule(_ name: String, alias: String?, in frame: Frame, at span: SourceSpan) throws(PythonError) {
    let module = try self.module(named: name, at: span)
    if let alias {
      try bind(alias, .module(module), in: frame, at: span)
      return
    }
    // `import matplotlib.pyplot` binds `matplotlib`, as Python does.
    let top = String(name.split(separator: ".").first ?? Substring(name))
    try bind(top, .module(try self.module(named: top, at: span)), in: frame, at: span)
  }

  /// `from module import name [as alias], …`.
  func importNames(_ names: [(name: String, alias: String?)], from name: String, in frame: Frame, at span: SourceSpan) throws(PythonError) {
    let module = try self.module(named: name, at: span)
    for (member, alias) in names {
      guard let value = module.members[member] else {
        throw PythonError(
          .unsupported,
          "cannot import name '\(member)' from '\(name)'; it has \(module.members.keys.sorted().joined(separator: ", "))",
          at: span)
      }
      try bind(alias ?? member, value, in: frame, at: span)
    }
  }
}

/// Python's `math`, the parts a course reaches for.
enum MathModule {
  static func make() -> PyModule {
    var members: [String: PyValue] = ["pi": .float(Double.pi), "e": .float(M_E), "inf": .float(.infinity), "nan": .float(.nan)]
    let functions: [(String, (Double) -> Double)] = [
      ("sqrt", { sqrt($0) }), ("exp", { exp($0) }), ("log", { log($0) }), ("tanh", { tanh($0) }),
      ("sin", { sin($0) }), ("cos", { cos($0) }), ("log10", { log10($0) }), ("fabs", { Swift.abs($0) }),
    ]
    for (name, f) in functions {
      members[name] = .builtin(
        Builtin("math." + name) { c throws(PythonError) in
          let x = try c.double(try c.require(0, "x"), "x", at: 0)
          try c.finish(positional: 1)
          if (name == "sqrt" && x < 0) || (name.hasPrefix("log") && x <= 0) {
            throw PythonError(.value, "math domain error", at: c.span)
          }
          return .float(f(x))
        })
    }
    for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up)] {
      members[name] = .builtin(
        Builtin("math." + name) { c throws(PythonError) in
          let value = try c.require(0, "x")
          try c.finish(positional: 1)
          if let i = value.intValue { return .int(i) }
          let x = try c.double(value, "x", at: 0)
          guard x.isFinite, Swift.abs(x) < 9.2e18 else {
            throw PythonError(.overflow, "cannot convert float infinity or NaN to integer", at: c.span)
          }
          return .int(Int(x.rounded(rule)))
        })
    }
    return PyModule(name: "math", members: members)
  }
}
