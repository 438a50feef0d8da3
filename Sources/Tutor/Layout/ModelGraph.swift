import Descent

/// The loss of one example as an autodiff graph, node by node, for the graph view and the
/// step-by-step backward pass.
///
/// Parameters are input nodes named as the layout names them (`w[0]`, `b`, `W1[2][0]`),
/// so after `backward` each holds ∂ℓ/∂θ for that example.
struct ModelGraph {
  var graph: ComputationGraph
  var output: ComputationGraph.NodeID
  var parameterNodes: [ComputationGraph.NodeID]
  /// The graph in stages (the features, each layer's affine map and activation, the
  /// target, the loss), for the diagram to collapse into when its scalar nodes do not fit.
  var stages: [GraphStage] = []

  /// Builds ℓ(ŷ(x), y) for `model` with raw `parameters` at raw features `x`.
  init(model: Model, parameters: [Double], x: [Double], y: Double, loss: Loss) {
    var graph = ComputationGraph()
    var parameterNodes: [ComputationGraph.NodeID] = []
    for k in parameters.indices {
      parameterNodes.append(graph.input(model.layout.elementName(at: k), parameters[k]))
    }
    var stages: [GraphStage] = []
    /// The nodes made since `start`, as one stage summarised by `shown`.
    func stage(_ title: String, from start: Int, shown: [ComputationGraph.NodeID]) {
      let members = (start..<graph.nodes.count).map { graph.nodes[$0].id }
      stages.append(GraphStage(title: title, members: members, shown: shown))
    }
    var activations: [ComputationGraph.NodeID] = []
    let featuresStart = graph.nodes.count
    for (j, value) in x.enumerated() { activations.append(graph.input("x\(j + 1)", value)) }
    if case .polynomial(let degree) = model.architecture, let x1 = activations.first {
      // A polynomial reads x, x², …, xᵏ of its one raw feature: the powers are nodes too,
      // so the graph shows where each weight's input comes from.
      activations =
        [x1]
        + (1..<Swift.max(1, degree)).map { k in
          graph.power(x1, Double(k + 1), label: "x1" + powerMark(Double(k + 1)))
        }
    }
    stage("x", from: featuresStart, shown: activations)
    // The graph is built from the features the model reads; a mismatch would be a bug in
    // the caller, not something a student typed.
    precondition(
      activations.count == model.layerSizes[0],
      "ModelGraph: \(activations.count) inputs for a model reading \(model.layerSizes[0])")
    var offset = 0
    for l in 1...model.layerCount {
      let inputs = model.layerSizes[l - 1]
      let outputs = model.layerSizes[l]
      let last = l == model.layerCount
      var next: [ComputationGraph.NodeID] = []
      var sums: [ComputationGraph.NodeID] = []
      // Each layer's parameters belong to its affine stage, made before its products.
      let layerParameters = parameterNodes[offset..<(offset + outputs * inputs + outputs)]
      let affineStart = graph.nodes.count
      for o in 0..<outputs {
        // z = Σₖ W[o][k] a[k] + b[o]
        var z = graph.multiply(parameterNodes[offset + o * inputs], activations[0])
        for k in 1..<inputs {
          z = graph.add(z, graph.multiply(parameterNodes[offset + o * inputs + k], activations[k]))
        }
        let name = model.isMLP ? "z\(l)[\(o)]" : "z"
        z = graph.add(z, parameterNodes[offset + outputs * inputs + o], label: name)
        sums.append(z)
      }
      var affine = GraphStage(
        title: model.isMLP ? "W\(l)·\(l == 1 ? "x" : "h\(l - 1)")+b\(l)" : "w·x+b",
        members: layerParameters + (affineStart..<graph.nodes.count).map { graph.nodes[$0].id },
        shown: sums)
      affine.holdsParameters = true
      stages.append(affine)
      let activation = last ? model.outputActivation : model.hiddenActivation
      let activationStart = graph.nodes.count
      for (o, z) in sums.enumerated() {
        let label = last ? "ŷ" : "h\(l)[\(o)]"
        switch activation {
        case .tanh: next.append(graph.tanh(z, label: label))
        case .relu: next.append(graph.relu(z, label: label))
        case .sigmoid: next.append(graph.sigmoid(z, label: label))
        case .identity: next.append(z)
        }
      }
      if activation != .identity {
        let name: String
        switch activation {
        case .tanh: name = "tanh"
        case .relu: name = "relu"
        case .sigmoid: name = "σ"
        case .identity: name = ""
        }
        stage(name, from: activationStart, shown: next)
      }
      activations = next
      offset += outputs * inputs + outputs
    }
    let target = graph.input("y", y)
    stages.append(GraphStage(title: "y", members: [target], shown: [target]))
    let prediction = activations[0]
    let output: ComputationGraph.NodeID
    let lossStart = graph.nodes.count
    switch loss {
    case .meanSquaredError:
      let d = graph.subtract(prediction, target, label: "ŷ - y")
      stage("ŷ - y", from: lossStart, shown: [d])
      let squareStart = graph.nodes.count
      output = graph.power(d, 2, label: "loss")
      stage("loss", from: squareStart, shown: [output])
    case .meanAbsoluteError:
      let d = graph.subtract(prediction, target, label: "ŷ - y")
      stage("ŷ - y", from: lossStart, shown: [d])
      let absStart = graph.nodes.count
      output = graph.abs(d, label: "loss")
      stage("loss", from: absStart, shown: [output])
    case .binaryCrossEntropy:
      // −[y log ŷ + (1 − y) log(1 − ŷ)] with ŷ the sigmoid output.
      let one = graph.constant(1)
      let positive = graph.multiply(target, graph.log(prediction))
      let negative = graph.multiply(
        graph.subtract(one, target), graph.log(graph.subtract(one, prediction)))
      output = graph.negate(graph.add(positive, negative), label: "loss")
      stage("loss", from: lossStart, shown: [output])
    }
    self.stages = stages
    self.graph = graph
    self.output = output
    self.parameterNodes = parameterNodes
  }
}

extension Pictures {
  /// The graph view: the autodiff graph of the current function, or of the first
  /// example's loss, one node a line with its value and gradient.
  func graphLines() -> [String] {
    guard let state = graphState ?? run.freshGraph() else {
      return ["no graph: the model has too many parameters to show one node a line"]
    }
    // A function's title says where it stands; the formula alone when that is hidden.
    let title =
      if let function, !hidden.isDisjoint(with: [.loss, .params]) {
        "f = \(function.source)"
      } else { state.title }
    var lines = [title, "node                    value        gradient"]
    let parameterNames: Set<String> =
      if let function { Set(function.variables) } else {
        Set((0..<trainer.model.parameterCount).map(trainer.model.layout.elementName(at:)))
      }
    let order = state.graph.topologicalOrder(to: state.output)
    for id in order.suffix(40) {
      let node = state.graph[id]
      let label = state.graph.describe(id)
      let padded = label + String(repeating: " ", count: Swift.max(1, 24 - label.count))
      let isParameter = node.operation == .input && parameterNames.contains(label)
      let hidesValue =
        (id == state.output && hidden.contains(.loss))
        || (isParameter && hidden.contains(.params))
      let value = hidesValue ? "?" : node.value.formatted(significantDigits: 6)
      let gradient =
        !state.backwardStarted ? "·"
        : hidden.contains(.grad) ? "?" : node.gradient.formatted(significantDigits: 6)
      let marker = state.graph.nextBackwardNode == id ? "  ← next" : ""
      lines.append(
        padded + value + String(repeating: " ", count: Swift.max(1, 13 - value.count))
          + gradient + marker)
    }
    if order.count > 40 { lines.insert("(the last 40 of \(order.count) nodes)", at: 1) }
    return lines
  }
}

extension Run {
  /// The graph of the current function or model at the current parameters.
  func freshGraph() -> GraphState? {
    if let function {
      guard
        let built = try? ExpressionGraph(
          function.statement, variables: function.variables, at: function.point)
      else { return nil }
      return GraphState(
        graph: built.graph, output: built.output,
        title: "f = \(function.source) at " + function.summary)
    }
    guard trainer.model.parameterCount <= 60 else { return nil }
    let data = trainer.trainingRowsRaw
    let x = (0..<data.featureCount).map { data.feature(0, $0) }
    let built = ModelGraph(
      model: trainer.model, parameters: trainer.rawParameters, x: x, y: data.targets[0],
      loss: trainer.loss)
    return GraphState(
      graph: built.graph, output: built.output, stages: built.stages,
      title:
        "the loss of the first example (\(data.featureNames[0]) = \(x[0].formatted(significantDigits: 6)), "
        + "\(data.targetName) = \(data.targets[0].formatted(significantDigits: 6)))")
  }
}

extension ComputationGraph {
  /// A short name for a node: its label, or its operation over its inputs' names
  /// (`w[0]·x1`, `z − y`, `tanh(…)`), at most `limit` characters.
  func describe(_ id: NodeID, limit: Int = 22) -> String {
    func text(_ id: NodeID, _ depth: Int) -> String {
      let node = self[id]
      if !node.label.isEmpty { return node.label }
      if depth > 1 { return "…" }
      let parts = node.inputs.map { text($0, depth + 1) }
      switch node.operation {
      case .add: return "\(parts[0]) + \(parts[1])"
      case .subtract: return "\(parts[0]) − \(parts[1])"
      case .multiply: return "\(parts[0])·\(parts[1])"
      case .divide: return "\(parts[0]) / \(parts[1])"
      case .negate: return "−\(parts[0])"
      case .power(let p): return "(\(parts[0]))" + powerMark(p)
      case .pow: return "\(parts[0])**\(parts[1])"
      case .exp: return "exp(\(parts[0]))"
      case .log: return "log(\(parts[0]))"
      case .tanh: return "tanh(\(parts[0]))"
      case .sigmoid: return "σ(\(parts[0]))"
      case .relu: return "relu(\(parts[0]))"
      case .abs: return "|\(parts[0])|"
      case .input, .constant: return node.value.shortDescription
      }
    }
    let full = text(id, 0)
    return full.count > limit ? String(full.prefix(limit - 1)) + "…" : full
  }
}

/// A graph on show, and how far its backward pass has gone.
struct GraphState: Sendable {
  var graph: ComputationGraph
  var output: ComputationGraph.NodeID
  /// The stages a model's graph collapses into; empty for a function's graph.
  var stages: [GraphStage] = []
  var title: String
  var backwardStarted = false
}

/// A power as a diagram writes it: `²` for small whole exponents, Python's `**0.5` otherwise.
private func powerMark(_ exponent: Double) -> String {
  let digits = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
  guard exponent >= 0, exponent < 10, exponent.rounded() == exponent else {
    return "**" + exponent.shortDescription
  }
  return digits[Int(exponent)]
}
