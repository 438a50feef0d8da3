import Descent
import Testing

@testable import Tutor

/// The rest of the command table, one effect each.
@Suite struct SessionCommandTests {
  @Test func playRunsUntilTheLossStopsOrDivergesThenPauses() {
    var session = Session()
    #expect(session.apply(line: "speed 20").lines == ["speed 20 epochs a second"])
    #expect(session.apply(line: "play").lines == ["playing at 20 epochs a second; pause to stop"])
    #expect(session.isPlaying)
    let output = session.playBurst(maximumEpochs: 200)
    #expect(output.lines.first == "played epochs 1–200")
    #expect(!session.isPlaying)
    #expect(session.run.trainer.epoch == 200)
    session.apply(line: "lr 0.1")
    session.apply(line: "play")
    let diverged = session.playBurst(maximumEpochs: 1000)
    #expect(diverged.lines.first == "played epochs 1–24")
    #expect(
      session.apply(line: "play").lines == ["training stopped at epoch 24; rewind or reset first"])
  }

  @Test func pauseStopsPlaying() {
    var session = Session()
    session.apply(line: "play")
    #expect(session.apply(line: "pause").lines == ["paused at epoch 0"])
    #expect(!session.isPlaying)
  }

  @Test func resetReturnsToTheStart() {
    var session = Session()
    session.apply(line: "step 10")
    #expect(session.apply(line: "reset").lines == ["back to epoch 0: m = 0, c = 0"])
    #expect(session.run.trainer.history.count == 0)
  }

  @Test func batchSwitchesToMiniBatchesAndBack() {
    var session = Session()
    #expect(session.apply(line: "batch").lines == ["batches of 5 of 5 rows"])
    session.apply(line: "batch 2")
    #expect(session.run.configuration.optimizer.kind == .sgd)
    #expect(session.run.trainer.effectiveBatchSize == 2)
    session.apply(line: "batch 0")
    #expect(session.run.trainer.effectiveBatchSize == 5)
  }

  @Test func optimizerAndNormalizeRefuseUnknownNames() {
    var session = Session()
    #expect(session.apply(line: "optimizer").lines == ["optimizer gd"])
    // Refused when the line is read, at the word's column.
    #expect(
      session.apply(line: "optimizer lbfgs").lines == [
        "optimizer lbfgs\n          ^ there is no optimizer 'lbfgs'; the optimizers are gd, sgd, "
          + "momentum, nesterov, rmsprop, adam"
      ])
    #expect(session.failure != nil)
    #expect(
      session.apply(line: "normalize  log").lines == [
        "normalize  log\n           ^ write normalize none, normalize zscore or normalize "
          + "minmax; not 'log'"
      ])
    #expect(
      session.apply(line: "compare optimizer gd lbfgs adam").lines == [
        "compare optimizer gd lbfgs adam\n                     ^ there is no optimizer 'lbfgs'; "
          + "the optimizers are gd, sgd, momentum, nesterov, rmsprop, adam"
      ])
    #expect(session.run.configuration.optimizer.kind == .gradientDescent)
    #expect(
      session.apply(line: "optimizer adam").lines == [
        "optimizer adam; the run starts over at epoch 0"
      ])
  }

  @Test func setAssignsThroughTheExpressionLanguage() {
    var session = Session()
    #expect(
      session.apply(line: "set m 150").lines == ["the model moved: m = 150, c = 0; loss 0"])
    #expect(session.apply(line: "set k 2 * 3").lines == [])
    #expect(session.workspace.scratchpad.variables["k"] == .number(6))
  }

  @Test func showPrintsParametersGradientsDataAndHistory() {
    var session = Session()
    #expect(session.apply(line: "show params").lines == ["w = [0]", "b = 0"])
    // At m = c = 0: D_m = −0.4·Σxy = −3300, D_c = −0.4·Σy = −900, ‖∇L‖ = √(3300² + 900²).
    #expect(
      session.apply(line: "show grads").lines == [
        "∂L/∂w = [-3300]", "∂L/∂b = -900", "‖∇L‖ = 3420.53",
      ])
    #expect(
      session.apply(line: "show data").lines.prefix(3) == [
        "houses: 5 rows", "size  price", "1  150",
      ])
    #expect(session.apply(line: "show history").lines == ["no epochs yet"])
    session.apply(line: "step 2")
    #expect(
      session.apply(line: "show history").lines == [
        "epoch  loss (before the update)", "1  247500", "2  144342",
      ])
  }

  @Test func viewSwitchesThePictureAndRefusesUnknownViews() {
    var session = Session()
    for view in View.allCases {
      #expect(session.apply(line: "view \(view.rawValue)").lines == ["view \(view.rawValue)"])
      #expect(session.view == view)
    }
    #expect(
      session.apply(line: "view pie").lines == [
        "view pie\n     ^ there is no view 'pie'; the views are fit, loss, landscape, boundary, "
          + "graph, table, figure"
      ])
    #expect(session.view == View.allCases.last)
  }

  @Test func helpListsEveryCommandAndExplainsOne() {
    let lines = Command.helpLines(nil)
    #expect(lines.count == Command.summaries.count + 2)
    #expect(lines.last?.hasPrefix("functions: sum, mean, len,") == true)
    #expect(lines.first?.hasPrefix("step [N]") == true)
    #expect(Command.helpLines("rewind") == ["rewind [N]: go back N epochs (1 by default)"])
    #expect(Command.helpLines("fly") == ["there is no command 'fly'; type help for the list"])
  }

  @Test func dataFromAFileGoesThroughTheLoader() {
    var refusing = Session()
    #expect(
      refusing.apply(line: "data homes.csv").lines == [
        "this session cannot read files; use a built-in dataset"
      ])
    var session = Session(
      loader: DataLoader { path, _ in
        try Dataset(csv: "size,price\n1,10\n2,20\n3,30\n", source: path)
      })
    #expect(
      session.apply(line: "data homes.csv").lines.first?.hasPrefix("data homes.csv: 3 rows") == true
    )
    #expect(session.run.dataset.targets == [10, 20, 30])
  }

  @Test func viewsRenderWithoutATerminal() {
    var session = Session()
    session.apply(line: "step 20")
    for view in View.allCases where view != .boundary {
      let frame = Pictures(session.workspace).render(view, width: 60, height: 16)
      #expect(frame.plainText.split(separator: "\n").count > 3, "\(view)")
    }
    // A line on houses is not a classifier: its fit stands in for the boundary view, and
    // Tab passes over it.
    let pictures = Pictures(session.workspace)
    #expect(!pictures.applies(.boundary))
    #expect(pictures.applies(.fit) && pictures.applies(.landscape))
    #expect(pictures.standIn(for: .boundary).view == .fit)
    #expect(
      pictures.standIn(for: .boundary).reason
        == "no decision boundary: not a classifier on two features")
    #expect(
      pictures.render(.boundary, width: 60, height: 16)
        == pictures.render(.fit, width: 60, height: 16))
    // The graph view lists nodes with values: the first example's loss at m, c after 20.
    #expect(
      Pictures(session.workspace).render(.graph, width: 70, height: 30).plainText.contains("loss"))
  }

  @Test func modelFunctionRefusesWhatTheGraphCannotTakeAndBadStarts() {
    var session = Session()
    #expect(
      session.apply(line: "model function x @ x").lines == [
        "x @ x\n  ^ '@' cannot be part of a function to minimize; use numbers, + - * / ^ and "
          + "exp, log, sqrt, abs, tanh, sigmoid, relu"
      ])
    #expect(session.run.function == nil)
    #expect(
      session.apply(line: "model function log(x)").lines == [
        "f is not a finite number at x = 0; set a start where it is, such as x = 1, then model "
          + "function again"
      ])
  }
}

/// Commands carry typed values, checked when the line is read: every value's problem is
/// reported at its own column, and every command reads back from its typed form.
@Suite struct TypedCommandTests {
  @Test func valuesAreTypedWhenTheLineIsRead() throws {
    #expect(try Command.parse("optimizer Adam") == .optimizer(.adam))
    #expect(try Command.parse("view GRAPH") == .view(.graph))
    #expect(try Command.parse("show parameters") == .show(.params))
    #expect(try Command.parse("normalize zscore") == .normalize(.zScore))
    #expect(try Command.parse("loss mae") == .lossFunction(.meanAbsoluteError))
    #expect(
      try Command.parse("compare optimizer gd momentum")
        == .compareOptimizers([.gradientDescent, .momentum]))
    #expect(try Command.parse("model poly:3") == .model(.trained(.polynomial(degree: 3))))
    #expect(
      try Command.parse("model mlp:2-4-1 relu")
        == .model(.trained(.mlp(layers: [2, 4, 1], hidden: .relu, output: .identity))))
    #expect(try Command.parse("model function (x - 3)^2") == .model(.function("(x - 3)^2")))
    // `loss` with another word is an expression (and fails as one).
    #expect(try Command.parse("loss xyz") == .expression("loss xyz"))
  }

  @Test(arguments: [
    (
      "model mlp:2-4-1 softmax", 17,
      "'softmax' is not an activation; write tanh, relu, sigmoid or identity"
    ),
    ("model linear relu", 14, "only an MLP takes an activation; write model linear alone"),
    (
      "model mlp:2-4-1 relu tanh", 22,
      "write model mlp:D-H-O followed by at most one activation, such as model mlp:2-4-1 relu"
    ),
    (
      "  view   pie", 10,
      "there is no view 'pie'; the views are fit, loss, landscape, boundary, graph, table, figure"
    ),
    (
      "show grads data", 12,
      "write show params, show grads, show data or show history; not 'grads data'"
    ),
    ("optimizer gd adam", 14, "write one optimizer, such as optimizer adam"),
  ])
  func eachProblemIsAtItsColumn(line: String, column: Int, message: String) {
    do {
      _ = try Command.parse(line)
      Issue.record("'\(line)' was accepted")
    } catch {
      #expect(error.column == column, "\(line)")
      #expect(error.message == message)
    }
  }

  @Test func aBadPolynomialDegreeIsAtTheModelsColumn() {
    #expect(throws: CommandError.self) { try Command.parse("model poly:99") }
    do {
      _ = try Command.parse("model poly:99")
    } catch {
      #expect(error.column == 7)
      #expect(error.message.hasPrefix("'poly:99' is not a polynomial model"))
    }
  }

  @Test func everyCommandReadsBackFromItsTypedForm() throws {
    let commands: [Command] = [
      .step(1), .step(7), .play, .pause, .speed(20), .reset, .solve, .learningRate(nil),
      .learningRate(0.05), .optimizer(nil), .optimizer(.rmsprop), .batch(nil), .batch(4),
      .model(.trained(.linear)), .model(.trained(.logistic)),
      .model(.trained(.mlp(layers: [2, 3, 1], hidden: .sigmoid, output: .identity))),
      .model(.trained(.mlp(layers: [1, 1], hidden: .tanh, output: .identity))),
      .model(.function("x^2 + y^2")), .data("houses"), .split(nil), .split(0.8),
      .lossFunction(.binaryCrossEntropy), .normalize(.minMax), .set(name: "m", expression: "2"),
      .show(.history), .view(.landscape), .backstep, .compareRates([0.01, 0.1]),
      .compareOptimizers([.adam, .sgd]), .rewind(1), .rewind(5), .branch, .check,
      .answer("b"), .hint, .reveal, .skip, .next, .back, .lessons, .help(nil), .help("step"),
      .quit, .expression("m = 3"),
    ]
    for command in commands {
      #expect(try Command.parse(command.text) == command, "\(command.text)")
    }
  }
}
