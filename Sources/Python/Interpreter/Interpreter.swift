import Descent

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs programs in the course's Python: one module's globals kept between runs, as at a
/// prompt, and what the programs print collected in `output`.
///
/// The sandbox reaches no file, network, process or clock. A program is stopped with a
/// `PythonError` of kind `.limit` when it runs more than `limits.steps` steps (so `while
/// True:` ends), builds an array of more than `limits.elements` elements, or nests calls
/// deeper than `limits.recursion`; and with kind `.interrupted` when `interrupt()` is
/// called from another thread.
///
///     let python = Interpreter()
///     try python.run("import numpy as np\nX = np.array([1, 2, 3])\nprint(X.mean())")
///     python.output   // "2.0\n"
public final class Interpreter {
  /// What a program may use before it is stopped.
  public struct Limits: Sendable, Hashable {
    /// Statements and loop passes, counted across a run.
    public var steps: Int
    /// Elements of any one array or list a program builds.
    public var elements: Int
    /// Calls of the program's own functions nested at once.
    public var recursion: Int

    public init(steps: Int = 50_000_000, elements: Int = 10_000_000, recursion: Int = 100) {
      self.steps = steps
      self.elements = elements
      self.recursion = recursion
    }
  }

  public let limits: Limits
  /// The module's names: what the program assigned, defined and imported (a copy).
  public var globals: [String: PyValue] { globalNames.dictionary }
  /// The module's names as the program reads and binds them. (This and the counters
  /// below are read and written at every step, by one thread, never across a call that
  /// also accesses them: they skip the runtime's exclusivity checks.)
  @exclusivity(unchecked) var globalNames = NameTable()
  /// Everything printed so far.
  public internal(set) var output = ""
  /// Whether an expression statement's value is echoed as Python's prompt does (its
  /// `repr`, unless None). Off for files, on at a prompt.
  public var echoesExpressions = false

  @exclusivity(unchecked) var steps = 0
  @exclusivity(unchecked) var depth = 0
  /// How deep a comparison of nested lists has gone.
  var comparisonDepth = 0
  /// The generator `np.random` draws from.
  var random: SeededGenerator
  /// Stops a running program from another thread (the prompt's ^C): keep it, not the
  /// interpreter, on the thread that interrupts.
  public let interruption = Interruption()
  /// The modules imported so far, by full name.
  var modules: [String: PyModule] = [:]
  /// The figure `plt` draws on, until `plt.show()` hands it over.
  public internal(set) var figure = Figure()
  /// The figures `plt.show()` handed over, in order, for the host to draw.
  public internal(set) var shownFigures: [Figure] = []
  /// Where in `output` (in UTF-8 bytes) each shown figure was shown.
  var shownFigureOffsets: [Int] = []

  /// Lends names and watches loops, when the program runs inside a session.
  public weak var host: (any InterpreterHost)?

  public init(limits: Limits = Limits(), seed: UInt64 = 0) {
    self.limits = limits
    random = SeededGenerator(seed: seed)
  }

  /// Parses and runs `source`, adding to the globals; what it prints goes to `output`.
  public func run(_ source: String) throws(PythonError) {
    let program = try PythonParser.parse(source)
    try run(program)
  }

  /// Runs a parsed program.
  public func run(_ program: Program) throws(PythonError) {
    steps = 0
    depth = 0
    interruption.clear()
    let frame = Frame(localNames: nil)
    let flow = try execute(program.statements, in: frame)
    switch flow {
    case .normal: break
    case .breakLoop, .continueLoop, .returned:
      // The parser refuses these outside loops and functions.
      break
    }
  }

  /// Forgets what has been printed.
  public func clearOutput() { output = "" }

  /// Asks a running program to stop at its next step.
  public func interrupt() { interruption.interrupt() }

  /// Appends text to the output.
  func write(_ text: String) { output += text }

  /// Counts one pass of a loop, stopping the program there when it has run too long or
  /// was interrupted (so the error points at the loop that would not end). Statements
  /// count as steps too, but only a loop can run without end.
  @inline(__always)
  func tick(_ span: SourceSpan) throws(PythonError) {
    steps += 1
    if steps > limits.steps {
      throw PythonError(
        .limit,
        "stopped after \(limits.steps) steps: the program ran too long (a loop that never ends?)",
        at: span)
    }
    if steps & 1023 == 0 && interruption.isSet {
      throw PythonError(.interrupted, "stopped by ^C", at: span)
    }
  }

  /// Refuses an array of `shape` larger than the memory bound, before it is built (the
  /// product counted without overflowing).
  func checkShape(_ shape: [Int], at span: SourceSpan?) throws(PythonError) {
    var product = 1
    for d in shape {
      let (next, overflow) = product.multipliedReportingOverflow(by: Swift.max(d, 0))
      product = overflow ? Int.max : next
    }
    try checkSize(product, at: span)
  }

  /// Refuses an array or list larger than the memory bound.
  func checkSize(_ count: Int, at span: SourceSpan?) throws(PythonError) {
    if count > limits.elements {
      throw PythonError(
        .limit,
        "an array of \(count) elements is more than the \(limits.elements) allowed here",
        at: span)
    }
  }
}

/// The names of one call of a function (or the module itself, with no local names).
final class Frame {
  /// The names assigned in the function's body; nil at module level, where every name
  /// is global.
  let localNames: Set<String>?
  var locals: [String: PyValue] = [:]

  init(localNames: Set<String>?) {
    self.localNames = localNames
  }
}

/// What running a block did besides its effects.
enum Flow {
  case normal
  case breakLoop
  case continueLoop
  case returned(PyValue)
}

/// A flag one thread sets and another reads: the prompt's ^C. A mutex guards it (it is
/// read once every 1,024 steps, so the lock costs nothing that shows).
public final class Interruption: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var flag = false

  init() {
    mutex = .allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  private func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body()
  }

  /// Whether this program was asked to stop, or the front end's ^C was pressed.
  var isSet: Bool {
    if locked({ flag }) { return true }
    return Self.frontEnd.locked { Self.frontEnd.source }?() ?? false
  }

  /// Where every interpreter also reads a stop request: a front end whose ^C arrives as a
  /// signal (the full-screen tutorial's, while a cell runs) gives its flag's reader here;
  /// nil stops reading it.
  public static func readFrontEnd(_ source: (@Sendable () -> Bool)?) {
    frontEnd.locked { frontEnd.source = source }
  }

  private static let frontEnd = Interruption()
  private var source: (@Sendable () -> Bool)?

  /// Asks the program running to stop at its next step, with a `.interrupted` error.
  public func interrupt() { locked { flag = true } }
  func clear() { locked { flag = false } }
}
