import ArgumentParser
import Descent
import Interchange

/// `downhill train`: trains one model and prints the result, for teachers, scripts and
/// autograders.
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Train one model and print its losses and parameters.",
    discussion: """
      The defaults reproduce the course's first example: from m = c = 0, \
      plain gradient descent at learning rate 0.01 fits a line to the house prices in \
      1000 epochs.

      Exit status: 0 trained, 3 diverged, 2 bad input.
      """
  )

  @Option(
    help: "A built-in dataset (\(Dataset.builtInNames.joined(separator: ", "))) or a CSV file.",
    completion: .custom { _, _, prefix in DatasetCompletion.candidates(prefix: prefix) })
  var data = "houses"

  @Option(help: "The CSV column to predict (default: the last).")
  var target: String?

  @Option(help: "linear, poly:K, logistic or mlp:D-H…-O (layer sizes, e.g. mlp:2-4-1).")
  var model = "linear"

  @Option(help: "An MLP's hidden activation.")
  var activation: Activation = .tanh

  @Option(help: "An MLP's output activation: identity for regression, sigmoid for a probability.")
  var output: OutputActivation = .identity

  @Option(help: "The loss (default: bce for probability outputs, else mse).")
  var loss: Loss?

  @Option(help: "The optimizer: gd is full-batch descent, the others take mini-batches.")
  var optimizer: OptimizerKind = .gradientDescent

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

  @Option(help: "Descend epoch by epoch, or solve least squares at once (closed-form).")
  var solver: Solver = .descent

  @Option(
    name: .customLong("init"),
    help: "A JSON file of starting parameters, as printed under \"parameters\".",
    completion: .file(extensions: ["json"]))
  var initFile: String?

  @Option(help: "How features are rescaled (fitted on the training rows).")
  var normalize: Normalization = .none

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

  /// Refuses, before any file is read, what the options cannot describe: each refusal is one
  /// sentence naming the option (see `trainingConfiguration()`).
  func validate() throws {
    _ = try trainingConfiguration()
    if target != nil, Dataset.builtInNames.contains(data.lowercased()) {
      throw OptionError(
        "--target picks a column of a CSV file; the built-in dataset '\(data)' has its "
          + "target already")
    }
  }

  func run() throws {
    let dataset = try DataFiles.dataset(named: data, target: target, seed: seed)
    var trainer = try Trainer(dataset: dataset, configuration: try trainingConfiguration())
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
    if solver == .closedForm {
      elapsed = try clock.measure { try trainer.solveClosedForm() }
    } else {
      elapsed = clock.measure {
        recorded = trainer.train(epochs: epochs, recordingEvery: recordEvery)
      }
    }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let report = TrainingReport(
      trainer: trainer, dataName: dataset.name, recorded: recorded, elapsedSeconds: seconds,
      solver: solver.rawValue)
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
