import Foundation
import TermPlot
import TestSupport
import Testing

@testable import Tutor

/// The whole command space, run through sessions in-process: every kind of run × every
/// view × every command, then seeded random scripts, each followed by a render of the
/// screen. A trap anywhere ends the test process, so passing means zero traps; each test
/// prints how many scripts it ran and how long they took.
@Suite struct CommandSweepTests {
  static let lessonsFolder = RepositoryPaths.lessons

  /// A fresh session with `setup` applied; records an issue for a set-up line that failed,
  /// so the sweep covers the runs it claims to.
  static func session(_ setup: CommandSpace.Setup) -> Session {
    var session = Session()
    for line in setup.lines {
      let output = session.apply(line: line).lines
      #expect(session.failure == nil, "set-up '\(setup.name)': '\(line)' failed: \(output)")
    }
    return session
  }

  /// Applies `line`, lets a started play run a few ticks, and draws the screen at
  /// `width` × `height`.
  static func run(
    _ line: String, in session: inout Session, layout: Layout, width: Int = 100,
    height: Int = 30
  ) {
    session.apply(line: line)
    if session.isPlaying {
      _ = session.playTick(epochs: 3)
      _ = session.playTick(epochs: 50)
      session.pausePlay()
    }
    _ =
      layout.render(
        session: session, pane: session.lessonPane, prompt: PromptLine(text: line), footer: nil,
        width: width, height: height
      ).frame
  }

  /// Runs every view × every command from `start`, each followed by `then`, and returns
  /// how many scripts ran.
  ///
  /// Long sweeps yield now and then, so that tests waiting on other work (processes, tmux)
  /// get their turn on the shared threads.
  static func sweep(from start: Session, then: String, layout: Layout) async -> Int {
    var scripts = 0
    for view in CommandSpace.views {
      for command in CommandSpace.commands {
        if scripts % 16 == 0 { await Task.yield() }
        var session = start
        run("view \(view)", in: &session, layout: layout)
        run(command, in: &session, layout: layout)
        run(then, in: &session, layout: layout)
        scripts += 1
      }
    }
    return scripts
  }

  static func report(_ what: String, _ scripts: Int, since start: Date) {
    print(
      "\(what): \(scripts) scripts in "
        + "\(String(format: "%.2f", Date().timeIntervalSince(start))) s")
  }

  @Test(arguments: CommandSpace.setups)
  func everyCommandInEveryViewRunsWithoutATrap(setup: CommandSpace.Setup) async {
    let base = Self.session(setup)
    let start = Date()
    // A backward step after each command: graphs and caches kept across commands.
    let scripts = await Self.sweep(
      from: base, then: "backstep",
      layout: Layout(style: ChartStyle(theme: .standard, tier: .braille)))
    Self.report("command sweep '\(setup.name)'", scripts, since: start)
    #expect(scripts == CommandSpace.views.count * CommandSpace.commands.count)
  }

  @Test func lessonCommandsRunInEveryLessonWithoutATrap() async throws {
    let library = LessonLibrary(directory: Self.lessonsFolder)
    let files = try library.files()
    #expect(files.count >= 11)
    let start = Date()
    var scripts = 0
    let layout = Layout(style: ChartStyle(theme: .standard, tier: .braille))
    for file in files {
      let lesson = try library.load(file)
      let opened = try Session.opening(lesson, loader: library.loader(forLessonAt: file))
      scripts += await Self.sweep(from: opened, then: "next", layout: layout)
    }
    Self.report("lesson command sweep", scripts, since: start)
  }

  /// Screen sizes the random scripts are drawn at: the smallest, both sides of the
  /// minimum and of the side-by-side width, a projector's, and the largest `play` allows.
  static let sizes: [(width: Int, height: Int)] = [
    (0, 0), (1, 1), (20, 6), (59, 19), (60, 20), (61, 21), (99, 30), (100, 30), (160, 48),
    (400, 200), (400, 20), (60, 200),
  ]

  /// 3000 scripts from a fixed seed; `DOWNHILL_SWEEP_SCRIPTS` and `DOWNHILL_SWEEP_SEED`
  /// run a longer campaign by hand.
  @Test func seededRandomScriptsRunWithoutATrap() async {
    let environment = ProcessInfo.processInfo.environment
    let count = environment["DOWNHILL_SWEEP_SCRIPTS"].flatMap { Int($0) } ?? 3000
    let seed = environment["DOWNHILL_SWEEP_SEED"].flatMap { UInt64($0) } ?? 0x5EED
    let scripts = CommandSpace.randomScripts(count: count, length: 3...12, seed: seed)
    let start = Date()
    let layouts = [
      Layout(style: ChartStyle(theme: .standard, tier: .braille)),
      Layout(style: ChartStyle(theme: .monochrome, tier: .ascii)),
      Layout(style: ChartStyle(theme: .highContrast, tier: .halfBlock)),
    ]
    for (index, script) in scripts.enumerated() {
      if index % 16 == 0 { await Task.yield() }
      var session = Session()
      let layout = layouts[index % layouts.count]
      let size = Self.sizes[index % Self.sizes.count]
      // Large screens are drawn after the last line only, to keep the run short.
      let large = size.width * size.height > 160 * 48
      for (k, line) in script.enumerated() {
        let drawn = !large || k == script.count - 1
        Self.run(
          line, in: &session, layout: layout, width: drawn ? size.width : 0,
          height: drawn ? size.height : 0)
      }
    }
    Self.report("random scripts of 3 to 12 lines", scripts.count, since: start)
  }

  /// The same space through the full-screen app's keys: Tab through every view, step,
  /// rewind, rate keys, backstep typed at the prompt, in every lesson.
  @Test func tutorialKeysInEveryLessonRunWithoutATrap() async throws {
    let library = LessonLibrary(directory: Self.lessonsFolder)
    var generator = SplitMix64(seed: 0xC0FFEE)
    let keys: [Key] = [
      .tab, .tab, .tab, .character(" "), .enter, .control("p"), .character("+"),
      .character("-"), .character("r"), .character("n"), .character("b"), .up, .down,
      .pageUp, .pageDown, .escape, .function(1), .control("l"),
    ]
    var presses = 0
    let start = Date()
    for file in try library.files() {
      for presentation in [false, true] {
        var app = TutorialApp(
          configuration: .init(library: library, lesson: file, presentation: presentation))
        for _ in 0..<120 {
          if presses % 16 == 0 { await Task.yield() }
          var key = keys.randomElement(using: &generator) ?? .tab
          if Int.random(in: 0..<8, using: &generator) == 0 {
            for character in "backstep" { _ = app.handle(.character(character), now: 0) }
            key = .enter
          }
          _ = app.handle(key, now: Double(presses) / 10)
          app.tick(now: Double(presses) / 10 + 0.05)
          _ = app.render(width: 100, height: 30).frame
          presses += 1
          if app.isFinished { break }
        }
      }
    }
    print(
      "tutorial keys: \(presses) keys in "
        + "\(String(format: "%.2f", Date().timeIntervalSince(start))) s")
  }
}
