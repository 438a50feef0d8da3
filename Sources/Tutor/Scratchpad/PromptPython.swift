import Descent
import Python

/// The student's Python at the prompt: one interpreter whose names last the session, run
/// against the session's own names (`SessionNames`).
///
/// A value like the rest of the session: copies never share the interpreter (a shared
/// one is copied, `Interpreter.copy()`, before it runs), so a session kept to come back
/// to stays as it was.
struct PromptPython: @unchecked Sendable {
  // Unchecked: the interpreter is a class, but it is only ever run or changed through a
  // box this value holds alone (copied first when shared), as copy-on-write arrays are.
  private final class Box {
    let interpreter: Interpreter
    init(_ interpreter: Interpreter) { self.interpreter = interpreter }
  }

  private var box: Box
  /// What the prompt keeps besides the interpreter.
  private(set) var state = PromptState()

  /// A prompt with no names of its own yet, whose cells run within `limits`.
  init(limits: Interpreter.Limits = Interpreter.Limits()) {
    let interpreter = Interpreter(limits: limits)
    interpreter.echoesExpressions = true
    box = Box(interpreter)
  }

  /// What `name` reads as in the student's Python on `run`: their own global, else the
  /// session's (a parameter, the data, a computed name, one of `variables`).
  func value(of name: String, on run: Run, variables: [String: Value]) -> PyValue? {
    if let own = box.interpreter.global(name) { return own }
    let host = SessionNames(
      run: run, state: state, variables: variables, modules: [:], epochLimit: nil)
    return host.value(of: name)
  }

  /// The student's own value of `name`, if they have one.
  func global(_ name: String) -> PyValue? { box.interpreter.global(name) }

  /// What a cell did.
  struct Cell {
    var events: [SessionEvent] = []
    var failure: CommandFailure?
    /// Passes of the cell's loops that were epochs.
    var epochsRun = 0
    /// Whether the cell stopped at its epoch limit, to go on later.
    var paused = false
  }

  /// Runs `source` against `run` (the student's old-language `variables` readable too),
  /// stopping after `epochLimit` epochs of passes when given.
  mutating func run(
    _ source: String, on run: inout Run, variables: [String: Value], epochLimit: Int? = nil
  ) -> Cell {
    if !isKnownUniquelyReferenced(&box) { box = Box(box.interpreter.copy()) }
    let interpreter = box.interpreter
    var modules: [String: PyValue] = [:]
    modules["np"] = interpreter.importedModule("numpy")
    modules["plt"] = interpreter.importedModule("matplotlib.pyplot")
    let host = SessionNames(
      run: run, state: state, variables: variables, modules: modules, epochLimit: epochLimit)
    interpreter.host = host
    defer { interpreter.host = nil }
    var cell = Cell()
    do {
      try interpreter.run(source)
    } catch {
      if !host.reachedLimit { cell.failure = CommandFailure(error, in: source) }
    }
    // Said when first assigned (the data, a hidden name), before what the cell printed.
    cell.events = host.events
    host.finish()
    let summary = host.events.dropFirst(cell.events.count)
    cell.events += Self.output(interpreter.takeTranscript())
    cell.events += summary
    cell.epochsRun = host.epochsRun
    cell.paused = host.reachedLimit
    if cell.paused { cell.events.append(.loopPaused(passes: host.epochsRun)) }
    run = host.run
    state = host.state
    return cell
  }

  /// Printed text as lines, and each figure shown.
  private static func output(_ items: [ProgramOutput]) -> [SessionEvent] {
    var events: [SessionEvent] = []
    var pending = ""
    var lines: [String] = []
    func flush() {
      if !pending.isEmpty { lines.append(pending) }
      pending = ""
      if !lines.isEmpty { events.append(.printed(lines)) }
      lines = []
    }
    for item in items {
      switch item {
      case .text(let text):
        pending += text
        var parts = pending.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        pending = parts.removeLast()
        lines += parts
      case .figure(let figure):
        flush()
        events.append(.showedFigure(figure))
      }
    }
    flush()
    return events
  }

  /// Makes `values` the student's own names, as assigned elsewhere (answers a lesson
  /// adopted, worked in the expression language).
  mutating func take(_ values: [String: Value]) {
    if !isKnownUniquelyReferenced(&box) { box = Box(box.interpreter.copy()) }
    for (name, value) in values {
      box.interpreter.setGlobal(name, PyValue(value))
    }
  }
}
