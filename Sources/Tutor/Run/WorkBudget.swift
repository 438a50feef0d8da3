/// A cap on the training a session may do and the time it may take, for sessions that
/// run commands nobody is watching: a submission's task answers in `downhill check`.
///
/// Work is counted in operations, an epoch costing the model's parameters times the data's
/// rows (a function's descent step, its source's length), so `step 100000` on a two-number
/// line is cheap and on `mlp:1-3000-3000-1` is refused at once, before it runs. `compare`
/// costs its runs' epochs, `play` the most epochs a burst runs. A model over
/// `parameterLimit` parameters is refused before it is built, which bounds memory. The
/// deadline is checked between epochs, so a long `step` or `compare` stops when it passes.
public struct WorkBudget: Sendable, Hashable {
  /// The operations a graded task's commands may use: some 50 times what the course's
  /// largest task needs, and a few seconds of training.
  public static let gradingOperations = 2_000_000_000
  /// The largest model a graded task may build: a million parameters (8 MB a copy).
  public static let gradingParameters = 1_000_000

  /// The operations allowed in all.
  public var limit: Int
  /// The most parameters a model may have.
  public var parameterLimit: Int
  /// The operations used so far.
  public private(set) var used = 0
  /// When training must stop, if ever.
  public var deadline: ContinuousClock.Instant?
  /// Whether training stopped because the deadline passed.
  public internal(set) var ranOutOfTime = false

  /// A budget of `limit` operations and models of at most `parameterLimit` parameters,
  /// training until `deadline`.
  public init(
    limit: Int = gradingOperations, parameterLimit: Int = gradingParameters,
    deadline: ContinuousClock.Instant? = nil
  ) {
    self.limit = limit
    self.parameterLimit = parameterLimit
    self.deadline = deadline
  }

  /// Counts `operations` more, or throws, counting nothing, when they would pass the limit.
  mutating func charge(_ operations: Int) throws(CommandFailure) {
    let total = used.addingReportingOverflow(operations)
    guard !total.overflow, total.partialValue <= limit else {
      let left = used == 0 ? "" : " (\((limit - used).grouped) left)"
      throw CommandFailure(
        "this needs \(operations.grouped) operations (parameters × rows × epochs) and a "
          + "graded answer may use \(limit.grouped) in all\(left)")
    }
    used = total.partialValue
  }

  /// Throws when a model of `parameters` parameters is over the limit.
  func admit(parameters: Int) throws(CommandFailure) {
    guard parameters <= parameterLimit else {
      throw CommandFailure(
        "a model of \(parameters.grouped) parameters is over the \(parameterLimit.grouped) "
          + "a graded answer may build")
    }
  }

  /// Whether the deadline has passed (noted in `ranOutOfTime`).
  mutating func isOutOfTime() -> Bool {
    guard let deadline else { return false }
    if ranOutOfTime { return true }
    ranOutOfTime = ContinuousClock.now >= deadline
    return ranOutOfTime
  }
}

extension Int {
  /// `2,000,000,000`: digits in groups of three, for limits a sentence names.
  fileprivate var grouped: String {
    let digits = String(magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (self < 0 ? "-" : "") + result
  }
}
