import Descent
import Python

/// A student's session: the workspace they train and type in, the lesson they follow (if
/// any), and the transcript of what they typed and saw.
///
/// Every change goes through `apply(_:)` (or `apply(line:)`), which returns a `Response`:
/// the events, the failure and the effects for the front end. Front ends (the line REPL,
/// the curses screen) only show what the session holds. With no lesson, a session starts
/// on the course's example 1: `houses`, a linear model, learning rate 0.01, parameters at
/// zero.
public struct Session: Sendable {
  /// The run, the variables, the view and play.
  public internal(set) var workspace: Workspace
  /// The lesson being followed, with the step, the answers and the feedback, if any.
  public internal(set) var lesson: LessonRunner?
  /// Every line typed, with what it printed.
  public internal(set) var transcript: [TranscriptEntry] = []
  /// What the lesson pane shows of the last check, hint or reveal, with its block.
  public internal(set) var lessonFeedback: LessonFeedback?
  /// Why the last command did nothing (a bad argument, a file that cannot be read, an
  /// expression in error), or nil when it worked: lessons refuse set-up commands that fail.
  public internal(set) var failure: CommandFailure?
  /// The lines of a Python block typed so far (`for i in range(3):` and its body), run
  /// when it is complete; empty when the prompt is not inside a block.
  public internal(set) var pendingLines: [String] = []
  /// Whether the block being typed is an answer (`answer:` and the code under it), given
  /// to `answer` whole when a blank line ends it.
  private var pendingIsAnswer = false

  /// Whether the prompt is inside a block: the front end shows `...` for the next line.
  public var awaitsMoreInput: Bool { !pendingLines.isEmpty }

  /// The transcript as a screen shows it: with the block being typed, if any, last.
  public var shownTranscript: [TranscriptEntry] {
    guard !pendingLines.isEmpty else { return transcript }
    return transcript + [TranscriptEntry(input: pendingLines.joined(separator: "\n"), output: [])]
  }

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
    workspace = Workspace(
      run: Run(dataset: dataset, configuration: configuration, loader: loader))
  }

  // MARK: - What front ends read

  /// The data, the settings and what descends.
  public var run: Run { workspace.run }
  /// What the picture shows.
  public var view: View { workspace.view }
  /// Whether training is animating.
  public var isPlaying: Bool { workspace.isPlaying }
  /// Epochs a second while playing.
  public var speed: Double { workspace.speed }
  /// Set by `quit`.
  public var isFinished: Bool { workspace.isFinished }

  // MARK: - Applying commands

  /// Parses and applies one typed line, records it in the transcript, and returns what it
  /// did. A line that does not parse fails with its column.
  ///
  /// A line that opens a Python block (`for i in range(epochs):`, an open bracket) waits,
  /// as Python's prompt does, for the rest: the lines after it are the block's until it
  /// is complete (a blank line ends an indented block), and then it runs as one.
  ///
  /// `answer:` (or `answer` alone while an exercise asks for a program) opens an answer
  /// block the same way: the lines after it, until a blank line, are the answer.
  @discardableResult
  public mutating func apply(line: String) -> Response {
    if pendingIsAnswer { return continueAnswer(line) }
    if opensAnswerBlock(line) {
      pendingLines = [line]
      pendingIsAnswer = true
      return Response([.continuing])
    }
    if !pendingLines.isEmpty {
      pendingLines.append(line)
      let source = pendingLines.joined(separator: "\n")
      if PythonParser.needsMoreInput(source) { return Response([.continuing]) }
      pendingLines = []
      let block = source.codeLines.joined(separator: "\n")
      return record(block, execute(.expression(block)))
    }
    let response: Response
    do {
      let command = try Command.parse(line)
      if case .expression(let text)? = command, PythonParser.needsMoreInput(text) {
        pendingLines = [line]
        return Response([.continuing])
      }
      response = command.map { execute($0) } ?? Response()
    } catch {
      response = Response(failure: CommandFailure(error, in: line))
    }
    return record(line, response)
  }

  /// Drops a block typed so far without running it (^C at a `...` prompt).
  public mutating func abandonBlock() {
    pendingLines = []
    pendingIsAnswer = false
  }

  /// Whether `line` starts an answer of several lines: `answer:`, or `answer` alone when
  /// the open block is an exercise answered by a program.
  private func opensAnswerBlock(_ line: String) -> Bool {
    let trimmed = line.trimmingSpaces
    if trimmed == "answer:" { return true }
    guard trimmed == "answer", case .exercise(let exercise)? = lesson?.openBlock?.kind else {
      return false
    }
    return exercise.program != nil
  }

  /// One more line of an answer block: a blank line after at least one line of code ends
  /// it, and the code is the answer.
  private mutating func continueAnswer(_ line: String) -> Response {
    guard line.trimmingSpaces.isEmpty else {
      pendingLines.append(line)
      return Response([.continuing])
    }
    guard pendingLines.count > 1 else { return Response([.continuing]) }
    let typed = pendingLines.joined(separator: "\n")
    let code = pendingLines.dropFirst().joined(separator: "\n")
    abandonBlock()
    return record(typed, execute(.answer(code)))
  }

  /// Applies one command, records it in the transcript as `line` (the command's typed
  /// form when it came from a key), and returns what it did.
  @discardableResult
  public mutating func apply(_ command: Command, typed line: String? = nil) -> Response {
    record(line ?? command.text, execute(command))
  }

  /// Carries out one command; in a lesson, an open task met by the command is recorded at
  /// once.
  private mutating func execute(_ command: Command) -> Response {
    var response = perform(command)
    if let met = checkOpenTask() { response.append(met) }
    return response
  }

  /// Carries out one command, without the transcript: the lesson's commands go to the
  /// lesson, every other to the workspace.
  mutating func perform(_ command: Command) -> Response {
    guard var runner = lesson else { return workspace.perform(command) }
    let response = runner.perform(command, on: &workspace)
    lesson = runner
    lessonFeedback = LessonFeedback.after(response.events, from: lessonFeedback)
    return response
  }

  /// The open task met now, recorded, if there is one.
  mutating func checkOpenTask() -> Response? {
    guard var runner = lesson else { return nil }
    let met = runner.checkOpenTask(in: &workspace)
    lesson = runner
    if let met { lessonFeedback = LessonFeedback.after(met.events, from: lessonFeedback) }
    return met
  }

  /// Whether the open block is a task the session meets now (play stops on it).
  public var meetsOpenTask: Bool {
    lesson?.meetsOpenTask(in: workspace) ?? false
  }

  /// Records `line` and what it did; the commands it ran on the student's behalf get
  /// their own lines first.
  private mutating func record(_ line: String, _ response: Response) -> Response {
    failure = response.failure
    recordRuns(response.events)
    transcript.append(TranscriptEntry(input: line, output: response.lines))
    return response
  }

  /// Transcript lines for the commands run on the student's behalf among `events`.
  private mutating func recordRuns(_ events: [SessionEvent]) {
    for event in events {
      switch event {
      case .ran(let line, let events, let failure), .stepRan(let line, let events, let failure):
        recordRuns(events)
        transcript.append(
          TranscriptEntry(input: line, output: Response(events, failure: failure).lines))
      default: break
      }
    }
  }

  // MARK: - Lesson actions beyond commands

  /// Opens step `index` of the lesson (its commands in the transcript).
  mutating func openStep(_ index: Int) -> Response {
    guard var runner = lesson else { return Response() }
    let response = runner.openStep(index, on: &workspace)
    lesson = runner
    lessonFeedback = LessonFeedback.after(response.events, from: nil)
    recordRuns(response.events)
    return response
  }

  /// Closes the open block with the lesson's own answer, as a teacher presenting it would:
  /// the answer and explanation are shown and the session is set up as if answered.
  @discardableResult
  public mutating func presentOpenBlock() -> Response {
    guard var runner = lesson else { return Response() }
    let response = runner.present(on: &workspace)
    lesson = runner
    lessonFeedback = LessonFeedback.after(response.events, from: lessonFeedback)
    recordRuns(response.events)
    note(response.events.filter { if case .ran = $0 { false } else { true } })
    return response
  }

  /// Leaves the session as a finished block would (replaying and walking a lesson).
  mutating func setUp(after block: CheckedBlock, record: AnswerRecord) {
    lesson?.setUp(after: block, record: record, on: &workspace)
  }

  /// Adds lines to the transcript without a typed line (play stopping, a presenter's
  /// reveal).
  mutating func note(_ events: [SessionEvent]) {
    transcript.append(TranscriptEntry(input: "", output: SessionEvent.lines(events)))
  }

  /// Says on the transcript that saving progress failed, and returns the line.
  public mutating func progressNotSaved(_ problem: String) -> [String] {
    let lines = SessionEvent.progressNotSaved(problem).lines
    if transcript.isEmpty {
      transcript.append(TranscriptEntry(input: "", output: lines))
    } else {
      transcript[transcript.count - 1].output += lines
    }
    return lines
  }
}

extension ProgressRecorder {
  /// Carries out what `response` asks: saves the progress it changed. When saving fails,
  /// the session's transcript says so, and the returned lines are that sentence.
  public func carryOut(_ response: Response, in session: inout Session) -> [String] {
    guard let progress = response.progressToSave, let problem = save(progress) else {
      return []
    }
    return session.progressNotSaved(problem)
  }
}
