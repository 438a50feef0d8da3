import Testing

/// What one run of `downhill` did: its exit status and everything it printed.
struct CommandResult: CustomStringConvertible {
  /// The arguments after `downhill`.
  let arguments: [String]
  /// The exit status (-1 if the process was killed by a signal).
  let exitStatus: Int32
  /// Everything printed on standard output.
  let stdout: String
  /// Everything printed on standard error.
  let stderr: String

  /// The run as it would read in a terminal, for failure messages.
  var description: String {
    """
    $ downhill \(arguments.joined(separator: " "))
    exit status \(exitStatus)
    --- stdout ---
    \(stdout)
    --- stderr ---
    \(stderr)
    """
  }

  /// Standard output parsed as one JSON object, or a test failure that shows the run.
  func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONObject {
    do {
      return try JSONObject(parsing: stdout)
    } catch {
      Issue.record(
        "stdout is not one JSON object (\(error)):\n\(self)", sourceLocation: sourceLocation)
      throw error
    }
  }
}
