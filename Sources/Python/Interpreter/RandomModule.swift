import Descent

/// A generator a program holds, from `np.random.default_rng(seed)`.
final class GeneratorBox {
  var generator: SeededGenerator

  init(seed: UInt64) {
    generator = SeededGenerator(seed: seed)
  }
}

/// `np.random` and the generators `default_rng` makes. They draw from Downhill's seeded
/// generator, so a seed gives the same numbers on every machine, but not numpy's numbers.
enum RandomModule {
  /// The module, drawing from the interpreter's generator when `bound` is nil (the
  /// `np.random` functions) or from `bound` (a `Generator`'s methods).
  static func make(bound: GeneratorBox?) -> PyModule {
    var members: [String: PyValue] = [:]
    let prefix = bound == nil ? "np.random." : "Generator."
    func add(_ name: String, _ call: @escaping (inout CallContext) throws(PythonError) -> PyValue) {
      members[name] = .builtin(Builtin(prefix + name, call))
    }
    /// Draws `count` numbers with `draw` from the right generator.
    func draw(_ c: CallContext, _ count: Int, _ draw: (inout SeededGenerator) -> Double) throws(PythonError) -> [Double] {
      try c.interpreter.checkSize(count, at: c.span)
      if let bound {
        return (0..<count).map { _ in draw(&bound.generator) }
      }
      return (0..<count).map { _ in draw(&c.interpreter.random) }
    }
    func shaped(_ values: [Double], _ shape: [Int]?) -> PyValue {
      guard let shape else { return .float(values[0]) }
      return .array(NDArray(floats: values, shape: shape))
    }
    func sizeArgument(_ c: inout CallContext, _ index: Int) throws(PythonError) -> [Int]? {
      guard let value = try c.take(index, "size"), !value.isNone else { return nil }
      return try c.interpreter.shapeArgument([value], c)
    }

    if bound == nil {
      add("seed") { c throws(PythonError) in
        let seed = try c.int(try c.require(0, "seed"), "seed", at: 0)
        try c.finish(positional: 1)
        guard seed >= 0 else { throw PythonError(.value, "Seed must be between 0 and 2**32 - 1", at: c.span) }
        c.interpreter.random = SeededGenerator(seed: UInt64(seed))
        return .none
      }
      add("rand") { c throws(PythonError) in
        let shape = c.arguments.isEmpty ? nil : try c.interpreter.shapeArgument(c.arguments, c)
        c.arguments = []
        try c.finish(positional: 0)
        return shaped(try draw(c, shape?.reduce(1, *) ?? 1) { $0.nextUnit() }, shape)
      }
      add("randn") { c throws(PythonError) in
        let shape = c.arguments.isEmpty ? nil : try c.interpreter.shapeArgument(c.arguments, c)
        c.arguments = []
        try c.finish(positional: 0)
        return shaped(try draw(c, shape?.reduce(1, *) ?? 1) { $0.nextGaussian() }, shape)
      }
      add("default_rng") { c throws(PythonError) in
        let seed = try c.take(0, "seed").map { v throws(PythonError) in try c.int(v, "seed", at: 0) } ?? 0
        try c.finish(positional: 1)
        return .module(RandomModule.make(bound: GeneratorBox(seed: UInt64(bitPattern: Int64(seed)))))
      }
    } else {
      add("random") { c throws(PythonError) in
        let shape = try sizeArgument(&c, 0)
        try c.finish(positional: 1)
        return shaped(try draw(c, shape?.reduce(1, *) ?? 1) { $0.nextUnit() }, shape)
      }
      add("standard_normal") { c throws(PythonError) in
        let shape = try sizeArgument(&c, 0)
        try c.finish(positional: 1)
        return shaped(try draw(c, shape?.reduce(1, *) ?? 1) { $0.nextGaussian() }, shape)
      }
    }
    add("uniform") { c throws(PythonError) in
      let low = try c.take(0, "low").map { v throws(PythonError) in try c.double(v, "low", at: 0) } ?? 0
      let high = try c.take(1, "high").map { v throws(PythonError) in try c.double(v, "high", at: 1) } ?? 1
      let shape = try sizeArgument(&c, 2)
      try c.finish(positional: 3)
      return shaped(try draw(c, shape?.reduce(1, *) ?? 1) { low + (high - low) * $0.nextUnit() }, shape)
    }
    add("normal") { c throws(PythonError) in
      let mean = try c.take(0, "loc").map { v throws(PythonError) in try c.double(v, "loc", at: 0) } ?? 0
      let scale = try c.take(1, "scale").map { v throws(PythonError) in try c.double(v, "scale", at: 1) } ?? 1
      let shape = try sizeArgument(&c, 2)
      try c.finish(positional: 3)
      guard scale >= 0 else { throw PythonError(.value, "scale < 0", at: c.span) }
      return shaped(try draw(c, shape?.reduce(1, *) ?? 1) { mean + scale * $0.nextGaussian() }, shape)
    }
    add(bound == nil ? "randint" : "integers") { c throws(PythonError) in
      var low = try c.int(try c.require(0, "low"), "low", at: 0)
      var high = try c.take(1, "high").map { v throws(PythonError) in try c.int(v, "high", at: 1) }
      let shape = try sizeArgument(&c, 2)
      try c.finish(positional: 3)
      if high == nil {
        high = low
        low = 0
      }
      guard let top = high, top > low else { throw PythonError(.value, "low >= high", at: c.span) }
      let (width, overflow) = top.subtractingReportingOverflow(low)
      guard !overflow else {
        throw PythonError(.value, "the range from low to high is wider than 64-bit integers hold", at: c.span)
      }
      let count = shape?.reduce(1, *) ?? 1
      try c.interpreter.checkSize(count, at: c.span)
      var ints: [Int] = []
      ints.reserveCapacity(count)
      for _ in 0..<count {
        if let bound {
          ints.append(low &+ bound.generator.nextInt(below: width))
        } else {
          ints.append(low &+ c.interpreter.random.nextInt(below: width))
        }
      }
      guard let shape else { return .int(ints[0]) }
      return .array(NDArray(ints: ints, shape: shape))
    }
    let module = PyModule(name: bound == nil ? "numpy.random" : "Generator", members: members)
    module.generator = bound
    return module
  }
}
