/// An optimizer with its running state: velocities, moment estimates and the step count.
///
/// The update rules follow PyTorch's documentation of `torch.optim` (dampening 0, no weight
/// decay), with gradient g and learning rate η at step t = 1, 2, …:
///
///     gd, sgd:   θ ← θ − η g
///     momentum:  b ← μ b + g   (b₁ = g);               θ ← θ − η b
///     nesterov:  b ← μ b + g   (b₁ = g);  g' = g + μ b;  θ ← θ − η g'
///     rmsprop:   v ← α v + (1 − α) g²   (v₀ = 0);        θ ← θ − η g / (√v + ε)
///     adam:      m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²   (m₀ = v₀ = 0)
///                m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);           θ ← θ − η m̂ / (√v̂ + ε)
///
/// βᵗ is kept as a running product (β·β·…), updated once a step.
public struct Optimizer: Sendable, Hashable {
  /// The rule and its constants.
  public var settings: OptimizerSettings
  /// Updates taken so far (t after the last update).
  public private(set) var step: Int = 0
  /// Momentum buffer b (momentum, nesterov) or first moment m (adam); flat like θ.
  public private(set) var firstMoment: [Double]
  /// Second moment v (rmsprop, adam); flat like θ.
  public private(set) var secondMoment: [Double]
  /// β₁ᵗ and β₂ᵗ for Adam's bias correction.
  private var beta1Power: Double = 1
  private var beta2Power: Double = 1

  /// A fresh optimizer for `parameterCount` parameters.
  public init(_ settings: OptimizerSettings, parameterCount: Int) {
    self.settings = settings
    let needsFirst: Bool
    let needsSecond: Bool
    switch settings.kind {
    case .gradientDescent, .sgd: (needsFirst, needsSecond) = (false, false)
    case .momentum, .nesterov: (needsFirst, needsSecond) = (true, false)
    case .rmsprop: (needsFirst, needsSecond) = (false, true)
    case .adam: (needsFirst, needsSecond) = (true, true)
    }
    firstMoment = Array(repeating: 0, count: needsFirst ? parameterCount : 0)
    secondMoment = Array(repeating: 0, count: needsSecond ? parameterCount : 0)
  }

  /// An optimizer with no storage, to stand in while the real one is borrowed.
  static var placeholder: Optimizer { Optimizer(OptimizerSettings(), parameterCount: 0) }

  /// Applies one update to `parameters` (`count` values) from `gradient`.
  @inline(__always)
  public mutating func update(
    _ parameters: UnsafeMutablePointer<Double>, gradient g: UnsafePointer<Double>, count: Int
  ) {
    step += 1
    let eta = settings.learningRate
    switch settings.kind {
    case .gradientDescent, .sgd:
      for k in 0..<count {
        parameters[k] -= eta * g[k]
      }
    case .momentum, .nesterov:
      let mu = settings.momentum
      let nesterov = settings.kind == .nesterov
      let first = step == 1
      firstMoment.withUnsafeMutableBufferPointer { b in
        for k in 0..<count {
          b[k] = first ? g[k] : mu * b[k] + g[k]
          let direction = nesterov ? g[k] + mu * b[k] : b[k]
          parameters[k] -= eta * direction
        }
      }
    case .rmsprop:
      let alpha = settings.alpha
      let epsilon = settings.epsilon
      secondMoment.withUnsafeMutableBufferPointer { v in
        for k in 0..<count {
          v[k] = alpha * v[k] + (1 - alpha) * g[k] * g[k]
          parameters[k] -= eta * g[k] / (v[k].squareRoot() + epsilon)
        }
      }
    case .adam:
      let beta1 = settings.beta1
      let beta2 = settings.beta2
      let epsilon = settings.epsilon
      beta1Power *= beta1
      beta2Power *= beta2
      let correction1 = 1 - beta1Power
      let correction2 = 1 - beta2Power
      firstMoment.withUnsafeMutableBufferPointer { m in
        secondMoment.withUnsafeMutableBufferPointer { v in
          for k in 0..<count {
            m[k] = beta1 * m[k] + (1 - beta1) * g[k]
            v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k]
            let mHat = m[k] / correction1
            let vHat = v[k] / correction2
            parameters[k] -= eta * mHat / (vHat.squareRoot() + epsilon)
          }
        }
      }
    }
  }

  /// Counts an update made outside `update` (a fused plain-descent loop).
  mutating func countStep() {
    step += 1
  }

  /// Forgets all running state, as a new optimizer would start.
  public mutating func reset() {
    step = 0
    beta1Power = 1
    beta2Power = 1
    firstMoment.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    secondMoment.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
  }
}

extension Optimizer {
  /// Numbers needed to save this optimizer's state into a flat buffer.
  var stateCount: Int { 3 + firstMoment.count + secondMoment.count }

  /// Writes the running state (step, βᵗ products, moments) to `buffer`.
  func writeState(to buffer: UnsafeMutablePointer<Double>) {
    buffer[0] = Double(step)
    buffer[1] = beta1Power
    buffer[2] = beta2Power
    var k = 3
    for value in firstMoment {
      buffer[k] = value
      k += 1
    }
    for value in secondMoment {
      buffer[k] = value
      k += 1
    }
  }

  /// Reads back a state written by `writeState(to:)` for the same settings, in place.
  mutating func readState(from buffer: UnsafePointer<Double>) {
    step = Int(buffer[0])
    beta1Power = buffer[1]
    beta2Power = buffer[2]
    let firstCount = firstMoment.count
    firstMoment.withUnsafeMutableBufferPointer { m in
      for k in 0..<firstCount { m[k] = buffer[3 + k] }
    }
    secondMoment.withUnsafeMutableBufferPointer { v in
      for k in 0..<v.count { v[k] = buffer[3 + firstCount + k] }
    }
  }

  /// Copies `other`'s running state into this optimizer's existing storage.
  @inline(__always)
  mutating func copyState(from other: Optimizer) {
    step = other.step
    beta1Power = other.beta1Power
    beta2Power = other.beta2Power
    if !firstMoment.isEmpty {
      firstMoment.withUnsafeMutableBufferPointer { m in
        other.firstMoment.withUnsafeBufferPointer { o in
          for k in 0..<m.count { m[k] = o[k] }
        }
      }
    }
    if !secondMoment.isEmpty {
      secondMoment.withUnsafeMutableBufferPointer { v in
        other.secondMoment.withUnsafeBufferPointer { o in
          for k in 0..<v.count { v[k] = o[k] }
        }
      }
    }
  }
}
