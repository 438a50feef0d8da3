import Descent
import Testing

@testable import downhill

/// `downhill train`'s options turn into the `TrainingConfiguration` they describe, or into
/// one sentence naming the option at fault; Descent itself knows no option names.
@Suite struct TrainConfigurationTests {
  func configuration(_ arguments: [String]) throws -> TrainingConfiguration {
    try Train.parse(arguments).trainingConfiguration()
  }

  /// The sentence `arguments` are refused with (parsing runs `validate()`, which builds the
  /// configuration), or nil.
  func refusal(_ arguments: [String]) -> String? {
    do {
      _ = try configuration(arguments)
      return nil
    } catch {
      return Train.message(for: error)
    }
  }

  @Test func theDefaultsAreTheCoursesFirstExample() throws {
    #expect(try configuration([]) == TrainingConfiguration())
  }

  @Test func everyOptionReachesTheConfiguration() throws {
    let parsed = try configuration([
      "--model", "mlp:2-4-1", "--activation", "relu", "--output", "sigmoid", "--loss", "bce",
      "--optimizer", "nesterov", "--lr", "0.05", "--momentum", "0.5", "--batch-size", "2",
      "--normalize", "minmax", "--split", "0.75", "--seed", "7",
    ])
    #expect(
      parsed
        == TrainingConfiguration(
          architecture: .mlp(layers: [2, 4, 1], hidden: .relu, output: .sigmoid),
          loss: .binaryCrossEntropy,
          optimizer: OptimizerSettings(.nesterov, learningRate: 0.05, momentum: 0.5, batchSize: 2),
          normalization: .minMax, trainingFraction: 0.75, seed: 7))
  }

  @Test func momentumDefaultsToNineTenths() throws {
    let parsed = try configuration(["--optimizer", "momentum"])
    #expect(parsed.optimizer == OptimizerSettings(.momentum, learningRate: 0.01, momentum: 0.9))
  }

  @Test func theClosedFormSolverIsParsed() throws {
    #expect(try Train.parse(["--solver", "closed-form"]).solver == .closedForm)
    #expect(try Train.parse([]).solver == .descent)
  }

  @Test func optionsThatDoNotFitTheModelAreRefused() {
    #expect(
      refusal(["--output", "sigmoid"])
        == "--activation and --output shape an MLP; the linear model has none")
    #expect(
      refusal(["--optimizer", "rmsprop", "--momentum", "0.5"])
        == "--momentum sets the momentum of the momentum and nesterov optimizers; rmsprop has "
        + "none")
    #expect(
      refusal(["--batch-size", "4"])
        == "gd is full-batch gradient descent and takes no batch size; use --optimizer sgd "
        + "for mini-batches")
  }

  @Test func settingsOutOfRangeNameTheirOption() {
    #expect(refusal(["--lr=-1"])?.hasPrefix("--lr: ") == true)
    #expect(
      refusal(["--optimizer", "momentum", "--momentum", "1"])?.hasPrefix("--momentum: ") == true
    )
    #expect(
      refusal(["--optimizer", "sgd", "--batch-size", "0"])?.hasPrefix("--batch-size: ") == true)
    #expect(refusal(["--epochs=-1"]) == "--epochs must be 0 or more, not -1")
    #expect(refusal(["--record-every", "0"]) == "--record-every must be 1 or more, not 0")
    #expect(refusal(["--split", "1"])?.hasPrefix("--split is the fraction") == true)
    #expect(refusal(["--seed", "9007199254740993"])?.hasPrefix("--seed must be") == true)
    #expect(refusal(["--seed", "9007199254740992"]) == nil)
  }

  /// A model name is Descent's to read: its sentence names no option.
  @Test func anUnknownModelIsRefusedInDescentsWords() {
    #expect(refusal(["--model", "cubic"])?.hasPrefix("unknown model 'cubic'; the models") == true)
  }
}
