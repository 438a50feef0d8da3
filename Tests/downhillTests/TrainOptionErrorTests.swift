import Testing

/// `downhill train` refuses options it cannot use: exit status 2, one message on stderr that
/// names the option, nothing on stdout. swift-argument-parser's own usage errors are mapped
/// to 2 too.
@Suite struct TrainOptionErrorTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  // MARK: - Usage errors swift-argument-parser reports

  @Test func unknownFlagSuggestsTheNearestOption() throws {
    try downhill.expectBadInput(
      ["train", "--epoch", "5"],
      message: """
        Error: Unknown option '--epoch'. Did you mean '--epochs'?
        Usage: downhill train <options>
          See 'downhill train --help' for more information.
        """)
  }

  @Test func unknownFlagIsRefused() throws {
    let result = try downhill.run(["train", "--bogus"])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    #expect(result.stderr.hasPrefix("Error: Unknown option '--bogus'"), "\(result)")
    #expect(result.stderr.contains("\nUsage: downhill train <options>\n"), "\(result)")
  }

  @Test func unexpectedArgumentIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "extra"],
      message: """
        Error: Unexpected argument 'extra'
        Usage: downhill train <options>
          See 'downhill train --help' for more information.
        """)
  }

  @Test func learningRateThatIsNotANumberIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--lr", "abc"],
      message: """
        Error: The value 'abc' is invalid for '--lr <lr>'
        Help:  --lr <lr>  The learning rate.
        Usage: downhill train <options>
          See 'downhill train --help' for more information.
        """)
  }

  @Test func missingLearningRateIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--lr"],
      message: """
        Error: Missing value for '--lr <lr>'
        Help:  --lr <lr>  The learning rate.
        Usage: downhill train <options>
          See 'downhill train --help' for more information.
        """)
  }

  /// A usage error repeats what was typed; control characters in it reach the terminal as
  /// spaces, so a value cannot move the cursor or change the colours.
  @Test func controlCharactersInAUsageErrorAreNotEchoed() throws {
    let result = try downhill.run(["train", "--optimizer", "\u{1B}[2Jfoo"])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(!result.stderr.contains("\u{1B}"), "\(result)")
    #expect(result.stderr.hasPrefix("Error: The value ' [2Jfoo' is invalid"), "\(result)")
  }

  // MARK: - Numbers out of range

  static let negativeRateMessage =
    "Error: --lr: the learning rate must be a finite number, zero or more (such as 0.01), not -1"

  /// `--lr -1` is a negative rate, not a missing value: the student typed a number.
  @Test func negativeLearningRateIsRefusedAsNegative() throws {
    try downhill.expectBadInput(["train", "--lr", "-1"], message: Self.negativeRateMessage)
  }

  @Test func negativeLearningRateWithEqualsIsRefused() throws {
    try downhill.expectBadInput(["train", "--lr=-1"], message: Self.negativeRateMessage)
  }

  @Test func notANumberLearningRateIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--lr", "nan"],
      message:
        "Error: --lr: the learning rate must be a finite number, zero or more (such as 0.01), "
        + "not nan")
  }

  /// `--epochs -5` is a negative count, not a missing value.
  @Test func negativeEpochsAreRefusedAsNegative() throws {
    try downhill.expectBadInput(
      ["train", "--epochs", "-5"], message: "Error: --epochs must be 0 or more, not -5")
  }

  @Test func negativeEpochsWithEqualsAreRefused() throws {
    try downhill.expectBadInput(
      ["train", "--epochs=-5"], message: "Error: --epochs must be 0 or more, not -5")
  }

  @Test func recordEveryZeroIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--record-every", "0"], message: "Error: --record-every must be 1 or more, not 0")
  }

  @Test func splitAboveOneIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--split", "1.5"],
      message:
        "Error: --split is the fraction of rows to train on, a number between 0 and 1 such as "
        + "0.8; 1.5 is not")
  }

  @Test func momentumOfOneOrMoreIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--optimizer", "momentum", "--momentum", "1.5"],
      message: "Error: --momentum: momentum must be at least 0 and below 1 (such as 0.9), not 1.5")
  }

  // MARK: - Unknown names

  @Test func unknownModelIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--model", "foo"],
      message:
        "Error: unknown model 'foo'; the models are linear, poly:K, logistic and mlp:D-H-O "
        + "(layer sizes, such as mlp:2-4-1)")
  }

  @Test func polynomialOfDegreeZeroIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--model", "poly:0"],
      message:
        "Error: 'poly:0' is not a polynomial model: write poly:K with a degree K from 1 to 12, "
        + "such as poly:2")
  }

  @Test func malformedNetworkShapeIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--model", "mlp:1-x-1", "--data", "doubles"],
      message:
        "Error: 'mlp:1-x-1' is not an MLP shape: write mlp: followed by layer sizes from 1 to "
        + "4096 joined by '-', inputs first, such as mlp:2-4-1")
  }

  /// A value that parses itself is refused by swift-argument-parser, naming the option and
  /// every value it takes.
  @Test func unknownOptimizerIsRefusedWithTheChoices() throws {
    try downhill.expectBadInput(
      ["train", "--optimizer", "foo"],
      message: """
        Error: The value 'foo' is invalid for '--optimizer <optimizer>'. Please provide one of \
        the following:
          - gd
          - sgd
          - momentum
          - nesterov
          - rmsprop
          - adam
        Help:  --optimizer <optimizer>  The optimizer: gd is full-batch descent, the others \
        take mini-batches.
        Usage: downhill train <options>
          See 'downhill train --help' for more information.
        """)
  }

  @Test(arguments: [
    ("--loss", "'mse', 'mae' or 'bce'"),
    ("--normalize", "'none', 'zscore' or 'minmax'"),
    ("--solver", "'descent' and 'closed-form'"),
    ("--activation", "'tanh', 'relu', 'sigmoid' or 'identity'"),
    ("--output", "'identity' and 'sigmoid'"),
  ])
  func unknownNameIsRefusedWithTheChoices(option: String, choices: String) throws {
    let result = try downhill.run(["train", option, "foo"])
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    let name = option.dropFirst(2)
    #expect(
      result.stderr.hasPrefix(
        "Error: The value 'foo' is invalid for '\(option) <\(name)>'. Please provide one of "
          + "\(choices).\nHelp:  \(option) <\(name)>  "), "\(result)")
    #expect(
      result.stderr.hasSuffix(
        "\nUsage: downhill train <options>\n"
          + "  See 'downhill train --help' for more information.\n"), "\(result)")
  }

  /// Names are read in any case, as before they parsed themselves.
  @Test func namesAreReadInAnyCase() throws {
    let result = try downhill.expectSuccess(
      [
        "train", "--json", "--epochs", "2", "--data", "xor", "--model", "MLP:2-2-1",
        "--activation", "ReLU", "--output", "Sigmoid", "--loss", "BCE", "--optimizer", "Adam",
        "--normalize", "ZScore", "--solver", "Descent",
      ])
    let json = try result.json()
    #expect(json.string("optimizer") == "adam", "\(result)")
    #expect(json.string("loss_function") == "bce", "\(result)")
    #expect(json.string("normalize") == "zscore", "\(result)")
    #expect(json.string("solver") == "descent", "\(result)")
  }

  @Test func activationWithoutANetworkIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--activation", "relu"],
      message: "Error: --activation and --output shape an MLP; the linear model has none")
  }

  // MARK: - Options that do not fit together

  @Test func momentumWithAdamIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--momentum", "0.5", "--optimizer", "adam"],
      message:
        "Error: --momentum sets the momentum of the momentum and nesterov optimizers; adam has "
        + "none")
  }

  @Test func batchSizeWithFullBatchDescentIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--batch-size", "2"],
      message:
        "Error: gd is full-batch gradient descent and takes no batch size; use --optimizer sgd "
        + "for mini-batches")
  }

  @Test func batchSizeZeroIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--batch-size", "0", "--optimizer", "sgd"],
      message:
        "Error: --batch-size: the batch size must be a whole number of rows, 1 or more, not 0")
  }

  @Test func crossEntropyWithALinearModelIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--loss", "bce"],
      message:
        "Error: binary cross-entropy needs a model whose output is a probability: use the "
        + "logistic model or an MLP with a sigmoid output, or choose mse for this model")
  }

  // MARK: - Limits

  @Test func seedBeyondExactJSONIsRefused() throws {
    try downhill.expectBadInput(
      ["train", "--seed", "18446744073709551615"],
      message:
        "Error: --seed must be a whole number from 0 to 9007199254740992 (2^53), so that "
        + "reports can print it exactly")
  }

  @Test func networkTooLargeForATutorialIsRefused() throws {
    // 1·4096 + 4096 + 2·(4096·4096 + 4096) + 4096 + 1 = 33 574 913 parameters.
    try downhill.expectBadInput(
      ["train", "--data", "doubles", "--model", "mlp:1-4096-4096-4096-1"],
      message:
        "Error: the network mlp:1-4096-4096-4096-1 has 33574913 parameters, more than the "
        + "10000000 a tutorial model may have; use smaller layers")
  }
}
