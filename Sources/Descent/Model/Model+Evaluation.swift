// The forward and backward passes every trainer epoch runs. They read raw pointers and write
// into caller-owned buffers, so an epoch allocates nothing.
//
// Notation for one example (row i) and one output unit:
//   z = Σⱼ wⱼ xᵢⱼ + b          the output's pre-activation (the logit, for a sigmoid output)
//   a = act(z)                 the prediction ŷ
//   L = (1/n) Σᵢ ℓ(aᵢ, yᵢ)      the mean loss over the n rows evaluated
//
// Each loss is written as  ∂L/∂zᵢ = factor · eᵢ  with a per-row "error signal" eᵢ and a
// constant factor, so the gradient is  ∂L/∂wⱼ = factor · Σᵢ eᵢ xᵢⱼ,  ∂L/∂b = factor · Σᵢ eᵢ.
// For MSE with an identity output this is exactly the course's
//   D_m = (−2/n) · Σ x (y − ŷ),   D_c = (−2/n) · Σ (y − ŷ),
// evaluated in the same order (sum first, then the factor), so the bits agree.
//
//   loss, output        ℓ(a, y)                        eᵢ                       factor
//   MSE, identity       (y − z)²                       y − z                    −2/n
//   MSE, sigmoid        (y − a)²                       (y − a)·a(1 − a)         −2/n
//   MAE, identity       |z − y|                        sign(z − y)              1/n
//   MAE, sigmoid        |a − y|                        sign(a − y)·a(1 − a)     1/n
//   BCE, sigmoid        max(z,0) − z·y + log(1+e^−|z|)  σ(z) − y                 1/n
//
// BCE is taken from the logit z: −[y log σ(z) + (1−y) log(1−σ(z))] simplifies to
// max(z, 0) − z·y + log(1 + e^−|z|), which never overflows (as `nn.BCEWithLogitsLoss`).
// Its derivative is σ(z) − y. MAE's derivative at 0 is taken as 0, as PyTorch's sign(0).

/// A view of training rows in memory: features row-major (rows × width) and targets.
struct RowData {
  let features: UnsafePointer<Double>
  let targets: UnsafePointer<Double>
  /// Features a row.
  let width: Int
}

extension Model {
  /// The per-loss constant of ∂L/∂z = factor · e, for `n` rows.
  @inline(__always)
  static func gradientFactor(_ loss: Loss, rows n: Int) -> Double {
    switch loss {
    case .meanSquaredError: return -2 / Double(n)
    case .meanAbsoluteError, .binaryCrossEntropy: return 1 / Double(n)
    }
  }

  /// The loss term ℓ and error signal e of one output with pre-activation `z`, target `y`.
  @inline(__always)
  static func outputTerm(
    z: Double, y: Double, loss: Loss, output: Activation
  ) -> (loss: Double, error: Double) {
    switch (loss, output) {
    case (.meanSquaredError, .identity):
      let r = y - z
      return (r * r, r)
    case (.meanSquaredError, _):
      let a = output(z)
      let r = y - a
      return (r * r, r * output.derivative(z: z, a: a))
    case (.meanAbsoluteError, .identity):
      let d = z - y
      return (Swift.abs(d), d > 0 ? 1 : (d < 0 ? -1 : 0))
    case (.meanAbsoluteError, _):
      let a = output(z)
      let d = a - y
      return (Swift.abs(d), (d > 0 ? 1 : (d < 0 ? -1 : 0)) * output.derivative(z: z, a: a))
    case (.binaryCrossEntropy, _):
      // Only valid for a sigmoid output; the trainer's configuration guarantees it.
      let term = Swift.max(z, 0) - z * y + _log1p(_exp(-Swift.abs(z)))
      return (term, Activation.sigmoid(z) - y)
    }
  }

  /// The scratch space `evaluate` needs for an MLP: pre-activations, activations and deltas
  /// of every layer for one row.
  var scratchCount: Int {
    3 * layerSizes.dropFirst().reduce(0, +)
  }

  /// Mean loss over `count` rows (row k is `rows[k]`, or k when `rows` is nil) and, when
  /// `gradient` is given, ∂L/∂θ for every parameter (overwriting it).
  ///
  /// - Parameters:
  ///   - parameters: the flat parameter vector, `parameterCount` values.
  ///   - gradient: `parameterCount` values, or nil for the loss alone.
  ///   - scratch: `scratchCount` values (unused by linear-type models).
  func evaluate(
    parameters: UnsafePointer<Double>, data: RowData, rows: UnsafePointer<Int>?, count: Int,
    loss: Loss, gradient: UnsafeMutablePointer<Double>?, scratch: UnsafeMutablePointer<Double>?
  ) -> Double {
    if isMLP {
      return evaluateNetwork(
        parameters: parameters, data: data, rows: rows, count: count, loss: loss,
        gradient: gradient, scratch: scratch)
    }
    if isCourseLine(loss) {
      return evaluateCourseLine(
        parameters: parameters, data: data, rows: rows, count: count, gradient: gradient,
        factor: -2 / Double(count))
    }
    return evaluateAffine(
      parameters: parameters, data: data, rows: rows, count: count, loss: loss,
      gradient: gradient)
  }

  /// Whether `loss` on this model is the course's example 1 form: one feature, identity
  /// output, MSE.
  func isCourseLine(_ loss: Loss) -> Bool {
    !isMLP && inputCount == 1 && outputActivation == .identity && loss == .meanSquaredError
  }

  /// The course's example 1, literally: one feature, ŷ = m·x + c, MSE. `factor` is −2/n
  /// for n = `count`, passed in so that a training loop computes it once, not once an epoch
  /// (the value, and so every bit of the result, is the same).
  @inline(__always)
  func evaluateCourseLine(
    parameters: UnsafePointer<Double>, data: RowData, rows: UnsafePointer<Int>?, count: Int,
    gradient: UnsafeMutablePointer<Double>?, factor: Double
  ) -> Double {
    let m = parameters[0]
    let c = parameters[1]
    let x = data.features
    let y = data.targets
    var squares = 0.0
    var sumXR = 0.0  // Σ x (y − ŷ)
    var sumR = 0.0  // Σ (y − ŷ)
    if let rows {
      for k in 0..<count {
        let i = rows[k]
        let r = y[i] - (m * x[i] + c)
        squares += r * r
        sumXR += x[i] * r
        sumR += r
      }
    } else {
      for i in 0..<count {
        let r = y[i] - (m * x[i] + c)
        squares += r * r
        sumXR += x[i] * r
        sumR += r
      }
    }
    if let gradient {
      gradient[0] = factor * sumXR
      gradient[1] = factor * sumR
    }
    return squares / Double(count)
  }

  /// Any linear-type model: ŷ = act(w·x + b) with any loss.
  private func evaluateAffine(
    parameters: UnsafePointer<Double>, data: RowData, rows: UnsafePointer<Int>?, count: Int,
    loss: Loss, gradient: UnsafeMutablePointer<Double>?
  ) -> Double {
    let d = inputCount
    let b = parameters[d]
    let output = outputActivation
    if let gradient {
      gradient.update(repeating: 0, count: d + 1)
    }
    var total = 0.0
    var sumE = 0.0
    for k in 0..<count {
      let i = rows?[k] ?? k
      let row = data.features + i * d
      var z = 0.0
      for j in 0..<d {
        z += parameters[j] * row[j]
      }
      z += b
      let term = Self.outputTerm(z: z, y: data.targets[i], loss: loss, output: output)
      total += term.loss
      if let gradient {
        for j in 0..<d {
          gradient[j] += row[j] * term.error
        }
        sumE += term.error
      }
    }
    if let gradient {
      let factor = Self.gradientFactor(loss, rows: count)
      for j in 0..<d {
        gradient[j] = factor * gradient[j]
      }
      gradient[d] = factor * sumE
    }
    return total / Double(count)
  }
}
