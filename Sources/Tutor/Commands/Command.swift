import Descent

/// Something a student asks the session to do, parsed from a line they typed.
///
/// Lines that do not start with a command word are expressions (`D_m = …`, `loss`).
public enum Command: Sendable, Hashable {
  /// Run `epochs` epochs (1 by default).
  case step(Int)
  /// Start or stop animating (the line-mode REPL runs play as a burst of epochs).
  case play, pause
  /// Epochs a second while playing.
  case speed(Double)
  /// Back to the starting parameters.
  case reset
  /// Jump to the least-squares solution (linear and polynomial models with mse).
  case solve
  /// Show (nil) or set the learning rate.
  case learningRate(Double?)
  /// Show (nil) or change the optimizer.
  case optimizer(OptimizerKind?)
  /// Show (nil) or set the mini-batch size (0 for full batch).
  case batch(Int?)
  /// Change the model: `linear`, `poly:K`, `logistic`, `mlp:D-H-O [activation]`, or
  /// `function EXPR` (minimize an expression of one or two variables).
  case model(ModelChoice)
  /// Change the data: a built-in name or a CSV file.
  case data(String)
  /// Show (nil) or set the training fraction (0 or 1 to stop splitting).
  case split(Double?)
  /// The loss function: `mse`, `mae` or `bce` (`loss` alone is the loss's value).
  case lossFunction(Loss)
  /// Feature scaling: `none`, `zscore` or `minmax`.
  case normalize(Normalization)
  /// Set a parameter or variable to the value of an expression.
  case set(name: String, expression: String)
  /// Print `params`, `grads`, `data` or `history`.
  case show(ShowTopic)
  /// Switch the view: fit, loss, landscape, boundary, graph or table.
  case view(View)
  /// Advance the backward pass on the autodiff graph by one node.
  case backstep
  /// Train copies side by side at each learning rate.
  case compareRates([Double])
  /// Train copies side by side with each optimizer.
  case compareOptimizers([OptimizerKind])
  /// Go back `epochs` epochs (1 by default).
  case rewind(Int)
  /// Continue from here with other settings, keeping the old run's loss curve overlaid.
  case branch
  /// Re-check the open question, exercise or task.
  case check
  /// Answer the open question, exercise or prediction.
  case answer(String)
  /// One more hint for this step.
  case hint
  /// Show the open question's answer (after a few tries) and move past it.
  case reveal
  /// Move past the open question without answering (after a few tries).
  case skip
  /// Continue to the next step.
  case next
  /// Go back to the previous step.
  case back
  /// List the lessons and where the student is in each.
  case lessons
  /// Help on everything, or on one command.
  case help(String?)
  /// Leave.
  case quit
  /// An expression or assignment to evaluate.
  case expression(String)

  /// The command words and a one-line description of each, in the order help lists them.
  public static let summaries: [(word: String, usage: String, meaning: String)] = [
    ("step", "step [N]", "run N epochs (1 by default)"),
    ("play", "play", "animate training until pause, divergence or a met task"),
    ("pause", "pause", "stop animating"),
    ("speed", "speed N", "epochs a second while playing"),
    ("reset", "reset", "back to the starting parameters"),
    ("solve", "solve", "jump to the least-squares solution (a line or polynomial, mse)"),
    ("lr", "lr [X]", "show or set the learning rate"),
    ("optimizer", "optimizer [NAME]", "gd, sgd, momentum, nesterov, rmsprop or adam"),
    ("batch", "batch [K]", "mini-batch size (0: every row at once)"),
    ("model", "model KIND", "linear, poly:K, logistic, mlp:D-H-O [act], function EXPR"),
    ("data", "data NAME|FILE", "a built-in dataset or a CSV file"),
    ("split", "split [F]", "train on a fraction F, validate on the rest (0: no split)"),
    ("normalize", "normalize KIND", "none, zscore or minmax"),
    ("loss", "loss mse|mae|bce", "the loss function (loss alone shows its value)"),
    ("set", "set NAME EXPR", "set a parameter or variable"),
    ("show", "show WHAT", "params, grads, data or history"),
    ("view", "view WHAT", "fit, loss, landscape, boundary, graph or table"),
    ("backstep", "backstep", "one more node of the backward pass on the graph"),
    ("compare", "compare lr X Y … | compare optimizer A B …", "train copies side by side"),
    ("rewind", "rewind [N]", "go back N epochs (1 by default)"),
    ("branch", "branch", "keep this run's curve and continue with other settings"),
    ("check", "check", "check the open question, exercise or task again"),
    (
      "answer", "answer …",
      "answer the open question: a number, a choice, words or assignments; answer: then code"
    ),
    ("hint", "hint", "one more hint for this step"),
    ("reveal", "reveal", "show the answer after two tries, and move on"),
    ("skip", "skip", "move past the open question after two tries"),
    ("next", "next", "continue to the next step"),
    ("back", "back", "go back to the previous step"),
    ("lessons", "lessons", "the lessons and your progress in each"),
    ("help", "help [COMMAND]", "this list, or one command"),
    ("quit", "quit", "leave"),
  ]

  /// The command words, for completion.
  public static var words: [String] { summaries.map(\.word) }
}
