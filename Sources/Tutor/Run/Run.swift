import Descent

/// What a student is training: the data, the settings, the subject descending (a model or
/// a function), the path it took, and any runs compared or branched beside it.
///
/// Commands that change it return the events they caused, or throw why they could not.
public struct Run: Sendable {
  /// What descends: a model fitted to the data, or a function of one or two variables.
  public enum Subject: Sendable {
    /// A model trained on the data.
    case model
    /// A function minimized by descent (`model function …`). The model fitted before is
    /// set aside, untrained, so the data's names (`X`, `m`, `loss`) still read.
    case function(FunctionDescent)
  }

  /// The data being fitted (raw, before any split or scaling).
  public internal(set) var dataset: Dataset
  /// How the run is set up.
  public internal(set) var configuration: TrainingConfiguration
  /// The model's training (set aside while a function is minimized).
  public internal(set) var trainer: Trainer
  /// What descends.
  public internal(set) var subject: Subject = .model
  /// How the subject got where it is since its start: what a task's `by:` asks about.
  public internal(set) var provenance: Provenance = .start
  /// The commands that shaped the run since the lesson's step opened, as typed (runs of
  /// epochs merged into one `step N`, play included): what a met task records, so a
  /// teacher can replay it. At most `routeLimit` commands are kept.
  public internal(set) var route: [String] = []
  /// The most commands `route` keeps.
  static let routeLimit = 1000
  /// The parameters after each epoch (raw units), for the landscape's path.
  public internal(set) var path: [[Double]] = []
  /// Parameters of the previous epoch, for the fit view's ghost.
  public internal(set) var previousParameters: [Double]?
  /// The runs of the last `compare`, for the views to overlay.
  public internal(set) var comparison: Comparison?
  /// The loss curve of the run before the last `branch`, overlaid on the loss view.
  public internal(set) var branchedLosses: [Double]?
  /// Whether the loss curve has gone to a log axis since the run's start. It stays there
  /// until a reset or a change of settings, so the axis does not flip while stepping back
  /// and forth.
  public internal(set) var lossAxisIsLogarithmic = false
  /// Starting parameters a lesson set (raw units): kept when a setting change rebuilds the
  /// run with the same model, so `reset` goes back to them.
  var customStart: [Double]?
  /// Whether the next settings change continues from the current parameters (`branch`).
  var isBranching = false
  /// Whether a lesson calls a one-input line's parameters by the model's layout (`w`, `b`)
  /// rather than the course's `m` and `c`: set from the names its set-up gives them.
  var namesLineByLayout = false
  /// Reads the data files a student names.
  let loader: DataLoader
  /// The work and time training may take, in a session that grades (none: unlimited).
  public internal(set) var budget: WorkBudget?

  /// A run training `configuration` on `dataset`. The pair must be valid (the trainer is
  /// built here); settings a student typed go through the commands.
  init(dataset: Dataset, configuration: TrainingConfiguration, loader: DataLoader) {
    self.dataset = dataset
    self.configuration = configuration
    self.loader = loader
    do {
      trainer = try Trainer(dataset: dataset, configuration: configuration)
    } catch {
      preconditionFailure("Run: an invalid starting configuration: \(error)")
    }
    path = [trainer.rawParameters]
  }

  /// How a run's subject reached its parameters since its start (the last reset, change
  /// of settings or lesson set-up), so a goal can ask to be reached by training.
  public enum Provenance: Sendable, Hashable {
    /// At its start: nothing has moved it.
    case start
    /// Moved by epochs of training (or a function's descent steps) alone.
    case trained
    /// Put at the least-squares solution by `solve` (training after it does not undo that).
    case solved
    /// Moved by assigning a parameter (or a function's variable) directly.
    case moved
  }

  /// The function being minimized, if that is the subject.
  public var function: FunctionDescent? {
    if case .function(let descent) = subject { return descent }
    return nil
  }

  /// The learning rate in use: the function's, or the model's.
  public var learningRate: Double {
    function?.learningRate ?? configuration.optimizer.learningRate
  }

  /// Epochs (or a function's steps) run so far.
  public var epoch: Int {
    function?.history.count ?? trainer.epoch
  }

  /// Where the subject is now.
  public var snapshot: ParameterSnapshot {
    if let function {
      return .point(
        variables: function.variables, at: function.point, f: function.value(at: function.point))
    }
    let raw = trainer.rawParameters
    if trainer.model.isSingleLayer && trainer.model.inputCount == 1 {
      return .line(slope: raw[0], intercept: raw[1], names: lineNames)
    }
    return .layers(
      trainer.model.layout.entries.map { entry in
        NamedParameter(name: entry.name, shape: entry.shape, values: Array(raw[entry.range]))
      })
  }

  /// What the screen calls a one-input line's weight and bias: the course's `m` and `c`
  /// (its first example) for a linear model, the layout's `w` and `b` for a logistic or
  /// polynomial one, and for a linear one whose lesson names them so.
  public var lineNames: ParameterSnapshot.LineNames {
    trainer.model.architecture == .linear && !namesLineByLayout ? .course : .layout
  }

  /// What the autodiff graph of `view graph` depends on.
  var graphInputs: GraphInputs {
    GraphInputs(
      dataset: dataset.name, configuration: configuration, parameters: trainer.rawParameters,
      function: function?.source, point: function?.point)
  }

  /// Whether every target is 0 or 1 (a classification dataset).
  var dataLooksBinary: Bool {
    dataset.targets.allSatisfy { $0 == 0 || $0 == 1 }
  }

  /// Moves the model to `raw` parameters (an assignment at the prompt), keeping the path.
  mutating func move(to raw: [Double]) {
    provenance = .moved
    previousParameters = trainer.rawParameters
    trainer.setParameters(raw: raw)
    path.append(trainer.rawParameters)
  }

  /// Moves a function's start to `point`: its descent starts over there.
  mutating func restart(at point: [Double]) {
    guard var descent = function else { return }
    provenance = .moved
    descent.restart(at: point)
    subject = .function(descent)
    lossAxisIsLogarithmic = false
  }

  /// Adds a command to the route.
  mutating func noteRoute(_ line: String) {
    if route.count < Self.routeLimit { route.append(line) }
  }

  /// Adds `epochs` epochs to the route, merged with a `step` just before.
  mutating func noteEpochs(_ epochs: Int) {
    guard epochs > 0 else { return }
    let before = route.last.flatMap { last in
      last == "step" ? 1 : last.hasPrefix("step ") ? Int(last.dropFirst(5)) : nil
    }
    if let before {
      route[route.count - 1] = Command.step(before + epochs).text
    } else {
      noteRoute(Command.step(epochs).text)
    }
  }

  /// Overlays `comparison` on the run's pictures.
  mutating func show(_ comparison: Comparison) -> [SessionEvent] {
    self.comparison = comparison
    return [.compared(comparison)]
  }

  /// Makes the current parameters the run's start (after a lesson's set-up): `reset` comes
  /// back to them.
  mutating func fixStart(custom: Bool) {
    provenance = .start
    guard function == nil else { return }
    trainer.setInitialParameters(raw: trainer.rawParameters)
    if custom { customStart = trainer.rawParameters }
    path = [trainer.rawParameters]
    previousParameters = nil
  }
}
