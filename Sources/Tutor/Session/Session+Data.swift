import Descent

extension Session {
  /// The training rows in raw units (before scaling; polynomial models see the original
  /// feature, not its powers).
  var trainingRowsRaw: Dataset {
    let training = unscaled(trainer.training)
    let features = training.features
    let d = training.featureCount
    if case .polynomial = trainer.model.architecture {
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
    let scaling = trainer.scaling
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
    let training = trainer.training
    let parameters = trainer.parameters
    let d = training.featureCount
    return (0..<training.count).map { i in
      trainer.model.prediction(
        of: parameters, input: Array(training.features[(i * d)..<((i + 1) * d)]))
    }
  }

  /// ∂L/∂θ at the current parameters in raw units, flat in layout order. For a line it is
  /// the course's (D_m, D_c).
  var rawGradient: [Double] {
    // The gradient with respect to raw parameters is the gradient of the loss of the raw
    // model on raw features: evaluate that model directly.
    trainer.model.lossAndGradient(
      of: trainer.rawParameters, on: unscaled(trainer.training), loss: trainer.loss
    ).gradient
  }

  /// An MLP's hidden activations over the training rows, named `h1`, `h2`, …
  var hiddenActivations: [(String, Value)] {
    let model = trainer.model
    guard model.isMLP, model.layerCount >= 2 else { return [] }
    let trace = model.backpropagation(
      of: trainer.parameters, on: trainer.training, loss: trainer.loss)
    return (0..<(model.layerCount - 1)).map { l in
      let layer = trace.layers[l]
      let rows = layer.activations.count
      let columns = layer.activations.first?.count ?? 0
      return ("h\(l + 1)", .matrix(rows: rows, columns: columns, layer.activations.flatMap { $0 }))
    }
  }
}
