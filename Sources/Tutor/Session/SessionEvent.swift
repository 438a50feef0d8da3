import Descent
import Python

/// One thing that happened when a command ran, as a fact rather than a sentence: the front
/// ends print it through `SessionEvent.lines`, and code that needs to know what happened
/// (play stopping, a lesson's verdict, the grader) reads the case.
public enum SessionEvent: Sendable, Hashable {
  // MARK: Training

  /// Epochs `epochs` ran; `from` is the loss before the first one's update, `to` before the
  /// last one's.
  case trained(epochs: ClosedRange<Int>, from: Double, to: Double)
  /// The last epoch's update was not applied: the loss or a parameter ran away.
  case diverged(Divergence)
  /// Nothing ran: training stopped on a divergence earlier.
  case stopped(Divergence)
  /// Play cannot start: training stopped on a divergence at `epoch`.
  case cannotPlay(stoppedAt: Int)
  /// Where the parameters (or a function's point) are now.
  case parameters(ParameterSnapshot)
  /// Steps `steps` of a function's descent ran; `from` and `to` are f before the first and
  /// the last.
  case stepped(steps: ClosedRange<Int>, from: Double, to: Double)
  /// A function's descent could not step: f or its gradient is not finite at the point.
  case stalled(ParameterSnapshot)
  /// The run went back to `epoch` (or a function to step `epoch`).
  case rewound(epoch: Int, ParameterSnapshot)
  /// Rewind had nowhere to go: the run is at `epoch`.
  case stayed(epoch: Int, ParameterSnapshot)
  /// `reset`: back to epoch 0.
  case reset(ParameterSnapshot)
  /// `solve`: the least-squares parameters and their loss.
  case solved(ParameterSnapshot, loss: Double)
  /// A setting changed; `start` says whether the run started over or carried on (nil for
  /// a function's rate, which keeps its point).
  case settingChanged(Setting, start: RunStart?)
  /// A setting asked about (`lr` with no value).
  case setting(Setting)
  /// `model function …`: descent on `source` from the snapshot's point.
  case minimizing(source: String, ParameterSnapshot)
  /// A function's variable was set, and descent starts over from the snapshot's point.
  case movedStart(name: String, value: Value, ParameterSnapshot)
  /// `compare` ran these runs.
  case compared(Comparison)
  /// `branch`: the next change of settings continues from `epoch`.
  case branched(epoch: Int)

  // MARK: Expressions

  /// An expression's value.
  case value(Value)
  /// `name = value`.
  case assigned(name: String, Value)
  /// An assignment moved the model's parameters; the loss there.
  case modelMoved(ParameterSnapshot, loss: Double)

  // MARK: Python

  /// What the student's Python printed, line by line.
  case printed([String])
  /// `plt.show()` handed over a figure; the picture shows it.
  case showedFigure(Figure)
  /// The student assigned a name the session computes: theirs hides it until `del`.
  case hidesSessionName(String)
  /// Passes of the student's own loop trained the model as `epochs`; `from` is the loss
  /// the first started from, `to` the last's.
  case trainedByLoop(passes: Int, epochs: ClosedRange<Int>, from: Double, to: Double)
  /// The student's loop stopped after `passes` passes, to be stepped on.
  case loopPaused(passes: Int)
  /// The prompt waits for the rest of a block (Python's `...`).
  case continuing

  // MARK: Play and pictures

  /// Play started at `speed` epochs a second.
  case playing(speed: Double)
  /// Play stopped, and why.
  case paused(PauseReason)
  /// A burst of play in line mode ran these epochs (or steps).
  case played(from: Int, to: Int)
  /// The speed of play.
  case speedChanged(Double)
  /// The picture shows `view`.
  case viewChanged(View)
  /// One node of the backward pass: the gradient reaching `node`, passed on to `inputs`.
  case backstepped(output: String, node: String, gradient: Double, inputs: [String])
  /// Every node of the graph holds its gradient.
  case backwardFinished
  /// There is no graph to step through.
  case noGraph
  /// `quit`.
  case finished

  // MARK: Reports

  /// A table or list asked for (`show`, `help`, `lessons`), line by line.
  case report([String])

  // MARK: Lessons

  /// Something the lesson said instead of acting (nothing to check, the first step…).
  case lessonNotice(LessonNotice)
  /// An exercise worked out at the prompt is checked from the lines that defined it.
  case checking(definitions: [String])
  /// A prediction was made; its run follows.
  case predicted(String)
  /// A command run on the student's behalf (a prediction's run), with what it did: shown
  /// indented, and in the transcript as its own line.
  case ran(line: String, events: [SessionEvent], failure: CommandFailure?)
  /// A step's own command, run as the step opened: in the transcript as its own line.
  case stepRan(line: String, events: [SessionEvent], failure: CommandFailure?)
  /// An answer could not be read; the feedback says how to write it.
  case unreadable(block: String, feedback: [String])
  /// A block was finished with `verdict` (passed, or a prediction's outcome).
  case closed(block: String, Verdict, explanation: String?, next: NextStep)
  /// A wrong answer, and the way on.
  case missed(block: String, Verdict, advice: MissAdvice)
  /// A hint, `index` of `count` (0-based).
  case hint(index: Int, count: Int, text: String, wasLast: Bool)
  /// A block's answer was revealed, or the block skipped.
  case revealed(
    block: String, answers: [String], skipped: Bool, explanation: String?, next: NextStep)
  /// A teacher presenting closed a block: what happened, or the answer, and why.
  case presented(
    block: String, outcome: String?, measured: Double?, answers: [String], explanation: String?)
  /// Step `index` (0-based) of `count` opened, going forwards or back.
  case stepOpened(index: Int, count: Int, title: String, forwards: Bool)
  /// The lesson's last step was finished.
  case lessonFinished(title: String)
  /// The lesson list.
  case lessonList([LessonListing])
  /// Saving progress failed; the sentence says why.
  case progressNotSaved(String)
}

/// A setting of the run, with its value.
public enum Setting: Sendable, Hashable {
  /// The learning rate (the model's, or the function's).
  case learningRate(Double)
  /// The optimizer.
  case optimizer(OptimizerKind)
  /// The batch size asked for (0: every row).
  case batchSize(Int)
  /// The batches in use: `size` rows of `rows`.
  case batches(size: Int, rows: Int)
  /// The model.
  case model(Architecture)
  /// The data, its size and columns.
  case data(name: String, rows: Int, features: [String], target: String)
  /// The fraction trained on (nil: every row).
  case trainingFraction(Double?)
  /// The rows in use: trained on `training`, validated on `validation`.
  case rows(training: Int, validation: Int?)
  /// The feature scaling.
  case normalization(Normalization)
  /// The loss.
  case loss(Loss)
}

/// How a run goes on after its settings change.
public enum RunStart: Sendable, Hashable {
  /// From epoch 0 and the starting parameters.
  case over
  /// From the parameters of `epoch`, after `branch` (the old curve kept).
  case continuing(fromEpoch: Int)
}

/// Why play stopped.
public enum PauseReason: Sendable, Hashable {
  /// A key or `pause`, at `epoch`.
  case stopped(epoch: Int)
  /// Training diverged at `epoch`.
  case diverged(epoch: Int)
  /// A function's descent stalled.
  case stalled(ParameterSnapshot)
  /// The loss stopped changing (line-mode play).
  case steady
}

/// What a finished block leads to.
public enum NextStep: Sendable, Hashable {
  /// Another block of this step, with its prompt.
  case block(prompt: String)
  /// The next step.
  case nextStep
  /// The end of the lesson.
  case lastStep
}

/// The way on after a wrong answer.
public enum MissAdvice: Sendable, Hashable {
  /// Try again; `hasHints` says whether `hint` helps.
  case tryAgain(hasHints: Bool)
  /// Enough tries: hint, reveal or skip are open.
  case revealOpen
  /// A task: keep experimenting (`revealOpen` once enough tries were made).
  case keepExperimenting(hasHints: Bool, revealOpen: Bool)
}

/// What a lesson command said instead of acting.
public enum LessonNotice: Sendable, Hashable {
  /// No lesson is open (`lessons` asked, when `listing`).
  case noLesson(listing: Bool)
  /// No other lessons are known here.
  case onlyThisLesson
  /// The step has nothing open to answer, check, reveal or skip.
  case nothingOpen(OpenAction)
  /// The open block is a task: it is reached, not answered.
  case taskIsReached(goal: String)
  /// The open task's condition holds, but was reached in a way it does not count: why.
  case goalReachedOtherwise(String)
  /// How the open block is answered.
  case answerWith(String)
  /// A prediction's answer is not one of its choices or not a number.
  case predictionProblem(String)
  /// A prediction has no answer to reveal.
  case nothingToReveal
  /// Reveal and skip open after enough tries.
  case revealLocked(word: String, misses: Int, hasHints: Bool)
  /// The step has no hints.
  case noHints
  /// `back` on the first step.
  case firstStep
  /// `next` with a block still open.
  case finishFirst(directive: String, prompt: String)
}

/// A command that needs an open block, for the sentence saying there is none.
public enum OpenAction: Sendable, Hashable {
  /// `answer`.
  case answer
  /// `check`.
  case check
  /// `reveal` or `skip`.
  case revealOrSkip
}

/// The parameters (or a function's point) at one moment, for a sentence.
public enum ParameterSnapshot: Sendable, Hashable {
  /// What a one-input line's two parameters are called.
  public enum LineNames: Sendable, Hashable {
    /// The course's `m` (slope) and `c` (intercept), from its first example.
    case course
    /// The model's layout: `w` (its weights, one here, shown as an array) and `b`.
    case layout

    /// The slope's name: `m` or `w`.
    public var slope: String { self == .course ? "m" : "w" }
    /// The intercept's name: `c` or `b`.
    public var intercept: String { self == .course ? "c" : "b" }
  }

  /// A one-input line's slope and intercept, under the names the session calls them by.
  case line(slope: Double, intercept: Double, names: LineNames)
  /// Any other model's parameters, by name, in layout order.
  case layers([NamedParameter])
  /// A function's variables at its point, and f there.
  case point(variables: [String], at: [Double], f: Double)
}

/// One named parameter of a model: a number, a vector or a matrix.
public struct NamedParameter: Sendable, Hashable {
  /// Its name (`w`, `b`, `W1`).
  public var name: String
  /// Its shape (`[]` for a number).
  public var shape: [Int]
  /// Its values, flat.
  public var values: [Double]
}
