import Descent

/// A student's session: the data, the model being trained, the variables they defined, the
/// transcript of what they typed and saw, and what the picture shows.
///
/// Every change goes through `apply(_:)` (or `apply(line:)`), which returns the lines to
/// print; front ends (the line REPL, the curses screen) only show what the session holds.
/// With no lesson, a session starts on the course's example 1: `houses`, a linear model,
/// learning rate 0.01, parameters at zero.
public struct Session: Sendable {
  /// The data being fitted (raw, before any split or scaling).
  public internal(set) var dataset: Dataset
  /// How the run is set up.
  public internal(set) var configuration: TrainingConfiguration
  /// The run.
  public internal(set) var trainer: Trainer
  /// What the picture shows.
  public internal(set) var view: View = .fit
  /// Whether training is animating.
  public internal(set) var isPlaying = false
  /// Epochs a second while playing.
  public internal(set) var speed: Double = 10
  /// Every line typed, with what it printed.
  public internal(set) var transcript: [TranscriptEntry] = []
  /// Variables the student defined with `name = expression`.
  public internal(set) var variables: [String: Value] = [:]
  /// The line that last assigned each of the student's variables (`D_m = …`), so `check`
  /// can grade an exercise the student worked out at the prompt.
  public internal(set) var definitions: [String: String] = [:]
  /// Set by `quit`.
  public internal(set) var isFinished = false
  /// The runs of the last `compare`, for the views to overlay.
  public internal(set) var comparison: Comparison?
  /// The loss curve of the run before the last `branch`, overlaid on the loss view.
  public internal(set) var branchedLosses: [Double]?
  /// The function being minimized after `model function …`, if any.
  public internal(set) var function: FunctionDescent?
  /// The parameters after each epoch of this run (raw units), for the landscape's path.
  public internal(set) var path: [[Double]] = []
  /// Parameters of the previous epoch, for the fit view's ghost.
  public internal(set) var previousParameters: [Double]?

  /// The lesson being followed, with the step, the answers and the feedback, if any.
  public internal(set) var lesson: LessonState?

  /// Why the last command did nothing (a bad argument, a file that cannot be read, an
  /// expression in error), or nil when it worked: lessons refuse set-up commands that fail.
  public internal(set) var failure: CommandFailure?
  /// Starting parameters a lesson set (raw units): kept when a setting change rebuilds the
  /// run with the same model, so `reset` goes back to them.
  var customStart: [Double]?
  /// The graph being stepped through by `backstep`, if any.
  var graphState: GraphState?
  /// Whether the next settings change continues from the current parameters (`branch`).
  var isBranching = false
  let loader: DataLoader

  /// A session on the course's example 1, reading files through `loader`.
  public init(loader: DataLoader = .builtInOnly) {
    let houses: Dataset
    do {
      houses = try Dataset.builtIn(named: "houses", seed: 0)
    } catch {
      preconditionFailure("the built-in houses dataset is always available")
    }
    self.init(dataset: houses, configuration: TrainingConfiguration(), loader: loader)
  }

  /// A session training `configuration` on `dataset`. The pair must be valid (the
  /// trainer is built here); use `apply` for anything a student typed.
  public init(dataset: Dataset, configuration: TrainingConfiguration, loader: DataLoader) {
    self.dataset = dataset
    self.configuration = configuration
    self.loader = loader
    do {
      trainer = try Trainer(dataset: dataset, configuration: configuration)
    } catch {
      preconditionFailure("Session: an invalid starting configuration: \(error)")
    }
    path = [trainer.rawParameters]
  }

  /// Parses and applies one typed line, records it in the transcript, and returns what to
  /// print. Errors come back as lines too (the line, a caret and a sentence).
  @discardableResult
  public mutating func apply(line: String) -> [String] {
    let output: [String]
    do {
      if let command = try Command.parse(line) {
        output = execute(command)
      } else {
        failure = nil
        output = []
      }
    } catch {
      output = fail(error, in: line)
    }
    transcript.append(TranscriptEntry(input: line, output: output))
    return output
  }

  /// Applies one command, records it in the transcript as `line` (the command's typed
  /// form when it came from a key), and returns what to print.
  @discardableResult
  public mutating func apply(_ command: Command, typed line: String? = nil) -> [String] {
    let output = execute(command)
    transcript.append(TranscriptEntry(input: line ?? command.text, output: output))
    return output
  }

  /// Carries out one command; in a lesson, an open task met by the command is recorded at
  /// once.
  private mutating func execute(_ command: Command) -> [String] {
    failure = nil
    let output = perform(command)
    let failed = failure
    let lessonOutput = lesson == nil ? [] : checkOpenTask()
    failure = failed
    return output + lessonOutput
  }
}
