import Foundation
import Testing

/// Runs the built `downhill` executable the way a shell would, and captures what it printed.
///
/// The binary is looked up next to the test bundle, so both `swift test` and
/// `swift test --scratch-path DIR` find the one they just built. Set `DOWNHILL_EXECUTABLE`
/// to test another build.
///
/// ```swift
/// let result = try CommandRunner().run(["train", "--json"])
/// #expect(result.exitStatus == 0)
/// ```
struct CommandRunner {
  /// The executable run.
  let executable: URL

  /// A runner for the `downhill` built beside the tests.
  init() throws {
    executable = try Self.locateDownhill()
  }

  /// Runs `downhill arguments…` in `directory` (or the current one) and waits for it, in
  /// this process's environment or, given `environment`, in that one alone.
  ///
  /// Output goes to files rather than pipes, so a large output can never fill a pipe and
  /// leave the child and the test waiting on each other.
  func run(
    _ arguments: [String], in directory: URL? = nil, input: String? = nil,
    environment only: [String: String]? = nil
  ) throws -> CommandResult {
    let scratch = try TemporaryDirectory()
    let stdoutURL = scratch.url.appendingPathComponent("stdout")
    let stderrURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
    let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
    let stderrHandle = try FileHandle(forWritingTo: stderrURL)

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let input {
      let inputPath = try scratch.write(input, to: "stdin")
      process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    process.standardOutput = stdoutHandle
    process.standardError = stderrHandle
    // Colour and terminal size must not depend on whoever runs the tests.
    var environment = only ?? ProcessInfo.processInfo.environment
    environment["TERM"] = "dumb"
    environment["NO_COLOR"] = "1"
    process.environment = environment

    try process.run()
    process.waitUntilExit()
    try stdoutHandle.close()
    try stderrHandle.close()

    return CommandResult(
      arguments: arguments,
      exitStatus: process.terminationReason == .exit ? process.terminationStatus : -1,
      stdout: try Self.text(of: stdoutURL),
      stderr: try Self.text(of: stderrURL))
  }

  private static func text(of url: URL) throws -> String {
    String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  /// Finds the `downhill` executable among the build products the tests run from.
  ///
  /// On Linux the test runner is `<products>/DownhillPackageTests.xctest`, an executable,
  /// and `Bundle.main.bundleURL` is `<products>`; on macOS the runner is inside
  /// `<products>/DownhillPackageTests.xctest/Contents/MacOS/`. Each starting point and a
  /// few of its ancestors are searched, so either layout (and any `--scratch-path`) works.
  static func locateDownhill() throws -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let override = environment["DOWNHILL_EXECUTABLE"], !override.isEmpty {
      let url = URL(fileURLWithPath: override)
      guard isExecutableFile(url) else {
        throw LocateError(
          "DOWNHILL_EXECUTABLE is '\(override)', which is not an executable file")
      }
      return url
    }

    var starts: [URL] = [Bundle.main.bundleURL, Bundle.main.executableURL].compactMap { $0 }
    starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    if let first = CommandLine.arguments.first {
      starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
    }
    starts.append(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath())

    var searched: [String] = []
    for start in starts {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: start.path, isDirectory: &isDirectory)
      var directory = isDirectory.boolValue ? start : start.deletingLastPathComponent()
      for _ in 0..<4 {
        let candidate = directory.appendingPathComponent("downhill")
        if isExecutableFile(candidate) { return candidate }
        if !searched.contains(directory.path) { searched.append(directory.path) }
        directory = directory.deletingLastPathComponent()
      }
    }
    throw LocateError(
      "cannot find the built 'downhill' executable; looked in "
        + searched.joined(separator: ", ")
        + ". Build it first (swift build --build-tests), or set DOWNHILL_EXECUTABLE")
  }

  private static func isExecutableFile(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
    return exists && !isDirectory.boolValue
      && FileManager.default.isExecutableFile(atPath: url.path)
  }

  /// Why the executable could not be found.
  struct LocateError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}
