import Descent
import TermPlot

/// The full-screen tutorial as pure state: the lesson menu, the lesson screen with its
/// prompt, the key help, play mode and presentation mode.
///
/// A terminal front feeds it keys and clock ticks and draws what `render` returns; it
/// holds no terminal state, so every screen and key binding is testable as text.
public struct TutorialApp {
  /// What the front must do after a key.
  public enum Effect: Sendable, Hashable {
    /// Nothing beyond redrawing.
    case none
    /// Restore the terminal and exit (progress is already saved).
    case quit
    /// Suspend the process (Ctrl-Z); redraw everything on resume.
    case suspend
  }

  /// How the tutorial starts.
  public struct Configuration: Sendable {
    /// Where the lessons are.
    public var library: LessonLibrary
    /// Where progress is saved; nil saves nothing.
    public var store: ProgressStore?
    /// Theme and canvas tier.
    public var style: ChartStyle
    /// A lesson to open at once instead of the menu.
    public var lesson: String?
    /// Presentation mode: larger charts, the narrative and status only.
    public var presentation: Bool
    /// In presentation mode, seconds between automatic steps; nil steps by key only.
    public var autoplay: Double?
    /// The student lessons are drawn for: their own numbers and order of choices (nil:
    /// the course's numbers, in the file's order).
    public var student: String?
    /// Seconds since 1970, for progress timestamps.
    public var clock: @Sendable () -> Double

    /// A configuration; by default the menu of `library`, nothing saved.
    public init(
      library: LessonLibrary, store: ProgressStore? = nil, style: ChartStyle = ChartStyle(),
      lesson: String? = nil, presentation: Bool = false, autoplay: Double? = nil,
      student: String? = nil, clock: @escaping @Sendable () -> Double = { 0 }
    ) {
      self.student = student
      self.library = library
      self.store = store
      self.style = style
      self.lesson = lesson
      self.presentation = presentation
      self.autoplay = autoplay
      self.clock = clock
    }
  }

  /// Which page shows.
  enum Page {
    case menu
    case lesson
  }

  let configuration: Configuration
  let layout: Layout
  var page = Page.menu
  /// The lesson being followed (also kept while the menu shows, to come back to).
  var session: Session?
  /// The menu's lessons and the selected row.
  var menu = LessonMenu()
  /// The line being typed.
  public private(set) var prompt = PromptEditor()
  /// Whether the key help covers the screen.
  var showsHelp = false
  /// A view chosen with Tab instead of the step's own (nil: the step's).
  var chosenView: View?
  /// How many rows the lesson text is scrolled.
  var scroll = 0
  /// How many times the transcript was scrolled back since the last other key.
  var transcriptScroll = 0
  /// A one-line note for the menu or the status of the last key (a load error, completion
  /// candidates).
  var notice: String?
  /// When play last advanced, and when autoplay next moves on.
  var lastTick: Double?
  var nextAutoStep: Double?
  /// Whether the presenter paused autoplay (`a`), and how long its next step had yet to
  /// wait then.
  var autoplayPaused = false
  var autoplayLeft: Double?
  /// When the key help opened: play and autoplay wait while it shows.
  var helpOpenedAt: Double?
  /// The epoch a presentation's animation stops at: the training a step's commands ran,
  /// replayed at a visible speed; nil when play is the presenter's own.
  var animationTarget: Int?
  /// Epochs a second of that animation.
  var animationSpeed: Double?
  /// Whether autoplay keeps the next question back while the answer just revealed shows
  /// alone, for its own time.
  var holdsNextQuestion = false

  /// What the front end has yet to carry out (see `takeEffects()`).
  var effects: [SessionEffect] = []

  /// Whether Escape asked "quit Downhill?" and the next key answers.
  var confirmingQuit = false

  /// Set once the student quits.
  public internal(set) var isFinished = false
  /// Frames a second at most while playing; faster speeds run several epochs a frame.
  static let framesPerSecond = 30.0

  /// The tutorial at its menu, or at `configuration.lesson` when one is named.
  public init(configuration: Configuration) {
    self.configuration = configuration
    layout = Layout(style: configuration.style)
    reloadCatalog()
    if let lesson = configuration.lesson {
      open(lesson)
    }
  }

  /// Reads the lessons and the student's progress for the menu.
  mutating func reloadCatalog() {
    if let message = menu.reload(library: configuration.library, store: configuration.store) {
      notice = message
    }
  }

  /// Opens a lesson by argument (path, file name or id), resuming its progress; a lesson
  /// that cannot be loaded leaves the menu showing with the problem.
  mutating func open(_ argument: String) {
    let library = configuration.library
    do {
      let file = try library.resolve(argument)
      let lesson = try library.load(file, student: configuration.student)
      var progress: LessonProgress?
      if let store = configuration.store, let loaded = try? store.load() {
        progress = loaded.book.lessons[lesson.id]
      }
      let options = LessonOptions(clock: configuration.clock, catalog: menu.catalog)
      var opened = try Session.opening(
        lesson, loader: library.loader(forLessonAt: file), progress: progress, options: options)
      // Opening visits a step: its progress is saved before the screen shows.
      if let progress = opened.lesson?.progress { effects.append(.saveProgress(progress)) }
      animationTarget = nil
      if configuration.presentation { animateRun(of: opened.lesson?.step.run ?? [], in: &opened) }
      // On the screen a student's loop runs pass by pass, stepped like the trainer.
      opened.stepLoops(true)
      session = opened
      page = .lesson
      prompt.clear()
      chosenView = nil
      scroll = 0
      notice = nil
      nextAutoStep = nil
      holdsNextQuestion = false
    } catch let error as LessonLoadError {
      notice = error.problems.first?.description ?? "the lesson cannot be read"
      page = .menu
    } catch {
      notice = "\(error)"
      page = .menu
    }
  }

  // MARK: - Keys

  /// Handles one key at time `now` (seconds).
  public mutating func handle(_ key: Key, now: Double) -> Effect {
    if confirmingQuit {
      // Escape is easy to press by accident (and stray escape sequences used to arrive as
      // it): it only asks, and only y or a quit key answers yes.
      confirmingQuit = false
      notice = nil
      switch key {
      case .character("y"), .character("Y"), .character("q"), .control("q"), .control("c"):
        return quit()
      default:
        return .none
      }
    }
    if showsHelp {
      closeHelp(now: now)
      if key == .control("q") || key == .control("c") { return quit() }
      return .none
    }
    switch page {
    case .menu: return handleMenu(key, now: now)
    case .lesson: return handleLesson(key, now: now)
    }
  }

  /// Escape in the menu or a presentation: asks before quitting.
  mutating func askToQuit() {
    confirmingQuit = true
    notice = "quit Downhill? y quits, any other key stays"
  }

  mutating func quit() -> Effect {
    session?.pausePlay()
    isFinished = true
    return .quit
  }

  private mutating func handleMenu(_ key: Key, now: Double) -> Effect {
    if menu.move(key) { return .none }
    switch key {
    case .enter, .character(" "), .right:
      guard let file = menu.chosenFile else { return .none }
      open(file)
    case .character("q"), .control("q"), .control("c"), .control("d"): return quit()
    case .escape: askToQuit()
    case .character("?"), .function(1): openHelp(now: now)
    case .control("z"): return .suspend
    case .tab, .control("o"):
      if session != nil { page = .lesson }
    default: break
    }
    return .none
  }

  private mutating func handleLesson(_ key: Key, now: Double) -> Effect {
    guard var session else { return .none }
    defer { self.session = session }
    notice = nil
    if configuration.presentation {
      return presentationKey(key, session: &session, now: now)
    }
    // Any key pauses play and does nothing else: it is not typed at the prompt. Only the
    // quit and suspend keys still do their own job.
    if session.isPlaying {
      session.pausePlay()
      lastTick = nil
      switch key {
      case .control("q"), .control("c"): return quit()
      case .control("z"): return .suspend
      default: return .none
      }
    }
    // Inside a Python block (`...`), ^C drops the block as Python's prompt does, Tab at
    // the start of a line indents, and an empty line is typed, not a key: it ends the
    // block.
    if session.awaitsMoreInput {
      switch key {
      case .control("c"):
        session.abandonBlock()
        prompt = PromptEditor()
        notice = "the block was dropped"
        return .none
      case .tab where prompt.line.prefix(prompt.cursor).allSatisfy({ $0 == " " }):
        for _ in 0..<4 { prompt.insert(" ") }
        return .none
      default: break
      }
    }
    let binding = KeyBinding.binding(
      for: key, promptIsEmpty: prompt.isEmpty && !session.awaitsMoreInput)
    if binding != .scrollTranscript { transcriptScroll = 0 }
    if let binding {
      return perform(binding, session: &session, now: now)
    }
    switch key {
    case .character(let character):
      prompt.insert(character)
    case .enter:
      let line = prompt.submit()
      run(line, in: &session, now: now)
    case .tab:
      let matches = prompt.complete(
        commands: Command.words, names: session.completionNames)
      if !matches.isEmpty { notice = matches.joined(separator: "  ") }
    default:
      _ = prompt.edit(key)
    }
    return .none
  }

  /// Runs a line typed at the prompt: parsed once, then run as a command (`lessons` shows
  /// the menu); a line that does not parse goes to the session, which shows its error.
  mutating func run(_ line: String, in session: inout Session, now: Double) {
    // Python goes to the session line by line, which keeps a block until it is complete.
    if session.awaitsMoreInput {
      follow(in: &session, now: now) { $0.apply(line: line) }
      return
    }
    let parsed = try? Command.parse(line)
    if case .expression? = parsed {
      follow(in: &session, now: now) { $0.apply(line: line) }
      return
    }
    guard let command = parsed else {
      follow(in: &session, now: now) { $0.apply(line: line) }
      return
    }
    run(command, typed: line, in: &session, now: now)
  }

  /// Runs a command (from a key, or typed as `typed`); `quit` ends the tutorial, `lessons`
  /// shows the menu.
  mutating func run(
    _ command: Command, typed line: String? = nil, in session: inout Session, now: Double
  ) {
    if command == .lessons {
      page = .menu
      reloadCatalog()
      return
    }
    follow(in: &session, now: now) { $0.apply(command, typed: line) }
  }

  /// Applies `change` to the session and follows it: its effects are kept for the front, a new
  /// step scrolls to its top and shows its own views, play starts its clock, `quit` ends
  /// the tutorial.
  private mutating func follow(
    in session: inout Session, now: Double, _ change: (inout Session) -> Response
  ) {
    let step = session.lesson?.stepIndex
    let response = change(&session)
    // A figure the student's Python showed takes the view area.
    if response.events.contains(where: { if case .showedFigure = $0 { true } else { false } }) {
      chosenView = .figure
    }
    carryOut(response, in: &session)
    if session.lesson?.stepIndex != step {
      scroll = 0
      chosenView = nil
    }
    if session.isPlaying { lastTick = now }
    if session.isFinished { isFinished = true }
  }

  private mutating func perform(
    _ binding: KeyBinding, session: inout Session, now: Double
  ) -> Effect {
    switch binding {
    case .stepEpoch: send(.step(1), to: &session)
    case .nextStep: run(.next, in: &session, now: now)
    case .cycleViews:
      cycleView()
      notice =
        chosenView.map { "view \($0.rawValue) (Tab again for the next)" }
        ?? "the step's own views"
    case .playPause:
      send(.play, to: &session)
      if session.isPlaying { lastTick = now }
    case .rewind: send(.rewind(1), to: &session)
    case .rateUp, .rateDown: stepRate(up: binding == .rateUp, in: &session)
    case .previousStep: run(.back, in: &session, now: now)
    case .nextHint: send(.hint, to: &session)
    case .help: openHelp(now: now)
    case .quit: return quit()
    case .menu:
      page = .menu
      reloadCatalog()
    case .redraw: break
    case .suspend: return .suspend
    case .scrollUp: scroll = Swift.max(0, scroll - 5)
    case .scrollDown: scroll += 5
    case .scrollTranscript: transcriptScroll += 1
    }
    return .none
  }

  /// Opens the key help at `now`; play and autoplay wait while it shows.
  mutating func openHelp(now: Double) {
    showsHelp = true
    helpOpenedAt = now
  }

  /// Closes the key help at `now`: play goes on from here (the time the help showed is not
  /// made up), and autoplay's next step comes as much later as the help showed.
  mutating func closeHelp(now: Double) {
    showsHelp = false
    guard let opened = helpOpenedAt else { return }
    helpOpenedAt = nil
    if let next = nextAutoStep { nextAutoStep = next + Swift.max(0, now - opened) }
    if lastTick != nil { lastTick = now }
  }

  /// Tab's view: each view that applies to the run alone in turn (a regression has no
  /// decision boundary, XOR no fit line), then the step's own views again.
  mutating func cycleView() {
    let pictures = session.map { Pictures($0.workspace) }
    let all = View.allCases.filter { pictures?.applies($0) ?? true }
    if let chosen = chosenView, let index = all.firstIndex(of: chosen) {
      chosenView = index + 1 < all.count ? all[index + 1] : nil
    } else if let chosen = chosenView, let next = View.allCases.drop(while: { $0 != chosen })
      .dropFirst().first(where: all.contains)
    {
      // The view shown no longer applies (the model changed): on to the next that does.
      chosenView = next
    } else {
      chosenView = chosenView == nil ? all.first : nil
    }
  }

  /// Sets the session's rate (a function's or the model's) one rung up or down the ladder.
  mutating func stepRate(up: Bool, in session: inout Session) {
    send(.learningRate(Self.rateLadder(from: session.run.learningRate, up: up)), to: &session)
  }

  /// Applies a command from a key and carries out its effects.
  mutating func send(_ command: Command, to session: inout Session) {
    carryOut(session.apply(command), in: &session)
  }

  /// Keeps what a response asks of the front end, to be taken with `takeEffects()`.
  mutating func carryOut(_ response: Response, in session: inout Session) {
    effects += response.effects
  }

  /// What the front end must carry out since it last asked (saving progress), in order;
  /// the list is emptied.
  public mutating func takeEffects() -> [SessionEffect] {
    defer { effects = [] }
    return effects
  }

  /// Says on the lesson's transcript that saving progress failed.
  public mutating func progressNotSaved(_ problem: String) {
    _ = session?.progressNotSaved(problem)
  }

  /// Where the front end saves progress (nil: nothing is saved).
  public var progressStore: ProgressStore? { configuration.store }

  /// The next rate on the 1-2-5 ladder above or below `rate`.
  static func rateLadder(from rate: Double, up: Bool) -> Double {
    guard rate > 0, rate.isFinite else { return 0.01 }
    var ladder: [Double] = []
    for exponent in -7...2 {
      for mantissa in [1.0, 2, 5] {
        ladder.append(Double("\(Int(mantissa))e\(exponent)") ?? mantissa)
      }
    }
    if up {
      return ladder.first { $0 > rate * (1 + 1e-9) } ?? rate
    }
    return ladder.last { $0 < rate * (1 - 1e-9) } ?? rate
  }
}
