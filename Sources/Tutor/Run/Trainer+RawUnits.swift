import Descent

extension Trainer {
  /// The training rows in raw units (before scaling; polynomial models see the original
  /// feature, not its powers).
  var trainingRowsRaw: Dataset {
    let training = unscaled(self.training)
    let features = training.features
    let d = training.featureCount
    if case .polynomial = model.architecture {
      // Keep the original feature only: x, not x², x³.
      let x = stride(from: 0, to: features.count, by: d).map { features[$0] }
      return Dataset(
        name: training.name, featureNames: [training.featureNames[0]],
        targetName: training.targetName, features: x, targets: training.targets)
    }
    return training
  }

  /// `rows` (as the model reads them) with the feature scaling undone: raw units.
  func unscaled(_ rows: Dataset) -> Dataset {
    let scaling = self.scaling
    guard !scaling.isIdentity else { return rows }
    var features = rows.features
    let d = rows.featureCount
    for k in features.indices {
      let j = k % d
      features[k] = features[k] * scaling.scales[j] + scaling.offsets[j]
    }
    return rows.replacingFeatures(features, names: rows.featureNames)
  }

  /// The model's prediction for every training row.
  var predictionsRaw: [Double] {
    let training = self.training
    let parameters = self.parameters
    let d = training.featureCount
    return (0..<training.count).map { i in
      model.prediction(
        of: parameters, input: Array(training.features[(i * d)..<((i + 1) * d)]))
    }
  }

  /// ∂L/∂θ at the current parameters in raw units, flat in layout order. For a line it is
  /// the course's (D_m, D_c).
  var rawGradient: [Double] {
    // The gradient with respect to raw parameters is the gradient of the loss of the raw
    // model on raw features: evaluate that model directly.
    model.lossAndGradient(
      of: rawParameters, on: unscaled(self.training), loss: loss
    ).gradient
  }

  /// An MLP's hidden activations over the training rows, named `h1`, `h2`, …
  var hiddenActivations: [(String, Value)] {
    let model = self.model
    guard model.isMLP, model.layerCount >= 2 else { return [] }
    let trace = model.backpropagation(
      of: parameters, on: training, loss: loss)
    return (0..<(model.layerCount - 1)).map { l in
      let layer = trace.layers[l]
      let rows = layer.activations.count
      let columns = layer.activations.first?.count ?? 0
      return ("h\(l + 1)", .matrix(rows: rows, columns: columns, layer.activations.flatMap { $0 }))
    }
  }

  /// The model's prediction for one row of raw features (expanded and scaled as training
  /// sees them) with the parameters `scaled` (the trainer's units).
  func predict(raw features: [Double], parameters scaled: [Double]? = nil) -> Double {
    var inputs = features
    if case .polynomial(let degree) = model.architecture, let x = features.first {
      inputs = (1...degree).map { power in
        var value = x
        for _ in 1..<power { value *= x }
        return value
      }
    }
    return model.prediction(of: scaled ?? parameters, input: scaling.apply(toRows: inputs))
  }
}
