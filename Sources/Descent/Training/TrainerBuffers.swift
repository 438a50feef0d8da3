/// The numbers a trainer rewrites every epoch, in memory allocated once.
///
/// Epochs work on raw pointers into this storage, so they never allocate and never pay for
/// copy-on-write checks inside loops. The trainer keeps value semantics by copying the
/// storage before mutating it whenever it is shared (`Trainer.makeBuffersUnique()`), the
/// usual copy-on-write pattern; that is also why sending it between threads is safe.
final class TrainerBuffers: @unchecked Sendable {
  /// θ, flat in the model's layout order.
  let parameters: UnsafeMutablePointer<Double>
  /// ∇L of the last evaluation.
  let gradient: UnsafeMutablePointer<Double>
  /// θ before the current update, to fall back on if the update overflows.
  let savedParameters: UnsafeMutablePointer<Double>
  /// An MLP's per-row pre-activations, activations and deltas.
  let scratch: UnsafeMutablePointer<Double>
  /// The row order of the current epoch's mini-batches (uninitialized until the first).
  let order: UnsafeMutablePointer<Int>
  let parameterCount: Int
  let scratchCount: Int
  let rowCount: Int

  init(parameters: [Double], scratchCount: Int, rowCount: Int) {
    parameterCount = parameters.count
    self.scratchCount = Swift.max(scratchCount, 1)
    self.rowCount = Swift.max(rowCount, 1)
    self.parameters = .allocate(capacity: Swift.max(parameterCount, 1))
    gradient = .allocate(capacity: Swift.max(parameterCount, 1))
    savedParameters = .allocate(capacity: Swift.max(parameterCount, 1))
    scratch = .allocate(capacity: self.scratchCount)
    order = .allocate(capacity: self.rowCount)
    for k in 0..<parameterCount { self.parameters[k] = parameters[k] }
    gradient.initialize(repeating: 0, count: Swift.max(parameterCount, 1))
    savedParameters.initialize(repeating: 0, count: Swift.max(parameterCount, 1))
    scratch.initialize(repeating: 0, count: self.scratchCount)
    // `order` is written in full before each mini-batch epoch reads it, and left untouched
    // until then: a full-batch run on 10 million rows never pays its 80 MB.
  }

  /// An independent copy of every buffer.
  func copy() -> TrainerBuffers {
    let copy = TrainerBuffers(
      parameters: Array(UnsafeBufferPointer(start: parameters, count: parameterCount)),
      scratchCount: scratchCount, rowCount: rowCount)
    copy.gradient.update(from: gradient, count: parameterCount)
    return copy
  }

  /// The parameters as an array.
  var parameterArray: [Double] {
    Array(UnsafeBufferPointer(start: parameters, count: parameterCount))
  }

  /// Overwrites the parameters with `values`.
  func setParameters(_ values: [Double]) {
    precondition(values.count == parameterCount, "TrainerBuffers: wrong parameter count")
    for k in 0..<parameterCount { parameters[k] = values[k] }
  }

  deinit {
    parameters.deallocate()
    gradient.deallocate()
    savedParameters.deallocate()
    scratch.deallocate()
    order.deallocate()
  }
}
