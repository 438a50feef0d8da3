// Layer-wise backpropagation for an MLP, one row at a time, into caller-owned scratch.
//
// Layers l = 1…L, with a⁽⁰⁾ = x (the row's features):
//   forward    z⁽ˡ⁾ = W⁽ˡ⁾ a⁽ˡ⁻¹⁾ + b⁽ˡ⁾          W⁽ˡ⁾: (units_l × units_{l−1})
//              a⁽ˡ⁾ = act_l(z⁽ˡ⁾)                 act_L is the output activation
//   output     δ⁽ᴸ⁾ = ∂ℓ/∂z⁽ᴸ⁾ = factor · e         e and factor as in Model+Evaluation
//   backward   ∂L/∂W⁽ˡ⁾ += δ⁽ˡ⁾ (a⁽ˡ⁻¹⁾)ᵀ,   ∂L/∂b⁽ˡ⁾ += δ⁽ˡ⁾
//              δ⁽ˡ⁻¹⁾ = (W⁽ˡ⁾ᵀ δ⁽ˡ⁾) ⊙ act'_{l−1}(z⁽ˡ⁻¹⁾)
//
// The deltas are propagated without the constant factor, which multiplies the whole
// gradient once at the end (the chain rule is linear in δ⁽ᴸ⁾).

extension Model {
  /// Offset of layer `l`'s units (l from 1) inside one scratch block.
  @inline(__always)
  func unitOffset(ofLayer l: Int) -> Int {
    var offset = 0
    var k = 1
    while k < l {
      offset += layerSizes[k]
      k += 1
    }
    return offset
  }

  /// Runs the forward pass of one row, leaving z in `pre` and activations in `post`
  /// (both laid out by `unitOffset`). Returns the output pre-activation.
  @inline(__always)
  func forwardRow(
    _ input: UnsafePointer<Double>, parameters: UnsafePointer<Double>,
    pre: UnsafeMutablePointer<Double>, post: UnsafeMutablePointer<Double>
  ) -> Double {
    var weightOffset = 0
    var unit = 0
    var previous = input
    for l in 1...layerCount {
      let inputs = layerSizes[l - 1]
      let outputs = layerSizes[l]
      let w = parameters + weightOffset
      let b = w + outputs * inputs
      let act = l == layerCount ? outputActivation : hiddenActivation
      for o in 0..<outputs {
        var z = 0.0
        let row = w + o * inputs
        for k in 0..<inputs {
          z += row[k] * previous[k]
        }
        z += b[o]
        pre[unit + o] = z
        post[unit + o] = act(z)
      }
      previous = UnsafePointer(post + unit)
      unit += outputs
      weightOffset += outputs * inputs + outputs
    }
    return pre[unit - 1]
  }

  /// Propagates the output delta `outputDelta` back through the layers of one row whose
  /// forward pass is in `pre`/`post`, adding into `gradient`; leaves every layer's delta in
  /// `delta`.
  @inline(__always)
  func backwardRow(
    _ input: UnsafePointer<Double>, outputDelta: Double, parameters: UnsafePointer<Double>,
    pre: UnsafePointer<Double>, post: UnsafePointer<Double>,
    delta: UnsafeMutablePointer<Double>, gradient: UnsafeMutablePointer<Double>
  ) {
    let last = layerCount
    delta[unitOffset(ofLayer: last)] = outputDelta
    var l = last
    while l >= 1 {
      let inputs = layerSizes[l - 1]
      let outputs = layerSizes[l]
      let (weightOffset, biasOffset) = offsets(ofLayer: l)
      let unit = unitOffset(ofLayer: l)
      let previous = l == 1 ? input : post + unitOffset(ofLayer: l - 1)
      let dl = delta + unit
      // ∂L/∂W⁽ˡ⁾[o][k] += δ⁽ˡ⁾[o] · a⁽ˡ⁻¹⁾[k];  ∂L/∂b⁽ˡ⁾[o] += δ⁽ˡ⁾[o]
      for o in 0..<outputs {
        let g = gradient + weightOffset + o * inputs
        let d = dl[o]
        for k in 0..<inputs {
          g[k] += d * previous[k]
        }
        gradient[biasOffset + o] += d
      }
      if l > 1 {
        // δ⁽ˡ⁻¹⁾[k] = (Σₒ W⁽ˡ⁾[o][k] δ⁽ˡ⁾[o]) · act'(z⁽ˡ⁻¹⁾[k])
        let previousUnit = unitOffset(ofLayer: l - 1)
        let w = parameters + weightOffset
        for k in 0..<inputs {
          var sum = 0.0
          for o in 0..<outputs {
            sum += w[o * inputs + k] * dl[o]
          }
          let z = pre[previousUnit + k]
          let a = post[previousUnit + k]
          delta[previousUnit + k] = sum * hiddenActivation.derivative(z: z, a: a)
        }
      }
      l -= 1
    }
  }

  /// Mean loss and gradient of an MLP over the given rows; see `evaluate`.
  func evaluateNetwork(
    parameters: UnsafePointer<Double>, data: RowData, rows: UnsafePointer<Int>?, count: Int,
    loss: Loss, gradient: UnsafeMutablePointer<Double>?, scratch: UnsafeMutablePointer<Double>?
  ) -> Double {
    guard let scratch else {
      preconditionFailure("Model.evaluate: an MLP needs scratch space")
    }
    let block = scratchCount / 3
    let pre = scratch
    let post = scratch + block
    let delta = scratch + 2 * block
    if let gradient {
      gradient.update(repeating: 0, count: parameterCount)
    }
    var total = 0.0
    for k in 0..<count {
      let i = rows?[k] ?? k
      let input = data.features + i * data.width
      let z = forwardRow(input, parameters: parameters, pre: pre, post: post)
      let term = Self.outputTerm(z: z, y: data.targets[i], loss: loss, output: outputActivation)
      total += term.loss
      if let gradient {
        backwardRow(
          input, outputDelta: term.error, parameters: parameters, pre: pre, post: post,
          delta: delta, gradient: gradient)
      }
    }
    if let gradient {
      let factor = Self.gradientFactor(loss, rows: count)
      for p in 0..<parameterCount {
        gradient[p] = factor * gradient[p]
      }
    }
    return total / Double(count)
  }
}
