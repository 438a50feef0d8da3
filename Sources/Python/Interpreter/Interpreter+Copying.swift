extension Interpreter {
  /// An independent interpreter in this one's state: its globals (lists, arrays and
  /// generators copied, so running either changes nothing of the other; names that share
  /// a list or an array's buffer still share it in the copy), what it printed, its figures,
  /// its random generator and its imported modules. The host is not copied.
  ///
  /// A session keeps one before a cell runs, so that the cell can be run again from the
  /// same state to any pass of its loop (stepping and rewinding a student's loop).
  public func copy() -> Interpreter {
    let other = Interpreter(limits: limits)
    var copier = ValueCopier()
    other.globalNames = NameTable(globals.mapValues { copier.copy($0) })
    other.output = output
    other.echoesExpressions = echoesExpressions
    other.random = random
    other.modules = modules
    other.figure = figure
    other.shownFigures = shownFigures
    other.shownFigureOffsets = shownFigureOffsets
    return other
  }
}

/// Copies values deeply, once per shared object, so aliasing survives the copy.
private struct ValueCopier {
  private var lists: [ObjectIdentifier: PyList] = [:]
  private var buffers: [ObjectIdentifier: ArrayBuffer] = [:]
  private var generators: [ObjectIdentifier: PyModule] = [:]
  private var functions: [ObjectIdentifier: PyFunction] = [:]

  mutating func copy(_ value: PyValue) -> PyValue {
    switch value {
    case .list(let list):
      let key = ObjectIdentifier(list)
      if let done = lists[key] { return .list(done) }
      let fresh = PyList([])
      lists[key] = fresh
      fresh.items = list.items.map { copy($0) }
      return .list(fresh)
    case .tuple(let items):
      return .tuple(items.map { copy($0) })
    case .array(let array):
      return .array(copy(array))
    case .module(let module):
      guard let box = module.generator else { return value }
      let key = ObjectIdentifier(module)
      if let done = generators[key] { return .module(done) }
      let fresh = GeneratorBox(seed: 0)
      fresh.generator = box.generator
      let made = RandomModule.make(bound: fresh)
      generators[key] = made
      return .module(made)
    case .function(let function):
      let key = ObjectIdentifier(function)
      if let done = functions[key] { return .function(done) }
      let fresh = PyFunction(
        name: function.name, parameters: function.parameters,
        defaults: function.defaults.map { $0.map { copy($0) } }, body: function.body,
        locals: function.locals)
      functions[key] = fresh
      return .function(fresh)
    case .method(let method):
      return .method(PyMethod(receiver: copy(method.receiver), name: method.name))
    case .none, .bool, .int, .float, .string, .range, .scalar, .builtin, .dtype, .slice,
      .opaque:
      return value
    }
  }

  private mutating func copy(_ array: NDArray) -> NDArray {
    let key = ObjectIdentifier(array.buffer)
    let buffer: ArrayBuffer
    if let done = buffers[key] {
      buffer = done
    } else {
      buffer = array.buffer.duplicate()
      buffers[key] = buffer
    }
    return NDArray(buffer: buffer, shape: array.shape, strides: array.strides, offset: array.offset)
  }
}

extension ArrayBuffer {
  /// A buffer with the same elements and shape, shared with no view of this one.
  func duplicate() -> ArrayBuffer {
    let count = self.count
    return ArrayBuffer.makeWords(dtype, shape: shape, count: count) { out in
      withUnsafeMutablePointerToElements { source in out.update(from: source, count: count) }
    }
  }
}
