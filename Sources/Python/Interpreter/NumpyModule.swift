#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The parts of numpy the course uses, computed here (not by numpy: `np.random` draws
/// from Downhill's own seeded generator, so its numbers are not numpy's stream).
enum NumpyModule {
  static func make() -> PyModule {
    var members: [String: PyValue] = [:]
    func add(_ name: String, _ call: @escaping (inout CallContext) throws(PythonError) -> PyValue) {
      members[name] = .builtin(Builtin("np." + name, call))
    }
    members["pi"] = .float(Double.pi)
    members["e"] = .float(M_E)
    members["inf"] = .float(.infinity)
    members["nan"] = .float(.nan)
    members["newaxis"] = PyValue.none
    for name in ["float64", "int64", "bool_", "float32", "int32"] {
      add(name) { c throws(PythonError) in
        let value = try c.take(0, "x") ?? .int(0)
        try c.finish(positional: 1)
        let dtype = try c.interpreter.dtypeArgument(.string(name == "bool_" ? "bool" : name), c)
        let array = try c.interpreter.asArray(value, at: c.span).converted(to: dtype)
        return Interpreter.wrap(array, scalarIfZeroD: true)
      }
    }

    add("array") { c throws(PythonError) in
      let value = try c.require(0, "object")
      let dtype = try c.take(1, "dtype").map { v throws(PythonError) in try c.interpreter.dtypeArgument(v, c) }
      try c.finish(positional: 2)
      if case .array(let array) = value {
        return .array(dtype.map { array.converted(to: $0) } ?? array.copy())
      }
      return .array(try c.interpreter.makeArray(value, dtype: dtype, at: c.span))
    }
    members["asarray"] = members["array"]
    for (name, fill) in [("zeros", 0.0), ("ones", 1.0)] {
      add(name) { c throws(PythonError) in
        let shape = try c.interpreter.shapeArgument([try c.require(0, "shape")], c)
        let dtype = try c.take(1, "dtype").map { v throws(PythonError) in try c.interpreter.dtypeArgument(v, c) } ?? .float64
        try c.finish(positional: 2)
        try c.interpreter.checkSize(shape.reduce(1, *), at: c.span)
        return .array(NDArray(floats: Array(repeating: fill, count: shape.reduce(1, *)), shape: shape).converted(to: dtype))
      }
      add(name + "_like") { c throws(PythonError) in
        let like = try c.interpreter.asArray(try c.require(0, "a"), at: c.span(of: 0))
        let dtype = try c.take(1, "dtype").map { v throws(PythonError) in try c.interpreter.dtypeArgument(v, c) } ?? like.dtype
        try c.finish(positional: 2)
        return .array(NDArray(floats: Array(repeating: fill, count: like.count), shape: like.shape).converted(to: dtype))
      }
    }
    add("full") { c throws(PythonError) in
      let shape = try c.interpreter.shapeArgument([try c.require(0, "shape")], c)
      let value = try c.interpreter.asArray(try c.require(1, "fill_value"), at: c.span(of: 1))
      try c.finish(positional: 2)
      guard value.count == 1, let fill = value.scalars.first else {
        throw PythonError(.value, "np.full takes one fill value here, such as np.full((2, 3), 0.5)", at: c.span(of: 1))
      }
      return .array(NDArray.filled(fill, shape: shape))
    }
    add("eye") { c throws(PythonError) in
      let n = try c.int(try c.require(0, "N"), "N", at: 0)
      try c.finish(positional: 1)
      guard n >= 0 else { throw PythonError(.value, "negative dimensions are not allowed", at: c.span) }
      _ = try c.interpreter.shapeArgument([.int(n), .int(n)], c)
      var values = [Double](repeating: 0, count: n * n)
      for i in 0..<n { values[i * n + i] = 1 }
      return .array(NDArray(floats: values, shape: [n, n]))
    }
    add("arange", arange)
    add("linspace", linspace)

    for name in ["sum", "mean", "max", "min", "std", "var", "argmax", "argmin", "prod", "any", "all"] {
      add(name) { c throws(PythonError) in
        let array = try c.interpreter.asArray(try c.require(0, "a"), at: c.span(of: 0))
        let axisValue = try c.take(1, "axis")
        var ddof = 0.0
        if name == "std" || name == "var", let d = c.keyword("ddof") { ddof = try c.double(d, "ddof", at: 0) }
        try c.finish(positional: 2)
        let axis = try c.interpreter.axis(axisValue, rank: array.rank, c)
        return try c.interpreter.reduce(name, array, axis: axis, ddof: ddof, at: c.span)
      }
    }
    members["amax"] = members["max"]
    members["amin"] = members["min"]

    let unary: [(String, (Double) -> Double)] = [
      ("sqrt", { sqrt($0) }), ("exp", { exp($0) }), ("log", { log($0) }), ("tanh", { tanh($0) }),
      ("sin", { sin($0) }), ("cos", { cos($0) }), ("log10", { log10($0) }), ("log2", { log2($0) }),
      ("floor", { $0.rounded(.down) }), ("ceil", { $0.rounded(.up) }),
    ]
    for (name, f) in unary {
      add(name) { c throws(PythonError) in
        let array = try c.interpreter.asArray(try c.require(0, "x"), at: c.span(of: 0))
        try c.finish(positional: 1)
        if (name == "floor" || name == "ceil") && array.dtype != .float64 {
          return Interpreter.wrap(array.copy(), scalarIfZeroD: true)
        }
        return Interpreter.wrap(array.mapDoubles(f), scalarIfZeroD: true)
      }
    }
    add("abs") { c throws(PythonError) in
      let array = try c.interpreter.asArray(try c.require(0, "x"), at: c.span(of: 0))
      try c.finish(positional: 1)
      return try absolute(array)
    }
    members["absolute"] = members["abs"]
    add("square") { c throws(PythonError) in
      let array = try c.interpreter.asArray(try c.require(0, "x"), at: c.span(of: 0))
      try c.finish(positional: 1)
      return Interpreter.wrap(try NDArray.binary(.multiply, array, array, at: c.span), scalarIfZeroD: true)
    }
    add("sign") { c throws(PythonError) in
      let array = try c.interpreter.asArray(try c.require(0, "x"), at: c.span(of: 0))
      try c.finish(positional: 1)
      if array.dtype == .float64 {
        return Interpreter.wrap(array.mapDoubles { $0 > 0 ? 1 : $0 < 0 ? -1 : $0 }, scalarIfZeroD: true)
      }
      return Interpreter.wrap(NDArray(ints: array.integers.map { $0.signum() }, shape: array.shape), scalarIfZeroD: true)
    }
    for (name, isMaximum) in [("maximum", true), ("minimum", false)] {
      add(name) { c throws(PythonError) in
        let a = try c.interpreter.asArray(try c.require(0, "x1"), at: c.span(of: 0))
        let b = try c.interpreter.asArray(try c.require(1, "x2"), at: c.span(of: 1))
        try c.finish(positional: 2)
        if let shape = NDArray.broadcastShape(a.shape, b.shape) { try c.interpreter.checkShape(shape, at: c.span) }
        return Interpreter.wrap(try NDArray.elementwiseExtreme(a, b, isMaximum: isMaximum, at: c.span), scalarIfZeroD: true)
      }
    }
    add("clip") { c throws(PythonError) in
      let a = try c.interpreter.asArray(try c.require(0, "a"), at: c.span(of: 0))
      let low = try c.take(1, "a_min")
      let high = try c.take(2, "a_max")
      try c.finish(positional: 3)
      return try c.interpreter.clip(a, low, high, at: c.span)
    }
    add("round") { c throws(PythonError) in
      let a = try c.interpreter.asArray(try c.require(0, "a"), at: c.span(of: 0))
      let decimals = try c.take(1, "decimals").map { v throws(PythonError) in try c.int(v, "decimals", at: 1) } ?? 0
      try c.finish(positional: 2)
      return Interpreter.wrap(NDArray.rounded(a, decimals: decimals), scalarIfZeroD: true)
    }
    members["around"] = members["round"]
    add("where") { c throws(PythonError) in
      let condition = try c.interpreter.asArray(try c.require(0, "condition"), at: c.span(of: 0))
      guard c.arguments.count == 3 else {
        throw PythonError(.unsupported, "np.where takes a condition and two values here: np.where(X > 0, X, 0)", at: c.span)
      }
      let x = try c.interpreter.asArray(c.arguments[1], at: c.span(of: 1))
      let y = try c.interpreter.asArray(c.arguments[2], at: c.span(of: 2))
      try c.finish(positional: 3)
      if let partial = NDArray.broadcastShape(condition.shape, x.shape), let shape = NDArray.broadcastShape(partial, y.shape) {
        try c.interpreter.checkShape(shape, at: c.span)
      }
      return Interpreter.wrap(try NDArray.select(condition, x, y, at: c.span), scalarIfZeroD: true)
    }
    add("dot") { c throws(PythonError) in
      let a = try c.interpreter.asArray(try c.require(0, "a"), at: c.span(of: 0))
      let b = try c.interpreter.asArray(try c.require(1, "b"), at: c.span(of: 1))
      try c.finish(positional: 2)
      return Interpreter.wrap(try NDArray.dot(a, b, at: c.span), scalarIfZeroD: true)
    }
    add("matmul") { c throws(PythonError) in
      let a = try c.interpreter.asArray(try c.require(0, "x1"), at: c.span(of: 0))
      let b = try c.interpreter.asArray(try c.require(1, "x2"), at: c.span(of: 1))
      try c.finish(positional: 2)
      return Interpreter.wrap(try NDArray.matmul(a, b, at: c.span), scalarIfZeroD: true)
    }
    add("outer") { c throws(PythonError) in
      let a = try c.interpreter.asArray(try c.require(0, "a"), at: c.span(of: 0))
      let b = try c.interpreter.asArray(try c.require(1, "b"), at: c.span(of: 1))
      try c.finish(positional: 2)
      try c.interpreter.checkShape([a.count, b.count], at: c.span)
      return .array(try NDArray.outer(a, b, at: c.span))
    }
    add("transpose") { c throws(PythonError) in
      let a = try c.interpreter.asArray(try c.require(0, "a"), at: c.span(of: 0))
      try c.finish(positional: 1)
      return .array(a.transposed)
    }
    add("reshape") { c throws(PythonError) in
      let a = try c.interpreter.asArray(try c.require(0, "a"), at: c.span(of: 0))
      let shape = try c.interpreter.shapeArgument([try c.require(1, "newshape")], c, allowingUnknown: true)
      try c.finish(positional: 2)
      return .array(try c.interpreter.reshaped(a, shape, at: c.span))
    }
    for name in ["concatenate", "stack", "vstack", "hstack"] {
      add(name) { c throws(PythonError) in
        let sequence = try c.require(0, "arrays")
        let axisValue = try c.take(1, "axis")
        try c.finish(positional: 2)
        var arrays: [NDArray] = []
        for item in try c.interpreter.sequenceItems(sequence, at: c.span(of: 0)) {
          arrays.append(try c.interpreter.asArray(item, at: c.span(of: 0)))
        }
        let axis = try axisValue.map { v throws(PythonError) in try c.int(v, "axis", at: 1) } ?? 0
        switch name {
        case "stack": return .array(try NDArray.stack(arrays, axis: axis, at: c.span))
        case "vstack":
          let rows = arrays.map { $0.rank == 1 ? NDArray(buffer: $0.copy().buffer, shape: [1, $0.count]) : $0 }
          return .array(try NDArray.concatenate(rows, axis: 0, at: c.span))
        case "hstack":
          let along = arrays.first.map { $0.rank == 1 ? 0 : 1 } ?? 0
          return .array(try NDArray.concatenate(arrays, axis: along, at: c.span))
        default:
          return .array(try NDArray.concatenate(arrays, axis: axis, at: c.span))
        }
      }
    }
    members["random"] = .module(RandomModule.make(bound: nil))
    return PyModule(name: "numpy", members: members)
  }

  /// `np.abs`: the dtype kept (a boolean stays boolean).
  static func absolute(_ array: NDArray) throws(PythonError) -> PyValue {
    switch array.dtype {
    case .float64: return Interpreter.wrap(array.mapDoubles { Swift.abs($0) }, scalarIfZeroD: true)
    case .int64: return Interpreter.wrap(NDArray(ints: array.integers.map { $0 == Int.min ? $0 : Swift.abs($0) }, shape: array.shape), scalarIfZeroD: true)
    case .bool: return Interpreter.wrap(array.copy(), scalarIfZeroD: true)
    }
  }

  /// `np.arange(start, stop, step)`: numpy's length, ⌈(stop − start) / step⌉, and its
  /// values start + i·δ with δ = (start + step) − start.
  private static func arange(_ c: inout CallContext) throws(PythonError) -> PyValue {
    let dtypeValue = c.keyword("dtype")
    try c.finish(positional: 3)
    let arguments = c.arguments
    guard !arguments.isEmpty else {
      throw PythonError(.type, "arange() requires stop to be specified.", at: c.span)
    }
    var numbers: [Double] = []
    for (k, argument) in arguments.enumerated() {
      numbers.append(try c.double(argument, "each bound", at: k))
    }
    let isInteger = arguments.allSatisfy { $0.intValue != nil }
    let start = arguments.count == 1 ? 0 : numbers[0]
    let stop = arguments.count == 1 ? numbers[0] : numbers[1]
    let step = arguments.count == 3 ? numbers[2] : 1
    guard step != 0 else { throw PythonError(.zeroDivision, "division by zero: arange's step is 0", at: c.span) }
    let length = Swift.max(0, ((stop - start) / step).rounded(.up))
    guard length.isFinite else { throw PythonError(.value, "arange: the bounds must be finite", at: c.span) }
    try c.interpreter.checkSize(Int(Swift.min(length, 1e12)), at: c.span)
    let n = Int(length)
    let dtype = try dtypeValue.map { v throws(PythonError) in try c.interpreter.dtypeArgument(v, c) }
    if isInteger && (dtype ?? .int64) == .int64 {
      let s = arguments.count == 1 ? 0 : arguments[0].intValue ?? 0
      let d = arguments.count == 3 ? arguments[2].intValue ?? 1 : 1
      return .array(NDArray(ints: (0..<n).map { s + $0 * d }, shape: [n]))
    }
    let delta = (start + step) - start
    let values = (0..<n).map { i in i == 0 ? start : start + Double(i) * delta }
    return .array(NDArray(floats: values, shape: [n]).converted(to: dtype ?? .float64))
  }

  /// `np.linspace(start, stop, num=50, endpoint=True)`: i·step + start, the last exactly
  /// `stop`, as numpy computes them.
  private static func linspace(_ c: inout CallContext) throws(PythonError) -> PyValue {
    let start = try c.double(try c.require(0, "start"), "start", at: 0)
    let stop = try c.double(try c.require(1, "stop"), "stop", at: 1)
    let num = try c.take(2, "num").map { v throws(PythonError) in try c.int(v, "num", at: 2) } ?? 50
    let endpoint = try c.take(3, "endpoint").map { v throws(PythonError) in try c.interpreter.truth(v, at: c.span) } ?? true
    try c.finish(positional: 4)
    guard num >= 0 else { throw PythonError(.value, "Number of samples, \(num), must be non-negative.", at: c.span) }
    try c.interpreter.checkSize(num, at: c.span)
    let divisions = Double(endpoint ? num - 1 : num)
    let delta = stop - start
    var values: [Double]
    if num > 1 || !endpoint {
      let step = delta / divisions
      if step == 0 {
        values = (0..<num).map { Double($0) / divisions * delta + start }
      } else {
        values = (0..<num).map { Double($0) * step + start }
      }
    } else {
      values = (0..<num).map { _ in start }
    }
    if endpoint && num > 1 { values[num - 1] = stop }
    return .array(NDArray(floats: values, shape: [num]))
  }
}

extension NDArray {
  /// `np.where(condition, x, y)`.
  static func select(_ condition: NDArray, _ x: NDArray, _ y: NDArray, at span: SourceSpan?) throws(PythonError) -> NDArray {
    guard let partial = broadcastShape(condition.shape, x.shape), let shape = broadcastShape(partial, y.shape) else {
      throw PythonError(.value, "operands could not be broadcast together", at: span)
    }
    let truths = condition.broadcast(to: shape).truths
    let kind = Swift.max(x.dtype, y.dtype)
    let xs = x.broadcast(to: shape).scalars
    let ys = y.broadcast(to: shape).scalars
    return make(zip(truths, zip(xs, ys)).map { $0 ? $1.0 : $1.1 }, dtype: kind, shape: shape)
  }
}
