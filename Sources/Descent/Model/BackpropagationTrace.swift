/// One full forward and backward pass of an MLP with every intermediate kept, for the
/// backpropagation lessons to show.
///
/// Layers are numbered from 1 as the parameters are (`W1`, `b1`, …): `layers[0]` is
/// layer 1. Matrices are nested arrays, one row an example: `preActivations[i][u]` is
/// z of unit u for example i.
public struct BackpropagationTrace: Sendable, Hashable {
  /// The intermediate values of one layer over every example.
  public struct Layer: Sendable, Hashable {
    /// z = W a_prev + b, (examples × units).
    public var preActivations: [[Double]]
    /// a = act(z), (examples × units).
    public var activations: [[Double]]
    /// δ = ∂L/∂z, each example's contribution to the mean loss, (examples × units).
    public var deltas: [[Double]]
  }

  /// Every layer, first to last.
  public var layers: [Layer]
  /// The mean loss.
  public var loss: Double
  /// ∂L/∂θ, flat in the model's `layout` order (equal to `Model.lossAndGradient`).
  public var gradient: [Double]
}

extension Model {
  /// Runs forward and backward passes over every row of `dataset`, keeping each layer's
  /// pre-activations, activations and deltas. Slower than training; for display.
  public func backpropagation(
    of parameters: [Double], on dataset: Dataset, loss: Loss
  ) -> BackpropagationTrace {
    precondition(dataset.featureCount == inputCount, "Model: dataset has wrong feature count")
    precondition(parameters.count == parameterCount, "Model: wrong parameter count")
    let n = dataset.count
    var layers = (1...layerCount).map { l in
      BackpropagationTrace.Layer(
        preActivations: Array(repeating: Array(repeating: 0, count: layerSizes[l]), count: n),
        activations: Array(repeating: Array(repeating: 0, count: layerSizes[l]), count: n),
        deltas: Array(repeating: Array(repeating: 0, count: layerSizes[l]), count: n))
    }
    let units = layerSizes.dropFirst().reduce(0, +)
    var pre = [Double](repeating: 0, count: units)
    var post = [Double](repeating: 0, count: units)
    var delta = [Double](repeating: 0, count: units)
    var gradient = [Double](repeating: 0, count: parameterCount)
    var total = 0.0
    let factor = Self.gradientFactor(loss, rows: n)
    for i in 0..<n {
      let input = Array(dataset.features[(i * inputCount)..<((i + 1) * inputCount)])
      input.withUnsafeBufferPointer { x in
        parameters.withUnsafeBufferPointer { p in
          guard let x = x.baseAddress, let p = p.baseAddress else { return }
          pre.withUnsafeMutableBufferPointer { zs in
            post.withUnsafeMutableBufferPointer { az in
              delta.withUnsafeMutableBufferPointer { ds in
                gradient.withUnsafeMutableBufferPointer { g in
                  guard let zs = zs.baseAddress, let az = az.baseAddress,
                    let ds = ds.baseAddress, let g = g.baseAddress
                  else { return }
                  let z = linearOrNetworkForward(x, p, zs, az)
                  let term = Self.outputTerm(
                    z: z, y: dataset.targets[i], loss: loss, output: outputActivation)
                  total += term.loss
                  if isMLP {
                    backwardRow(
                      x, outputDelta: term.error, parameters: p, pre: zs, post: az, delta: ds,
                      gradient: g)
                  } else {
                    ds[0] = term.error
                    for j in 0..<inputCount { g[j] += term.error * x[j] }
                    g[inputCount] += term.error
                  }
                }
              }
            }
          }
        }
      }
      for l in 1...layerCount {
        let offset = unitOffset(ofLayer: l)
        for u in 0..<layerSizes[l] {
          layers[l - 1].preActivations[i][u] = pre[offset + u]
          layers[l - 1].activations[i][u] = post[offset + u]
          layers[l - 1].deltas[i][u] = factor * delta[offset + u]
        }
      }
    }
    for p in 0..<parameterCount {
      gradient[p] = factor * gradient[p]
    }
    return BackpropagationTrace(layers: layers, loss: total / Double(n), gradient: gradient)
  }

  /// The forward pass of one row for any model, filling `pre`/`post`; returns the output z.
  func linearOrNetworkForward(
    _ x: UnsafePointer<Double>, _ p: UnsafePointer<Double>,
    _ pre: UnsafeMutablePointer<Double>, _ post: UnsafeMutablePointer<Double>
  ) -> Double {
    if isMLP {
      return forwardRow(x, parameters: p, pre: pre, post: post)
    }
    var z = 0.0
    for j in 0..<inputCount { z += p[j] * x[j] }
    z += p[inputCount]
    pre[0] = z
    post[0] = outputActivation(z)
    return z
  }
}
