/// A `PythonError` in a box, which the parser's functions throw.
///
/// A typed throw of a value several words wide, like `PythonError`, reserves room for it
/// in the stack frame of every function that may throw it, at every call; a reference is
/// one word and travels in a register. The parser recurses once for every bracket, so
/// its frames are what bound how deep a text may nest on a small thread stack.
final class ParseError: Error {
  let error: PythonError

  init(_ error: PythonError) {
    self.error = error
  }
}
