import Testing

@testable import downhill

/// `--width` and `--height` mean the same wherever they are taken (`play`, `repl`, `plot`):
/// one range, 1 to 400 columns and 1 to 200 rows, refused in one form with the usage.
@Suite struct ScreenSizeTests {
  let downhill: CommandRunner

  init() throws {
    downhill = try CommandRunner()
  }

  /// Each command with what it needs besides the size (the size is checked first).
  static let commands: [[String]] = [["play", "some-lesson"], ["repl"], ["plot", "data.csv"]]

  @Test(
    arguments: commands,
    [
      (["--width", "0"], "--width must be from 1 to 400 columns, not 0"),
      (["--width", "401"], "--width must be from 1 to 400 columns, not 401"),
      (["--width", "-3"], "--width must be from 1 to 400 columns, not -3"),
      (["--height=0"], "--height must be from 1 to 200 rows, not 0"),
      (["--height", "201"], "--height must be from 1 to 200 rows, not 201"),
    ])
  func sizeOutOfRangeIsRefusedInOneForm(command: [String], size: ([String], String)) throws {
    let result = try downhill.run(command + size.0)
    #expect(result.exitStatus == 2, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4, "\(result)")
    #expect(lines.first == "Error: \(size.1)"[...], "\(result)")
    #expect(lines.dropFirst().first?.hasPrefix("Usage: downhill \(command[0]) ") == true)
    #expect(
      lines.dropFirst(2).first == "  See 'downhill \(command[0]) --help' for more information.")
  }

  @Test func theLimitsAreAccepted() throws {
    let size = try ScreenSize.parse(["--width", "400", "--height", "1"])
    #expect(size.columns(default: 80) == 400)
    #expect(size.rows(default: 24) == 1)
    #expect(throws: (any Error).self) { try ScreenSize.parse(["--width", "401"]) }
  }

  /// A size the command chooses itself (`plot` takes the terminal's) is brought into range
  /// instead of being refused as if the student had typed it.
  @Test func aDefaultOutOfRangeIsBroughtIntoRange() throws {
    let size = try ScreenSize.parse([])
    #expect(size.columns(default: 1200) == 400)
    #expect(size.rows(default: 0) == 1)
    #expect(size.columns(default: 80) == 80)
  }
}
