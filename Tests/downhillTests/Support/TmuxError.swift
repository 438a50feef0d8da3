/// A tmux command failed or a screen never showed what a test waited for.
struct TmuxError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
