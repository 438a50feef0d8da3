import Descent

/// A function of named variables, typed as an expression, turned into the core's autodiff
/// graph so that its gradient can be taken (and its backward pass shown).
///
/// Works on numbers: `+ - * /`, powers, unary minus and the functions exp, log, sqrt,
/// abs, tanh, sigmoid and relu. Arrays, comparisons and the rest are refused with a
/// sentence, pointing at the operation.
struct ExpressionGraph {
  var graph: ComputationGraph
  /// The node holding f.
  var output: ComputationGraph.NodeID
  /// One input node a variable, in the order of `variables`.
  var inputs: [ComputationGraph.NodeID]

  /// f's value.
  var value: Double { graph[output].value }

  /// The graph of `statement` with `variables` set to `point`.
  init(_ statement: Statement, variables: [String], at point: [Double]) throws(ExpressionError) {
    var graph = ComputationGraph()
    let inputs = zip(variables, point).map { name, value in graph.input(name, value) }
    var stack: [ComputationGraph.NodeID] = []
    func pop(_ span: ExpressionSpan) throws(ExpressionError) -> ComputationGraph.NodeID {
      guard let top = stack.popLast() else {
        throw ExpressionError("this expression is incomplete", at: span)
      }
      return top
    }
    func refuse(_ what: String, _ span: ExpressionSpan) -> ExpressionError {
      ExpressionError(
        "\(what) cannot be part of a function to minimize; use numbers, + - * / ^ and "
          + "exp, log, sqrt, abs, tanh, sigmoid, relu", at: span)
    }
    for instruction in statement.program {
      switch instruction {
      case .constant(let value):
        guard case .number(let x) = value else {
          throw ExpressionError("a function to minimize works on numbers, not arrays")
        }
        stack.append(graph.constant(x))
      case .load(let name, let span):
        guard let index = variables.firstIndex(of: name) else {
          throw ExpressionError("'\(name)' is not a variable of this function", at: span)
        }
        stack.append(inputs[index])
      case .negate(let span):
        let x = try pop(span)
        stack.append(graph.negate(x))
      case .binary(let op, let symbol, let span):
        let b = try pop(span)
        let a = try pop(span)
        switch op {
        case .add: stack.append(graph.add(a, b))
        case .subtract: stack.append(graph.subtract(a, b))
        case .multiply: stack.append(graph.multiply(a, b))
        case .divide: stack.append(graph.divide(a, b))
        case .power:
          // A constant exponent is a power node (its derivative is p·x^(p−1) even for
          // negative x); a variable one is the general pow.
          if graph[b].operation == .constant {
            stack.append(graph.power(a, graph[b].value))
          } else {
            stack.append(graph.pow(a, b))
          }
        default:
          throw refuse("'\(symbol)'", span)
        }
      case .call(let function, let arguments, let name):
        guard arguments.count == 1 else { throw refuse("\(function.rawValue)(…, …)", name) }
        let x = try pop(name)
        switch function {
        case .exp: stack.append(graph.exp(x))
        case .log: stack.append(graph.log(x))
        case .sqrt: stack.append(graph.power(x, 0.5, label: "sqrt"))
        case .abs: stack.append(graph.abs(x))
        case .tanh: stack.append(graph.tanh(x))
        case .sigmoid: stack.append(graph.sigmoid(x))
        case .relu: stack.append(graph.relu(x))
        default: throw refuse("\(function.rawValue)()", name)
        }
      case .array(_, let opener): throw refuse("an array", opener)
      case .not(let span): throw refuse("'not'", span)
      case .transpose(let span): throw refuse("'.T'", span)
      case .index(let base, _): throw refuse("indexing", base)
      case .shortCircuit(_, _, let span), .truth(_, let span): throw refuse("'and'/'or'", span)
      }
    }
    guard stack.count == 1, let top = stack.last else {
      throw ExpressionError("this expression is incomplete")
    }
    self.graph = graph
    self.inputs = inputs
    output = top
  }
}

extension Statement {
  /// The names the statement reads, in order of first appearance.
  var orderedNames: [String] {
    var seen: Set<String> = []
    var names: [String] = []
    for instruction in program {
      if case .load(let name, _) = instruction, seen.insert(name).inserted {
        names.append(name)
      }
    }
    return names
  }
}
