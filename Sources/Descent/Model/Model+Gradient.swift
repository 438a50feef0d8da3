extension Model {
  /// The mean loss of `parameters` over every row of `dataset`, whose features are this
  /// model's inputs.
  public func loss(of parameters: [Double], on dataset: Dataset, loss: Loss) -> Double {
    evaluate(parameters, on: dataset, loss: loss, wantsGradient: false).loss
  }

  /// The mean loss and its gradient with respect to every parameter (flat, in `layout`
  /// order), over every row of `dataset`.
  public func lossAndGradient(
    of parameters: [Double], on dataset: Dataset, loss: Loss
  ) -> (loss: Double, gradient: [Double]) {
    evaluate(parameters, on: dataset, loss: loss, wantsGradient: true)
  }

  /// The model's prediction ŷ for one row of inputs (after its output activation).
  public func prediction(of parameters: [Double], input: [Double]) -> Double {
    precondition(input.count == inputCount, "Model.prediction: \(input.count) inputs")
    precondition(parameters.count == parameterCount, "Model.prediction: wrong parameter count")
    let units = Swift.max(layerSizes.dropFirst().reduce(0, +), 1)
    var pre = [Double](repeating: 0, count: units)
    var post = [Double](repeating: 0, count: units)
    return parameters.withUnsafeBufferPointer { p in
      input.withUnsafeBufferPointer { x in
        pre.withUnsafeMutableBufferPointer { zs in
          post.withUnsafeMutableBufferPointer { az in
            guard let p = p.baseAddress, let x = x.baseAddress, let zs = zs.baseAddress,
              let az = az.baseAddress
            else { return Double.nan }
            return outputActivation(linearOrNetworkForward(x, p, zs, az))
          }
        }
      }
    }
  }

  private func evaluate(
    _ parameters: [Double], on dataset: Dataset, loss: Loss, wantsGradient: Bool
  ) -> (loss: Double, gradient: [Double]) {
    precondition(dataset.featureCount == inputCount, "Model: dataset has wrong feature count")
    precondition(parameters.count == parameterCount, "Model: wrong parameter count")
    precondition(dataset.count > 0, "Model: empty dataset")
    var gradient = [Double](repeating: 0, count: wantsGradient ? parameterCount : 0)
    var scratch = [Double](repeating: 0, count: Swift.max(scratchCount, 1))
    let value = parameters.withUnsafeBufferPointer { p in
      dataset.features.withUnsafeBufferPointer { x in
        dataset.targets.withUnsafeBufferPointer { y in
          gradient.withUnsafeMutableBufferPointer { g in
            scratch.withUnsafeMutableBufferPointer { s in
              guard let p = p.baseAddress, let y = y.baseAddress else { return Double.nan }
              // A dataset with no features still needs a valid pointer.
              let placeholder = 0.0
              return withUnsafePointer(to: placeholder) { empty in
                evaluate(
                  parameters: p,
                  data: RowData(features: x.baseAddress ?? empty, targets: y, width: inputCount),
                  rows: nil, count: dataset.count, loss: loss,
                  gradient: wantsGradient ? g.baseAddress : nil, scratch: s.baseAddress)
              }
            }
          }
        }
      }
    }
    return (value, gradient)
  }
}
