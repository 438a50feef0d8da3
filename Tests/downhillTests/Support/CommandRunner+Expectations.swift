import Testing

extension CommandRunner {
  /// Runs `downhill arguments…` and expects the refusal of bad input: exit status 2,
  /// exactly `message` (plus a newline) on standard error, and nothing on standard output.
  @discardableResult
  func expectBadInput(
    _ arguments: [String], message: String, in directory: TemporaryDirectory? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CommandResult {
    let result = try run(arguments, in: directory?.url)
    #expect(result.exitStatus == 2, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr == message + "\n", "\(result)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
    return result
  }

  /// Runs `downhill arguments…` and expects success: exit status 0 and nothing on standard
  /// error.
  @discardableResult
  func expectSuccess(
    _ arguments: [String], in directory: TemporaryDirectory? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CommandResult {
    let result = try run(arguments, in: directory?.url)
    #expect(result.exitStatus == 0, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.isEmpty, "\(result)", sourceLocation: sourceLocation)
    return result
  }
}
