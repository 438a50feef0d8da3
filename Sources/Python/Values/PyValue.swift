/// A value a program computes: Python's own types, numpy's arrays and scalars, and the
/// functions and modules a program can call.
///
/// Lists and arrays have reference semantics, as in Python: `B = A` names the same array,
/// and a slice of an array is a view of it.
///
/// The cases whose payloads are larger than two words (a range, a built-in, a slice) are
/// boxed, so that a value is small enough to copy and return in registers.
public enum PyValue: @unchecked Sendable {
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
  case list(PyList)
  case tuple([PyValue])
  /// `range(start, stop, step)`; `step` is never 0.
  indirect case range(start: Int, stop: Int, step: Int)
  case array(NDArray)
  /// A numpy scalar (`np.float64(2.5)`), what indexing an array or reducing it gives.
  case scalar(NumpyScalar)
  case function(PyFunction)
  indirect case builtin(Builtin)
  case module(PyModule)
  /// A method looked up on a value (`X.sum`, `xs.append`), waiting for its call.
  indirect case method(PyMethod)
  /// An array's element type, as `X.dtype` gives it.
  case dtype(DType)
  /// `lower:upper:step` inside brackets.
  indirect case slice(PySlice)
  /// A matplotlib figure's handle or another opaque object a call returned.
  case opaque(String)

  /// Python's type name, for messages: `int`, `float`, `list`, `numpy.ndarray`.
  public var typeName: String {
    switch self {
    case .none: return "NoneType"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return "float"
    case .string: return "str"
    case .list: return "list"
    case .tuple: return "tuple"
    case .range: return "range"
    case .array: return "numpy.ndarray"
    case .scalar(let s): return "numpy." + s.dtype.name
    case .function: return "function"
    case .builtin: return "builtin_function_or_method"
    case .module: return "module"
    case .method: return "method"
    case .slice: return "slice"
    case .dtype: return "numpy.dtype"
    case .opaque(let name): return name
    }
  }
}

/// A Python list: shared and mutable, as `xs.append` and `ys = xs` need.
public final class PyList {
  public var items: [PyValue]

  public init(_ items: [PyValue]) {
    self.items = items
  }
}

/// A numpy scalar of one of the three dtypes.
public enum NumpyScalar: Sendable, Hashable {
  case bool(Bool)
  case int(Int)
  case float(Double)

  public var dtype: DType {
    switch self {
    case .bool: return .bool
    case .int: return .int64
    case .float: return .float64
    }
  }

  /// The value as a double (true is 1).
  public var double: Double {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let x): return x
    }
  }
}

/// A function a program defined with `def`.
public final class PyFunction {
  public let name: String
  let parameters: [Parameter]
  /// The defaults, evaluated once when `def` ran, as Python does.
  let defaults: [PyValue?]
  let body: [Statement]
  /// The names the body assigns: local to each call.
  let locals: Set<String>

  init(
    name: String, parameters: [Parameter], defaults: [PyValue?], body: [Statement],
    locals: Set<String>
  ) {
    self.name = name
    self.parameters = parameters
    self.defaults = defaults
    self.body = body
    self.locals = locals
  }
}

/// A function built into the interpreter: Python's built-ins and numpy's and matplotlib's.
public struct Builtin {
  /// The name a program knows it by, with its module: `len`, `np.mean`, `plt.plot`.
  public let name: String
  let call: (inout CallContext) throws(PythonError) -> PyValue
  /// The call with one positional argument done directly, for the common cases in
  /// loops; nil when `call` must take it (what it gives is what `call` would give).
  let quick: ((PyValue) -> PyValue?)?

  init(
    _ name: String, _ call: @escaping (inout CallContext) throws(PythonError) -> PyValue,
    quick: ((PyValue) -> PyValue?)? = nil
  ) {
    self.name = name
    self.call = call
    self.quick = quick
  }
}

/// A module a program imported or reaches through one: `np`, `np.random`, `plt`, `math`.
public final class PyModule {
  public let name: String
  var members: [String: PyValue]
  /// The generator a `default_rng` Generator draws from (its only state); nil for modules.
  var generator: GeneratorBox?

  init(name: String, members: [String: PyValue]) {
    self.name = name
    self.members = members
  }
}

/// A method bound to the value it was looked up on.
public struct PyMethod {
  let receiver: PyValue
  let name: String
}

/// A slice's bounds as written (nil where left out); `step` is never 0.
public struct PySlice: Sendable, Hashable {
  public var lower: Int?
  public var upper: Int?
  public var step: Int?

  /// The positions it selects in a sequence of `count`, as Python's `slice.indices`.
  func positions(count: Int) -> StrideTo<Int> {
    let step = self.step ?? 1
    func clamp(_ bound: Int?, _ defaultValue: Int) -> Int {
      guard var b = bound else { return defaultValue }
      if b < 0 { b += count }
      if step > 0 { return Swift.min(Swift.max(b, 0), count) }
      return Swift.min(Swift.max(b, -1), count - 1)
    }
    let start = clamp(lower, step > 0 ? 0 : count - 1)
    let stop = clamp(upper, step > 0 ? count : -1)
    return stride(from: start, to: stop, by: step)
  }
}
