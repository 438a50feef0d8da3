import Foundation
import Testing

/// `downhill plot` fits the terminal it writes to: braille in a UTF-8 locale and ASCII
/// otherwise or with `--ascii`; colour under `--color always`, or `auto` on a terminal
/// without `NO_COLOR`; the terminal's size when none is given. Each run sets the locale and
/// the colour variables it depends on, so the result does not depend on who runs the tests.
@Suite struct PlotTerminalTests {
  let downhill: CommandRunner
  let directory: TemporaryDirectory

  init() throws {
    downhill = try CommandRunner()
    directory = try TemporaryDirectory()
    try directory.write(
      """
      epoch,train,test
      1,0.9,1.0
      2,0.5,0.7
      3,0.3,0.6
      4,0.2,0.55
      5,0.15,0.5

      """, to: "loss.csv")
  }

  /// A colour terminal's environment, as a student's laptop has it.
  private static let colourTerminal: [String: String?] = [
    "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "NO_COLOR": nil,
  ]

  /// Runs `downhill plot arguments…` with `environment` and expects success.
  private func plot(
    _ arguments: [String], environment: [String: String?],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CommandResult {
    try downhill.expectSuccess(
      ["plot"] + arguments, environment: environment, in: directory,
      sourceLocation: sourceLocation)
  }

  /// Whether `text` holds an SGR escape (ESC [ parameters m), which sets colours.
  private func hasColourEscape(_ text: String) -> Bool {
    text.contains(#/\x1B\[[0-9;]*m/#)
  }

  private func isASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }

  private func hasBraille(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }
  }

  // MARK: - Character set

  @Test(arguments: ["line", "scatter", "bar"])
  func asciiFlagGivesOnlyASCII(kind: String) throws {
    let result = try plot(
      ["loss.csv", "--kind", kind, "--y", "test", "--ascii", "--title", "Loss"],
      environment: ["LC_ALL": "C.UTF-8"])
    #expect(isASCII(result.stdout), "\(result)")
    #expect(result.stdout.contains("Loss"), "\(result)")
  }

  @Test(arguments: ["line", "scatter", "bar"])
  func nonUTF8LocaleGivesOnlyASCII(kind: String) throws {
    let result = try plot(
      ["loss.csv", "--kind", kind, "--y", "test"], environment: ["LC_ALL": "C"])
    #expect(isASCII(result.stdout), "\(result)")
    #expect(!result.stdout.isEmpty, "\(result)")
  }

  @Test func nonUTF8LocaleDrawsTheSameChartAsTheASCIIFlag() throws {
    let locale = try plot(["loss.csv"], environment: ["LC_ALL": "C"])
    let flag = try plot(["loss.csv", "--ascii"], environment: ["LC_ALL": "C.UTF-8"])
    #expect(locale.stdout == flag.stdout, "\(locale)\n\(flag)")
    // Solid and dashed lines in ASCII too.
    #expect(locale.stdout.hasPrefix("    -- train  -  test\n"), "\(locale)")
  }

  @Test func utf8LocaleDrawsBraille() throws {
    let result = try plot(["loss.csv"], environment: ["LC_ALL": "C.UTF-8"])
    #expect(hasBraille(result.stdout), "\(result)")
    #expect(!isASCII(result.stdout), "\(result)")
  }

  /// Column names and titles are the user's text; under `--ascii` (a terminal without
  /// UTF-8) their non-ASCII characters must not reach the terminal as UTF-8 bytes either.
  @Test func asciiFlagKeepsNamesAndTitlesASCII() throws {
    try directory.write("size (m²),Preis (€)\n1,150\n2,300\n3,450\n", to: "prices.csv")
    let result = try plot(
      ["prices.csv", "--ascii", "--title", "Größe und Preis", "--width", "50", "--height", "12"],
      environment: ["LC_ALL": "C.UTF-8"])
    let nonASCII = result.stdout.unicodeScalars.filter { !$0.isASCII }.map { String($0) }
    #expect(nonASCII.isEmpty, "non-ASCII characters \(nonASCII) in:\n\(result)")
  }

  // MARK: - Colour

  @Test func colourAlwaysEmitsEscapesEvenIntoAPipe() throws {
    // The runner's own environment: TERM=dumb and NO_COLOR=1; --color always overrides both.
    let result = try plot(["loss.csv", "--color", "always"], environment: ["LC_ALL": "C.UTF-8"])
    #expect(hasColourEscape(result.stdout), "\(result)")
  }

  @Test func colourNeverEmitsNoEscapes() throws {
    let result = try plot(["loss.csv", "--color", "never"], environment: Self.colourTerminal)
    #expect(!result.stdout.contains("\u{1B}"), "\(result)")
    #expect(hasBraille(result.stdout), "\(result)")
  }

  @Test func colourAutoIntoAPipeEmitsNoEscapes() throws {
    let result = try plot(["loss.csv", "--color", "auto"], environment: Self.colourTerminal)
    #expect(!result.stdout.contains("\u{1B}"), "\(result)")
    let byDefault = try plot(["loss.csv"], environment: Self.colourTerminal)
    #expect(byDefault.stdout == result.stdout)
  }

  @Test func noColorWithColourAutoEmitsNoEscapes() throws {
    var environment = Self.colourTerminal
    environment["NO_COLOR"] = "1"
    let result = try plot(["loss.csv", "--color", "auto"], environment: environment)
    #expect(!result.stdout.contains("\u{1B}"), "\(result)")
  }

  // MARK: - On a terminal

  /// Runs `downhill plot arguments…` with standard output on a pseudo-terminal of
  /// `columns` × `rows`, which util-linux's `script` provides, and returns what the terminal
  /// received with its CRLF line ends turned back into LF. Standard error goes to the
  /// terminal too.
  private func plotOnTerminal(
    _ arguments: [String], columns: Int, rows: Int, environment: [String: String?]
  ) throws -> CommandResult {
    let command =
      "stty cols \(columns) rows \(rows) && exec "
      + ([downhill.executable.path, "plot"] + arguments).map(Self.shellQuoted)
      .joined(separator: " ")
    let script = CommandRunner(executable: URL(fileURLWithPath: Self.scriptPath))
    let result = try script.run(
      ["-q", "-e", "-c", command, "/dev/null"], environment: environment, in: directory.url)
    return CommandResult(
      arguments: ["plot"] + arguments, exitStatus: result.exitStatus,
      stdout: result.stdout.replacingOccurrences(of: "\r\n", with: "\n"), stderr: result.stderr)
  }

  private static let scriptPath = "/usr/bin/script"

  /// Whether util-linux's `script` is there to give a pseudo-terminal (macOS's takes other
  /// options).
  private static var canUseScript: Bool {
    #if os(Linux)
      FileManager.default.isExecutableFile(atPath: scriptPath)
    #else
      false
    #endif
  }

  private static func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// On a 50 × 12 terminal the chart is 50 columns wide and 11 rows high: one row is left
  /// for the shell's prompt, so the chart's first line does not scroll away.
  @Test(.enabled(if: canUseScript, "needs util-linux script for a pseudo-terminal"))
  func sizeDefaultsToTheTerminals() throws {
    var environment = Self.colourTerminal
    environment["NO_COLOR"] = "1"
    let result = try plotOnTerminal(["loss.csv"], columns: 50, rows: 12, environment: environment)
    #expect(result.exitStatus == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 11, "\(result)")
    #expect(lines.map(\.unicodeScalars.count).max() == 50, "\(result)")
  }

  @Test(.enabled(if: canUseScript, "needs util-linux script for a pseudo-terminal"))
  func widthAndHeightOverrideTheTerminalsSize() throws {
    var environment = Self.colourTerminal
    environment["NO_COLOR"] = "1"
    let result = try plotOnTerminal(
      ["loss.csv", "--width", "30", "--height", "7"], columns: 50, rows: 12,
      environment: environment)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 7, "\(result)")
    #expect(lines.map(\.unicodeScalars.count).max() == 30, "\(result)")
  }

  @Test(.enabled(if: canUseScript, "needs util-linux script for a pseudo-terminal"))
  func colourAutoOnATerminalEmitsEscapes() throws {
    let result = try plotOnTerminal(
      ["loss.csv"], columns: 60, rows: 16, environment: Self.colourTerminal)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(hasColourEscape(result.stdout), "\(result)")
  }

  @Test(.enabled(if: canUseScript, "needs util-linux script for a pseudo-terminal"))
  func noColorTurnsColourAutoOffOnATerminal() throws {
    var environment = Self.colourTerminal
    environment["NO_COLOR"] = "1"
    let result = try plotOnTerminal(
      ["loss.csv", "--color", "auto"], columns: 60, rows: 16, environment: environment)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(!result.stdout.contains("\u{1B}"), "\(result)")
    #expect(hasBraille(result.stdout), "\(result)")
  }

  @Test(.enabled(if: canUseScript, "needs util-linux script for a pseudo-terminal"))
  func colourNeverOnATerminalEmitsNoEscapes() throws {
    let result = try plotOnTerminal(
      ["loss.csv", "--color", "never"], columns: 60, rows: 16,
      environment: Self.colourTerminal)
    #expect(result.exitStatus == 0, "\(result)")
    #expect(!result.stdout.contains("\u{1B}"), "\(result)")
  }
}
