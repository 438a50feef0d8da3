/// A per-feature affine rescaling x' = (x − offset) / scale, fitted on training data.
///
/// A model trained on rescaled features is the same function as one on raw features whose
/// first layer absorbs the rescaling. For a first layer z = Σⱼ Wᵢⱼ x'ⱼ + bᵢ:
///
///     z = Σⱼ (Wᵢⱼ / sⱼ) xⱼ + (bᵢ − Σⱼ Wᵢⱼ oⱼ / sⱼ)
///
/// so raw-unit weights are Wᵢⱼ / sⱼ and the raw bias is bᵢ − Σⱼ Wᵢⱼ oⱼ / sⱼ. That is how a
/// student sees the slope in dollars per m² after training on z-scores.
public struct FeatureScaling: Sendable, Hashable {
  /// The method this scaling was fitted with.
  public let method: Normalization
  /// What is subtracted from each feature (mean or minimum; 0 for none).
  public let offsets: [Double]
  /// What each feature is divided by (standard deviation or range; 1 for none). A constant
  /// feature gets scale 1, so it is only shifted.
  public let scales: [Double]

  /// Fits `method` on the features of `dataset` (the training rows).
  public init(fitting method: Normalization, to dataset: Dataset) {
    self.method = method
    let d = dataset.featureCount
    let n = dataset.count
    var offsets = [Double](repeating: 0, count: d)
    var scales = [Double](repeating: 1, count: d)
    if n > 0 {
      for j in 0..<d {
        switch method {
        case .none:
          break
        case .zScore:
          // Population statistics: mean = Σx/n, std = √(Σ(x − mean)²/n).
          var sum = 0.0
          for i in 0..<n { sum += dataset.feature(i, j) }
          let mean = sum / Double(n)
          var squares = 0.0
          for i in 0..<n {
            let r = dataset.feature(i, j) - mean
            squares += r * r
          }
          let std = (squares / Double(n)).squareRoot()
          offsets[j] = mean
          scales[j] = std > 0 && std.isFinite ? std : 1
        case .minMax:
          var low = Double.infinity
          var high = -Double.infinity
          for i in 0..<n {
            low = Swift.min(low, dataset.feature(i, j))
            high = Swift.max(high, dataset.feature(i, j))
          }
          offsets[j] = low
          let range = high - low
          scales[j] = range > 0 && range.isFinite ? range : 1
        }
      }
    }
    self.offsets = offsets
    self.scales = scales
  }

  /// The identity scaling of `featureCount` features.
  public init(identityFor featureCount: Int) {
    method = .none
    offsets = Array(repeating: 0, count: featureCount)
    scales = Array(repeating: 1, count: featureCount)
  }

  /// Whether the scaling changes nothing.
  public var isIdentity: Bool { method == .none }

  /// `dataset` with its features rescaled.
  public func apply(to dataset: Dataset) -> Dataset {
    guard !isIdentity else { return dataset }
    return dataset.replacingFeatures(apply(toRows: dataset.features), names: dataset.featureNames)
  }

  /// Rescales row-major features (any number of rows of `offsets.count` values).
  public func apply(toRows features: [Double]) -> [Double] {
    let d = offsets.count
    guard d > 0 else { return features }
    var out = features
    for k in out.indices {
      let j = k % d
      out[k] = (out[k] - offsets[j]) / scales[j]
    }
    return out
  }

  /// Maps a model's flat parameters trained on scaled features to raw units (see the type's
  /// comment): only the first layer changes, Wᵢⱼ → Wᵢⱼ / sⱼ and bᵢ → bᵢ − Σⱼ Wᵢⱼ oⱼ / sⱼ.
  public func rawParameters(_ parameters: [Double], of model: Model) -> [Double] {
    mapFirstLayer(parameters, of: model, weight: { w, j in w / scales[j] }) { shift, j in
      -shift * offsets[j] / scales[j]
    }
  }

  /// The inverse of `rawParameters`: raw-unit parameters (e.g. from `--init`) in the scaled
  /// features' units, Wᵢⱼ' = Wᵢⱼ sⱼ and bᵢ' = bᵢ + Σⱼ Wᵢⱼ oⱼ.
  public func scaledParameters(_ raw: [Double], of model: Model) -> [Double] {
    mapFirstLayer(raw, of: model, weight: { w, j in w * scales[j] }) { shift, j in
      shift * offsets[j]
    }
  }

  /// Rewrites the first layer: each weight Wᵢⱼ by `weight(Wᵢⱼ, j)`, each bias bᵢ plus
  /// Σⱼ `biasTerm(Wᵢⱼ, j)` over the layer's original weights.
  private func mapFirstLayer(
    _ parameters: [Double], of model: Model, weight: (Double, Int) -> Double,
    biasTerm: (Double, Int) -> Double
  ) -> [Double] {
    guard !isIdentity else { return parameters }
    var mapped = parameters
    let inputs = model.layerSizes[0]
    let outputs = model.layerSizes[1]
    let (w, b) = model.offsets(ofLayer: 1)
    for o in 0..<outputs {
      var shift = 0.0
      for j in 0..<inputs {
        let original = parameters[w + o * inputs + j]
        mapped[w + o * inputs + j] = weight(original, j)
        shift += biasTerm(original, j)
      }
      mapped[b + o] = parameters[b + o] + shift
    }
    return mapped
  }
}
