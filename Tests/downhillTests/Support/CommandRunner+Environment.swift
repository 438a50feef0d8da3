import Foundation
import Testing

extension CommandRunner {
  /// A runner for `executable` instead of the `downhill` built beside the tests.
  init(executable: URL) {
    self.executable = executable
  }

  /// Runs `downhill arguments…` as `run(_:in:)` does, with `changes` made to the environment
  /// it would get (which has `TERM=dumb` and `NO_COLOR=1`): a value sets a variable, nil
  /// removes it.
  ///
  /// `/usr/bin/env` makes the changes, so `downhill` starts exactly as a shell would start
  /// `env -u NO_COLOR LC_ALL=C downhill …`. The result shows `arguments` as given.
  ///
  /// ```swift
  /// let result = try downhill.run(["plot", "data.csv"], environment: ["LC_ALL": "C"])
  /// ```
  func run(
    _ arguments: [String], environment changes: [String: String?], in directory: URL? = nil
  ) throws -> CommandResult {
    let env = CommandRunner(executable: URL(fileURLWithPath: "/usr/bin/env"))
    let result = try env.run(
      Self.envArguments(for: changes) + [executable.path] + arguments, in: directory)
    return CommandResult(
      arguments: arguments, exitStatus: result.exitStatus, stdout: result.stdout,
      stderr: result.stderr)
  }

  /// The arguments that make `env` apply `changes`, in a repeatable order: every `-u NAME`
  /// first (env reads options before assignments), then the `NAME=value` assignments.
  static func envArguments(for changes: [String: String?]) -> [String] {
    let sorted = changes.sorted { $0.key < $1.key }
    let removals = sorted.filter { $0.value == nil }.flatMap { ["-u", $0.key] }
    let assignments = sorted.compactMap { name, value in value.map { "\(name)=\($0)" } }
    return removals + assignments
  }

  /// Runs `downhill arguments…` with `changes` to its environment (see
  /// `run(_:environment:in:)`) and expects success: exit status 0 and nothing on standard
  /// error.
  @discardableResult
  func expectSuccess(
    _ arguments: [String], environment changes: [String: String?],
    in directory: TemporaryDirectory? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CommandResult {
    let result = try run(arguments, environment: changes, in: directory?.url)
    #expect(result.exitStatus == 0, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.isEmpty, "\(result)", sourceLocation: sourceLocation)
    return result
  }
}
