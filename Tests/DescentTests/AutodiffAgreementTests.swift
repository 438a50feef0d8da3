import Testing

@testable import Descent

/// The scalar autodiff graph and the layer-wise backpropagation are two independent ways
/// to the same gradient; they must agree on every parameter.
@Suite struct AutodiffAgreementTests {
  /// Builds the mean loss of an MLP over `dataset` as a graph, one input node a parameter
  /// named as the layout names it, and returns the graph, the loss node and the parameter
  /// nodes in flat layout order.
  static func graph(
    of model: Model, parameters: [Double], on dataset: Dataset, loss: Loss
  ) -> (ComputationGraph, ComputationGraph.NodeID, [ComputationGraph.NodeID]) {
    var g = ComputationGraph()
    let nodes = parameters.indices.map { k in
      g.input(model.layout.elementName(at: k), parameters[k])
    }
    var total: ComputationGraph.NodeID?
    for i in 0..<dataset.count {
      var activations = (0..<model.inputCount).map { j in g.constant(dataset.feature(i, j)) }
      var offset = 0
      for l in 1...model.layerCount {
        let inputs = model.layerSizes[l - 1]
        let outputs = model.layerSizes[l]
        var next: [ComputationGraph.NodeID] = []
        for o in 0..<outputs {
          // z = Σₖ W[o][k] a[k] + b[o]
          var z = g.multiply(nodes[offset + o * inputs], activations[0])
          for k in 1..<inputs {
            z = g.add(z, g.multiply(nodes[offset + o * inputs + k], activations[k]))
          }
          z = g.add(z, nodes[offset + outputs * inputs + o])
          let last = l == model.layerCount
          let act = last ? model.outputActivation : model.hiddenActivation
          // BCE is taken from the logit, so the output's sigmoid lives in the loss below.
          if last && loss == .binaryCrossEntropy {
            next.append(z)
            continue
          }
          switch act {
          case .tanh: next.append(g.tanh(z))
          case .relu: next.append(g.relu(z))
          case .sigmoid: next.append(g.sigmoid(z))
          case .identity: next.append(z)
          }
        }
        activations = next
        offset += outputs * inputs + outputs
      }
      let y = g.constant(dataset.targets[i])
      let term: ComputationGraph.NodeID
      switch loss {
      case .meanSquaredError:
        term = g.power(g.subtract(activations[0], y), 2)
      case .meanAbsoluteError:
        // |d| = √(d²) has the same derivative away from 0.
        term = g.power(g.power(g.subtract(activations[0], y), 2), 0.5)
      case .binaryCrossEntropy:
        // −[y log σ(z) + (1 − y) log(1 − σ(z))]
        let p = g.sigmoid(activations[0])
        let one = g.constant(1)
        let positive = g.multiply(y, g.log(p))
        let negative = g.multiply(g.subtract(one, y), g.log(g.subtract(one, p)))
        term = g.negate(g.add(positive, negative))
      }
      total = total.map { g.add($0, term) } ?? term
    }
    let mean = g.divide(total ?? g.constant(0), g.constant(Double(dataset.count)))
    return (g, mean, nodes)
  }

  static let cases: [(String, [Int], Activation, Activation, Loss)] = [
    ("xor", [2, 4, 1], .tanh, .identity, .meanSquaredError),
    ("xor", [2, 4, 1], .sigmoid, .sigmoid, .binaryCrossEntropy),
    ("moons", [2, 5, 3, 1], .relu, .sigmoid, .meanSquaredError),
    ("sine", [1, 6, 1], .tanh, .identity, .meanAbsoluteError),
    ("blobs", [2, 3, 1], .identity, .sigmoid, .binaryCrossEntropy),
  ]

  @Test(arguments: cases.indices)
  func graphGradientEqualsBackpropagation(_ index: Int) throws {
    let (name, layers, hidden, output, loss) = Self.cases[index]
    let dataset = try Dataset.builtIn(named: name, seed: 1)
    let model = try Model(
      .mlp(layers: layers, hidden: hidden, output: output), inputCount: layers[0])
    var generator = SeededGenerator(seed: UInt64(index) + 11)
    let parameters = model.initialParameters(using: &generator).map { $0 * 2 }
    let analytic = model.lossAndGradient(of: parameters, on: dataset, loss: loss)
    var (graph, lossNode, nodes) = Self.graph(
      of: model, parameters: parameters, on: dataset, loss: loss)
    graph.backward(from: lossNode)
    #expect(abs(graph[lossNode].value - analytic.loss) <= 1e-12 * max(1, abs(analytic.loss)))
    for (k, node) in nodes.enumerated() {
      let fromGraph = graph[node].gradient
      let scale = max(1e-8, abs(analytic.gradient[k]))
      #expect(
        abs(fromGraph - analytic.gradient[k]) / scale < 1e-9,
        "\(model.layout.elementName(at: k)): graph \(fromGraph), backprop \(analytic.gradient[k])")
    }
  }
}
