import ArgumentParser
import Descent
import Interchange

/// `downhill train`: trains one model and prints the result, for teachers, scripts and
/// autograders.
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Train one model and print its losses and parameters.",
    discussion: """
      The defaults reproduce the course's first example: from m = c = 0, \
      plain gradient descent at learning rate 0.01 fits a line to the house prices in \
      1000 epochs.

      Exit status: 0 trained, 3 diverged, 2 bad input.
      """
  )

  @Option(
    help: "A built-in dataset (\(Dataset.builtInNames.joined(separator: ", "))) or a CSV file.")
  var data = "houses"

  @Option(help: "The CSV column to predict (default: the last).")
  var target: String?

  @Option(help: "linear, poly:K, logistic or mlp:D-H…-O (layer sizes, e.g. mlp:2-4-1).")
  var model = "linear"

  @Option(help: "An MLP's hidden activation: tanh, relu, sigmoid or identity.")
  var activation = "tanh"

  @Option(help: "An MLP's output activation: identity or sigmoid.")
  var output = "identity"

  @Option(help: "mse, mae or bce (default: bce for probability outputs, else mse).")
  var loss: String?

  @Option(help: "gd, sgd, momentum, nesterov, rmsprop or adam.")
  var optimizer = "gd"

  @Option(parsing: .unconditional, help: "The learning rate.")
  var lr = 0.01

  @Option(parsing: .unconditional, help: "The momentum of momentum and nesterov (default 0.9).")
  var momentum: Double?

  @Option(
    parsing: .unconditional, help: "Rows a mini-batch (default: 1 for sgd, all rows otherwise).")
  var batchSize: Int?

  @Option(
    parsing: .unconditional,
    help: "The seed of every random choice (data, split, initialization, shuffling).")
  var seed: UInt64 = 0

  @Option(parsing: .unconditional, help: "Epochs to train.")
  var epochs = 1000

  @Option(help: "descent, or closed-form for the least-squares solution.")
  var solver = "descent"

  @Option(
    name: .customLong("init"),
    help: "A JSON file of starting parameters, as printed under \"parameters\".")
  var initFile: String?

  @Option(help: "none, zscore or minmax (fitted on the training rows).")
  var normalize = "none"

  @Option(
    parsing: .unconditional,
    help: "The fraction of rows to train on; the rest give a validation loss.")
  var split: Double?

  @Option(
    parsing: .unconditional, help: "Keep the loss of every K-th epoch (and the last) in the output."
  )
  var recordEvery = 1

  @Flag(help: "Print one JSON object instead of text.")
  var json = false

  func run() throws {
    let request = try TrainingRequest(
      data: data, target: target, model: model, activation: activation, output: output,
      loss: loss, optimizer: optimizer, learningRate: lr, momentum: momentum,
      batchSize: batchSize, seed: seed, epochs: epochs, solver: solver, normalize: normalize,
      split: split, recordEvery: recordEvery)
    let dataset = try DataFiles.dataset(named: data, target: target, seed: seed)
    var trainer = try Trainer(dataset: dataset, configuration: request.configuration)
    if let initFile {
      let text = try DataFiles.readText(initFile)
      let json: JSONValue
      do {
        json = try JSONValue.parse(text, source: initFile)
      } catch {
        throw DescentError(error)
      }
      trainer.setInitialParameters(
        raw: try trainer.model.layout.values(from: json, source: initFile))
    }

    let clock = ContinuousClock()
    var recorded = RecordedLosses()
    let elapsed: Duration
    if request.usesClosedForm {
      elapsed = try clock.measure { try trainer.solveClosedForm() }
    } else {
      elapsed = clock.measure {
        recorded = trainer.train(epochs: request.epochs, recordingEvery: request.recordEvery)
      }
    }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let report = TrainingReport(
      trainer: trainer, dataName: dataset.name, recorded: recorded, elapsedSeconds: seconds,
      solver: request.usesClosedForm ? "closed-form" : "descent")
    if json {
      print(report.json.serialized(pretty: true))
    } else {
      print(report.text, terminator: "")
    }
    if let divergence = trainer.divergence {
      // The text report already ends with the explanation; JSON readers get it on stderr too.
      throw TrainingDiverged(
        message: json ? "epoch \(divergence.epoch): \(divergence.message)" : nil)
    }
  }
}
