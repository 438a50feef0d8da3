import Descent

/// What a backward pass on the graph view was computed from.
struct GraphInputs: Hashable {
  var dataset: String
  var configuration: TrainingConfiguration
  var parameters: [Double]
  var function: String?
  var point: [Double]?
}
