/// A value, or a combination of options, that a command cannot use: one sentence naming the
/// option at fault.
///
/// Printed after `Error: ` with no usage lines (exit status 2), so that scripts and
/// autograders read one line; swift-argument-parser's `ValidationError` adds the usage.
struct OptionError: Error, CustomStringConvertible {
  /// The sentence.
  let description: String

  /// An error saying `description`.
  init(_ description: String) {
    self.description = description
  }
}
