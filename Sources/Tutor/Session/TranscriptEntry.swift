/// One line a student typed and what the session printed for it.
public struct TranscriptEntry: Sendable, Hashable {
  /// The line as typed.
  public var input: String
  /// The lines printed in answer.
  public var output: [String]
}
