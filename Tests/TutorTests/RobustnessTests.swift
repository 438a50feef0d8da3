import Descent
import Foundation
import TermPlot
import TestSupport
import Testing

@testable import Tutor

/// Faults found by trying Downhill as an attacker would, each kept fixed: commands that
/// were silently wrong, views that showed another run, keys that quit by accident, readers
/// that hung or grew, and progress saves that broke a symbolic link.
@Suite struct RobustnessTests {
  /// A new empty folder under the temporary directory; the caller removes it.
  static func temporaryFolder(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "downhill-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  // MARK: - Commands

  @Test(arguments: ["split 2", "split -1", "split 1.5", "split -0.01"])
  func aTrainingFractionOutsideZeroToOneIsRefusedAtItsColumn(line: String) throws {
    #expect(throws: CommandError.self) { try Command.parse(line) }
    do {
      _ = try Command.parse(line)
    } catch {
      #expect(error.column == 7)
      #expect(error.message.hasPrefix("the training fraction is from 0 to 1"))
    }
    var session = Session()
    session.apply(line: "data sine")
    session.apply(line: "split 0.8")
    let output = session.apply(line: line).lines
    #expect(session.failure != nil)
    #expect(output.first?.contains("^ the training fraction is from 0 to 1") == true)
    // The split stays as it was.
    #expect(session.run.trainer.validation?.count == 10)
  }

  @Test(arguments: [("split 0", nil), ("split 1", nil), ("split 0.6", 20)] as [(String, Int?)])
  func fractionsZeroToOneStillSplitOrStop(line: String, validationRows: Int?) {
    var session = Session()
    session.apply(line: "data sine")
    session.apply(line: line)
    #expect(session.failure == nil)
    #expect(session.run.trainer.validation?.count == validationRows)
  }

  // MARK: - Function mode

  /// |x| at 0: the subgradient 0 (as PyTorch's abs), so descent rests there instead of
  /// reporting a gradient that is not finite.
  @Test func absAtItsMinimumHasGradientZeroAndDescentRests() {
    var session = Session()
    session.apply(line: "model function abs(x)")
    #expect(session.apply(line: "show grads").lines == ["∂f/∂x = 0"])
    let step = session.apply(line: "step").lines
    #expect(session.failure == nil, "\(step)")
    #expect(session.run.function?.point == [0])
    session.apply(line: "x = -2")
    #expect(session.apply(line: "show grads").lines == ["∂f/∂x = -1"])
    session.apply(line: "lr 0.5")
    session.apply(line: "step 4")
    // −2 → −1.5 → −1 → −0.5 → 0: steps of η·1 until the minimum, where the gradient is 0.
    #expect(session.run.function?.point == [0])
  }

  /// Play stops by the function's own state, not by reading its message back.
  @Test func playStopsWhereTheFunctionIsNotFinite() {
    var session = Session()
    session.apply(line: "model function x^2")
    session.apply(line: "x = 1")
    session.apply(line: "lr 1e200")
    session.apply(line: "play")
    // x: 1 → 1 − 1e200·2 = −2e200, where x² overflows to ∞: the second step cannot be taken.
    let stop = session.playTick(epochs: 3)
    #expect(!session.isPlaying)
    #expect(session.run.function?.isStalled == true)
    #expect(
      stop?.lines == [
        "paused: f or its gradient is not a finite number at x = -2e200, f = inf; the learning "
          + "rate may be too high (rewind, or lr with a smaller rate)"
      ])
    session.apply(line: "x = 1")
    session.apply(line: "lr 0.1")
    session.apply(line: "step")
    #expect(session.run.function?.isStalled == false)
  }

  @Test func viewsOfAFunctionOfOneVariableShowTheFunction() {
    var session = Session()
    session.apply(line: "model function (x - 3)^2")
    session.apply(line: "step 3")
    let fit = Pictures(session.workspace).render(.fit, width: 60, height: 20).plainText
    let landscape = Pictures(session.workspace).render(.landscape, width: 60, height: 20).plainText
    #expect(fit.contains("f(x) = (x - 3)^2"), "\(fit)")
    // The landscape of f over its one variable is its curve, not the houses' m and c.
    #expect(landscape == fit, "\(landscape)")
    // No boundary for a function: its curve stands in.
    let boundary = Pictures(session.workspace).render(.boundary, width: 60, height: 20).plainText
    #expect(boundary == fit, "\(boundary)")
    #expect(
      session.apply(line: "show history").lines == [
        // x: 0 → 0.06 → 0.1188 at η = 0.01, f = (x − 3)²: 9, 2.94², 2.8812².
        "step  f (before the step)", "1  9", "2  8.6436", "3  8.30131",
      ])
  }

  @Test func viewsOfAFunctionOfTwoVariablesShowItsLandscape() {
    var session = Session()
    session.apply(line: "data blobs")
    session.apply(line: "model logistic")
    session.apply(line: "model function x^2 + 2*y^2")
    let landscape = Pictures(session.workspace).render(.landscape, width: 60, height: 20).plainText
    #expect(Pictures(session.workspace).render(.fit, width: 60, height: 20).plainText == landscape)
    // The logistic model set aside draws no boundary while the function is minimized: the
    // function's landscape stands in.
    let boundary = Pictures(session.workspace).render(.boundary, width: 60, height: 20).plainText
    #expect(boundary == landscape, "\(boundary)")
    #expect(Pictures(session.workspace).standIn(for: .boundary).view == .fit)
  }

  // MARK: - Keys

  @Test(arguments: [false, true])
  func escapeAsksBeforeQuittingAndOnlyYesQuits(presentation: Bool) {
    let library = LessonLibrary(directory: RepositoryPaths.lessons)
    var app = TutorialApp(
      configuration: .init(
        library: library, lesson: presentation ? "linear-regression" : nil,
        presentation: presentation))
    // A stray Escape (or two, as an unknown key's sequence once gave) never quits.
    #expect(app.handle(.escape, now: 0) == .none)
    #expect(app.notice == "quit Downhill? y quits, any other key stays")
    #expect(app.handle(.escape, now: 0) == .none)
    #expect(!app.isFinished)
    #expect(app.notice == nil)
    #expect(app.handle(.escape, now: 0) == .none)
    #expect(app.handle(.character("y"), now: 0) == .quit)
    #expect(app.isFinished)
  }

  // MARK: - The transcript

  @Test func anOutputOfSeveralLinesShowsEachOnItsOwnRow() {
    var session = Session()
    session.apply(line: "step abc")
    let screen = Layout().render(
      session: session, pane: nil, prompt: PromptLine(), footer: nil, width: 100, height: 30
    ).frame.plainText
    #expect(!screen.contains("\u{FFFD}"), "\(screen)")
    #expect(screen.contains("\nstep abc\n"), "\(screen)")
    #expect(
      screen.contains(
        "\n     ^ the number of epochs is a whole number, such as 10; 'abc' is not"), "\(screen)")
  }

  @Test func longLinesBreakInLinearTime() {
    #expect(Layout.broken(String(repeating: "a", count: 1000), width: 100).count == 10)
    #expect(
      Layout.broken("aaaa bbbb cccc", width: 10) == ["aaaa bbbb", "cccc"])
    #expect(Layout.broken("中文中文中", width: 4) == ["中文", "中文", "中"])
    var run = FuzzRun("breaking a 2 MB line", bound: 3)
    let line = String(repeating: "word ", count: 400_000)
    run.run(line) { #expect(Layout.broken(line, width: 80).count == 25_000) }
    run.report()
  }

  // MARK: - Variables

  /// Each assignment used to copy every variable; now each costs the same however many exist.
  @Test func manyVariablesCostLinearTime() {
    var session = Session()
    // 40k took 9.9 s (release) when each assignment copied the table; now 0.7 s in
    // release and 2.4 to 3 s of CPU in a debug build.
    var run = FuzzRun("40000 assignments", bound: 6)
    run.run("v0 = 0 …") {
      for k in 0..<40_000 { session.apply(line: "v\(k) = \(k)") }
    }
    run.report()
    #expect(session.workspace.scratchpad.variables.count == 40_000)
    #expect(session.workspace.scratchpad.variables["v39999"] == .number(39_999))
    // A failed assignment keeps every variable.
    session.apply(line: "v1 = undefined_name")
    #expect(session.workspace.scratchpad.variables.count == 40_000)
    #expect(session.workspace.scratchpad.variables["v1"] == .number(1))
  }

  // MARK: - Reading input

  @Test func linesEndAtLFCRLFOrALoneCR() {
    var splitter = LineSplitter()
    splitter.feed(Array("lr 0.05\rstep\r".utf8))
    splitter.feed(Array("\nshow params\n\r\rlast".utf8))
    var lines: [String] = []
    while let line = splitter.nextLine() { lines.append(line) }
    #expect(lines == ["lr 0.05", "step", "show params", "", ""])
    #expect(splitter.finish() == "last")
    #expect(splitter.finish() == nil)
  }

  @Test func anEndlessLineKeepsOnlyItsStart() {
    var splitter = LineSplitter(maximumLength: 4)
    for _ in 0..<1000 { splitter.feed(Array(repeating: UInt8(ascii: "a"), count: 1000)) }
    splitter.feed(Array("\nnext\n".utf8))
    #expect(splitter.nextLine() == "aaaa")
    #expect(splitter.nextLine() == "next")
    #expect(splitter.nextLine() == nil)
  }

  @Test func onlyRegularFilesOfBoundedSizeAreRead() throws {
    let folder = try Self.temporaryFolder("textfile")
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let small = folder.appendingPathComponent("small.csv").path
    #expect(FileManager.default.createFile(atPath: small, contents: Data("x,y\n1,2\n".utf8)))
    let latin = folder.appendingPathComponent("latin.csv").path
    #expect(FileManager.default.createFile(atPath: latin, contents: Data([0x78, 0xE9, 0x0A])))
    func message(_ path: String, limit: Int = 1 << 20) -> String? {
      do {
        _ = try TextFile.read(path, limit: limit)
        return nil
      } catch {
        return error.description
      }
    }
    #expect(message("/dev/zero") == "cannot read '/dev/zero': it is a device, not a regular file")
    #expect(message(fifo) == "cannot read '\(fifo)': it is a pipe (FIFO), not a regular file")
    #expect(
      message(folder.path) == "cannot read '\(folder.path)': it is a folder, not a regular file")
    #expect(
      message(small, limit: 5)
        == "cannot read '\(small)': it is larger than 5 bytes, the most Downhill reads")
    #expect(message(small) == nil)
    #expect(try TextFile.read(small, limit: 8) == "x,y\n1,2\n")
    #expect(message(latin) == "'\(latin)' is not UTF-8 text; save it as UTF-8")
    #expect(
      message(folder.appendingPathComponent("none").path)
        == "cannot read '\(folder.appendingPathComponent("none").path)': no such file or directory")
  }

  // MARK: - Progress behind a symbolic link

  @Test func savingThroughASymlinkUpdatesItsTargetAndKeepsTheLink() throws {
    let folder = try Self.temporaryFolder("link")
    let kept = folder.appendingPathComponent("dotfiles")
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = kept.appendingPathComponent("progress.json").path
    let link = data.appendingPathComponent("progress.json").path
    try ProgressStore(path: target).save(LessonProgress(lessonID: "first", started: 1))
    #expect(symlink("../dotfiles/progress.json", link) == 0)

    let store = ProgressStore(path: link)
    let book = try store.save(LessonProgress(lessonID: "second", started: 2))
    #expect(Set(book.lessons.keys) == ["first", "second"])
    // Still a link, and the file it leads to holds both lessons.
    var status = stat()
    #expect(lstat(link, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
    #expect(Set(try ProgressStore(path: target).load().book.lessons.keys) == ["first", "second"])
    // The lock and any temporary file sit beside the target, none beside the link.
    let besideLink = try FileManager.default.contentsOfDirectory(atPath: data.path)
    #expect(besideLink == ["progress.json"])
    #expect(FileManager.default.fileExists(atPath: target + ".lock"))
  }

  @Test(arguments: ["/dev/null", "/dev/zero"])
  func aProgressFileThatIsADeviceIsRefusedPlainly(path: String) {
    do {
      _ = try ProgressStore(path: path).load()
      Issue.record("\(path) was read as progress")
    } catch {
      #expect(
        error.description
          == "could not read progress from \(path): it is not a regular file (a device, a pipe "
          + "or a socket)")
    }
  }

  @Test func aSymlinkAtTheLockIsNotFollowed() throws {
    let folder = try Self.temporaryFolder("lock")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("progress.json").path
    let victim = folder.appendingPathComponent("victim").path
    #expect(symlink(victim, path + ".lock") == 0)
    #expect(throws: ProgressError.self) {
      try ProgressStore(path: path).save(LessonProgress(lessonID: "first", started: 1))
    }
    #expect(!FileManager.default.fileExists(atPath: victim))
    #expect(!FileManager.default.fileExists(atPath: path))
    do {
      try ProgressStore(path: path).save(LessonProgress(lessonID: "first", started: 1))
    } catch {
      #expect(error.code == ELOOP)
      #expect(
        error.description
          == "could not save progress to \(path): a symbolic link loops, or stands where its "
          + "lock file (\(path).lock) goes; your answers are kept for this session only")
    }
  }
}
